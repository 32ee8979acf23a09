//! What the agency's reference architecture tells it to build, and which element a component
//! stands for.
//!
//! 3090/QĐ-BKHCN Phụ lục I tells each kind of agency what to build: a province builds its data
//! centre, its integration platform (LGSP), its administrative-procedure system, its IOC, …
//! Building those is what the text asks, so it is never an overlap with a national platform,
//! though some of them must connect to national platforms. Both the overlap and the connection
//! rules therefore ask this module two questions.
//!
//! **Which element is this component?** ([`ElementIndex::element_for`]) A component is an
//! element when
//! - its id is the element's id (a framework started with `khung new` keeps them), or
//! - its name is close to the element's name: a weighted Dice coefficient over their folded
//!   syllables, with the agency's place name ("Lâm Đồng") and words of scope ("tỉnh", "cấp",
//!   "bộ", …) left out and generic words weighing less (both lists in `seeds/vocabulary.json`:
//!   `scope_words`, `generic`), or
//! - its name, less the agency's own name, holds the words of one of the typical applications
//!   or fields the element's text lists, in order and close together: "(… bao gồm: Quản lý văn
//!   bản và điều hành; Quản lý công việc; …)", "(như quản lý văn bản, lịch công tác, …)",
//!   "(bao gồm các lĩnh vực (1) Lĩnh vực Lập pháp; (2) …)".
//!
//! A component whose name says "quốc gia" or "trung ương" is never a local element: "Nền tảng
//! tích hợp, chia sẻ dữ liệu quốc gia" is NDXP, not the province's LGSP.
//!
//! **Is this platform's function one the kind builds itself?** ([`ElementIndex::assigns`]) An
//! element the agency builds may itself do what a national platform does: the ministry's and
//! the province's administrative-procedure system (Phụ lục I mục 5, 6: "tiếp nhận, giải quyết
//! … thủ tục hành chính, cung cấp dịch vụ công trực tuyến thuộc thẩm quyền giải quyết của
//! bộ") does what A-01 and the B-02 … B-17 systems do. The platforms an element does are found
//! by matching the element's name and the definition its text gives ([`definition`]) against
//! the catalogue, as a component would be. A component matching such a platform is the element
//! at work, not a duplicate.
//!
//! **Existing systems only.** An element whose note keeps the *existing* systems ("… (hiện có)
//! tiếp tục duy trì …, hạn chế thực hiện nâng cấp, mở rộng", the provincial administrative-
//! procedure system) covers existing and retiring components, and planned work only when it
//! serves the role the note keeps them for: receiving synchronised data ("đồng bộ"). A new,
//! replacement or expanded system is judged like any other.

use super::overlap::matches;
use super::padded;
use super::phrase_index::{generic_mask, PlatformIndex};
use super::reading::{Field, Text};
use super::tokenizer::Word;
use super::vocabulary::{vocabulary, words, FxMap};
use crate::catalogue::{RefElement, ReferenceArchitecture};
use crate::document::Component;
use crate::text::fold;

/// How close (weighted Dice coefficient) a name must be to an element the agency builds. A
/// component recognised as such an element is never an overlap: lower, more of an agency's own
/// systems are excused as elements (more misses); higher, elements named in the agency's own
/// words are not recognised and their functions reported as overlaps (more false alarms).
pub const BUILD_THRESHOLD: f32 = 0.6;
/// How close a name must be to any other element (one standing for shared or provincial
/// components, which a component names almost exactly when it stands for it). Higher than
/// [`BUILD_THRESHOLD`] because recognising such an element excuses a duplicate of a shared
/// component: a loose match would hide misses.
pub const OTHER_THRESHOLD: f32 = 0.8;

