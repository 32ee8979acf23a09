//! The phrases that name each national platform, and finding them in a component's text.
//!
//! A platform is named by its name (and each part of it in parentheses), its acronym, its
//! capability terms (`seeds/platforms.json`) and, for the ministries' administrative-procedure
//! systems B-02 … B-17, the procedures of its owner's sector (`seeds/sector_scopes.json`). Each
//! phrase is cut and folded as component text is ([`super::reading`]), then:
//!
//! - **Phrases, not words.** A phrase must hold at least two units, one of them not generic
//!   (a Vietnamese word is often two syllables: "quản lý" is one unit). Only acronyms and
//!   one-word technical terms (`VNeID`, `NDXP`, `blockchain`) count alone.
//! - **Generic words weigh little.** A generic syllable weighs ½, a specific one 1, a lone
//!   acronym or term [`SINGLE_WEIGHT`]; a phrase made of generic words alone never counts.
//! - **Head nouns and scope are stripped** from the ends of the catalogue's phrases while at
//!   least [`MIN_SYLLABLES`] remain: "Hệ thống thông tin giải quyết thủ tục hành chính" is looked
//!   for as "giải quyết thủ tục hành chính" and found in "Phần mềm giải quyết TTHC".
//! - **Short acronyms need capitals.** An acronym of three letters or fewer matches only when
//!   written in capitals (`SOC`, not "chăm sóc" typed without diacritics), and never inside a
//!   longer word written with diacritics.
//!
//! [`PlatformIndex`] holds every phrase once however many platforms share it, indexed by its
//! first word, so a component is matched in one pass over its words whatever the size of the
//! catalogue. The same index serves the national components of 3090/QĐ-BKHCN that 1132 does not
//! list ([`PlatformIndex::of`]).

use super::reading::{built_on, national_after, Field, Text};
use super::tokenizer::Word;
use super::vocabulary::{vocabulary, words, FxMap};
use crate::catalogue::Catalogue;
use crate::text::fold;
use serde::Deserialize;

/// The weight a one-word term or acronym carries: more than the [`super::overlap::THRESHOLD`]
/// of 2, so `VNeID` or `NDXP` alone in a name is an overlap; as much as 2.5 specific syllables,
/// so a lone acronym in a description (× 0.7 = 1.75) is only a possible one.
pub const SINGLE_WEIGHT: f32 = 2.5;

/// The fewest syllables stripping may leave. Fewer would let a two-syllable word decide alone
/// (more false alarms: "thủ tục" is in every procedure); more would keep head nouns such as "hệ
/// thống" in phrases, which inventories word differently (more misses). A catalogue phrase that
/// is shorter to begin with ("chăn nuôi", "công báo") is kept as written.
pub const MIN_SYLLABLES: usize = 3;

/// The sector scopes of B-02 … B-17, embedded at compile time.
pub const SECTOR_SEED: &str = include_str!("../../../seeds/sector_scopes.json");

/// One ministry's sector scope: the procedures its administrative-procedure system handles.
#[derive(Debug, Clone, Deserialize)]
pub struct SectorScope {
    /// The platform (`B-06`).
    pub platform: String,
    /// Its owner, as the catalogue names it.
    pub owner: String,
    /// The procedures, as phrases.
    pub terms: Vec<String>,
    /// The decree on the owner's functions.
    pub source: crate::catalogue::Source,
    /// How sure the citation is (`medium`, `low`).
    pub certainty: String,
}

#[derive(Deserialize)]
struct SectorFile {
    scopes: Vec<SectorScope>,
}

/// The sector scopes of B-02 … B-17 (`seeds/sector_scopes.json`), parsed on first use.
///
/// # Panics
/// Only if the embedded seed is malformed, which the catalogue tests rule out.
pub fn sector_scopes() -> &'static [SectorScope] {
    static S: std::sync::OnceLock<Vec<SectorScope>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        serde_json::from_str::<SectorFile>(SECTOR_SEED)
            .unwrap_or_else(|e| panic!("seeds/sector_scopes.json: {e}"))
            .scopes
    })
}

/// Where a phrase comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The platform's name, or a part of it in parentheses.
    Name,
    /// The platform's acronym.
    Acronym,
    /// One of its capability terms.
    Capability,
    /// A procedure of its owner's sector (B-02 … B-17 only).
    Sector,
    /// A term chosen by hand for a national component of 3090/QĐ-BKHCN (seeds'
    /// `national_components.json`): taken whole, at [`TERM_WEIGHT`].
    Term,
}

/// The weight of a hand-chosen term of several words ([`Origin::Term`]): exactly the overlap
/// threshold, so that the term in a component's name or capability terms decides, and in its
/// description (× 0.7) does not. Such terms are few and chosen to name the component's function
/// ("thư điện tử", "họp trực tuyến"), even when their words are generic ("trung tâm dữ liệu").
pub const TERM_WEIGHT: f32 = 2.0;

