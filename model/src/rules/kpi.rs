//! A score per KPI group of 3090/QĐ-BKHCN III.3.4.
//!
//! III.3.4 names five KPI groups but no indicators (the detailed set is yet to be issued), so
//! Khung scores each group by the checks it can make. Each rule counts towards one group:
//!
//! | KPI group | rules |
//! | --- | --- |
//! | KPI-1 Tuân thủ kiến trúc | [`super::overlap`], [`super::commune_apps`], [`super::single_portal`]: the framework follows the national architecture and duplicates nothing |
//! | KPI-2 Liên thông và tích hợp | [`super::connection`], [`super::integration`], [`super::vapex`]: the LGSP, its links to NDXP/NDOP, APIs through V-APEX |
//! | KPI-3 Quản trị và vận hành | [`super::dashboards`], [`super::sector_agreement`]: tools to direct, and the governance step of the line ministry's agreement |
//! | KPI-4 Kỹ thuật và an toàn | [`super::data_centre`]: infrastructure only when truly needed |
//! | KPI-5 Kết quả triển khai | [`super::channels`], [`super::kpi_framework`]: results reach citizens through the main channels and are measured |
//!
//! A rule judges some number of units ([`super::Rule::units`]): each component it examines, or
//! the framework once. Each unit with findings loses 1 for its worst violation, ½ for its worst
//! warning, nothing for information; the rule scores `1 − losses / units` (at least 0). A group
//! scores the mean of its applicable rules, as 0 … 100, rounded; a group none of whose rules
//! applies to the document's kind scores 100, as there is nothing to fail.

use super::{Analysis, Finding, Severity, RULES};
use crate::catalogue::Catalogue;
use crate::document::Document;
use std::collections::HashMap;

/// The score of each KPI group, in the catalogue's order: `(id, name, score 0..=100)`.
///
/// ```
/// use model::{compose, document::Kind, rules, Catalogue};
/// let cat = Catalogue::get();
/// let doc = compose::from_reference(cat, Kind::Province, "Lâm Đồng");
/// let f = rules::check(&doc, cat);
/// let scores = rules::kpi_scores(&doc, cat, &f);
/// assert_eq!(scores.len(), 5);
/// assert!(scores.iter().all(|(_, _, s)| *s <= 100));
/// ```
pub fn kpi_scores(
    doc: &Document,
    cat: &Catalogue,
    findings: &[Finding],
) -> Vec<(String, String, u8)> {
    kpi_scores_with(&Analysis::new(doc, cat), findings)
}

/// [`kpi_scores`] on an [`Analysis`] already made for [`super::check_with`].
pub fn kpi_scores_with(a: &Analysis, findings: &[Finding]) -> Vec<(String, String, u8)> {
    kpi_assessment_with(a, findings)
        .into_iter()
        .map(|(id, name, score)| (id, name, score.unwrap_or(100)))
        .collect()
}

/// [`kpi_scores_with`], with `None` for a group that had nothing to assess, which the editor
/// shows as "not assessed" rather than a perfect 100: no rule of the group judged any unit, or
/// the framework has no component and the group no finding (a rule that judges the framework
/// once finds nothing wrong with an empty one, which says nothing about it).
pub fn kpi_assessment_with(
    a: &Analysis,
    findings: &[Finding],
) -> Vec<(String, String, Option<u8>)> {
    let cat = a.cat;
    cat.kpis
        .iter()
        .map(|g| {
            let scores: Vec<f32> = RULES
                .iter()
                .filter(|r| r.kpi_group == g.id)
                .filter_map(|r| {
                    let units = (r.units)(a);
                    if units == 0 {
                        return None;
                    }
                    let mut worst: HashMap<(&str, Option<&str>), Severity> = HashMap::new();
                    for f in findings.iter().filter(|f| r.ids.contains(&f.rule.as_str())) {
                        let key = if f.component.is_empty() {
                            ("", f.platform.as_deref())
                        } else {
                            (f.component.as_str(), None)
                        };
                        let e = worst.entry(key).or_insert(f.severity);
                        *e = (*e).min(f.severity);
                    }
                    let lost: f32 = worst
                        .values()
                        .map(|s| match s {
                            Severity::Violation => 1.0,
                            Severity::Warning => 0.5,
                            Severity::Info => 0.0,
                        })
                        .sum();
                    Some((1.0 - lost / units as f32).max(0.0))
                })
                .collect();
            let empty = a.doc.components.is_empty()
                && !findings.iter().any(|f| {
                    RULES
                        .iter()
                        .any(|r| r.kpi_group == g.id && r.ids.contains(&f.rule.as_str()))
                });
            let score = (!scores.is_empty() && !empty)
                .then(|| (100.0 * scores.iter().sum::<f32>() / scores.len() as f32).round() as u8);
            (g.id.clone(), g.name.clone(), score)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Kind, Status};
    use crate::rules::test_util::*;

    fn score(s: &[(String, String, u8)], id: &str) -> u8 {
        s.iter().find(|x| x.0 == id).unwrap().2
    }

    #[test]
    fn an_empty_framework_has_nothing_assessed_in_compliance_and_security() {
        let cat = cat();
        let empty = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![]);
        let a = Analysis::new(&empty, &cat);
        let f = crate::rules::check_with(&a);
        let s = kpi_assessment_with(&a, &f);
        let of = |id: &str| s.iter().find(|x| x.0 == id).unwrap().2;
        assert_eq!(of("KPI-1"), None);
        assert_eq!(of("KPI-4"), None);
        // The plain scores keep their 100 for tools that want a number.
        assert_eq!(score(&kpi_scores_with(&a, &f), "KPI-1"), 100);
    }

    #[test]
    fn a_duplicating_component_lowers_architecture_compliance() {
        let cat = cat();
        let clean = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "a",
                "Hệ thống quản lý hồ sơ đất đai",
                "",
                Status::Existing,
            )],
        );
        let f = crate::rules::check(&clean, &cat);
        assert_eq!(score(&kpi_scores(&clean, &cat, &f), "KPI-1"), 100);
        let mut bad = clean.clone();
        bad.components.push(own(
            "b",
            "Hệ thống đấu thầu qua mạng của tỉnh",
            "",
            Status::Planned,
        ));
        let f = crate::rules::check(&bad, &cat);
        assert!(score(&kpi_scores(&bad, &cat, &f), "KPI-1") < 100);
    }

    #[test]
    fn missing_channels_lower_results_and_every_group_is_scored() {
        let cat = cat();
        let empty = doc(Kind::Ministry, "Bộ Y tế", vec![]);
        let f = crate::rules::check(&empty, &cat);
        let s = kpi_scores(&empty, &cat, &f);
        let ids: Vec<_> = s.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(ids, ["KPI-1", "KPI-2", "KPI-3", "KPI-4", "KPI-5"]);
        assert_eq!(score(&s, "KPI-5"), 50);
        // Nothing to judge for infrastructure: full marks.
        assert_eq!(score(&s, "KPI-4"), 100);
    }

    #[test]
    fn the_reference_architecture_scores_well() {
        let cat = cat();
        let d = crate::compose::from_reference(&cat, Kind::Province, "Tỉnh Lâm Đồng");
        let f = crate::rules::check(&d, &cat);
        let s = kpi_scores(&d, &cat, &f);
        assert_eq!(score(&s, "KPI-1"), 100);
        assert_eq!(score(&s, "KPI-5"), 100);
    }
}
