//! An integration platform for ministries and provinces: 3090/QĐ-BKHCN Phụ lục I mục 5 and 6,
//! Lớp 2 ("Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ (LGSP cấp bộ)", "… cấp tỉnh").
//!
//! A ministry's or a province's framework must hold its integration platform, the LGSP or an
//! equivalent: a component standing for that element ([`super::elements`]), or an own
//! component whose name says "LGSP" or "tích hợp, chia sẻ dữ liệu" without "quốc gia". Its
//! absence is a `warning`. Whether the platform connects to NDXP (A-06) and NDOP (A-05) is the
//! [`super::connection`] rule's finding, so a fault is never reported twice.

use super::{citation, says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Document, Kind};

/// The rule id.
pub const RULE_ID: &str = "3090-pl1-integration";

/// The rule as [`super::check`] runs it; it counts towards KPI-2, interoperability.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-2",
    check,
    run,
    units,
};

fn applies(kind: Kind) -> bool {
    matches!(kind, Kind::Ministry | Kind::Province)
}

fn units(a: &Analysis) -> usize {
    usize::from(applies(a.doc.kind))
}

/// Whether `doc` holds an integration platform of its own.
pub fn has_integration_platform(doc: &Document, cat: &Catalogue) -> bool {
    has(&Analysis::new(doc, cat))
}

fn has(a: &Analysis) -> bool {
    a.own().any(|(i, _)| {
        let n = a.name(i);
        let named = says(
            n,
            &[
                &["lgsp"],
                &["tich", "hop", "chia", "se", "du", "lieu"],
                &["tich", "hop", "du", "lieu"],
            ],
        ) && !says(n, &[&["quoc", "gia"]]);
        named || a.element(i).is_some_and(|e| e.id.ends_with("-lgsp"))
    })
}

/// The finding that a ministry's or province's framework lacks its integration platform.
///
/// ```
/// use model::{compose, document::Kind, rules::integration, Catalogue};
/// let cat = Catalogue::get();
/// assert!(integration::check(&compose::from_reference(cat, Kind::Ministry, "Bộ Y tế"), cat).is_empty());
/// let empty = model::document::Document::new("Khung", Kind::Ministry, "Bộ Y tế");
/// assert_eq!(integration::check(&empty, cat).len(), 1);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    if !applies(doc.kind) || has(a) {
        return Vec::new();
    }
    let source = citation(cat, doc.kind, "-l2-lgsp", "3090/QĐ-BKHCN, Phụ lục I");
    let level = if doc.kind == Kind::Ministry {
        "cấp bộ"
    } else {
        "cấp tỉnh"
    };
    vec![Finding::framework(
        FindingKind::Compliance,
        Severity::Warning,
        RULE_ID,
        &source,
        format!(
            "Khung chưa có nền tảng tích hợp, chia sẻ dữ liệu {level} (LGSP) theo {source}; nền \
             tảng này phải kết nối với NDXP (A-06) và NDOP (A-05)."
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Status;
    use crate::rules::test_util::*;

    #[test]
    fn a_province_without_lgsp_is_warned() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own("c", "Hệ thống quản lý văn bản", "", Status::Existing)],
        );
        let f = check(&d, &cat());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].component, "");
        assert!(f[0].source.contains("mục 6"));
    }

    #[test]
    fn an_lgsp_under_any_usual_name_counts() {
        for name in [
            "LGSP tỉnh Lâm Đồng",
            "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh",
            "Trục tích hợp dữ liệu của tỉnh",
        ] {
            let d = doc(
                Kind::Province,
                "Tỉnh Lâm Đồng",
                vec![own("c", name, "", Status::Existing)],
            );
            assert!(check(&d, &cat()).is_empty(), "{name}");
        }
    }

    #[test]
    fn a_reused_ndxp_is_not_the_provinces_own_platform() {
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![reuse("n", "A-06")]);
        assert_eq!(check(&d, &cat()).len(), 1);
    }

    #[test]
    fn other_kinds_are_not_concerned() {
        assert!(check(&doc(Kind::Commune, "Xã Tân Lập", vec![]), &cat()).is_empty());
    }
}