/// What an index is built from: one platform or national component.
#[derive(Debug, Clone)]
pub struct Target<'a> {
    /// Its id (`A-01`, `QG-THU-DIEN-TU`).
    pub id: &'a str,
    /// Its name.
    pub name: &'a str,
    /// Its acronym.
    pub acronym: Option<&'a str>,
    /// Its other phrases, with where they come from.
    pub terms: Vec<(&'a str, Origin)>,
}

/// A phrase that names one or more targets (the administrative-procedure systems share theirs),
/// looked for once however many use it.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Folded words, head nouns and words of scope stripped from the ends.
    pub words: Vec<String>,
    /// Specific syllables count 1, generic ones ½; acronyms and one-word terms
    /// [`SINGLE_WEIGHT`].
    pub weight: f32,
    /// One word that counts alone (an acronym or a one-word technical term).
    pub single: bool,
    /// The targets it names.
    pub uses: Vec<Use>,
}

/// A target a phrase names, and how.
#[derive(Debug, Clone)]
pub struct Use {
    /// Index of the target (for a catalogue index, in `Catalogue::platforms`).
    pub platform: usize,
    /// Where it comes from.
    pub origin: Origin,
    /// The catalogue's own wording, for explanations.
    pub shown: String,
}

/// Every target's phrases, indexed by their first folded word. Build it once per catalogue.
#[derive(Debug, Clone)]
pub struct PlatformIndex {
    /// The phrases.
    pub phrases: Vec<Phrase>,
    first: FxMap<String, Vec<u32>>,
    /// Per target, the first target bearing the same name (itself for most): the
    /// administrative-procedure systems B-02 … B-17 share one name.
    pub same_name: Vec<usize>,
    /// Per target, its id.
    pub ids: Vec<String>,
}

/// A phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into [`PlatformIndex::phrases`].
    pub phrase: u32,
    /// First word in [`Text::words`].
    pub start: usize,
    /// Number of words.
    pub len: usize,
    /// The field it was found in.
    pub field: Field,
    /// A cue before it says the component uses the platform.
    pub cued: bool,
    /// "trên" (on) stands before it and it names the national platform (its acronym, or words
    /// followed by "quốc gia"): the component is built on the platform.
    pub built_on: bool,
}

impl PlatformIndex {
    /// Indexes the names, acronyms, capability terms and sector scopes of every platform in
    /// `cat`.
    ///
    /// # Complexity
    /// O(total length of the platforms' names and terms).
    pub fn new(cat: &Catalogue) -> PlatformIndex {
        let scopes = sector_scopes();
        let targets: Vec<Target> = cat
            .platforms
            .iter()
            .map(|p| {
                let mut terms: Vec<(&str, Origin)> = p
                    .capabilities
                    .iter()
                    .map(|c| (c.as_str(), Origin::Capability))
                    .collect();
                for s in scopes.iter().filter(|s| s.platform == p.id) {
                    terms.extend(s.terms.iter().map(|t| (t.as_str(), Origin::Sector)));
                }
                Target {
                    id: &p.id,
                    name: &p.name,
                    acronym: p.acronym.as_deref(),
                    terms,
                }
            })
            .collect();
        PlatformIndex::of(&targets)
    }

    /// Indexes `targets`, whose positions the hits' [`Use::platform`] give.
    pub fn of(targets: &[Target]) -> PlatformIndex {
        let mut phrases: Vec<Phrase> = Vec::new();
        let mut by_words: FxMap<Vec<String>, usize> = FxMap::default();
        for (pi, t) in targets.iter().enumerate() {
            let mut add = |ws: &[Word], origin: Origin, shown: &str| {
                let Some((words, weight, single)) = phrase(ws, origin) else {
                    return;
                };
                let k = *by_words.entry(words.clone()).or_insert_with(|| {
                    phrases.push(Phrase {
                        words,
                        weight,
                        single,
                        uses: Vec::new(),
                    });
                    phrases.len() - 1
                });
                let uses = &mut phrases[k].uses;
                if uses.iter().all(|u| u.platform != pi) {
                    uses.push(Use {
                        platform: pi,
                        origin,
                        shown: shown.to_owned(),
                    });
                }
            };
            for part in name_parts(t.name) {
                for seg in words(&part).split(|w| w.is_boundary()) {
                    add(seg, Origin::Name, t.name);
                }
            }
            if let Some(a) = t.acronym {
                let ws = words(a);
                if ws.len() == 1 && ws[0].folded.len() >= 3 {
                    add(&ws, Origin::Acronym, a);
                }
            }
            for (c, origin) in &t.terms {
                add(&words(c), *origin, c);
            }
        }
        let mut first: FxMap<String, Vec<u32>> = FxMap::default();
        for (i, ph) in phrases.iter().enumerate() {
            first.entry(ph.words[0].clone()).or_default().push(i as u32);
        }
        let names: Vec<String> = targets.iter().map(|t| fold(t.name)).collect();
        let same_name = names
            .iter()
            .enumerate()
            .map(|(i, n)| names.iter().position(|m| m == n).unwrap_or(i))
            .collect();
        PlatformIndex {
            phrases,
            first,
            same_name,
            ids: targets.iter().map(|t| t.id.to_owned()).collect(),
        }
    }

