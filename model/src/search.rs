//! The Ctrl+K palette's index: one search box over everything the catalogue names.
//!
//! Officials know a platform by its acronym ("NDXP"), its row ("A-01"), or a few words of its
//! name typed without diacritics ("cong dich vu"), so all three must land on the right record
//! first. Everything searchable is folded once ([`crate::text::fold`]: lower case, no
//! diacritics, `đ` as `d`) when the index is built; a keystroke then only folds the query and
//! scans precomputed strings, which keeps it well under a millisecond for the whole catalogue.
//!
//! Ranking, highest first:
//! 1. the whole query equals a code: a platform id or acronym, a component or principle id, a
//!    glossary term;
//! 2. a code starts with the query ("a-0", "ndx"); all of these score alike, so they list in id
//!    order;
//! 3. otherwise the sum over query words of where each matched: a whole word of the title, the
//!    start of a title word, inside the title, then the same three in the subtitle and
//!    description, plus a bonus when the title starts with (or holds) the whole query, and a
//!    small one for short titles, so the record named exactly so beats one that mentions it.
//!
//! Every query word must match somewhere, or the record is no hit. Ties are broken by
//! [`HitKind`] then id, so the same query always lists the same records in the same order.

use crate::catalogue::Catalogue;
use crate::text::fold;
use std::sync::OnceLock;

/// What kind of record a hit is, so the palette can show an icon and open the right panel.
/// The order of the variants is the tie-break order: platforms, the national shared
/// components, reference elements, then reference material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitKind {
    /// A national shared platform of 1132/QĐ-TTg; the id is `A-01` … `B-62`.
    Platform,
    /// A national shared component of a layer; the id is `L2-03` etc.
    Component,
    /// An element of a reference architecture; the id is `<architecture>-l<layer>-<slug>`.
    Element,
    /// A ministry, central body or province; the id is its slug.
    Agency,
    /// A glossary term; the id is the term itself.
    Term,
    /// A core principle (`P1` … `P7`) or an implementation principle (`IMP-…`).
    Principle,
}

impl HitKind {
    /// The Vietnamese caption the palette shows beside a hit, so users can tell a platform
    /// from the glossary entry of the same acronym.
    pub fn caption(self) -> &'static str {
        match self {
            HitKind::Platform => "Nền tảng dùng chung",
            HitKind::Component => "Thành phần dùng chung quốc gia",
            HitKind::Element => "Thành phần khung tham chiếu",
            HitKind::Agency => "Cơ quan",
            HitKind::Term => "Thuật ngữ",
            HitKind::Principle => "Nguyên tắc",
        }
    }
}

/// One search result: enough to show a line in the palette and open the record by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What kind of record this is.
    pub kind: HitKind,
    /// The record's id, as [`crate::views::details::describe`] and the diagrams use it.
    pub id: String,
    /// The record's name as the documents give it (a glossary entry's term).
    pub title: String,
    /// Context for the name: owner, architecture, layer, expansion or English gloss.
    pub subtitle: String,
    /// Relevance; higher is better. Only meaningful for comparing hits of one query.
    pub score: u32,
}

/// The whole query equals a code.
const EXACT_CODE: u32 = 10_000;
/// A code starts with the query (queries of two characters or more).
const CODE_PREFIX: u32 = 2_000;
/// Per query word, by where it matched: whole title word, start of a title word, inside the
/// title; then whole word, start of a word, inside the subtitle or description.
const TITLE_WORD: [u32; 3] = [20, 60, 100];
const REST_WORD: [u32; 3] = [4, 10, 15];
/// The title starts with the whole query / holds it at the start of a word.
const TITLE_STARTS: u32 = 200;
const TITLE_HOLDS: u32 = 80;
/// Short titles get up to this much, less a little per word beyond the query's.
const BREVITY: u32 = 30;

/// One searchable record, folded once.
#[derive(Debug, Clone)]
struct Entry {
    kind: HitKind,
    id: String,
    title: String,
    subtitle: String,
    /// Folded codes the whole query may equal: ids, acronyms, terms.
    codes: Vec<String>,
    /// Folded title.
    title_f: String,
    /// Folded subtitle and description, joined.
    rest_f: String,
    /// Words in the title.
    title_words: u32,
}

impl Entry {
    fn new(
        kind: HitKind,
        id: &str,
        title: &str,
        subtitle: String,
        codes: &[&str],
        rest: &[&str],
    ) -> Entry {
        let title_f = fold(title);
        let mut rest_f = fold(&subtitle);
        for r in rest.iter().filter(|r| !r.is_empty()) {
            rest_f.push_str(" | ");
            rest_f.push_str(&fold(r));
        }
        Entry {
            kind,
            id: id.to_owned(),
            title: title.to_owned(),
            subtitle,
            codes: codes
                .iter()
                .filter(|c| !c.is_empty())
                .map(|c| fold(c))
                .collect(),
            title_words: words(&title_f) as u32,
            title_f,
            rest_f,
        }
    }
}

