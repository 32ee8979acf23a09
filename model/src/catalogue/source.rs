//! Citations: every seed record says where in which document it comes from, because officials
//! check a fact against its source before they cite it.

use serde::{Deserialize, Serialize};

/// Where a record comes from: document, part (chapter, appendix, article) and row or bullet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Document number, e.g. `1132/QĐ-TTg`.
    pub document: String,
    /// Part, appendix or article as the document names it, e.g. `Phụ lục II, mục A`.
    pub part: String,
    /// Row, bullet or clause inside the part, e.g. `STT 1`; empty for a whole part.
    #[serde(default)]
    pub row: String,
    /// A short verbatim quote, where the transcriber kept one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl Source {
    /// One line a person can read and look up: `1132/QĐ-TTg, Phụ lục II, mục A, STT 1`.
    pub fn citation(&self) -> String {
        if self.row.is_empty() {
            format!("{}, {}", self.document, self.part)
        } else {
            format!("{}, {}, {}", self.document, self.part, self.row)
        }
    }
}

/// One OCR slip fixed in transcription; the original is kept so the fix can be audited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OcrFix {
    /// The field that was fixed, e.g. `name`.
    pub field: String,
    /// The text as the OCR'd document has it.
    pub original: String,
    /// The corrected text.
    pub fixed: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_omits_empty_row() {
        let s = Source {
            document: "3090/QĐ-BKHCN".into(),
            part: "Phụ lục I".into(),
            row: String::new(),
            quote: None,
        };
        assert_eq!(s.citation(), "3090/QĐ-BKHCN, Phụ lục I");
    }
}
