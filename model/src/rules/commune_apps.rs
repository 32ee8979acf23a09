//! A commune builds no application the province already provides: 4577/BKHCN-CĐSQG mục 3
//! ("cấp xã không tự xây dựng các phần mềm, ứng dụng riêng lẻ khi đã có giải pháp dùng chung
//! của tỉnh hoặc Trung ương") and 3090/QĐ-BKHCN Phụ lục I mục 7 (the commune framework is a
//! component of the provincial one).
//!
//! Central solutions are the national platforms, which [`super::overlap`] already judges. This
//! rule judges the provincial ones: an own application (layer 3 or 4) of a commune that stands
//! for no element of the commune's reference architecture, but for an element the *province's*
//! reference architecture has the province build (its office applications, IOC, dashboards,
//! digital workplace, sector software, …), duplicates a provincial shared solution. What the
//! commune's architecture lets it build, including smart lighting, environmental monitoring and
//! smart parking "nếu cấp tỉnh không triển khai tập trung", is not judged.
//!
//! A planned one is a `violation`; an existing one a `warning` (move to the province's).

use super::{Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::{Catalogue, RefElement};
use crate::document::{Component, Document, Kind, Status};

/// The rule id.
pub const RULE_ID: &str = "4577-commune-apps";

/// Where the text says it.
pub const SOURCE: &str = "4577/BKHCN-CĐSQG, mục 3, gạch đầu dòng 4, ý thứ nhất";

/// The rule as [`super::check`] runs it; it counts towards KPI-1, architecture compliance.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-1",
    check,
    run,
    units,
};

fn judged<'a>(a: &'a Analysis) -> impl Iterator<Item = (usize, &'a Component)> + 'a {
    a.own().filter(move |(_, c)| {
        a.doc.kind == Kind::Commune && matches!(c.layer, 3 | 4) && c.status != Status::Retiring
    })
}

fn units(a: &Analysis) -> usize {
    judged(a).count()
}

/// The provincial element each of the commune's own applications duplicates.
fn duplicates<'a>(a: &'a Analysis) -> Vec<(&'a Component, &'a RefElement)> {
    judged(a)
        .filter(|(i, _)| a.element(*i).is_none())
        .filter_map(|(i, c)| {
            a.element_of(Kind::Province, i)
                .filter(|e| e.expected_build && matches!(layer_of(e), 3 | 4))
                .map(|e| (c, e))
        })
        .collect()
}

/// An element's layer, read from its id, which the seeds write `<architecture>-l<layer>-<slug>`.
fn layer_of(e: &RefElement) -> u8 {
    e.id.split('-')
        .find_map(|p| p.strip_prefix('l').and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

/// Findings for a commune's own applications that duplicate the province's.
///
/// ```
/// use model::{Catalogue, document::*, rules::{commune_apps, Severity}};
/// let mut doc = Document::new("Khung", Kind::Commune, "Xã Tân Lập");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c","name":"Trung tâm giám sát, điều hành thông minh của xã","layer":3,"status":"planned"}"#).unwrap());
/// assert_eq!(commune_apps::check(&doc, Catalogue::get())[0].severity, Severity::Violation);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    duplicates(a)
        .into_iter()
        .map(|(c, e)| {
            let severity = if c.status.is_new_work() {
                Severity::Violation
            } else {
                Severity::Warning
            };
            Finding::about(
                c,
                FindingKind::Compliance,
                severity,
                RULE_ID,
                &format!("{SOURCE}; 3090/QĐ-BKHCN, Phụ lục I, mục 7"),
                format!(
                    "«{}» tương ứng «{}», giải pháp dùng chung do cấp tỉnh triển khai ({}). Cấp xã \
                     không tự xây dựng phần mềm, ứng dụng riêng lẻ khi đã có giải pháp dùng chung \
                     của tỉnh hoặc Trung ương ({SOURCE}); hãy sử dụng giải pháp của tỉnh.",
                    c.name,
                    e.name,
                    e.source.citation()
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::*;

    #[test]
    fn a_communes_own_office_app_duplicates_the_provinces() {
        let d = doc(
            Kind::Commune,
            "Xã Tân Lập",
            vec![
                own(
                    "a",
                    "Bảng thông tin điều hành (Dashboard) của xã",
                    "",
                    Status::Planned,
                ),
                own(
                    "b",
                    "Hệ thống thông tin giải quyết thủ tục hành chính của xã",
                    "",
                    Status::Existing,
                ),
            ],
        );
        let f = check(&d, &cat());
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].severity, Severity::Violation);
        assert_eq!(f[1].severity, Severity::Warning);
        assert!(f[0].source.starts_with("4577/BKHCN-CĐSQG"));
    }

    #[test]
    fn what_the_commune_may_build_is_not_judged() {
        let d = doc(
            Kind::Commune,
            "Xã Tân Lập",
            vec![
                own("a", "Hệ thống chiếu sáng thông minh", "", Status::Planned),
                own("b", "Bãi đỗ xe thông minh", "", Status::Planned),
            ],
        );
        assert!(check(&d, &cat()).is_empty());
        let template = crate::compose::from_reference(&cat(), Kind::Commune, "Xã Tân Lập");
        assert!(check(&template, &cat()).is_empty());
    }

    #[test]
    fn provinces_are_not_concerned() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "a",
                "Trung tâm giám sát, điều hành thông minh",
                "",
                Status::Planned,
            )],
        );
        assert!(check(&d, &cat()).is_empty());
    }
}
