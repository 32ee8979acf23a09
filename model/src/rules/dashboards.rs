//! Dashboards for direction: 3090/QĐ-BKHCN Phần II.3.d, gạch đầu dòng 2, and Layer 4 of the
//! reference architectures in Phụ lục I ("Các Bảng thông tin điều hành (Dashboard)").
//!
//! Every kind but the commune deploys its own dashboards; a commune uses the province's
//! ("Dashboard … dùng chung tại cấp tỉnh", Phụ lục I mục 7), so it is not asked for one. A
//! framework holds dashboards when a component (own or reused) names them: "dashboard", "bảng
//! thông tin điều hành", "bảng điều khiển", "bảng điều hành". Their absence is a `warning`.

use super::{citation, says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Document, Kind};

/// The rule id.
pub const RULE_ID: &str = "3090-dashboards";

/// Where the text says it.
pub const SOURCE: &str = "3090/QĐ-BKHCN, Phần II.3.d, gạch đầu dòng 2";

/// The rule as [`super::check`] runs it; it counts towards KPI-3, governance and operations:
/// dashboards are how leaders direct.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-3",
    check,
    run,
    units,
};

/// The words that name dashboards, folded.
const NAMES: &[&[&str]] = &[
    &["dashboard"],
    &["dashboards"],
    &["bang", "thong", "tin", "dieu", "hanh"],
    &["bang", "dieu", "khien"],
    &["bang", "dieu", "hanh"],
    &["bang", "thong", "tin", "chi", "dao"],
];

fn units(a: &Analysis) -> usize {
    usize::from(a.doc.kind != Kind::Commune)
}

/// Whether a component names dashboards.
fn has_dashboards(a: &Analysis) -> bool {
    a.components()
        .any(|(i, c)| c.id.ends_with("-l4-dashboards") || says(&a.text(i).words, NAMES))
}

/// The finding that the framework has no dashboards.
///
/// ```
/// use model::{Catalogue, document::*, rules::dashboards};
/// let doc = Document::new("Khung", Kind::Ministry, "Bộ Y tế");
/// assert_eq!(dashboards::check(&doc, Catalogue::get()).len(), 1);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    if doc.kind == Kind::Commune || has_dashboards(a) {
        return Vec::new();
    }
    let source = format!(
        "{SOURCE}; {}",
        citation(cat, doc.kind, "-l4-dashboards", "3090/QĐ-BKHCN, Phụ lục I")
    );
    vec![Finding::framework(
        FindingKind::Compliance,
        Severity::Warning,
        RULE_ID,
        &source,
        format!(
            "Khung chưa có Bảng thông tin điều hành (Dashboard) giám sát, điều hành — công cụ chỉ \
             đạo, điều hành trực quan hóa dữ liệu cho lãnh đạo theo {SOURCE}."
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Status;
    use crate::rules::test_util::*;

    #[test]
    fn dashboards_by_any_usual_name_count() {
        for name in [
            "Dashboard điều hành tỉnh",
            "Bảng thông tin điều hành của UBND tỉnh",
            "Bang dieu khien lanh dao",
        ] {
            let d = doc(
                Kind::Province,
                "Tỉnh Lâm Đồng",
                vec![own("d", name, "", Status::Planned)],
            );
            assert!(check(&d, &cat()).is_empty(), "{name}");
        }
    }

    #[test]
    fn missing_dashboards_are_warned_except_for_communes() {
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![]), &cat());
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].source.contains("Phần II.3.d"));
        assert!(check(&doc(Kind::Commune, "Xã Tân Lập", vec![]), &cat()).is_empty());
    }
}
