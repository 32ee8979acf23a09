//! 4577/BKHCN-CĐSQG's criteria for a shared platform, cited by every shared-platform candidate.
//!
//! The guidance letter says what makes a platform fit to be shared: built centrally for many
//! agencies, on elastic cloud infrastructure, configurable without code, open through APIs,
//! multi-tenant, and, for a province, shared across its agencies and communes rather than built
//! by each. A capability many agencies build for themselves is a candidate to be judged against
//! these criteria; the text is data, in `seeds/shared_platform_criteria.json`.

use crate::catalogue::Source;
use serde::{Deserialize, Serialize};

/// One criterion, in the letter's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// The letter's text.
    pub text: String,
    /// Where it stands in the letter.
    pub source: Source,
}

#[derive(Deserialize)]
struct File {
    criteria: Vec<Criterion>,
}

/// Every criterion, in the letter's order.
pub fn all() -> &'static [Criterion] {
    static ALL: std::sync::OnceLock<Vec<Criterion>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let f: File =
            serde_json::from_str(include_str!("../../../seeds/shared_platform_criteria.json"))
                .expect("seeds/shared_platform_criteria.json is valid (tested)");
        f.criteria
    })
}

/// The citation a candidate carries: the letter and the parts its criteria come from.
pub fn citation() -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in all() {
        if !parts.contains(&c.source.part.as_str()) {
            parts.push(&c.source.part);
        }
    }
    let doc = all()
        .first()
        .map_or("4577/BKHCN-CĐSQG", |c| c.source.document.as_str());
    format!("{doc}, {}", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_criteria_load_and_cite_the_letter() {
        assert!(all().len() >= 10);
        assert!(all()
            .iter()
            .all(|c| c.source.document == "4577/BKHCN-CĐSQG" && !c.text.is_empty()));
        assert!(all().iter().any(|c| c.text.contains("Multi-tenant")));
        assert_eq!(
            citation(),
            "4577/BKHCN-CĐSQG, mục 1; mục 2.a; mục 2.c; mục 3"
        );
    }
}
