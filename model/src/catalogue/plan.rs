//! The 84-row platform plan of 3090/QĐ-BKHCN Phụ lục II. It mirrors 2618/QĐ-BKHCN, which
//! 1132/QĐ-TTg abolished, so it is kept for history and linked to the platforms it became.

use super::source::{OcrFix, Source};
use serde::{Deserialize, Serialize};

/// Why the plan is superseded, with the citation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Superseded {
    /// The superseding document.
    pub by: String,
    /// Explanation.
    pub note: String,
    /// Citation.
    pub source: Source,
}

/// One of the plan's four groups.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanGroup {
    /// 1–4.
    pub number: u8,
    /// Name as the appendix gives it.
    pub name: String,
    /// Citation.
    pub source: Source,
}

/// A row of the plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    /// `PL2-001` … `PL2-084`, in document order.
    pub id: String,
    /// Group 1–4.
    pub group: u8,
    /// The document's own row number.
    pub stt: String,
    /// Platform name.
    pub name: String,
    /// Lead agency.
    #[serde(default)]
    pub owner: String,
    /// The owner's id in the agency list (`bo-cong-thuong`), whatever the case the text writes
    /// its name in ("Bộ Công thương").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_agency: Option<String>,
    /// Completion time as written.
    #[serde(default)]
    pub completion: String,
    /// The 1132/QĐ-TTg platform the row became, if any.
    #[serde(default)]
    pub platform: Option<String>,
    /// Why it maps (or why none).
    #[serde(default)]
    pub platform_reason: String,
    /// Citation.
    pub source: Source,
    /// OCR slips fixed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ocr_fixes: Vec<OcrFix>,
}

/// The plan as a whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Why the plan no longer binds.
    pub superseded: Superseded,
    /// The four groups.
    pub groups: Vec<PlanGroup>,
    /// The 84 rows.
    pub rows: Vec<PlanRow>,
}
