//! Shared-platform candidates: a capability that at least [`MIN_AGENCIES`] agencies build for
//! themselves.
//!
//! Capabilities are compared the way the overlap check finds a platform's phrases in an
//! agency's words ([`crate::rules::vocabulary::words`], [`crate::rules::phrase_index`]): folded (no case, no diacritics), function words
//! dropped, and generic words ("hệ thống", "quản lý", "dữ liệu", …) left out, since the matcher
//! never lets them count alone. A capability is then a phrase of at least two specific
//! syllables (or an acronym), and an agency builds it when the phrase occurs whole and in order
//! in one of its own components' capability terms.
//! So "hồ sơ bệnh án" is found in "Quản lý hồ sơ bệnh án điện tử" as the national platforms'
//! terms are found in an inventory.

use crate::rules::phrase_index::generic_mask;
use crate::rules::tokenizer::Word;
use crate::rules::vocabulary::words;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// How many agencies must build a capability for it to be a candidate.
pub const MIN_AGENCIES: usize = 3;

/// One capability term of one agency's own component, as the portfolio collects them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Index of the agency in the portfolio.
    pub agency: usize,
    /// The component's id.
    pub component: String,
    /// The component's name.
    pub name: String,
    /// The term as the agency wrote it.
    pub text: String,
    /// Its specific folded syllables, joined by spaces ([`key`]).
    pub key: String,
}

/// A component that builds a candidate capability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Builder {
    /// Index of the agency in the portfolio's `agencies`.
    pub agency: usize,
    /// The component's id in that agency's framework.
    pub component: String,
    /// The component's name.
    pub name: String,
}

/// A capability many agencies build for themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The capability as the first agency to write it wrote it.
    pub capability: String,
    /// Its specific folded syllables, the form it is matched in.
    pub key: String,
    /// The agencies that build it (indices into `agencies`), in portfolio order.
    pub agencies: Vec<usize>,
    /// The components that build it.
    pub components: Vec<Builder>,
    /// The criteria it is to be judged against.
    pub criteria: String,
}

/// The specific folded syllables of `term`, or `None` when too little is left to name a
/// capability (fewer than two specific syllables, unless the one left is an acronym).
///
/// ```
/// use model::portfolio::candidates::key;
/// assert_eq!(key("Quản lý hồ sơ bệnh án").as_deref(), Some("ho so benh an"));
/// assert_eq!(key("Hệ thống quản lý"), None);
/// ```
pub fn key(term: &str) -> Option<String> {
    let ws = words(term);
    let mask = generic_mask(&ws);
    let kept: Vec<&Word> = ws
        .iter()
        .zip(&mask)
        .filter(|(w, generic)| !w.is_boundary() && !**generic)
        .map(|(w, _)| w)
        .collect();
    let acronym = kept.len() == 1 && kept[0].caps && kept[0].folded.len() >= 3;
    (kept.len() >= 2 || acronym).then(|| {
        kept.iter()
            .map(|w| w.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The candidates among `terms`, most agencies first, then by capability.
///
/// A candidate whose phrase contains a shorter candidate's phrase and is built by the same
/// agencies is left out: it says nothing the shorter one does not.
///
/// # Complexity
/// O(t · s²) for t terms of at most s specific syllables: each term's runs of syllables are
/// looked up among the phrases written.
pub fn find(terms: &[Term], criteria: &str) -> Vec<Candidate> {
    // The phrases written, each with the wording first seen.
    let mut phrases: HashMap<&str, &str> = HashMap::new();
    for t in terms {
        phrases.entry(t.key.as_str()).or_insert(t.text.as_str());
    }
    // Which terms each phrase occurs in.
    let mut found: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        let syl: Vec<&str> = t.key.split(' ').collect();
        let mut seen = HashSet::new();
        for a in 0..syl.len() {
            // Byte offsets of the run syl[a..b] within the key.
            let start: usize = syl[..a].iter().map(|s| s.len() + 1).sum();
            let mut end = start;
            for (b, s) in syl.iter().enumerate().skip(a) {
                end += s.len() + usize::from(b > a);
                let run = &t.key[start..end];
                if let Some((&p, _)) = phrases.get_key_value(run) {
                    if seen.insert(p) {
                        found.entry(p).or_default().push(i);
                    }
                }
            }
        }
    }
    let mut out: Vec<Candidate> = Vec::new();
    for (phrase, hits) in found {
        let mut agencies: Vec<usize> = hits.iter().map(|&i| terms[i].agency).collect();
        crate::sort::sort(&mut agencies);
        agencies.dedup();
        if agencies.len() < MIN_AGENCIES {
            continue;
        }
        let mut components: Vec<Builder> = hits
            .iter()
            .map(|&i| Builder {
                agency: terms[i].agency,
                component: terms[i].component.clone(),
                name: terms[i].name.clone(),
            })
            .collect();
        crate::sort::sort_by(&mut components, |a, b| {
            (a.agency, &a.component).cmp(&(b.agency, &b.component))
        });
        components.dedup();
        out.push(Candidate {
            capability: phrases[phrase].to_owned(),
            key: phrase.to_owned(),
            agencies,
            components,
            criteria: criteria.to_owned(),
        });
    }
    let padded: Vec<String> = out.iter().map(|c| format!(" {} ", c.key)).collect();
    let redundant: HashSet<usize> = (0..out.len())
        .filter(|&i| {
            out.iter().enumerate().any(|(j, other)| {
                j != i
                    && other.agencies == out[i].agencies
                    && other.key.len() < out[i].key.len()
                    && padded[i].contains(&padded[j])
            })
        })
        .collect();
    let mut out: Vec<Candidate> = out
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !redundant.contains(i))
        .map(|(_, c)| c)
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        b.agencies
            .len()
            .cmp(&a.agencies.len())
            .then_with(|| a.key.cmp(&b.key))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(agency: usize, text: &str) -> Term {
        Term {
            agency,
            component: format!("c{agency}"),
            name: text.to_owned(),
            text: text.to_owned(),
            key: key(text).unwrap(),
        }
    }

    #[test]
    fn generic_words_alone_name_no_capability() {
        assert_eq!(key("Hệ thống thông tin"), None);
        assert_eq!(key("Quản lý đất đai").as_deref(), Some("dat dai"));
        assert_eq!(key("Cổng GIS").as_deref(), Some("gis"));
    }

    #[test]
    fn three_agencies_writing_a_phrase_differently_make_a_candidate() {
        let terms = [
            term(0, "Quản lý hồ sơ bệnh án"),
            term(1, "hồ sơ bệnh án điện tử"),
            term(2, "Hồ sơ bệnh án"),
            term(3, "Quản lý đất đai"),
        ];
        let c = find(&terms, "4577");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].key, "ho so benh an");
        assert_eq!(c[0].agencies, [0, 1, 2]);
        assert_eq!(c[0].components.len(), 3);
        assert_eq!(c[0].criteria, "4577");
    }

    #[test]
    fn two_agencies_are_not_enough() {
        let terms = [
            term(0, "Quản lý đất đai"),
            term(1, "đất đai"),
            term(1, "đất đai"),
        ];
        assert!(find(&terms, "").is_empty());
    }
}
