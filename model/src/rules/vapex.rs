//! APIs registered through V-APEX: 3090/QĐ-BKHCN Phần II.3.b, gạch đầu dòng 4.
//!
//! The text: "Mọi hệ thống thông tin cấp bộ, cấp tỉnh, cấp xã khi triển khai phải đăng ký, công
//! bố và tuân thủ chuẩn API quốc gia thông qua V-APEX". V-APEX (Nền tảng trao đổi giao diện lập
//! trình ứng dụng quốc gia) is not in the 1132 list, so a framework records it as any component
//! (own or reused) or capability term naming it: "V-APEX", "VAPEX", or "trao đổi giao diện lập
//! trình ứng dụng quốc gia". Ministries, provinces and communes without it get a `warning`.

use super::{says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Document, Kind};

/// The rule id.
pub const RULE_ID: &str = "3090-vapex";

/// Where the text says it.
pub const SOURCE: &str = "3090/QĐ-BKHCN, Phần II.3.b, gạch đầu dòng 4";

/// The rule as [`super::check`] runs it; it counts towards KPI-2, interoperability.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-2",
    check,
    run,
    units,
};

fn applies(kind: Kind) -> bool {
    matches!(kind, Kind::Ministry | Kind::Province | Kind::Commune)
}

fn units(a: &Analysis) -> usize {
    usize::from(applies(a.doc.kind))
}

/// The words that name V-APEX, folded.
const NAMES: &[&[&str]] = &[
    &["vapex"],
    &["v", "apex"],
    &["trao", "doi", "giao", "dien", "lap", "trinh", "ung", "dung"],
    &["trao", "doi", "api", "quoc", "gia"],
];

/// The finding that the framework does not record V-APEX.
///
/// ```
/// use model::{Catalogue, document::*, rules::vapex};
/// let mut doc = Document::new("Khung", Kind::Province, "Tỉnh Lâm Đồng");
/// assert_eq!(vapex::check(&doc, Catalogue::get()).len(), 1);
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c","name":"LGSP","layer":2,"capabilities":["đăng ký API qua V-APEX"]}"#).unwrap());
/// assert!(vapex::check(&doc, Catalogue::get()).is_empty());
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    if !applies(a.doc.kind) {
        return Vec::new();
    }
    let recorded = a.components().any(|(i, _)| says(&a.text(i).words, NAMES));
    if recorded {
        return Vec::new();
    }
    vec![Finding::framework(
        FindingKind::Compliance,
        Severity::Warning,
        RULE_ID,
        SOURCE,
        format!(
            "Khung chưa thể hiện việc đăng ký, công bố API qua Nền tảng trao đổi giao diện lập \
             trình ứng dụng quốc gia (V-APEX): mọi hệ thống thông tin cấp bộ, cấp tỉnh, cấp xã \
             khi triển khai phải đăng ký, công bố và tuân thủ chuẩn API quốc gia thông qua V-APEX \
             ({SOURCE}). Thêm thành phần V-APEX hoặc năng lực «đăng ký API qua V-APEX»."
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Status;
    use crate::rules::test_util::*;

    #[test]
    fn any_spelling_of_v_apex_counts() {
        for name in [
            "V-APEX",
            "Nền tảng VAPEX",
            "Nền tảng trao đổi giao diện lập trình ứng dụng quốc gia",
        ] {
            let d = doc(
                Kind::Ministry,
                "Bộ Y tế",
                vec![own("c", name, "", Status::Existing)],
            );
            assert!(check(&d, &cat()).is_empty(), "{name}");
        }
    }

    #[test]
    fn ministries_provinces_and_communes_are_concerned_others_not() {
        for k in [Kind::Ministry, Kind::Province, Kind::Commune] {
            assert_eq!(check(&doc(k, "", vec![]), &cat()).len(), 1);
        }
        assert!(check(&doc(Kind::Party, "", vec![]), &cat()).is_empty());
        let f = &check(&doc(Kind::Commune, "", vec![]), &cat())[0];
        assert_eq!(f.source, SOURCE);
        assert!(f.explanation.contains("V-APEX"));
    }
}
