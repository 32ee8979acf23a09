//! `khung`: the command line over the `model` crate, for scripts, CI pipelines and comparison
//! with Graphviz. It holds no rules of its own.
//!
//! Exit status: 0 on success, 1 when `khung check` finds a violation, 2 for unusable input or
//! arguments (message on stderr).

use lexopt::prelude::*;
use model::catalogue::Date;
use model::document::{Document, Kind};
use model::svg::Svg;
use model::views::{national, reference};
use model::{compose, dot::Dot, io, Catalogue};
use std::process::ExitCode;

const USAGE: &str = "\
khung – mô hình hóa Khung kiến trúc số (Khung architecture modeler)

Usage:
  khung --version
  khung catalogue [--format json] [--date YYYY-MM-DD]
        the catalogue; platforms' `operational` flags hold on --date (default: today)
  khung new --kind KIND [--agency NAME]
        a framework JSON seeded from KIND's reference architecture
        KIND: ministry, province, commune, party, assembly, front, other
  khung export FILE --format svg|dot|json|csv|archimate [--kind KIND] [--agency NAME]
        FILE: a framework JSON, a CSV inventory or an SVG exported by Khung
  khung export --national --format svg
  khung export --reference KIND --format svg
  khung sample --components N [--edges-per-node 1.5]
        a synthetic framework JSON, for benchmarks (e.g. against Graphviz)
  khung check FILE [--kind KIND] [--agency NAME] [--format text|json] [--date YYYY-MM-DD]
        check a framework JSON or a CSV inventory for overlaps with the national platforms
        (1132/QĐ-TTg) and compliance with 3090/QĐ-BKHCN, as of --date (default: today);
        --kind and --agency override the file's (a CSV needs --kind);
        exit 1 when a violation is found
  khung report FILE --format docx|html [-o OUT] [--date YYYY-MM-DD] [--kind KIND] [--agency NAME]
        the framework document (title page, contents, diagram, components, connections,
        findings, exemptions, KPI scores, national platforms, cited documents), as Word or as
        a page to print; written to OUT (default: FILE with .docx or .html)
";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("khung: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_env();
    let first = parser.next().map_err(|e| e.to_string())?;
    let done = match first {
        Some(Long("version")) | Some(Short('V')) => {
            println!("khung {}", model::VERSION);
            Ok(())
        }
        Some(Long("help")) | Some(Short('h')) | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(Value(cmd)) if cmd == "check" => return check(&mut parser),
        Some(Value(cmd)) if cmd == "export" => export(&mut parser),
        Some(Value(cmd)) if cmd == "catalogue" => catalogue(&mut parser),
        Some(Value(cmd)) if cmd == "new" => new(&mut parser),
        Some(Value(cmd)) if cmd == "sample" => sample(&mut parser),
        Some(Value(cmd)) if cmd == "report" => report(&mut parser),
        Some(other) => Err(format!("{}\n\n{USAGE}", other.unexpected())),
    };
    done.map(|()| ExitCode::SUCCESS)
}

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_unix_days((secs / 86_400) as i64)
}

fn string_arg(parser: &mut lexopt::Parser, name: &str) -> Result<String, String> {
    parser
        .value()
        .map_err(|e| e.to_string())?
        .string()
        .map_err(|_| format!("--{name}: not UTF-8"))
}

fn kind_arg(parser: &mut lexopt::Parser) -> Result<Kind, String> {
    let v = string_arg(parser, "kind")?;
    Kind::parse(&v).ok_or_else(|| {
        let ids: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        format!("--kind: '{v}' is not one of {}", ids.join(", "))
    })
}

fn catalogue(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut format = String::from("json");
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = string_arg(parser, "format")?,
            Long("date") => {
                let v = string_arg(parser, "date")?;
                day = Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))?;
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    match format.as_str() {
        "json" => {
            let cat = Catalogue::get().as_of(day);
            let json = serde_json::to_string_pretty(&cat).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        f => Err(format!(
            "catalogue: unknown --format '{f}' (expected: json)"
        )),
    }
}

