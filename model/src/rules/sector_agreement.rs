//! Provincial sector software needs the line ministry's written agreement: 3090/QĐ-BKHCN
//! Phụ lục I mục 6 (the note after Lớp 3, gạch đầu dòng 8) and 4577/BKHCN-CĐSQG mục 3.
//!
//! The text: "Đối với các phần mềm, hệ thống thông tin quản lý chuyên ngành của các Sở, trước
//! khi tỉnh, thành phố có nhu cầu xây dựng, triển khai, phải có văn bản xin ý kiến thống nhất
//! của Bộ, ngành quản lý chuyên ngành", and 4577: "Trước khi xây mới ứng dụng chuyên ngành đặc
//! thù, phải trao đổi, thống nhất với Bộ quản lý chuyên ngành ở Trung ương".
//!
//! # Which components
//!
//! In a province's framework, an own component is sector software when it stands for the
//! element "Phần mềm quản lý chuyên ngành của các Sở" or "Các nghiệp vụ, ứng dụng chuyên ngành
//! đặc thù của tỉnh", or, standing for no other element, sits on layer 3 and its name says
//! "chuyên ngành" or names a department ("Sở Y tế"; "sở" is recognised with its diacritics,
//! since "so" alone is also "số").
//!
//! # The convention for recording the agreement
//!
//! The component records the agreement with the capability term **"có văn bản thống nhất của
//! bộ quản lý ngành"**, optionally followed by the ministry and the letter's number, e.g. "có
//! văn bản thống nhất của Bộ Y tế số 123/BYT-CNTT". The same words in the description count
//! too, as do "đã có ý kiến thống nhất" and "đã được bộ … thống nhất". Diacritics and case do
//! not matter; "chưa có văn bản thống nhất" (not yet) does not count.
//!
//! # Severity
//!
//! The agreement must come *before* building: a planned component without it is a
//! `violation`; an existing one is a `warning` (the agreement may exist but is not recorded).
//! A retiring one is not judged.

use super::{citation, padded, says, Analysis, Finding, FindingKind, Rule, Severity};
use crate::catalogue::Catalogue;
use crate::document::{Component, Document, Kind, Status};

/// The rule id.
pub const RULE_ID: &str = "3090-pl1-sector-agreement";

/// The capability term that records the agreement.
pub const AGREEMENT_TERM: &str = "có văn bản thống nhất của bộ quản lý ngành";

/// 4577/BKHCN-CĐSQG, where it says the same for specific sector applications.
pub const SOURCE_4577: &str = "4577/BKHCN-CĐSQG, mục 3, gạch đầu dòng 4, ý thứ ba";

/// The rule as [`super::check`] runs it; it counts towards KPI-3, governance and operations.
pub const RULE: Rule = Rule {
    ids: &[RULE_ID],
    kpi_group: "KPI-3",
    check,
    run,
    units,
};

/// The element ids that stand for sector software.
const ELEMENTS: &[&str] = &["province-l3-sector-software", "province-l3-special-apps"];

fn sector_software<'a>(a: &'a Analysis) -> Vec<&'a Component> {
    if a.doc.kind != Kind::Province {
        return Vec::new();
    }
    a.own()
        .filter(|(_, c)| c.status != Status::Retiring)
        .filter(|(i, c)| match a.element(*i) {
            Some(e) => ELEMENTS.contains(&e.id.as_str()),
            None => {
                c.layer == 3
                    && (says(a.name(*i), &[&["chuyen", "nganh"]])
                        || a.name(*i).iter().any(|w| w.raw() == "sở"))
            }
        })
        .map(|(_, c)| c)
        .collect()
}

fn units(a: &Analysis) -> usize {
    sector_software(a).len()
}

/// Whether component `c` records the line ministry's agreement, by the convention above.
pub fn records_agreement(c: &Component) -> bool {
    let text = padded(&format!(
        "{} . {}",
        c.description,
        c.capabilities.join(" . ")
    ));
    [
        " co van ban thong nhat ",
        " da co y kien thong nhat ",
        " co y kien thong nhat ",
        " da thong nhat voi bo ",
    ]
    .iter()
    .any(|p| {
        text.match_indices(p).any(|(i, _)| {
            let before = &text[..i];
            !(before.ends_with(" chua") || before.ends_with(" khong"))
        })
    }) || {
        // "đã được Bộ Y tế thống nhất", "đã được bộ quản lý ngành thống nhất"
        text.match_indices(" da duoc bo ").any(|(i, _)| {
            text[i..]
                .split(" . ")
                .next()
                .is_some_and(|s| s.contains(" thong nhat "))
        })
    }
}

