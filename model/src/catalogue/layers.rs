//! The four layers of the national model (05-QĐ/BCĐTW chapter II, 3090/QĐ-BKHCN II.3) and the
//! national shared components each one holds.

use super::source::{OcrFix, Source};
use serde::{Deserialize, Serialize};

/// One of the four layers, numbered 1 (infrastructure, drawn at the bottom) to 4 (channels, top).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Layer {
    /// 1 to 4, bottom to top.
    pub layer: u8,
    /// The layer's Vietnamese title as the documents give it.
    pub name: String,
    /// An English gloss for the English UI.
    #[serde(default)]
    pub name_en: String,
    /// What the layer is for.
    #[serde(default)]
    pub description: String,
    /// The primary citation.
    pub source: Source,
    /// Further citations, e.g. the same layer in 3090 as well as 05-QĐ.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The national shared components of this layer.
    #[serde(default)]
    pub components: Vec<LayerComponent>,
}

/// A national shared component of a layer, such as NDXP in layer 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerComponent {
    /// Stable id, e.g. `L2-03`.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Full description, verbatim.
    #[serde(default)]
    pub description: String,
    /// Ids of the 1132/QĐ-TTg platforms this component corresponds to.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// Where it is defined.
    pub source: Source,
    /// The same component in another document.
    #[serde(default)]
    pub also: Vec<Source>,
    /// OCR slips fixed in transcription.
    #[serde(default)]
    pub ocr_fixes: Vec<OcrFix>,
}

/// The file `seeds/layers.json`.
#[cfg(test)]
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LayersFile {
    pub(crate) layers: Vec<Layer>,
}