/// How strongly an element's name and definition must match a platform for the element to
/// perform its function: more than a lone two-word phrase ("dịch vụ công", mentioned in passing
/// by the AI platform's definition) and as much as a three-word one ("dịch vụ công trực tuyến",
/// which the administrative-procedure system provides). Lower, elements would excuse duplicates
/// of platforms they only mention (misses); higher, an agency doing what its element is for would
/// be reported (false alarms).
pub const FUNCTION_THRESHOLD: f32 = 3.0;

/// How much a generic syllable weighs in a name's bag, against 1 for a specific one: lower lets
/// names that share only "hệ thống", "quản lý" … with an element stay apart from it (fewer
/// elements wrongly recognised, so fewer misses); higher makes names differing only in specific
/// words look alike.
const GENERIC_WEIGHT: f32 = 0.4;

/// A name as a bag of syllables with weights: the syllables the index knows, by their id, and
/// the total weight of those it does not (they can only lower the similarity).
#[derive(Debug, Clone, Default)]
struct Bag {
    known: Vec<(u32, f32)>,
    unknown: f32,
}

impl Bag {
    fn total(&self) -> f32 {
        self.known.iter().map(|k| k.1).sum::<f32>() + self.unknown
    }
}

/// The syllables of the elements' names and aliases, by id.
#[derive(Debug, Clone, Default)]
struct Syllables(FxMap<String, u32>);

impl Syllables {
    fn intern(&mut self, w: &str) -> u32 {
        let n = self.0.len() as u32;
        *self.0.entry(w.to_owned()).or_insert(n)
    }

    fn get(&self, w: &str) -> Option<u32> {
        self.0.get(w).copied()
    }
}

/// The bag of `ws`, leaving out words of scope and the words in `leave_out`.
fn bag(ws: &[Word], leave_out: &[String], id: &mut dyn FnMut(&str) -> Option<u32>) -> Bag {
    let mask = generic_mask(ws);
    let scope = vocabulary().scope_mask(ws);
    let mut b = Bag::default();
    for ((w, generic), scope) in ws.iter().zip(mask).zip(scope) {
        if w.is_boundary() || scope || leave_out.iter().any(|l| *l == w.folded) {
            continue;
        }
        let weight = if generic { GENERIC_WEIGHT } else { 1.0 };
        match id(&w.folded) {
            Some(k) => match b.known.iter_mut().find(|e| e.0 == k) {
                Some(e) => e.1 = e.1.max(weight),
                None => b.known.push((k, weight)),
            },
            None => b.unknown += weight,
        }
    }
    b
}

/// Whether the words `ws` say "quốc gia" or "trung ương".
fn national(ws: &[Word]) -> bool {
    ws.windows(2).any(|p| {
        matches!(
            (p[0].folded.as_str(), p[1].folded.as_str()),
            ("quoc", "gia") | ("trung", "uong")
        )
    })
}

#[derive(Debug, Clone)]
struct Entry {
    element: RefElement,
    name: Bag,
    national: bool,
    /// Typical applications and fields the text lists, as syllable ids.
    aliases: Vec<Vec<u32>>,
    /// Indices of the catalogue platforms whose function the element performs.
    functions: Vec<usize>,
    /// The element's note keeps existing systems only.
    existing_only: bool,
}

/// The elements of one reference architecture, ready to be matched. It owns what it needs, so
/// that it can be built once per catalogue and shared.
#[derive(Debug, Clone)]
pub struct ElementIndex {
    /// The architecture's id (`province`, `ministry`, …).
    pub architecture: String,
    entries: Vec<Entry>,
    syllables: Syllables,
    ids: FxMap<String, usize>,
    /// Per syllable id, the entries whose name holds it, with its weight there.
    postings: Vec<Vec<(u32, f32)>>,
    /// Per entry, the total weight of its name.
    totals: Vec<f32>,
    /// Per syllable id, whether a typical application starts with it.
    alias_starts: Vec<bool>,
}

/// An agency's name, as the element matching leaves it out of component names.
#[derive(Debug, Clone, Default)]
pub struct AgencyWords {
    /// Every folded word of the name.
    pub all: Vec<String>,
    /// The words of its place ([`place_words`]).
    pub place: Vec<String>,
}

