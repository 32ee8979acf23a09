//! The seven reference architectures of 3090/QĐ-BKHCN Phụ lục I: what each kind of agency's
//! framework holds, layer by layer, and the notes that bind it.

use super::source::{OcrFix, Source};
use serde::{Deserialize, Serialize};

/// A reference architecture (khung kiến trúc số tham chiếu).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferenceArchitecture {
    /// `party`, `assembly`, `front`, `other`, `ministry`, `province` or `commune`.
    pub id: String,
    /// Title as the appendix gives it.
    pub name: String,
    /// Citation.
    pub source: Source,
    /// Introductory text, if any.
    #[serde(default)]
    pub intro: String,
    /// The four layers.
    pub layers: Vec<RefLayer>,
    /// Notes that bind agencies of this kind.
    #[serde(default)]
    pub notes: Vec<RefNote>,
}

/// One layer of a reference architecture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefLayer {
    /// 1–4.
    pub layer: u8,
    /// Title as the appendix gives it for this architecture.
    pub title: String,
    /// What the layer holds.
    pub elements: Vec<RefElement>,
}

/// An element of a reference architecture layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefElement {
    /// Unique id, `<architecture>-l<layer>-<slug>`.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Verbatim text of the bullet.
    #[serde(default)]
    pub description: String,
    /// Stands for "the national shared components of layer N".
    #[serde(default)]
    pub national_shared: bool,
    /// 1132 platforms the element is or reuses.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// 1132 platforms the text says it connects to.
    #[serde(default)]
    pub connects_to: Vec<String>,
    /// The text tells this kind of agency to build or deploy it itself.
    #[serde(default)]
    pub expected_build: bool,
    /// A note attached in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Citation.
    pub source: Source,
    /// OCR slips fixed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ocr_fixes: Vec<OcrFix>,
}

/// A note of a reference architecture, such as the rule that provincial sector software needs
/// the line ministry's written agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefNote {
    /// Unique id.
    pub id: String,
    /// Verbatim text.
    pub text: String,
    /// The rule, stated briefly in English.
    #[serde(default)]
    pub rule: String,
    /// Citation.
    pub source: Source,
}

/// The file `seeds/reference_architectures.json`.
#[cfg(test)]
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ReferenceArchitecturesFile {
    pub(crate) reference_architectures: Vec<ReferenceArchitecture>,
}