    /// Every phrase occurring in `text`, in text order. A phrase of one short word (three
    /// letters or fewer) must be written in capitals; none may start inside a mask phrase.
    ///
    /// # Complexity
    /// O(w · k) for w words and k phrases sharing a first word (a handful).
    pub fn find(&self, text: &Text) -> Vec<Hit> {
        let ws = &text.words;
        let mut hits = Vec::new();
        for i in 0..ws.len() {
            if text.masked[i] || ws[i].is_boundary() {
                continue;
            }
            let Some(cands) = self.first.get(ws[i].folded.as_str()) else {
                continue;
            };
            for &pi in cands {
                let ph = &self.phrases[pi as usize];
                let n = ph.words.len();
                if i + n > ws.len()
                    || !ph
                        .words
                        .iter()
                        .zip(&ws[i..i + n])
                        .all(|(a, w)| *a == w.folded)
                {
                    continue;
                }
                if ph.single && ph.words[0].len() <= 3 && !(ws[i].caps || ws[i].added) {
                    continue;
                }
                // A single word that is one syllable of a longer written word with diacritics
                // ("sóc") is not the acronym.
                if ph.single && !ws[i].added && !ws[i].plain() {
                    continue;
                }
                hits.push(Hit {
                    phrase: pi,
                    start: i,
                    len: n,
                    field: text.field[i],
                    // "trên mạng blockchain riêng": on its own, not on the platform.
                    cued: (text.cue_before(i)
                        || (ph.single
                            && ws[i].caps
                            && ((i > 0 && vocabulary().name_cue_ends_at(ws, i - 1))
                                || vocabulary().name_cue_starts_at(ws, i + n))))
                        && !vocabulary().own_at(&text.words, i + n),
                    built_on: (ph.single || national_after(&text.words, i + n))
                        && built_on(&text.words, i)
                        && !vocabulary().own_at(&text.words, i + n),
                });
            }
        }
        // An acronym right after a phrase used, or in brackets after it, names the same thing:
        // "bằng tài khoản định danh điện tử VNeID", "lên Sổ sức khỏe điện tử (VNeID)".
        for k in 0..hits.len() {
            let h = hits[k];
            let ph = &self.phrases[h.phrase as usize];
            if h.cued || !ph.single || !ws[h.start].caps {
                continue;
            }
            // Words of scope the phrase left out ("điện tử") may stand between.
            let ends_before = |o: &Hit| {
                let mut end = o.start + o.len;
                while end < h.start {
                    let n = vocabulary().tails.at(ws, end);
                    if n == 0 {
                        break;
                    }
                    end += n;
                }
                end == h.start || (end + 1 == h.start && ws[end].is_boundary())
            };
            if hits.iter().any(|o| o.cued && ends_before(o))
                && !vocabulary().own_at(ws, h.start + h.len)
            {
                hits[k].cued = true;
            }
        }
        hits
    }
}

/// The phrase `ws`, its head nouns and words of scope stripped while at least
/// [`MIN_SYLLABLES`] are left, or `None` if what is left does not count: fewer than two units,
/// or generic words only.
fn phrase(ws: &[Word], origin: Origin) -> Option<(Vec<String>, f32, bool)> {
    let v = vocabulary();
    if origin == Origin::Term {
        let folded: Vec<String> = ws.iter().map(|w| w.folded.to_string()).collect();
        return match folded.len() {
            0 => None,
            1 if folded[0].len() < 3 => None,
            1 => Some((folded, SINGLE_WEIGHT, true)),
            _ => Some((folded, TERM_WEIGHT, false)),
        };
    }
    let counts = |ws: &[Word]| {
        let (units, _, specific) = units_and_weight(ws);
        units >= 2 && specific >= 1
    };
    let single = |ws: &[Word]| {
        ws.len() == 1
            && v.generic_at(ws, 0) == 0
            && ws[0].folded.len() >= 3
            && origin != Origin::Name
    };
    let mut ws = ws;
    if !counts(ws) && !single(ws) {
        return None;
    }
    loop {
        let n = if ws.is_empty() { 0 } else { v.head_at(ws, 0) };
        if n > 0 && ws.len() - n >= MIN_SYLLABLES && counts(&ws[n..]) {
            ws = &ws[n..];
            continue;
        }
        let m = v.tail_before(ws, ws.len());
        if m > 0 && ws.len() - m >= MIN_SYLLABLES && counts(&ws[..ws.len() - m]) {
            ws = &ws[..ws.len() - m];
            continue;
        }
        break;
    }
    let is_single = single(ws) && !counts(ws);
    let weight = if is_single {
        SINGLE_WEIGHT
    } else {
        units_and_weight(ws).1
    };
    Some((
        ws.iter().map(|w| w.folded.to_string()).collect(),
        weight,
        is_single,
    ))
}