impl AgencyWords {
    /// The words of `agency`.
    pub fn new(agency: &str) -> Self {
        AgencyWords {
            all: words(agency)
                .into_iter()
                .map(|w| w.folded.into_string())
                .collect(),
            place: place_words(agency),
        }
    }
}

/// How many other words may stand between the words of a typical application in a name: an
/// application listed as "Quản lý X" is still named when qualifiers stand between "quản lý" and
/// X. Wider recognises more of an agency's applications as the element (fewer false alarms) but
/// reads words spread over a long name as one application (more misses).
pub const ALIAS_GAP: usize = 4;

/// A name's punctuation, in the syllable ids [`in_order`] reads.
const CLAUSE_END: u32 = u32::MAX - 1;

/// Whether the words of `alias` occur in `name` in order, within one clause (a comma or a
/// bracket ends it: "quản lý xây dựng, thẩm định văn bản" names no "quản lý văn bản"), spanning
/// at most [`ALIAS_GAP`] more words than the alias holds.
fn in_order(name: &[u32], alias: &[u32]) -> bool {
    (0..name.len()).any(|start| {
        if name[start] != alias[0] {
            return false;
        }
        let mut k = 1;
        for (i, w) in name.iter().enumerate().skip(start + 1) {
            if i - start >= alias.len() + ALIAS_GAP || *w == CLAUSE_END {
                break;
            }
            if k < alias.len() && *w == alias[k] {
                k += 1;
            }
        }
        k == alias.len()
    })
}

/// The words of the place in an agency's name, which say nothing of what a component does:
/// "Điện Biên" in "Sở Dân tộc và Tôn giáo tỉnh Điện Biên" (but not "Dân tộc và Tôn giáo").
/// They are the words after "tỉnh", "thành phố", "xã", "phường", "đặc khu" or "huyện".
pub fn place_words(agency: &str) -> Vec<String> {
    let ws = words(agency);
    let mut out = Vec::new();
    let mut on = false;
    for (i, w) in ws.iter().enumerate() {
        if w.is_boundary() {
            on = false;
            continue;
        }
        let marker = matches!(w.raw(), "tỉnh" | "xã" | "phường" | "huyện")
            || (w.folded == "pho" && i > 0 && ws[i - 1].folded == "thanh")
            || (w.folded == "khu" && i > 0 && ws[i - 1].raw() == "đặc");
        if marker {
            on = true;
        } else if on
            && !(w.folded == "thanh" && ws.get(i + 1).is_some_and(|n| n.folded == "pho"))
            && !(w.raw() == "đặc" && ws.get(i + 1).is_some_and(|n| n.folded == "khu"))
        {
            out.push(w.folded.to_string());
        }
    }
    out
}

/// Folded words of `item` if it can stand for an application: two words at least, one of them
/// not generic.
fn alias(item: &str) -> Option<Vec<String>> {
    let ws: Vec<Word> = words(item)
        .into_iter()
        .filter(|w| !w.is_boundary() && w.folded != "linh" && w.folded != "vuc")
        .collect();
    let mask = generic_mask(&ws);
    (ws.len() >= 2 && mask.iter().any(|g| !g))
        .then(|| ws.into_iter().map(|w| w.folded.into_string()).collect())
}

/// Whether planned work `c` on an element that keeps existing systems serves the role the note
/// keeps them for: receiving synchronised data ("đồng bộ").
fn serves_kept_role(c: &Component) -> bool {
    padded(&format!("{} {}", c.name, c.description)).contains(" dong bo ")
}

