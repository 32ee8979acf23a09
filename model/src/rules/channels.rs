//! Both main channels reused: 3090/QĐ-BKHCN Phần II.3.d, gạch đầu dòng 1, and Layer 4 of every
//! reference architecture in Phụ lục I.
//!
//! The text: "Cổng Dịch vụ công Quốc gia (dành cho giao diện web) và Ứng dụng VNeID (dành cho
//! di động) là hai kênh giao tiếp chính". A framework shows it reuses them with components
//! whose `platform` is `A-01` and `A-02`; each one missing is a `warning` naming the platform.
//! The reference architecture's own element for the channels (id `<kind>-l4-channels`, which
//! `khung new` keeps) stands for both, as the element lists both platforms.

use super::{citation, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::Document;

/// The rule id.
pub const RULE_ID: &str = "3090-channels";

/// Where the text says it.
pub const SOURCE: &str = "3090/QĐ-BKHCN, Phần II.3.d, gạch đầu dòng 1";

/// The two channels: the national public-service portal and VNeID.
pub const CHANNELS: [&str; 2] = ["A-01", "A-02"];

/// The rule as [`super::check`] runs it; it counts towards KPI-5, implementation results: the
/// channels are where citizens meet the result.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-5",
    check,
    run,
    units,
};

fn units(_: &Analysis) -> usize {
    CHANNELS.len()
}

/// A finding for each main channel the framework does not reuse.
///
/// ```
/// use model::{compose, document::Kind, rules::channels, Catalogue};
/// let cat = Catalogue::get();
/// assert!(channels::check(&compose::from_reference(cat, Kind::Commune, "Xã A"), cat).is_empty());
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    let source = format!(
        "{SOURCE}; {}",
        citation(cat, doc.kind, "-l4-channels", "3090/QĐ-BKHCN, Phụ lục I")
    );
    let element = cat.reference_architecture(doc.kind.as_str()).and_then(|r| {
        r.layers
            .iter()
            .flat_map(|l| &l.elements)
            .find(|e| e.id.ends_with("-l4-channels"))
    });
    let reused = |id: &str| {
        doc.components.iter().any(|c| {
            c.platform.as_deref() == Some(id)
                || element.is_some_and(|e| c.id == e.id && e.platforms.iter().any(|p| p == id))
        })
    };
    CHANNELS
        .iter()
        .filter(|id| !reused(id))
        .map(|id| {
            let name = cat.platform(id).map_or(*id, |p| p.name.as_str());
            Finding {
                platform: Some((*id).to_owned()),
                ..Finding::framework(
                    FindingKind::Compliance,
                    Severity::Warning,
                    RULE_ID,
                    &source,
                    format!(
                        "Khung chưa sử dụng {name} ({id}), một trong hai kênh giao tiếp chính \
                         với người dân, doanh nghiệp theo {SOURCE}. Thêm thành phần sử dụng \
                         nền tảng {id}."
                    ),
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Kind, Status};
    use crate::rules::test_util::*;

    #[test]
    fn each_missing_channel_is_named() {
        let f = check(&doc(Kind::Province, "Tỉnh Lâm Đồng", vec![]), &cat());
        let p: Vec<_> = f.iter().filter_map(|f| f.platform.as_deref()).collect();
        assert_eq!(p, ["A-01", "A-02"]);
        let d = doc(Kind::Province, "Tỉnh Lâm Đồng", vec![reuse("v", "A-02")]);
        assert_eq!(check(&d, &cat()).len(), 1);
    }

    #[test]
    fn an_own_portal_is_not_the_national_channel() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![
                own("p", "Cổng Dịch vụ công quốc gia", "", Status::Existing),
                reuse("v", "A-02"),
            ],
        );
        assert_eq!(check(&d, &cat())[0].platform.as_deref(), Some("A-01"));
    }
}
