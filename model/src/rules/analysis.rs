//! What the rules derive from one document, computed once and shared between them.
//!
//! Several rules ask the same questions of a component: its words, which reference-architecture
//! element it stands for, its folded text. [`Analysis`] answers each at most once per
//! component, lazily, so that [`super::check`] on a 1000-row inventory does the text work once.
//!
//! The platform phrase index and the element indices depend only on the catalogue's platforms
//! and reference architectures, never on the date. They are built once per catalogue content
//! and kept in a small cache keyed by a fingerprint of that content, so that every check of
//! `Catalogue::get().as_of(day)`, whatever the day, reuses them. The functions stay pure: the
//! cache only remembers what the same inputs always give.

use super::elements::{AgencyWords, ElementIndex};
use super::padded;
use super::phrase_index::PlatformIndex;
use super::reading::{Field, Text};
use super::tokenizer::Word;
use crate::catalogue::{Catalogue, RefElement};
use crate::document::{Component, Document, Kind};
use std::cell::OnceCell;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

/// The indices built from a catalogue's content.
pub struct Prepared {
    /// The fingerprint of the catalogue content these were built from.
    key: u64,
    /// Every platform's phrases.
    pub index: PlatformIndex,
    /// Every platform's owner as [`super::vocabulary::Vocabulary::agency_words`] reads it.
    pub owner_words: Vec<Vec<String>>,
    /// Per kind, in [`Kind::ALL`] order, its reference architecture's elements, built on first
    /// use.
    kinds: [OnceLock<Option<ElementIndex>>; 7],
}

impl Prepared {
    fn new(cat: &Catalogue, key: u64) -> Prepared {
        Prepared {
            key,
            index: PlatformIndex::new(cat),
            owner_words: cat
                .platforms
                .iter()
                .map(|p| super::vocabulary::vocabulary().agency_words(&p.owner))
                .collect(),
            kinds: Default::default(),
        }
    }

    /// The element index of `kind`'s reference architecture in `cat`, if it has one.
    pub fn elements(&self, cat: &Catalogue, kind: Kind) -> Option<&ElementIndex> {
        let slot = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[slot]
            .get_or_init(|| {
                cat.reference_architecture(kind.as_str())
                    .map(|a| ElementIndex::new(a, &self.index))
            })
            .as_ref()
    }
}

/// A fingerprint of what the indices are built from: the platforms' names, acronyms, owners and
/// capability terms, and the reference architectures' elements and notes.
fn fingerprint(cat: &Catalogue) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in &cat.platforms {
        (&p.id, &p.name, &p.acronym, &p.owner, &p.capabilities).hash(&mut h);
    }
    for r in &cat.reference_architectures {
        r.id.hash(&mut h);
        for e in r.layers.iter().flat_map(|l| &l.elements) {
            (&e.id, &e.name, &e.description, &e.note).hash(&mut h);
            (e.expected_build, &e.platforms, &e.connects_to).hash(&mut h);
        }
    }
    h.finish()
}

/// The indices for `cat`, from the cache when its content was seen before.
pub fn prepared(cat: &Catalogue) -> Arc<Prepared> {
    static CACHE: Mutex<Vec<(u64, Arc<Prepared>)>> = Mutex::new(Vec::new());
    let key = fingerprint(cat);
    if let Ok(cache) = CACHE.lock() {
        if let Some((_, p)) = cache.iter().find(|(k, _)| *k == key) {
            return p.clone();
        }
    }
    let p = Arc::new(Prepared::new(cat, key));
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= 4 {
            cache.remove(0);
        }
        cache.push((key, p.clone()));
    }
    p
}

/// What the rules read of one component's own text: its words, how many of them come from the
/// name, and the folded, padded whole. It depends on the name, description and capability terms
/// only, so it is kept across analyses ([`derived`]): an edit re-derives the one component it
/// touched, not all of them.
struct Derived {
    text: Text,
    name_words: usize,
    /// Built when a rule first asks: few do.
    padded: OnceLock<String>,
    /// The reference-architecture element the name stands for, per element index (catalogue
    /// fingerprint and kind) and agency name, as asked so far.
    entries: Mutex<Vec<EntryAnswer>>,
}

/// One answer of [`Derived::entry`]: catalogue fingerprint, kind, agency, element entry.
type EntryAnswer = (u64, Kind, Arc<str>, Option<usize>);