/// The typical applications an element's text lists in parentheses after "bao gồm:" or "như",
/// and the fields it lists after "bao gồm các lĩnh vực".
pub fn aliases(description: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let folded = fold(description);
    if let Some(i) = folded.find("bao gom cac linh vuc") {
        // Folding keeps one char per char, so char offsets agree.
        let chars = folded[..i].chars().count();
        let rest: String = description.chars().skip(chars).collect();
        let mut items: Vec<String> = vec![String::new()];
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '(' && chars.peek().is_some_and(|n| n.is_ascii_digit()) {
                // "(1)": a new item.
                for n in chars.by_ref() {
                    if n == ')' {
                        break;
                    }
                }
                items.push(String::new());
            } else if matches!(c, ';' | ',' | '.') {
                items.push(String::new());
            } else if let Some(last) = items.last_mut() {
                last.push(c);
            }
        }
        out.extend(items.iter().skip(1).filter_map(|i| alias(i)));
        return out;
    }
    let mut rest = description;
    while let Some(open) = rest.find('(') {
        let inner_start = open + 1;
        let Some(close) = rest[inner_start..].find(')') else {
            break;
        };
        let inner = &rest[inner_start..inner_start + close];
        rest = &rest[inner_start + close..];
        let list = match inner.split_once(':') {
            Some((head, list)) if fold(head).contains("bao gom") || fold(head).ends_with("nhu") => {
                Some(list)
            }
            _ if fold(inner).starts_with("nhu ") => inner.split_once(' ').map(|(_, l)| l),
            _ => None,
        };
        let Some(list) = list else { continue };
        out.extend(list.split([';', ',']).filter_map(alias));
    }
    out
}

/// The definition an element's text gives: its name, and its description up to the first
/// full stop or the first list in parentheses, where the text turns to examples and to the
/// technologies the element may use.
pub fn definition(e: &RefElement) -> String {
    let d = &e.description;
    let end = d
        .char_indices()
        .find(|&(i, c)| c == '(' || (c == '.' && !d[i + 1..].starts_with('.')))
        .map_or(d.len(), |(i, _)| i);
    d[..end].to_owned()
}

