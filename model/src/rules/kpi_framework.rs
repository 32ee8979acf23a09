//! A KPI framework: 3090/QĐ-BKHCN Phần II.3.d, gạch đầu dòng 3, Phần III.3.4, and Layer 4 of
//! every reference architecture in Phụ lục I ("Khung giám sát và đo lường kết quả (KPIs)").
//!
//! III.3.4 makes the KPI framework a mandatory monitoring tool for every project, platform and
//! system. A framework holds one when a component (own or reused) names it: "KPI", "khung giám
//! sát và đo lường kết quả", "đo lường kết quả", "chỉ số đo lường". Its absence is a `warning`.

use super::{citation, says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::Document;

/// The rule id.
pub const RULE_ID: &str = "3090-kpi-framework";

/// Where the text says it.
pub const SOURCE: &str = "3090/QĐ-BKHCN, Phần II.3.d, gạch đầu dòng 3; Phần III.3.4";

/// The rule as [`super::check`] runs it; it counts towards KPI-5, implementation results: the
/// KPI framework is how results are measured.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-5",
    check,
    run,
    units,
};

/// The words that name a KPI framework, folded ("và" is dropped as a function word).
const NAMES: &[&[&str]] = &[
    &["kpi"],
    &["kpis"],
    &["khung", "giam", "sat", "do", "luong"],
    &["do", "luong", "ket", "qua"],
    &["chi", "so", "do", "luong"],
];

fn units(_: &Analysis) -> usize {
    1
}

/// The finding that the framework has no KPI framework.
///
/// ```
/// use model::{compose, document::Kind, rules::kpi_framework, Catalogue};
/// let cat = Catalogue::get();
/// assert!(kpi_framework::check(&compose::from_reference(cat, Kind::Party, "Tỉnh ủy"), cat).is_empty());
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    let present = a
        .components()
        .any(|(i, c)| c.id.ends_with("-l4-kpis") || says(&a.text(i).words, NAMES));
    if present {
        return Vec::new();
    }
    let source = format!(
        "{SOURCE}; {}",
        citation(cat, doc.kind, "-l4-kpis", "3090/QĐ-BKHCN, Phụ lục I")
    );
    vec![Finding::framework(
        FindingKind::Compliance,
        Severity::Warning,
        RULE_ID,
        &source,
        "Khung chưa có Khung giám sát và đo lường kết quả (KPIs): công cụ giám sát bắt buộc, \
         mọi nền tảng, hệ thống phải cung cấp dữ liệu vận hành và báo cáo KPI theo chuẩn chung \
         (3090/QĐ-BKHCN Phần III.3.4)."
            .to_owned(),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Kind, Status};
    use crate::rules::test_util::*;

    #[test]
    fn a_kpi_component_satisfies_the_rule() {
        let d = doc(
            Kind::Commune,
            "Xã Tân Lập",
            vec![own(
                "k",
                "Bộ chỉ số KPI chuyển đổi số của xã",
                "",
                Status::Planned,
            )],
        );
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn its_absence_is_warned_with_the_citation() {
        let f = check(&doc(Kind::Assembly, "Văn phòng Quốc hội", vec![]), &cat());
        assert_eq!(f.len(), 1);
        assert!(f[0].source.contains("III.3.4"));
        assert!(f[0].source.contains("Phụ lục I, mục 2"));
    }
}
