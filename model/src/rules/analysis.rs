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
use super::matcher::{Field, PlatformIndex, Text, Word};
use super::padded;
use crate::catalogue::{Catalogue, RefElement};
use crate::document::{Component, Document, Kind};
use std::cell::OnceCell;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

/// The indices built from a catalogue's content.
pub struct Prepared {
    /// Every platform's phrases.
    pub index: PlatformIndex,
    /// Per kind, in [`Kind::ALL`] order, its reference architecture's elements, built on first
    /// use.
    kinds: [OnceLock<Option<ElementIndex>>; 7],
}

impl Prepared {
    fn new(cat: &Catalogue) -> Prepared {
        Prepared {
            index: PlatformIndex::new(cat),
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
    let p = Arc::new(Prepared::new(cat));
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= 4 {
            cache.remove(0);
        }
        cache.push((key, p.clone()));
    }
    p
}

/// One document as the rules see it.
pub struct Analysis<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The catalogue, whose `operational` flags hold on the day of interest.
    pub cat: &'a Catalogue,
    prepared: Arc<Prepared>,
    agency: AgencyWords,
    texts: Vec<OnceCell<(Text, usize)>>,
    padded: Vec<OnceCell<String>>,
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
            texts: (0..n).map(|_| OnceCell::new()).collect(),
            padded: (0..n).map(|_| OnceCell::new()).collect(),
            elements: (0..n).map(|_| OnceCell::new()).collect(),
        }
    }

    /// Every platform's phrases.
    pub fn index(&self) -> &PlatformIndex {
        &self.prepared.index
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

    /// Component `i`'s text and how many of its words come from the name.
    fn prepared_text(&self, i: usize) -> &(Text, usize) {
        self.texts[i].get_or_init(|| {
            let c = &self.doc.components[i];
            let t = Text::new(&c.name, &c.description, &c.capabilities);
            let n = t
                .field
                .iter()
                .position(|f| *f != Field::Name)
                .unwrap_or(t.words.len());
            (t, n)
        })
    }

    /// Component `i`'s name, ready for matching: the first words of [`Analysis::text`].
    pub fn name(&self, i: usize) -> &[Word] {
        let (t, n) = self.prepared_text(i);
        &t.words[..*n]
    }

    /// Component `i`'s name, description and capability terms, ready for matching.
    pub fn text(&self, i: usize) -> &Text {
        &self.prepared_text(i).0
    }

    /// Component `i`'s whole text folded and padded, for `contains(" word sequence ")`.
    pub fn padded(&self, i: usize) -> &str {
        self.padded[i].get_or_init(|| padded(&super::component_text(&self.doc.components[i])))
    }

    /// The entry, in [`Analysis::elements`], of the element component `i` stands for.
    fn entry(&self, i: usize) -> Option<usize> {
        *self.elements[i].get_or_init(|| {
            let c = &self.doc.components[i];
            self.elements()?
                .entry_for(&c.id, self.name(i), &self.agency)
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
        let c = &self.doc.components[i];
        e.entry_for(&c.id, self.name(i), &self.agency)
            .map(|k| e.element(k))
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