impl ElementIndex {
    /// Prepares the elements of `architecture`, finding in `index` the platforms whose function
    /// each element the agency builds performs.
    pub fn new(architecture: &ReferenceArchitecture, index: &PlatformIndex) -> Self {
        let mut syllables = Syllables::default();
        let mut entries = Vec::new();
        for e in architecture.layers.iter().flat_map(|l| &l.elements) {
            let ws = words(&e.name);
            let functions = if e.expected_build {
                let mut t = Text::default();
                t.push(Field::Name, &e.name);
                t.push(Field::Capability, &definition(e));
                matches(index, &t)
                    .into_iter()
                    .filter(|m| m.score >= FUNCTION_THRESHOLD)
                    .map(|m| m.platform)
                    .collect()
            } else {
                Vec::new()
            };
            let aliases = if e.expected_build {
                aliases(&e.description)
                    .iter()
                    .map(|a| a.iter().map(|w| syllables.intern(w)).collect())
                    .collect()
            } else {
                Vec::new()
            };
            let note = e.note.as_deref().map(padded).unwrap_or_default();
            entries.push(Entry {
                element: e.clone(),
                name: bag(&ws, &[], &mut |w| Some(syllables.intern(w))),
                national: national(&ws),
                aliases,
                functions,
                existing_only: note.contains(" hien co ") && note.contains(" tiep tuc duy tri "),
            });
        }
        let ids = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.element.id.clone(), i))
            .collect();
        let n = syllables.0.len();
        let mut postings = vec![Vec::new(); n];
        let mut alias_starts = vec![false; n];
        for (i, e) in entries.iter().enumerate() {
            for &(k, w) in &e.name.known {
                postings[k as usize].push((i as u32, w));
            }
            for a in &e.aliases {
                if let Some(&k) = a.first() {
                    alias_starts[k as usize] = true;
                }
            }
        }
        let totals = entries.iter().map(|e| e.name.total()).collect();
        ElementIndex {
            architecture: architecture.id.clone(),
            entries,
            syllables,
            ids,
            postings,
            totals,
            alias_starts,
        }
    }

    /// The element with entry number `i`.
    pub(crate) fn element(&self, i: usize) -> &RefElement {
        &self.entries[i].element
    }

    /// The element component `c` of agency `agency` stands for, if any: the one whose id it
    /// bears, else the closest name above the threshold, else one whose typical applications
    /// or fields its name holds.
    ///
    /// ```
    /// use model::{Catalogue, document::Component, rules::{elements::ElementIndex, phrase_index::PlatformIndex}};
    /// let cat = Catalogue::get();
    /// let idx = ElementIndex::new(cat.reference_architecture("province").unwrap(), &PlatformIndex::new(cat));
    /// let mut c: Component = serde_json::from_str(r#"{"id":"c1","name":"LGSP tỉnh Lâm Đồng","layer":2}"#).unwrap();
    /// assert_eq!(idx.element_for(&c, "Tỉnh Lâm Đồng").unwrap().id, "province-l2-lgsp");
    /// c.name = "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia".into();
    /// assert!(idx.element_for(&c, "Tỉnh Lâm Đồng").is_none());
    /// ```
    pub fn element_for(&self, c: &Component, agency: &str) -> Option<&RefElement> {
        let name = Text::new(&c.name, "", &[]);
        self.entry_for(&c.id, &name.words, &AgencyWords::new(agency))
            .map(|i| self.element(i))
    }

    /// The entry of the element a component with id `id` and name `name` stands for.
    ///
    /// # Complexity
    /// O(e · w) for e elements and w words in the name.
    pub fn entry_for(&self, id: &str, name: &[Word], agency: &AgencyWords) -> Option<usize> {
        self.entry_by_id(id)
            .or_else(|| self.entry_by_name(name, agency))
    }

    /// The entry of the element whose id a component kept when it was composed from the
    /// reference architecture.
    pub fn entry_by_id(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// The entry of the element a component named `name` stands for, whatever its id: the
    /// part of [`ElementIndex::entry_for`] that depends on the name alone, which
    /// `rules::Analysis` remembers across edits.
    ///
    /// # Complexity
    /// O(e · w) for e elements and w words in the name.
    pub fn entry_by_name(&self, name: &[Word], agency: &AgencyWords) -> Option<usize> {
        let syllables = &self.syllables;
        let bag = bag(name, &agency.place, &mut |w| syllables.get(w));
        let is_national = national(name);
        // Weighted Dice coefficient with every element at once, through the postings.
        let mut common = vec![0.0f32; self.entries.len()];
        for &(k, w) in &bag.known {
            for &(e, we) in &self.postings[k as usize] {
                common[e as usize] += w.min(we);
            }
        }
        let total = bag.total();
        let mut best: Option<(f32, usize)> = None;
        for (i, e) in self.entries.iter().enumerate() {
            if common[i] == 0.0 || (is_national && !e.national) {
                continue;
            }
            let d = 2.0 * common[i] / (total + self.totals[i]);
            let threshold = if e.element.expected_build {
                BUILD_THRESHOLD
            } else {
                OTHER_THRESHOLD
            };
            if d >= threshold && best.is_none_or(|(b, _)| d > b) {
                best = Some((d, i));
            }
        }
        if let Some((_, i)) = best {
            return Some(i);
        }
        if is_national
            || bag
                .known
                .iter()
                .all(|(k, _)| !self.alias_starts[*k as usize])
        {
            return None;
        }
        // The agency's own name does not count: a unit's name at the end of a component's names the
        // agency, not the field.
        let agency_ids: Vec<u32> = agency.all.iter().filter_map(|w| syllables.get(w)).collect();
        let own: Vec<u32> = name
            .iter()
            .flat_map(|w| {
                let id = match w.is_boundary() {
                    true => CLAUSE_END,
                    false => syllables.get(&w.folded).unwrap_or(u32::MAX),
                };
                let comma = w.after_comma.then_some(CLAUSE_END);
                comma.into_iter().chain(Some(id))
            })
            .filter(|k| !agency_ids.contains(k))
            .collect();
        self.entries
            .iter()
            .position(|e| e.aliases.iter().any(|a| in_order(&own, a)))
    }

    /// Whether entry `i` covers component `c`: always, unless the element keeps existing
    /// systems only and `c` is new work not serving the kept role.
    pub(crate) fn covers(&self, i: usize, c: &Component) -> bool {
        !self.entries[i].existing_only || !c.status.is_new_work() || serves_kept_role(c)
    }

    /// The element `c` of agency `agency` stands for, if it covers `c` (see the module header
    /// on existing systems only).
    pub fn covering(&self, c: &Component, agency: &str) -> Option<&RefElement> {
        let name = Text::new(&c.name, "", &[]);
        self.entry_for(&c.id, &name.words, &AgencyWords::new(agency))
            .filter(|&i| self.covers(i, c))
            .map(|i| self.element(i))
    }

    /// The element the agency builds whose function is platform `platform` (an index into
    /// `Catalogue::platforms`), if it covers `c`.
    pub fn assigns(&self, platform: usize, c: &Component) -> Option<&RefElement> {
        self.entries
            .iter()
            .enumerate()
            .find(|(i, e)| e.functions.contains(&platform) && self.covers(*i, c))
            .map(|(_, e)| &e.element)
    }

    /// Whether any element the agency builds performs platform `platform`'s function.
    pub(crate) fn performs(&self, platform: usize) -> bool {
        self.entries.iter().any(|e| e.functions.contains(&platform))
    }

    /// The platforms whose function each element the agency builds performs, for review:
    /// `(element id, platform indices)`.
    pub fn functions(&self) -> Vec<(&str, &[usize])> {
        self.entries
            .iter()
            .filter(|e| !e.functions.is_empty())
            .map(|e| (e.element.id.as_str(), e.functions.as_slice()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;
    use crate::document::Status;
    use crate::rules::test_util::own;

    fn index(kind: &str) -> ElementIndex {
        let cat = Catalogue::get();
        ElementIndex::new(
            cat.reference_architecture(kind).unwrap(),
            &PlatformIndex::new(cat),
        )
    }

    fn element(kind: &str, name: &str, agency: &str) -> Option<String> {
        index(kind)
            .element_for(&own("x", name, "", Status::Planned), agency)
            .map(|e| e.id.clone())
    }

    #[test]
    fn the_owner_in_an_element_name_says_whose_not_what() {
        let a = "Văn phòng Quốc hội";
        assert_eq!(
            element("assembly", "Trung tâm dữ liệu Quốc hội", a).as_deref(),
            Some("assembly-l1-data-centre")
        );
        assert_eq!(element("assembly", "Cổng dữ liệu mở của Quốc hội", a), None);
    }

    #[test]
    fn a_typical_application_is_read_within_one_clause() {
        // "quản lý văn bản" (the digital workplace's tools) is not spread over a comma.
        let a = "Sở Tư pháp tỉnh Tây Ninh";
        assert_eq!(
            element("province", "Phần mềm quản lý văn bản của Sở", a).as_deref(),
            Some("province-l4-digital-workplace")
        );
        assert_eq!(
            element("province", "PM quản lý xây dựng, thẩm định VBQPPL", a),
            None
        );
    }

    #[test]
    fn provincial_elements_are_recognised_by_name() {
        let a = "Tỉnh Lâm Đồng";
        assert_eq!(
            element("province", "Trung tâm dữ liệu tỉnh Lâm Đồng", a).as_deref(),
            Some("province-l1-data-centre")
        );
        assert_eq!(
            element(
                "province",
                "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
                a
            )
            .as_deref(),
            Some("province-l2-lgsp")
        );
        assert_eq!(
            element("province", "Hệ thống thông tin giải quyết TTHC tỉnh", a).as_deref(),
            Some("province-l3-tthc")
        );
        assert_eq!(
            element(
                "province",
                "Trung tâm giám sát, điều hành thông minh (IOC)",
                a
            )
            .as_deref(),
            Some("province-l3-ioc")
        );
    }

    #[test]
    fn typical_applications_and_fields_count() {
        assert_eq!(
            element(
                "ministry",
                "Hệ thống quản lý văn bản và điều hành của Bộ",
                "Bộ Y tế"
            )
            .as_deref(),
            Some("ministry-l3-office-apps")
        );
        assert_eq!(
            element(
                "assembly",
                "Hệ thống công tác dân nguyện",
                "Văn phòng Quốc hội"
            )
            .as_deref(),
            Some("assembly-l3-sector-systems")
        );
    }

    #[test]
    fn national_names_are_never_local_elements() {
        assert_eq!(
            element(
                "province",
                "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
                "Tỉnh Lâm Đồng"
            ),
            None
        );
    }

    #[test]
    fn unrelated_names_are_no_element() {
        assert_eq!(
            element("province", "Hệ thống đấu thầu qua mạng", "Tỉnh Lâm Đồng"),
            None
        );
        assert_eq!(
            element("province", "Ứng dụng công dân số", "Tỉnh Lâm Đồng"),
            None
        );
    }

    #[test]
    fn aliases_come_from_the_listed_applications_and_fields() {
        let a = aliases("Ứng dụng quản lý nguồn lực (Một số ứng dụng tiêu biểu của nhóm này, bao gồm: Quản lý cán bộ; Quản lý tài sản; Quản lý tài chính, kế toán).");
        assert!(a.contains(&vec![
            "quan".to_owned(),
            "ly".into(),
            "can".into(),
            "bo".into()
        ]));
        assert!(aliases("Trung tâm dữ liệu cấp tỉnh ( Lưu ý: Sử dụng …)").is_empty());
        let f = aliases("Các hệ thống (bao gồm các lĩnh vực (1) Lĩnh vực Tổ chức – Xây dựng Đảng; (2) Lĩnh vực Kiểm tra, giám sát, kỷ luật Đảng; (3) Lĩnh vực Nội chính, cải cách tư pháp).");
        assert!(f.contains(&vec!["ky".into(), "luat".into(), "dang".into()]));
        assert!(f.contains(&vec!["noi".into(), "chinh".into()]));
        // Generic words alone are no field.
        assert!(!f.contains(&vec!["giam".into(), "sat".into()]));
    }

    #[test]
    fn the_administrative_procedure_systems_functions_are_the_national_ones() {
        let cat = Catalogue::get();
        let idx = index("ministry");
        let f = idx
            .functions()
            .into_iter()
            .find(|(id, _)| *id == "ministry-l3-tthc")
            .map(|(_, f)| {
                f.iter()
                    .map(|&i| cat.platforms[i].id.as_str())
                    .collect::<Vec<_>>()
            })
            .unwrap();
        assert!(
            f.contains(&"A-01") && f.contains(&"B-02") && f.contains(&"B-14"),
            "{f:?}"
        );
    }

    #[test]
    fn the_provincial_procedure_system_covers_existing_systems_only() {
        let idx = index("province");
        let a = "Tỉnh Lâm Đồng";
        let existing = own("x", "Phần mềm một cửa điện tử tỉnh", "", Status::Existing);
        assert!(idx.covering(&existing, a).is_some());
        let new = own(
            "x",
            "Hệ thống một cửa điện tử cấp tỉnh",
            "Xây dựng mới",
            Status::Planned,
        );
        assert!(idx.element_for(&new, a).is_some());
        assert!(idx.covering(&new, a).is_none());
        let sync = own(
            "x",
            "Nâng cấp HTTT giải quyết TTHC tỉnh",
            "Nhận đồng bộ dữ liệu",
            Status::Planned,
        );
        assert!(idx.covering(&sync, a).is_some());
    }
}
