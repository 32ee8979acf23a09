//! The words a drawing carries besides the user's own data: legend captions and the title
//! block's labels, in Vietnamese and English, as one table, so that a picture exported from the
//! English UI reads in English while the framework's own names stay as the agency wrote them.

use crate::scene::{Level, Mark, NodeKind};

/// The language of a drawing's captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Tiếng Việt, the default.
    #[default]
    Vi,
    /// English.
    En,
}

/// Something a caption names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Caption {
    /// A node's look.
    Kind(NodeKind),
    /// A finding badge's shape.
    Mark(Mark),
    /// A flagged node's outline.
    Level(Level),
    /// A connection drawn with one arrow head.
    OneWay,
    /// A connection drawn with arrow heads at both ends.
    BothWays,
    /// The legend's heading.
    Legend,
    /// The title block's label for the agency.
    Agency,
    /// The title block's label for the date the picture was made.
    Date,
    /// The title block's label for the platform catalogue the findings were checked against.
    Catalogue,
    /// The title block's label for the program and version that drew it.
    DrawnWith,
    /// "ngày", between a decision's number and its date.
    DatedOn,
    /// The title block's label for the day the findings hold on, when it is not the date.
    CheckedOn,
}

/// Vietnamese, English.
const TABLE: &[(Caption, &str, &str)] = &[
    (
        Caption::Kind(NodeKind::National),
        "Thành phần dùng chung quốc gia",
        "National shared component",
    ),
    (
        Caption::Kind(NodeKind::PlatformOperational),
        "Nền tảng dùng chung đã vận hành",
        "Shared platform, operational",
    ),
    (
        Caption::Kind(NodeKind::PlatformPlanned),
        "Nền tảng dùng chung chưa vận hành",
        "Shared platform, not yet operational",
    ),
    (
        Caption::Kind(NodeKind::Reference),
        "Thành phần cơ quan tự triển khai",
        "Built by the agency itself",
    ),
    (
        Caption::Kind(NodeKind::OwnExisting),
        "Thành phần của cơ quan (hiện có)",
        "Agency component (existing)",
    ),
    (
        Caption::Kind(NodeKind::OwnPlanned),
        "Thành phần của cơ quan (kế hoạch)",
        "Agency component (planned)",
    ),
    (
        Caption::Kind(NodeKind::OwnRetiring),
        "Thành phần của cơ quan (sắp dừng)",
        "Agency component (retiring)",
    ),
    (
        Caption::Mark(Mark::Overlap),
        "Trùng nền tảng, thành phần dùng chung quốc gia",
        "Duplicates a national shared platform or component",
    ),
    (
        Caption::Mark(Mark::PossibleOverlap),
        "Có thể trùng, cần xác nhận",
        "Possible duplicate, to confirm",
    ),
    (
        Caption::Mark(Mark::Compliance),
        "Chưa đáp ứng yêu cầu (3090/QĐ-BKHCN)",
        "Requirement not met (3090/QĐ-BKHCN)",
    ),
    (
        Caption::Mark(Mark::Connection),
        "Thiếu kết nối theo kiến trúc tham chiếu",
        "Missing a required connection",
    ),
    (
        Caption::Mark(Mark::Exempted),
        "Đã miễn trừ, có lý do bằng văn bản",
        "Exempted, with a written justification",
    ),
    (Caption::Level(Level::Violation), "Vi phạm", "Violation"),
    (Caption::Level(Level::Warning), "Cảnh báo", "Warning"),
    (Caption::Level(Level::Info), "Thông tin", "Information"),
    (Caption::OneWay, "Kết nối một chiều", "One-way connection"),
    (Caption::BothWays, "Kết nối hai chiều", "Two-way connection"),
    (Caption::Legend, "Chú giải", "Legend"),
    (Caption::Agency, "Cơ quan", "Agency"),
    (Caption::Date, "Ngày lập", "Date"),
    (
        Caption::Catalogue,
        "Danh mục nền tảng",
        "Platform catalogue",
    ),
    (Caption::DrawnWith, "Vẽ bằng", "Drawn with"),
    (Caption::DatedOn, "ngày", "of"),
    (
        Caption::CheckedOn,
        "Phát hiện tính theo ngày",
        "Findings as of",
    ),
];

impl Caption {
    /// The caption in `lang`.
    ///
    /// ```
    /// use model::captions::{Caption, Lang};
    /// use model::scene::Mark;
    /// assert_eq!(Caption::Legend.text(Lang::En), "Legend");
    /// assert!(Caption::Mark(Mark::Overlap).text(Lang::Vi).starts_with("Trùng"));
    /// ```
    pub fn text(self, lang: Lang) -> &'static str {
        let (_, vi, en) = TABLE
            .iter()
            .find(|(c, _, _)| *c == self)
            .expect("every caption is in the table");
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_caption_has_both_languages_and_no_two_share_one() {
        let all: Vec<Caption> = [
            NodeKind::National,
            NodeKind::PlatformOperational,
            NodeKind::PlatformPlanned,
            NodeKind::Reference,
            NodeKind::OwnExisting,
            NodeKind::OwnPlanned,
            NodeKind::OwnRetiring,
        ]
        .map(Caption::Kind)
        .into_iter()
        .chain(Mark::ALL.map(Caption::Mark))
        .chain([Level::Violation, Level::Warning, Level::Info].map(Caption::Level))
        .collect();
        for lang in [Lang::Vi, Lang::En] {
            let texts: Vec<&str> = all.iter().map(|c| c.text(lang)).collect();
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), texts.len(), "{lang:?}: {texts:?}");
        }
        assert_eq!(TABLE.len(), all.len() + 9);
    }
}