/// Per word of `ws`, whether it belongs to a generic unit.
pub fn generic_mask(ws: &[Word]) -> Vec<bool> {
    let v = vocabulary();
    let mut mask = vec![false; ws.len()];
    let mut i = 0;
    while i < ws.len() {
        if ws[i].is_boundary() {
            i += 1;
            continue;
        }
        match v.generic_at(ws, i) {
            0 => i += 1,
            n => {
                mask[i..i + n].iter_mut().for_each(|m| *m = true);
                i += n;
            }
        }
    }
    mask
}

/// Units (generic units count as one), weight (specific syllables 1, generic ½) and specific
/// units of `ws`.
fn units_and_weight(ws: &[Word]) -> (usize, f32, usize) {
    let v = vocabulary();
    let (mut units, mut weight, mut specific) = (0, 0.0, 0);
    let mut i = 0;
    while i < ws.len() {
        match v.generic_at(ws, i) {
            0 => {
                units += 1;
                weight += 1.0;
                specific += 1;
                i += 1;
            }
            n => {
                units += 1;
                weight += 0.5 * n as f32;
                i += n;
            }
        }
    }
    (units, weight, specific)
}

/// A name as phrases: the name without its parenthesised parts, and each part
/// ("Nền tảng SOC quốc gia thế hệ mới (Nền tảng điều hành an ninh mạng quốc gia)").
fn name_parts(name: &str) -> Vec<String> {
    let mut main = String::new();
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                main.push(' ');
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    parts.push(std::mem::take(&mut cur));
                }
            }
            _ if depth > 0 => cur.push(c),
            _ => main.push(c),
        }
    }
    let mut all: Vec<String> = main.split(" - ").map(str::to_owned).collect();
    all.extend(parts);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(idx: &PlatformIndex, cat: &Catalogue, id: &str) -> Vec<String> {
        let pi = cat.platforms.iter().position(|p| p.id == id).unwrap();
        idx.phrases
            .iter()
            .filter(|p| p.uses.iter().any(|u| u.platform == pi))
            .map(|p| p.words.join(" "))
            .collect()
    }

    #[test]
    fn catalogue_phrases_lose_generic_ends_but_keep_meaning() {
        let cat = Catalogue::get();
        let idx = PlatformIndex::new(cat);
        assert!(of(&idx, cat, "B-02").contains(&"giai quyet thu tuc hanh chinh".to_owned()));
        assert!(of(&idx, cat, "B-27").contains(&"quan ly thue".to_owned()));
        assert!(of(&idx, cat, "A-02").contains(&"vneid".to_owned()));
        for p in &idx.phrases {
            assert!(p.single || p.words.len() >= 2, "{:?}", p.words);
        }
    }

    #[test]
    fn each_procedure_system_has_its_sectors_procedures() {
        let cat = Catalogue::get();
        let idx = PlatformIndex::new(cat);
        assert!(of(&idx, cat, "B-06").contains(&"ho tich".to_owned()));
        assert!(!of(&idx, cat, "B-14").contains(&"ho tich".to_owned()));
        for n in 2..=17 {
            let id = format!("B-{n:02}");
            assert!(
                sector_scopes().iter().any(|s| s.platform == id),
                "{id} has no sector scope"
            );
        }
    }

    #[test]
    fn short_acronyms_need_capitals_and_plain_letters() {
        let cat = Catalogue::get();
        let idx = PlatformIndex::new(cat);
        let soc = |s: &str| {
            idx.find(&Text::new(s, "", &[])).iter().any(|h| {
                idx.phrases[h.phrase as usize]
                    .uses
                    .iter()
                    .any(|u| cat.platforms[u.platform].id == "A-13")
            })
        };
        assert!(soc("Trung tâm SOC tỉnh"));
        assert!(!soc("Phần mềm chăm sóc sức khỏe"));
        assert!(!soc("Phan mem cham soc suc khoe"));
    }

    #[test]
    fn masks_stop_false_friends() {
        let cat = Catalogue::get();
        let idx = PlatformIndex::new(cat);
        let t = Text::new("Hệ thống hội nghị truyền hình trực tuyến", "", &[]);
        assert!(idx.find(&t).iter().all(|h| idx.phrases[h.phrase as usize]
            .uses
            .iter()
            .all(|u| cat.platforms[u.platform].id != "B-61")));
    }
}
