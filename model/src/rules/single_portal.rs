//! No second public-service portal: 3090/QĐ-BKHCN Phần II.3.c, gạch đầu dòng 1 (the national
//! portal "tích hợp thông tin và cung cấp dịch vụ công trực tuyến … của tất cả các bộ, ngành,
//! địa phương") and Phần II.3.d, gạch đầu dòng 1 (it is the web channel).
//!
//! An own component whose name says "cổng dịch vụ công" (or "cổng DVC") is a second portal
//! beside the national one (A-01). It is a `violation` once A-01 operates and a `warning`,
//! with A-01's go-live, before (1132/QĐ-TTg Điều 2 khoản 3 lets an existing system run until
//! then). [`super::check`] drops this finding for a component that already has an overlap
//! finding against A-01, so the fault is reported once; this rule still catches what the
//! overlap rule leaves out, such as the portal's owner building a second one.

use super::reading::Text;
use super::tokenizer::Word;
use super::{says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Component, Document, Status};

/// The rule id.
pub const RULE_ID: &str = "3090-single-portal";

/// Where the text says it.
pub const SOURCE: &str =
    "3090/QĐ-BKHCN, Phần II.3.c, gạch đầu dòng 1; Phần II.3.d, gạch đầu dòng 1";

/// The rule as [`super::check`] runs it; it counts towards KPI-1, architecture compliance.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-1",
    check,
    run,
    units,
};

fn units(_: &Analysis) -> usize {
    1
}

/// Whether component `c` is a public-service portal of the agency's own.
pub fn is_own_portal(c: &Component) -> bool {
    own_portal(c, &Text::new(&c.name, "", &[]).words)
}

/// [`is_own_portal`] given the component's name as words.
fn own_portal(c: &Component, name: &[Word]) -> bool {
    c.platform.is_none()
        && c.status != Status::Retiring
        && says(name, &[&["cong", "dich", "vu", "cong"]])
}

/// Findings for each public-service portal of the agency's own.
///
/// ```
/// use model::{Catalogue, document::*, rules::single_portal};
/// let mut doc = Document::new("Khung", Kind::Province, "Tỉnh Lâm Đồng");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c","name":"Cổng DVC tỉnh Lâm Đồng","layer":4}"#).unwrap());
/// assert_eq!(single_portal::check(&doc, Catalogue::get()).len(), 1);
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let cat = a.cat;
    let a01 = cat.platform("A-01");
    let operational = a01.is_some_and(|p| p.operational);
    a.components()
        .filter(|(i, c)| own_portal(c, a.name(*i)))
        .map(|(_, c)| {
            let (severity, when, go_live) = if operational {
                (
                    Severity::Violation,
                    "Cổng Dịch vụ công quốc gia (A-01) đã vận hành".to_owned(),
                    None,
                )
            } else {
                let t = a01.map_or(String::new(), |p| p.start.text.clone());
                (
                    Severity::Warning,
                    format!(
                        "Cổng Dịch vụ công quốc gia (A-01) chưa vận hành (dự kiến: {t}); cổng hiện \
                         có được duy trì đến thời điểm đó (1132/QĐ-TTg, Điều 2, khoản 3)"
                    ),
                    Some(t),
                )
            };
            Finding {
                platform: Some("A-01".into()),
                go_live,
                ..Finding::about(
                    c,
                    FindingKind::Compliance,
                    severity,
                    RULE_ID,
                    SOURCE,
                    format!(
                        "«{}» là cổng dịch vụ công thứ hai bên cạnh Cổng Dịch vụ công quốc gia, \
                         cổng tích hợp, cung cấp dịch vụ công trực tuyến của tất cả bộ, ngành, \
                         địa phương và là kênh giao tiếp chính trên web ({SOURCE}). {when}.",
                        c.name
                    ),
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;
    use crate::rules::test_util::*;

    #[test]
    fn an_own_portal_is_a_second_portal() {
        let d = doc(
            Kind::Ministry,
            "Bộ Công an",
            vec![own(
                "p",
                "Cổng dịch vụ công Bộ Công an",
                "",
                Status::Existing,
            )],
        );
        let f = check(&d, &cat());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].go_live.as_deref(), Some("Năm 2026"));
        let later = Catalogue::get().as_of(crate::catalogue::Date {
            year: 2027,
            month: 1,
            day: 1,
        });
        assert_eq!(check(&d, &later)[0].severity, Severity::Violation);
    }

    #[test]
    fn the_reused_national_portal_is_not() {
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![reuse("p", "A-01")]);
        assert!(check(&d, &cat()).is_empty());
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own(
                "p",
                "Cổng thông tin điện tử tỉnh",
                "",
                Status::Existing,
            )],
        );
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn check_reports_a_portal_once() {
        let about = |kind: Kind, agency: &str| -> Vec<String> {
            let d = doc(
                kind,
                agency,
                vec![own("p", "Cổng dịch vụ công", "", Status::Existing)],
            );
            crate::rules::check(&d, &cat())
                .into_iter()
                .filter(|f| f.component == "p")
                .map(|f| f.rule)
                .collect()
        };
        // A commune's own portal duplicates A-01: the overlap finding says it all.
        assert_eq!(about(Kind::Commune, "Xã Tân Lập"), ["1132-art2-k3"]);
        // A province's existing portal is a second channel too (3090 Phần II.2.đ, Nguyên tắc
        // 5), though it belongs to the procedure system the reference architecture keeps.
        assert_eq!(about(Kind::Province, "Tỉnh Lâm Đồng"), ["1132-art2-k3"]);
        // The national portal's owner building another one gets this rule's finding alone.
        assert_eq!(about(Kind::Ministry, "Bộ Công an"), [RULE_ID]);
    }
}
