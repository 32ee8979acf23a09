//! The appendix of cited documents: every citation the report makes is collected as it is
//! written, so the appendix lists exactly the documents (and their parts) the report relies on.
//! Titles, issuers and dates are data (`documents.json`), read from the documents themselves.

use super::content::Table;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// A document the seeds cite.
#[derive(Debug, Clone, Deserialize)]
pub struct SourceDocument {
    /// Its number, e.g. `1132/QĐ-TTg`.
    pub id: String,
    /// Quyết định, Quy định, Công văn…
    pub kind: String,
    /// Title (trích yếu).
    pub title: String,
    /// Who issued it.
    pub issuer: String,
    /// Date of issue, `d/m/yyyy`.
    pub date: String,
}

#[derive(Deserialize)]
struct File {
    documents: Vec<SourceDocument>,
}

/// The known source documents, in the order the appendix lists them.
pub fn documents() -> &'static [SourceDocument] {
    static DOCS: OnceLock<Vec<SourceDocument>> = OnceLock::new();
    DOCS.get_or_init(|| {
        serde_json::from_str::<File>(include_str!("documents.json"))
            .map(|f| f.documents)
            .unwrap_or_else(|e| panic!("model/src/report/documents.json: {e}"))
    })
}

/// The citations made so far, by document.
#[derive(Debug, Default)]
pub struct Cited {
    parts: BTreeMap<String, BTreeSet<String>>,
}

impl Cited {
    /// Records a citation such as `3090/QĐ-BKHCN, Phụ lục I, mục 6; 4577/BKHCN-CĐSQG, mục 3`:
    /// each `;`-separated piece names its document before the first comma.
    pub fn add(&mut self, citation: &str) {
        for piece in citation.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (doc, part) = piece.split_once(", ").unwrap_or((piece, ""));
            let set = self.parts.entry(doc.trim().to_owned()).or_default();
            if !part.is_empty() {
                set.insert(part.trim().to_owned());
            }
        }
    }

    /// The documents cited, known ones in the data file's order, then any other by number.
    pub fn table(&self) -> Table {
        let known = documents();
        let mut ids: Vec<&String> = self.parts.keys().collect();
        crate::sort::sort_by_key(&mut ids, |id| {
            (
                known
                    .iter()
                    .position(|d| &d.id == *id)
                    .unwrap_or(usize::MAX),
                id.to_string(),
            )
        });
        let rows = ids
            .into_iter()
            .enumerate()
            .map(|(i, id)| {
                let what = known
                    .iter()
                    .find(|d| &d.id == id)
                    .map(|d| format!("{} {} ({}, ngày {})", d.kind, d.title, d.issuer, d.date))
                    .unwrap_or_default();
                let parts: Vec<&str> = self.parts[id].iter().map(String::as_str).collect();
                vec![(i + 1).to_string(), id.clone(), what, parts.join("; ")]
            })
            .collect();
        Table {
            header: vec!["STT", "Số hiệu", "Văn bản", "Phần được dẫn chiếu"],
            widths: vec![8, 18, 38, 36],
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_double_citation_counts_for_both_documents() {
        let mut c = Cited::default();
        c.add("3090/QĐ-BKHCN, Phụ lục I, mục 6; 4577/BKHCN-CĐSQG, mục 3");
        c.add("1132/QĐ-TTg, Điều 2");
        let t = c.table();
        let ids: Vec<&str> = t.rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(ids, ["3090/QĐ-BKHCN", "4577/BKHCN-CĐSQG", "1132/QĐ-TTg"]);
        assert_eq!(t.rows[0][3], "Phụ lục I, mục 6");
        assert!(t.rows[2][2].contains("Thủ tướng Chính phủ"));
    }

    #[test]
    fn every_document_the_seeds_cite_has_a_title() {
        let mut missing = Vec::new();
        for (file, text) in crate::catalogue::SEED_FILES {
            for m in text.split("\"document\": \"").skip(1) {
                let id = m.split('"').next().unwrap_or("");
                if id != "202/2025/QH15" && !documents().iter().any(|d| d.id == id) {
                    missing.push(format!("{file}: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }
}