/// Findings for the province's sector software that does not record the agreement.
///
/// ```
/// use model::{Catalogue, document::*, rules::{sector_agreement, Severity}};
/// let mut doc = Document::new("Khung", Kind::Province, "Tỉnh Lâm Đồng");
/// doc.components.push(serde_json::from_str(
///     r#"{"id":"c","name":"Phần mềm quản lý chuyên ngành y tế của Sở Y tế","layer":3,"status":"planned"}"#).unwrap());
/// assert_eq!(sector_agreement::check(&doc, Catalogue::get())[0].severity, Severity::Violation);
/// doc.components[0].capabilities.push("Có văn bản thống nhất của Bộ Y tế số 123/BYT-CNTT".into());
/// assert!(sector_agreement::check(&doc, Catalogue::get()).is_empty());
/// ```
pub fn check(doc: &Document, cat: &Catalogue) -> Vec<Finding> {
    run(&Analysis::new(doc, cat))
}

/// [`check`] on a shared analysis.
pub fn run(a: &Analysis) -> Vec<Finding> {
    let (doc, cat) = (a.doc, a.cat);
    let note = citation(
        cat,
        doc.kind,
        "note-sector-software",
        "3090/QĐ-BKHCN, Phụ lục I, mục 6",
    );
    sector_software(a)
        .into_iter()
        .filter(|c| !records_agreement(c))
        .map(|c| {
            let (severity, when) = if c.status == Status::Planned {
                (
                    Severity::Violation,
                    "Trước khi xây dựng, triển khai, tỉnh phải có văn bản xin ý kiến thống nhất",
                )
            } else {
                (
                    Severity::Warning,
                    "Hệ thống đang vận hành: hãy ghi nhận văn bản xin ý kiến thống nhất",
                )
            };
            Finding::about(
                c,
                FindingKind::Compliance,
                severity,
                RULE_ID,
                &format!("{note}; {SOURCE_4577}"),
                format!(
                    "«{}» là phần mềm quản lý chuyên ngành của tỉnh nhưng chưa ghi nhận ý kiến \
                     thống nhất của bộ quản lý ngành. {when} của Bộ, ngành quản lý chuyên ngành \
                     ({note}; {SOURCE_4577}). Ghi năng lực «{AGREEMENT_TERM}» kèm số văn bản.",
                    c.name
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::*;

    fn sw(name: &str, status: Status) -> Component {
        own("c", name, "", status)
    }

    #[test]
    fn planned_sector_software_without_agreement_is_a_violation() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![sw(
                "Hệ thống quản lý chuyên ngành giáo dục của Sở Giáo dục và Đào tạo",
                Status::Planned,
            )],
        );
        let f = check(&d, &cat());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Violation);
        assert!(f[0].source.contains("Phụ lục I, mục 6"));
        assert!(f[0].source.contains("4577"));
    }

    #[test]
    fn existing_sector_software_is_a_warning() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![sw("Phần mềm quản lý hồ sơ của Sở Nội vụ", Status::Existing)],
        );
        assert_eq!(check(&d, &cat())[0].severity, Severity::Warning);
    }

    #[test]
    fn the_agreement_convention() {
        let mut c = sw("Phần mềm chuyên ngành tài nguyên nước", Status::Planned);
        c.capabilities = vec![AGREEMENT_TERM.into()];
        assert!(records_agreement(&c));
        c.capabilities = vec!["co van ban thong nhat cua Bo Nong nghiep va Moi truong".into()];
        assert!(records_agreement(&c));
        c.capabilities = vec![];
        c.description =
            "Đã được Bộ Nông nghiệp và Môi trường thống nhất tại văn bản 55/BNNMT".into();
        assert!(records_agreement(&c));
        c.description = "Chưa có văn bản thống nhất của bộ".into();
        assert!(!records_agreement(&c));
    }

    #[test]
    fn digital_is_not_a_department() {
        // "số" folds like "Sở", but only the written "Sở" names a department.
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![sw("Nền tảng chuyển đổi số du lịch", Status::Planned)],
        );
        assert!(check(&d, &cat()).is_empty());
    }

    #[test]
    fn only_provinces_are_concerned() {
        let d = doc(
            Kind::Ministry,
            "Bộ Y tế",
            vec![sw("Phần mềm quản lý chuyên ngành y tế", Status::Planned)],
        );
        assert!(check(&d, &cat()).is_empty());
    }
}