impl Derived {
    /// The element entry for this name in index `(key, kind)` with `agency`, computed by
    /// `find` the first time it is asked.
    fn entry(
        &self,
        (key, kind, agency): (u64, Kind, &Arc<str>),
        find: impl FnOnce() -> Option<usize>,
    ) -> Option<usize> {
        let hit = |list: &Vec<EntryAnswer>| {
            list.iter()
                .find(|(k, d, a, _)| *k == key && *d == kind && a == agency)
                .map(|e| e.3)
        };
        if let Some(found) = self.entries.lock().ok().and_then(|l| hit(&l)) {
            return found;
        }
        let found = find();
        if let Ok(mut list) = self.entries.lock() {
            if list.len() >= 8 {
                list.remove(0);
            }
            list.push((key, kind, Arc::clone(agency), found));
        }
        found
    }
}

/// The text fields a [`Derived`] is computed from, kept to confirm a cache hit.
type TextKey = (String, String, Vec<String>);

/// Above this many distinct component texts the cache starts again, bounding its memory.
const DERIVED_CAP: usize = 50_000;

/// Derived texts by a hash of their [`TextKey`], and how many there are.
type DerivedCache = std::collections::HashMap<u64, Vec<(TextKey, Arc<Derived>)>>;

/// Every component text derived so far (up to [`DERIVED_CAP`]).
static CACHE: Mutex<Option<(DerivedCache, usize)>> = Mutex::new(None);

/// Forgets every component text derived so far, so that the next check starts cold: for
/// benchmarks that time a first check (an import), and for memory-minded callers.
pub fn forget_component_texts() {
    if let Ok(mut guard) = CACHE.lock() {
        *guard = None;
    }
}

/// The derived text of `c`, from the cache when the same text was seen before.
fn derived(c: &Component) -> Arc<Derived> {
    // A fast hash: a hit is confirmed against the key's text, so collisions cost nothing.
    let mut h = super::vocabulary::FxHasher::default();
    (&c.name, &c.description, &c.capabilities).hash(&mut h);
    let key = h.finish();
    let same = |k: &TextKey| k.0 == c.name && k.1 == c.description && k.2 == c.capabilities;
    if let Ok(guard) = CACHE.lock() {
        if let Some(hit) = guard
            .as_ref()
            .and_then(|(cache, _)| cache.get(&key))
            .and_then(|bucket| bucket.iter().find(|(k, _)| same(k)))
        {
            return hit.1.clone();
        }
    }
    let text = Text::new(&c.name, &c.description, &c.capabilities);
    let name_words = text
        .field
        .iter()
        .position(|f| *f != Field::Name)
        .unwrap_or(text.words.len());
    let d = Arc::new(Derived {
        text,
        name_words,
        padded: OnceLock::new(),
        entries: Mutex::new(Vec::new()),
    });
    if let Ok(mut guard) = CACHE.lock() {
        let (cache, len) = guard.get_or_insert_with(Default::default);
        if *len >= DERIVED_CAP {
            cache.clear();
            *len = 0;
        }
        let k = (
            c.name.clone(),
            c.description.clone(),
            c.capabilities.clone(),
        );
        cache.entry(key).or_default().push((k, d.clone()));
        *len += 1;
    }
    d
}

/// One document as the rules see it.
pub struct Analysis<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The catalogue, whose `operational` flags hold on the day of interest.
    pub cat: &'a Catalogue,
    prepared: Arc<Prepared>,
    agency: AgencyWords,
    /// The agency's name, shared by every remembered element answer.
    agency_name: Arc<str>,
    texts: Vec<OnceCell<Arc<Derived>>>,
    elements: Vec<OnceCell<Option<usize>>>,
}

impl<'a> Analysis<'a> {
    /// Prepares `doc` for checking against `cat`. Nothing about the components is computed
    /// until a rule asks.
    pub fn new(doc: &'a Document, cat: &'a Catalogue) -> Self {
        let n = doc.components.len();
        Analysis {
            doc,
            cat,
            prepared: prepared(cat),
            agency: AgencyWords::new(&doc.agency),
            agency_name: doc.agency.as_str().into(),
            texts: (0..n).map(|_| OnceCell::new()).collect(),
            elements: (0..n).map(|_| OnceCell::new()).collect(),
        }
    }

    /// Every platform's phrases.
    pub fn index(&self) -> &PlatformIndex {
        &self.prepared.index
    }

    /// Every platform's owner, as words, in catalogue order.
    pub fn owner_words(&self) -> &[Vec<String>] {
        &self.prepared.owner_words
    }

    /// The elements of the document's reference architecture.
    pub fn elements(&self) -> Option<&ElementIndex> {
        self.prepared.elements(self.cat, self.doc.kind)
    }

