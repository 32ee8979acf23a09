//! The portfolio as `khung portfolio` prints it: text for a reader, CSV for a spreadsheet. The
//! JSON form is the [`super::Portfolio`] itself, serialised.

use super::{Portfolio, State};
use std::fmt::Write;

/// The text report: agencies, the matrix by platform, every overlap, the candidates and the
/// unreadable files.
pub fn text(p: &Portfolio) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Danh mục {} khung kiến trúc: {} trùng lặp, {} ứng viên nền tảng dùng chung, {} tệp không đọc được.",
        p.agencies.len(),
        p.overlaps.len(),
        p.shared_candidates.len(),
        p.errors.len()
    );
    let _ = writeln!(
        s,
        "\nCơ quan (thành phần · dùng lại · trùng lặp · miễn trừ):"
    );
    for a in &p.agencies {
        let _ = writeln!(
            s,
            "  {} ({}) [{}]: {} · {} · {} · {}",
            a.agency,
            a.kind.label(),
            a.file,
            a.components,
            a.reuses,
            a.overlaps - a.exempted,
            a.exempted
        );
    }
    let _ = writeln!(
        s,
        "\nNền tảng (số cơ quan dùng lại · trùng lặp · miễn trừ):"
    );
    for platform in &p.platforms {
        let count = |state: State| {
            p.matrix
                .iter()
                .filter(|c| &c.platform == platform && c.state == state)
                .count()
        };
        let _ = writeln!(
            s,
            "  {platform}: {} · {} · {}",
            count(State::Reuse),
            count(State::Overlap),
            count(State::Exempted)
        );
    }
    if !p.overlaps.is_empty() {
        let _ = writeln!(s, "\nTrùng lặp:");
    }
    for o in &p.overlaps {
        let exempted = if o.exempted { " [miễn trừ]" } else { "" };
        let _ = writeln!(
            s,
            "  {} «{}» ({}) {} {}{exempted} [{}]",
            o.agency_name,
            o.component,
            o.component_id,
            o.platform,
            o.severity.label(),
            o.rule
        );
    }
    if !p.shared_candidates.is_empty() {
        let _ = writeln!(
            s,
            "\nỨng viên nền tảng dùng chung (≥ 3 cơ quan tự xây dựng):"
        );
    }
    for c in &p.shared_candidates {
        let _ = writeln!(
            s,
            "  «{}»: {} cơ quan; tiêu chí: {}",
            c.capability,
            c.agencies.len(),
            c.criteria
        );
        for b in &c.components {
            let _ = writeln!(
                s,
                "    {} «{}» ({})",
                p.agencies[b.agency].agency, b.name, b.component
            );
        }
    }
    for e in &p.errors {
        let _ = writeln!(s, "\nKhông đọc được: {}", e.message);
    }
    s
}

/// The matrix as CSV: one row per agency, one column per platform, each cell the state's
/// label; UTF-8 with a BOM and CRLF, as Excel expects, cells defused against formulas.
pub fn csv(p: &Portfolio) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec!["Tệp", "Cơ quan", "Loại"];
    header.extend(p.platforms.iter().map(String::as_str));
    let _ = w.write_record(&header);
    let column = |id: &str| p.platforms.iter().position(|x| x == id);
    let mut rows: Vec<Vec<&str>> = vec![vec![""; p.platforms.len()]; p.agencies.len()];
    for c in &p.matrix {
        if let Some(j) = column(&c.platform) {
            rows[c.agency][j] = c.state.label();
        }
    }
    for (a, cells) in p.agencies.iter().zip(rows) {
        let mut record = vec![
            crate::export::csv::defuse(&a.file).into_owned(),
            crate::export::csv::defuse(&a.agency).into_owned(),
            a.kind.label().to_owned(),
        ];
        record.extend(cells.into_iter().map(str::to_owned));
        let _ = w.write_record(&record);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}