/// The number of alphanumeric runs in folded text.
fn words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// How well `w` occurs in `hay`: 0 not at all, 1 inside a word, 2 at the start of a word,
/// 3 as a whole word. Both are folded.
fn word_level(hay: &str, w: &str) -> usize {
    let mut best = 0;
    for (i, _) in hay.match_indices(w) {
        let starts = hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if !starts {
            best = best.max(1);
            continue;
        }
        let ends = hay[i + w.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if ends {
            return 3;
        }
        best = 2;
    }
    best
}

/// A folded index of the catalogue for the search palette.
///
/// Build it once per catalogue; [`search`] keeps one for [`Catalogue::get`].
///
/// ```
/// use model::{search::{HitKind, SearchIndex}, Catalogue};
/// let index = SearchIndex::new(Catalogue::get());
/// let hits = index.search("ndxp", 5);
/// assert_eq!((hits[0].kind, hits[0].id.as_str()), (HitKind::Platform, "A-06"));
/// ```
#[derive(Debug, Clone)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// Folds every searchable record of `cat`: platforms (id, name, acronym, owner,
    /// capabilities), national layer components, reference architecture elements, agencies,
    /// glossary terms, core and implementation principles.
    ///
    /// # Complexity
    /// O(T), T the total length of the indexed text (about 0.3 MB for the seeds): one fold of
    /// each string. A few milliseconds; do it once, not per keystroke.
    pub fn new(cat: &Catalogue) -> SearchIndex {
        let mut entries = Vec::new();
        for p in &cat.platforms {
            let acronym = p.acronym.as_deref().unwrap_or("");
            let subtitle = if acronym.is_empty() {
                p.owner.clone()
            } else {
                format!("{acronym} · {}", p.owner)
            };
            let caps = p.capabilities.join("; ");
            entries.push(Entry::new(
                HitKind::Platform,
                &p.id,
                &p.name,
                subtitle,
                &[&p.id, acronym],
                &[&p.id, &caps],
            ));
        }
        for l in &cat.layers {
            let layer = crate::views::layer_title(cat, l.layer);
            for c in &l.components {
                entries.push(Entry::new(
                    HitKind::Component,
                    &c.id,
                    &c.name,
                    layer.clone(),
                    &[&c.id],
                    &[&c.id, &c.description],
                ));
            }
        }
        for r in &cat.reference_architectures {
            for l in &r.layers {
                for e in &l.elements {
                    entries.push(Entry::new(
                        HitKind::Element,
                        &e.id,
                        &e.name,
                        r.name.clone(),
                        &[],
                        &[&e.description, e.note.as_deref().unwrap_or("")],
                    ));
                }
            }
        }
        for a in &cat.agencies {
            entries.push(Entry::new(
                HitKind::Agency,
                &a.id,
                &a.name,
                a.name_en.clone(),
                &[],
                &[&a.id],
            ));
        }
        for t in &cat.glossary {
            entries.push(Entry::new(
                HitKind::Term,
                &t.term,
                &t.term,
                format!("{} — {}", t.vi, t.en),
                &[&t.term],
                &[],
            ));
        }
        for p in &cat.principles.core {
            entries.push(Entry::new(
                HitKind::Principle,
                &p.id,
                &p.name,
                format!("Nguyên tắc {} · {}", p.number, p.name_en),
                &[&p.id],
                &[&p.description],
            ));
        }
        for p in &cat.principles.implementation {
            let heading = crate::views::principles::group_heading(&p.group);
            let subtitle = if p.name_en.is_empty() || p.name_en == p.name {
                heading.to_owned()
            } else {
                format!("{heading} · {}", p.name_en)
            };
            entries.push(Entry::new(
                HitKind::Principle,
                &p.id,
                &p.name,
                subtitle,
                &[&p.id],
                &[&p.text],
            ));
        }
        SearchIndex { entries }
    }

    /// The index of [`Catalogue::get`], built on first use and shared after that.
    pub fn global() -> &'static SearchIndex {
        static INDEX: OnceLock<SearchIndex> = OnceLock::new();
        INDEX.get_or_init(|| SearchIndex::new(Catalogue::get()))
    }

    /// How many records the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index holds no record (only for an empty catalogue).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` hits for `query`, best first (score, then kind, then id). Matching is
    /// diacritic- and case-insensitive and every word of the query must match; a query with no
    /// words gives no hits.
    ///
    /// # Complexity
    /// O(N·q + T·q) for N records, q query words and T indexed text, then O(h log h) to sort
    /// the h hits: one substring scan per word per record (the description only when the
    /// title misses). Well under a millisecond natively for the whole catalogue.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = fold(query);
        let q = q.trim();
        let qwords: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
        if qwords.is_empty() || limit == 0 {
            return Vec::new();
        }
        let qword_count = words(q).max(1) as u32;
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .filter_map(|e| {
                let score = Self::score(e, q, &qwords, qword_count)?;
                Some(Hit {
                    kind: e.kind,
                    id: e.id.clone(),
                    title: e.title.clone(),
                    subtitle: e.subtitle.clone(),
                    score,
                })
            })
            .collect();
        crate::sort::sort_by(&mut hits, |a, b| {
            b.score
                .cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then_with(|| a.id.cmp(&b.id))
        });
        hits.truncate(limit);
        hits
    }

    /// The score of one record, or `None` when some query word matches nowhere.
    fn score(e: &Entry, q: &str, qwords: &[&str], qword_count: u32) -> Option<u32> {
        if e.codes.iter().any(|c| c == q) {
            return Some(EXACT_CODE);
        }
        // A partial code lists the codes it begins, in id order ("a-0" → A-01 … A-09).
        if q.chars().count() >= 2 && e.codes.iter().any(|c| c.starts_with(q)) {
            return Some(CODE_PREFIX);
        }
        let mut score = 0;
        for w in qwords {
            score += match word_level(&e.title_f, w) {
                0 => match word_level(&e.rest_f, w) {
                    0 => return None,
                    l => REST_WORD[l - 1],
                },
                l => TITLE_WORD[l - 1],
            };
        }
        if e.title_f.starts_with(q) {
            score += TITLE_STARTS;
        } else if word_level(&e.title_f, q) >= 2 {
            score += TITLE_HOLDS;
        }
        let extra = e.title_words.saturating_sub(qword_count).min(10);
        score += BREVITY - 3 * extra;
        Some(score)
    }
}

