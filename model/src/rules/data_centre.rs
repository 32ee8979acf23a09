//! A new data centre only when truly needed: 3090/QĐ-BKHCN Phần II.4.a and the note on
//! Layer 1 of every reference architecture in Phụ lục I.
//!
//! The text: "Sử dụng Trung tâm dữ liệu hiện có. Trường hợp xây dựng, triển khai mới Trung tâm
//! dữ liệu của cơ quan quản lý nhà nước, hệ thống chính trị chỉ thực hiện khi thật sự cần thiết.
//! Ưu tiên sử dụng hạ tầng và nền tảng điện toán đám mây tại Trung tâm dữ liệu quốc gia".
//!
//! - A *planned* own data centre is a `warning`: Khung cannot judge necessity, so it asks for it
//!   to be recorded. When the component's description or a capability term records why it is
//!   truly needed (it says "thật sự cần thiết", the text's own words), the finding is `info`.
//! - An *existing* data centre is what the text asks to use: no finding.
//! - A *commune* uses the provincial data centre (Phụ lục I mục 7, Lớp 1): an own data centre
//!   is a `violation` when planned and a `warning` when existing.
//!
//! A component stands for a data centre when its name says "trung tâm dữ liệu" (or "TTDL",
//! "data center"), but not the national one (A-08's concern, see [`super::overlap`]), and it
//! does not stand for a shared or provincial element of the reference architecture (the
//! commune's "Hạ tầng Trung tâm dữ liệu cấp tỉnh").

use super::{citation, mentions, padded, says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Component, Document, Kind, Status};

/// The rule id.
pub const RULE_ID: &str = "3090-data-centre";

/// 3090/QĐ-BKHCN Phần II.4.a, the bullet on data centres.
pub const SOURCE_II4A: &str = "3090/QĐ-BKHCN, Phần II.4.a, gạch đầu dòng 4";

/// The rule as [`super::check`] runs it; it counts towards KPI-4, technology and security.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-4",
    check,
    run,
    units,
};

fn data_centres<'a>(a: &'a Analysis) -> Vec<&'a Component> {
    a.own()
        .filter(|(i, c)| {
            let n = a.name(*i);
            c.status != Status::Retiring
                && says(
                    n,
                    &[
                        &["trung", "tam", "du", "lieu"],
                        &["ttdl"],
                        &["data", "center"],
                        &["data", "centre"],
                        &["datacenter"],
                    ],
                )
                && !says(n, &[&["trung", "tam", "du", "lieu", "quoc", "gia"]])
                && a.element(*i).is_none_or(|e| e.expected_build)
        })
        .map(|(_, c)| c)
        .collect()
}

fn units(a: &Analysis) -> usize {
    data_centres(a).len()
}

/// Data-centre findings for `doc`.
///
/// ```
/// use model::{Catalogue, document::*, rules::{data_centre, Severity}};
/// let mut doc = Document::new("Khung", Kind::Ministry, "Bộ Y tế");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"dc","name":"Trung tâm dữ liệu mới của Bộ","layer":1,"status":"planned"}"#).unwrap());
/// assert_eq!(data_centre::check(&doc, Catalogue::get())[0].severity, Severity::Warning);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    let note = citation(cat, doc.kind, "note-data-centre", SOURCE_II4A);
    let mut out = Vec::new();
    for c in data_centres(a) {
        let justified = mentions(
            &padded(&format!("{} {}", c.description, c.capabilities.join(" . "))),
            &[" that su can thiet "],
        );
        let (severity, source, why) = match (doc.kind, c.status) {
            (Kind::Commune, status) => (
                if status.is_new_work() {
                    Severity::Violation
                } else {
                    Severity::Warning
                },
                citation(
                    cat,
                    doc.kind,
                    "l1-provincial-data-centre",
                    "3090/QĐ-BKHCN, Phụ lục I, mục 7",
                ),
                "Cấp xã sử dụng hạ tầng Trung tâm dữ liệu cấp tỉnh, không xây dựng trung tâm dữ \
                 liệu riêng."
                    .to_owned(),
            ),
            (_, Status::Planned | Status::Expanding) if justified => (
                Severity::Info,
                note.clone(),
                format!(
                    "Khung ghi nhận lý do thật sự cần thiết; xây dựng mới chỉ thực hiện khi thật \
                     sự cần thiết ({SOURCE_II4A})."
                ),
            ),
            (_, Status::Planned | Status::Expanding) => (
                Severity::Warning,
                note.clone(),
                format!(
                    "Xây dựng, triển khai mới trung tâm dữ liệu chỉ thực hiện khi thật sự cần thiết \
                     ({SOURCE_II4A}); ưu tiên sử dụng trung tâm dữ liệu hiện có và nền tảng điện \
                     toán đám mây tại Trung tâm dữ liệu quốc gia (A-08). Hãy ghi lý do «thật sự \
                     cần thiết» vào mô tả."
                ),
            ),
            _ => continue,
        };
        out.push(Finding::about(
            c,
            FindingKind::Compliance,
            severity,
            RULE_ID,
            &source,
            format!("«{}» là trung tâm dữ liệu của cơ quan. {why}", c.name),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::*;

    #[test]
    fn a_planned_data_centre_needs_a_recorded_reason() {
        let c = own("dc", "Trung tâm dữ liệu tỉnh Lâm Đồng", "", Status::Planned);
        let f = check(
            &doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c.clone()]),
            &cat(),
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].source.starts_with("3090/QĐ-BKHCN, Phụ lục I, mục 6"));
        let mut justified = c;
        justified.description =
            "Thật sự cần thiết: dữ liệu y tế phải lưu tại tỉnh theo quy định chuyên ngành".into();
        let f = check(
            &doc(Kind::Province, "Tỉnh Lâm Đồng", vec![justified]),
            &cat(),
        );
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn an_existing_data_centre_is_what_the_text_asks_for() {
        let c = own("dc", "Trung tâm dữ liệu tỉnh", "", Status::Existing);
        assert!(check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![c]), &cat()).is_empty());
    }

    #[test]
    fn a_commune_uses_the_provincial_data_centre() {
        let planned = own("dc", "Trung tâm dữ liệu xã", "", Status::Planned);
        let f = check(&doc(Kind::Commune, "Xã Tân Lập", vec![planned]), &cat());
        assert_eq!(f[0].severity, Severity::Violation);
        // The element standing for the provincial data centre is not the commune's own.
        let d = crate::compose::from_reference(&cat(), Kind::Commune, "Xã Tân Lập");
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn the_national_data_centre_is_not_this_rules_concern() {
        let c = own("dc", "Trung tâm dữ liệu quốc gia", "", Status::Planned);
        assert!(check(&doc(Kind::Ministry, "Bộ Y tế", vec![c]), &cat()).is_empty());
    }
}
