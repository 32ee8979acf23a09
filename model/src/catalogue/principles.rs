//! The principles: the seven core principles and how they feed one another, the implementation
//! principles of 3090/QĐ-BKHCN II.2 h, and the technical requirements per layer (II.4).

use super::source::{OcrFix, Source};
use serde::{Deserialize, Serialize};

/// A core principle.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorePrinciple {
    /// `P1` … `P7`.
    pub id: String,
    /// 1–7.
    pub number: u8,
    /// Vietnamese name.
    pub name: String,
    /// English gloss.
    #[serde(default)]
    pub name_en: String,
    /// Verbatim description.
    #[serde(default)]
    pub description: String,
    /// The principles this one feeds, following the cycle the documents describe.
    #[serde(default)]
    pub feeds: Vec<String>,
    /// Citation.
    pub source: Source,
    /// OCR slips fixed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ocr_fixes: Vec<OcrFix>,
}

/// The paragraph describing how the seven principles relate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cycle {
    /// Verbatim text.
    pub text: String,
    /// Citation.
    pub source: Source,
}

/// An implementation principle (operations, design, resources or investment).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImplementationPrinciple {
    /// Unique id.
    pub id: String,
    /// `operations`, `design`, `resources` or `investment`.
    pub group: String,
    /// Name as the text gives it (e.g. "API First").
    pub name: String,
    /// English gloss.
    #[serde(default)]
    pub name_en: String,
    /// Verbatim text.
    #[serde(default)]
    pub text: String,
    /// Citation.
    pub source: Source,
}

/// A technical requirement for one layer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TechnicalRequirement {
    /// Unique id.
    pub id: String,
    /// 1–4.
    pub layer: u8,
    /// Verbatim text.
    pub text: String,
    /// Citation.
    pub source: Source,
}

/// The file `seeds/principles.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Principles {
    /// The seven core principles.
    pub core: Vec<CorePrinciple>,
    /// How they relate.
    pub cycle: Cycle,
    /// Implementation principles.
    #[serde(default)]
    pub implementation: Vec<ImplementationPrinciple>,
    /// Technical requirements per layer.
    #[serde(default)]
    pub technical_requirements: Vec<TechnicalRequirement>,
}