/// The best `limit` hits for `query` in `cat`, best first; see [`SearchIndex::search`].
///
/// For [`Catalogue::get`] the index is built once and kept; for any other catalogue (a test's
/// clone, say) it is built on each call, so hold a [`SearchIndex`] if you search another
/// catalogue per keystroke. Search ignores the platforms' `operational` flags, so the shared
/// index also serves a catalogue from [`Catalogue::as_of`] — pass `Catalogue::get()` for speed.
///
/// ```
/// let hits = model::search::search(model::Catalogue::get(), "cong dich vu", 3);
/// assert_eq!(hits[0].id, "A-01");
/// assert!(model::search::search(model::Catalogue::get(), "  ", 3).is_empty());
/// ```
///
/// # Complexity
/// As [`SearchIndex::search`], plus O(T) to build the index when `cat` is not the shared one.
pub fn search(cat: &Catalogue, query: &str, limit: usize) -> Vec<Hit> {
    if std::ptr::eq(cat, Catalogue::get()) {
        SearchIndex::global().search(query, limit)
    } else {
        SearchIndex::new(cat).search(query, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(q: &str) -> (HitKind, String) {
        let h = &search(Catalogue::get(), q, 10)[0];
        (h.kind, h.id.clone())
    }

    #[test]
    fn word_level_tells_whole_word_from_prefix_and_infix() {
        assert_eq!(word_level("cong dich vu", "dich"), 3);
        assert_eq!(word_level("cong dich vu", "dic"), 2);
        assert_eq!(word_level("cong dich vu", "ich"), 1);
        assert_eq!(word_level("cong dich vu", "xyz"), 0);
        assert_eq!(word_level("nen tang (ndxp)", "ndxp"), 3);
        assert_eq!(word_level("abc abcd", "abc"), 3);
        assert_eq!(word_level("xabc abcd", "abc"), 2);
    }

    #[test]
    fn codes_rank_first() {
        assert_eq!(first("ndxp"), (HitKind::Platform, "A-06".into()));
        assert_eq!(first("NDXP"), (HitKind::Platform, "A-06".into()));
        assert_eq!(first("a-01"), (HitKind::Platform, "A-01".into()));
        assert_eq!(first("B-30"), (HitKind::Platform, "B-30".into()));
        assert_eq!(first("p6"), (HitKind::Principle, "P6".into()));
        assert_eq!(first("L2-03"), (HitKind::Component, "L2-03".into()));
    }

    #[test]
    fn a_code_prefix_lists_its_codes_in_order() {
        let ids: Vec<String> = search(Catalogue::get(), "a-0", 9)
            .into_iter()
            .map(|h| h.id)
            .collect();
        let want: Vec<String> = (1..=9).map(|i| format!("A-0{i}")).collect();
        assert_eq!(ids, want);
    }

    #[test]
    fn name_words_without_diacritics_find_the_platform() {
        assert_eq!(first("cong dich vu"), (HitKind::Platform, "A-01".into()));
        assert_eq!(first("Cổng Dịch vụ"), (HitKind::Platform, "A-01".into()));
        assert_eq!(first("CONG DICH VU"), (HitKind::Platform, "A-01".into()));
    }

    #[test]
    fn every_word_must_match() {
        assert!(search(Catalogue::get(), "cong dich vu zzzqqq", 10).is_empty());
    }

    #[test]
    fn empty_query_and_zero_limit_give_nothing() {
        assert!(search(Catalogue::get(), "", 10).is_empty());
        assert!(search(Catalogue::get(), " \t ", 10).is_empty());
        assert!(search(Catalogue::get(), "ndxp", 0).is_empty());
    }

    #[test]
    fn other_catalogues_are_indexed_on_the_fly() {
        let mut c = Catalogue::get().clone();
        c.platforms[0].name = "Tên hoàn toàn mới".into();
        let hits = search(&c, "ten hoan toan moi", 3);
        assert_eq!(hits[0].id, c.platforms[0].id);
    }
}