fn new(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut kind = None;
    let mut agency = String::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = model::text::nfc(&string_arg(parser, "agency")?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let kind = kind.ok_or("new: --kind is required")?;
    print!(
        "{}",
        io::json::write(&compose::from_reference(Catalogue::get(), kind, &agency))
    );
    Ok(())
}

fn sample(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut n = 1000usize;
    let mut per = 1.5f64;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("components") => {
                let v = string_arg(parser, "components")?;
                n = v
                    .parse()
                    .ok()
                    .filter(|&n| n <= io::MAX_COMPONENTS)
                    .ok_or_else(|| {
                        format!(
                            "--components: '{v}' is not a count up to {}",
                            io::MAX_COMPONENTS
                        )
                    })?;
            }
            Long("edges-per-node") => {
                let v = string_arg(parser, "edges-per-node")?;
                per = v
                    .parse()
                    .ok()
                    .filter(|p: &f64| (0.0..=10.0).contains(p))
                    .ok_or_else(|| {
                        format!("--edges-per-node: '{v}' is not a number from 0 to 10")
                    })?;
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    print!("{}", io::json::write(&model::synth::framework(n, per)));
    Ok(())
}

/// Reads FILE: a framework JSON, a CSV inventory or an SVG exported by Khung. A CSV inventory
/// does not say the agency's kind: `kind` gives it (`None` is refused when `need_kind`, since
/// the rules depend on it, else read as `other`). `kind` and `agency` also override the file's.
/// Errors name the file, line and field.
fn load(
    path: &str,
    kind: Option<Kind>,
    agency: Option<&str>,
    need_kind: bool,
) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let is_csv =
        path.to_lowercase().ends_with(".csv") || !matches!(first, Some(b'{') | Some(b'<') | None);
    if is_csv && kind.is_none() && need_kind {
        return Err(format!(
            "{path}: a CSV inventory does not say the agency's kind; give --kind KIND"
        ));
    }
    let mut doc = io::read_file(
        path,
        &bytes,
        kind.unwrap_or(Kind::Other),
        agency.unwrap_or(""),
    )
    .map_err(|e| e.in_file(path))?;
    if let Some(k) = kind {
        doc.kind = k;
    }
    if let Some(a) = agency {
        doc.agency = a.to_owned();
    }
    Ok(doc)
}

/// Findings as CSV cells: "violation B-28: …; warning …".
fn findings_by_component(
    findings: &[model::rules::Finding],
) -> std::collections::HashMap<String, String> {
    let mut out: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for f in findings {
        let cell = out.entry(f.component.clone()).or_default();
        if !cell.is_empty() {
            cell.push_str("; ");
        }
        cell.push_str(f.severity.as_str());
        if let Some(p) = &f.platform {
            cell.push(' ');
            cell.push_str(p);
        }
        cell.push_str(": ");
        cell.push_str(&f.rule);
    }
    out
}

fn export(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut national_view = false;
    let mut kind = None;
    let mut agency: Option<String> = None;
    let mut reference_kind = None;
    let mut file = None;
    let mut format = String::from("svg");
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("national") => national_view = true,
            Long("reference") => reference_kind = Some(kind_arg(parser)?),
            Long("format") => format = string_arg(parser, "format")?,
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let cat = Catalogue::get().as_of(today());
    let scene = match (national_view, reference_kind, &file) {
        (true, None, None) => national::scene(&cat),
        (false, Some(k), None) => {
            let r = cat
                .reference_architecture(k.as_str())
                .ok_or("no such reference architecture")?;
            reference::scene(&cat, r)
        }
        (false, None, Some(path)) => {
            let doc = load(path, kind, agency.as_deref(), false)?;
            let text = match format.as_str() {
                // Carries the framework, so the SVG imports back.
                "svg" => model::export::svg::framework(&cat, &doc),
                "dot" => Dot(&doc).to_string(),
                "json" => io::json::write(&doc),
                "archimate" => model::export::archimate::write(&cat, &doc),
                "csv" => {
                    let cells = findings_by_component(&model::rules::check(&doc, &cat));
                    let f = |c: &model::document::Component| {
                        cells.get(&c.id).cloned().unwrap_or_default()
                    };
                    model::export::csv::write(&doc, Some(&f))
                }
                "png" => return Err(
                    "export: PNG is made in the app (Xuất ▾ → PNG); the command line writes SVG"
                        .into(),
                ),
                f => {
                    return Err(format!(
                        "export: unknown --format '{f}' (expected: svg, dot, json, csv, archimate)"
                    ))
                }
            };
            print!("{text}");
            return Ok(());
        }
        _ => {
            return Err(
                "export: name one thing to export: FILE, --national or --reference KIND".into(),
            )
        }
    };
    match format.as_str() {
        "svg" => {
            println!("{}", Svg(&scene));
            Ok(())
        }
        f => Err(format!(
            "export: unknown --format '{f}' for a catalogue view (expected: svg)"
        )),
    }
}

/// `khung check`: reads a framework JSON or a CSV inventory, runs every rule with the catalogue
/// as of `--date`, prints the findings and the KPI scores, and exits with 1 when a finding is a
/// violation. Unusable input exits with 2, its message naming the file, line and field.
fn check(parser: &mut lexopt::Parser) -> Result<ExitCode, String> {
    let mut file = None;
    let mut kind = None;
    let mut agency = None;
    let mut format = String::from("text");
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Long("format") => format = string_arg(parser, "format")?,
            Long("date") => {
                let v = string_arg(parser, "date")?;
                day = Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))?;
            }
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    if !matches!(format.as_str(), "text" | "json") {
        return Err(format!(
            "check: unknown --format '{format}' (expected: text, json)"
        ));
    }
    let path = file.ok_or("check: name a FILE, a framework JSON or a CSV inventory")?;
    let doc = load(&path, kind, agency.as_deref(), true)?;
    let cat = Catalogue::get().as_of(day);
    let analysis = model::rules::Analysis::new(&doc, &cat);
    let findings = model::rules::check_with(&analysis);
    let scores = model::rules::kpi_scores_with(&analysis, &findings);
    if format == "json" {
        let scores: Vec<_> = scores
            .iter()
            .map(|(id, name, score)| serde_json::json!({ "id": id, "name": name, "score": score }))
            .collect();
        let out = serde_json::json!({
            "date": day.to_string(),
            "kind": doc.kind.as_str(),
            "agency": doc.agency,
            "findings": findings,
            "kpi_scores": scores,
        });
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", check_text(&doc, day, &findings, &scores));
    }
    let violations = findings
        .iter()
        .any(|f| f.severity == model::rules::Severity::Violation);
    Ok(if violations {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The text report of `khung check`: a heading, one line per finding grouped by severity, then
/// the KPI scores.
fn check_text(
    doc: &Document,
    day: Date,
    findings: &[model::rules::Finding],
    scores: &[(String, String, u8)],
) -> String {
    use model::rules::Severity;
    use std::fmt::Write;
    let mut s = String::new();
    let who = if doc.agency.is_empty() {
        doc.title.as_str()
    } else {
        doc.agency.as_str()
    };
    let _ = writeln!(
        s,
        "Kiểm tra «{who}» ({}), {} thành phần, theo danh mục ngày {day}",
        doc.kind.label(),
        doc.components.len()
    );
    if findings.is_empty() {
        let _ = writeln!(s, "\nKhông có phát hiện nào.");
    }
    for severity in [Severity::Violation, Severity::Warning, Severity::Info] {
        let group: Vec<_> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{} ({}):", severity.label(), group.len());
        for f in group {
            let what = if f.component_name.is_empty() {
                "(toàn khung)".to_owned()
            } else {
                format!("«{}»", f.component_name)
            };
            let platform = f
                .platform
                .as_deref()
                .map(|p| format!(" {p}"))
                .unwrap_or_default();
            let exempted = if f.exempted { " [miễn trừ]" } else { "" };
            let _ = writeln!(
                s,
                "  {} {what}{platform}{exempted} [{}]: {}",
                f.kind.as_str(),
                f.rule,
                f.explanation
            );
        }
    }
    let _ = writeln!(s, "\nĐiểm theo nhóm KPI (3090/QĐ-BKHCN, Phần III.3.4):");
    for (id, name, score) in scores {
        let _ = writeln!(s, "  {id} {name}: {score}/100");
    }
    s
}

/// `khung report`: the framework document as Word (.docx, the diagram drawn by resvg) or as a
/// print HTML page, written to `-o OUT` or next to FILE.
fn report(parser: &mut lexopt::Parser) -> Result<(), String> {
    let mut file = None;
    let mut out: Option<String> = None;
    let mut kind = None;
    let mut agency = None;
    let mut format = None;
    let mut day = today();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => format = Some(string_arg(parser, "format")?),
            Short('o') | Long("output") => out = Some(string_arg(parser, "output")?),
            Long("kind") => kind = Some(kind_arg(parser)?),
            Long("agency") => agency = Some(model::text::nfc(&string_arg(parser, "agency")?)),
            Long("date") => day = report_date_arg(parser)?,
            Value(v) if file.is_none() => {
                file = Some(v.string().map_err(|_| "FILE: not UTF-8".to_owned())?)
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let path = file.ok_or("report: name a FILE, a framework JSON, a CSV inventory or an SVG")?;
    let format = format.ok_or("report: give --format docx or --format html")?;
    if !matches!(format.as_str(), "docx" | "html") {
        return Err(format!(
            "report: unknown --format '{format}' (expected: docx, html)"
        ));
    }
    let doc = load(&path, kind, agency.as_deref(), true)?;
    let cat = Catalogue::get().as_of(day);
    let input = model::report::Input {
        doc: &doc,
        cat: &cat,
        day,
        today: today(),
    };
    let bytes = if format == "html" {
        model::report::html(&input).into_bytes()
    } else {
        let svg = model::export::svg::framework(&cat, &doc);
        let png = model::report::raster::print_png(&svg)?;
        model::report::docx(&input, Some(&png))?
    };
    let out = out.unwrap_or_else(|| {
        let stem = path.rsplit_once('.').map_or(path.as_str(), |(s, _)| s);
        format!("{stem}.{format}")
    });
    std::fs::write(&out, bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("khung: wrote {out}");
    Ok(())
}

/// `--date YYYY-MM-DD` for `khung report`.
fn report_date_arg(parser: &mut lexopt::Parser) -> Result<Date, String> {
    let v = string_arg(parser, "date")?;
    Date::parse(&v).ok_or_else(|| format!("--date: '{v}' is not YYYY-MM-DD"))
}