    /// The elements of another kind's reference architecture.
    pub fn elements_of(&self, kind: Kind) -> Option<&ElementIndex> {
        self.prepared.elements(self.cat, kind)
    }

    /// The agency's name as element matching leaves it out.
    pub fn agency(&self) -> &AgencyWords {
        &self.agency
    }

    /// Component `i`'s derived text.
    fn derived(&self, i: usize) -> &Derived {
        self.texts[i].get_or_init(|| derived(&self.doc.components[i]))
    }

    /// Component `i`'s name, ready for matching: the first words of [`Analysis::text`].
    pub fn name(&self, i: usize) -> &[Word] {
        let d = self.derived(i);
        &d.text.words[..d.name_words]
    }

    /// Component `i`'s name, description and capability terms, ready for matching.
    pub fn text(&self, i: usize) -> &Text {
        &self.derived(i).text
    }

    /// Component `i`'s whole text folded and padded, for `contains(" word sequence ")`.
    pub fn padded(&self, i: usize) -> &str {
        self.derived(i)
            .padded
            .get_or_init(|| padded(&super::component_text(&self.doc.components[i])))
    }

    /// The entry, in [`Analysis::elements`], of the element component `i` stands for.
    fn entry(&self, i: usize) -> Option<usize> {
        *self.elements[i].get_or_init(|| self.entry_of(self.doc.kind, i))
    }

    /// The entry, in the element index of `kind`, of the element component `i` stands for: by
    /// the id it kept from the reference architecture, else by its name (remembered across
    /// analyses).
    fn entry_of(&self, kind: Kind, i: usize) -> Option<usize> {
        let e = self.elements_of(kind)?;
        let c = &self.doc.components[i];
        e.entry_by_id(&c.id).or_else(|| {
            self.derived(i)
                .entry((self.prepared.key, kind, &self.agency_name), || {
                    e.entry_by_name(self.name(i), &self.agency)
                })
        })
    }

    /// The element of the document's reference architecture component `i` stands for.
    pub fn element(&self, i: usize) -> Option<&RefElement> {
        let e = self.elements()?;
        self.entry(i).map(|k| e.element(k))
    }

    /// The element component `i` stands for, if it covers the component (the provincial
    /// administrative-procedure system covers existing systems only; see
    /// [`super::elements`]).
    pub fn covering(&self, i: usize) -> Option<&RefElement> {
        let e = self.elements()?;
        let c = &self.doc.components[i];
        self.entry(i)
            .filter(|&k| e.covers(k, c))
            .map(|k| e.element(k))
    }

    /// The element of `kind`'s reference architecture component `i` stands for.
    pub fn element_of(&self, kind: Kind, i: usize) -> Option<&RefElement> {
        if kind == self.doc.kind {
            return self.element(i);
        }
        let e = self.elements_of(kind)?;
        self.entry_of(kind, i).map(|k| e.element(k))
    }

    /// The components with their positions.
    pub fn components(&self) -> impl Iterator<Item = (usize, &'a Component)> {
        self.doc.components.iter().enumerate()
    }

    /// The components the agency builds itself (no `platform`), with their positions.
    pub fn own(&self) -> impl Iterator<Item = (usize, &'a Component)> {
        self.components().filter(|(_, c)| c.platform.is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Status;
    use crate::rules::test_util::*;

    #[test]
    fn the_indices_are_shared_across_dates() {
        let a = Catalogue::get().as_of(crate::catalogue::Date {
            year: 2026,
            month: 1,
            day: 1,
        });
        assert!(Arc::ptr_eq(&prepared(&a), &prepared(&cat())));
    }

    #[test]
    fn a_changed_catalogue_gets_its_own_indices() {
        let mut changed = cat();
        changed.platforms[0]
            .capabilities
            .push("cổng thử nghiệm riêng".into());
        assert!(!Arc::ptr_eq(&prepared(&changed), &prepared(&cat())));
    }

    #[test]
    fn answers_agree_with_the_element_index() {
        let d = doc(
            Kind::Province,
            "Tỉnh Lâm Đồng",
            vec![own("c", "LGSP tỉnh Lâm Đồng", "", Status::Existing)],
        );
        let cat = cat();
        let a = Analysis::new(&d, &cat);
        assert_eq!(
            a.element(0).map(|e| e.id.as_str()),
            Some("province-l2-lgsp")
        );
        assert_eq!(
            a.element_of(Kind::Ministry, 0).map(|e| e.id.as_str()),
            Some("ministry-l2-lgsp")
        );
    }
}
