//! The words the engine knows, read from `seeds/vocabulary.json`.
//!
//! Every word list the matching reads is data with a reason (and a source where there is one),
//! not code: function words, generic words, head nouns and words of scope, cue words that say a
//! component *uses* a platform, words that say it is built on one, the words for a platform's
//! audience and the users some platforms serve, the phrases of the channels to the public (A-01,
//! A-02, A-04), the defence and cipher exception of 1132 Điều 2 khoản 2, which kinds of agency
//! a platform concerns and the Party's counterparts of the state's platforms, abbreviations,
//! synonyms and mask phrases. See the seed file for each entry's reason; `seeds/SCHEMA.md`
//! describes its shape.
//!
//! Tables are compared on folded words, cut by [`super::tokenizer`] exactly as component text
//! is, so a table entry and an inventory line that read alike match. Entries listed as
//! "written" are compared by their written form (with diacritics), because their folded form is
//! also another word ("cổng" and "công").

use super::tokenizer::{cut_keeping, Word};
use serde::Deserialize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The seed, embedded at compile time.
pub const SEED: &str = include_str!("../../../seeds/vocabulary.json");

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for the word tables, whose
/// keys are short strings from the catalogue and the agency's own text.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A set of words for quick membership tests.
#[derive(Debug, Default)]
pub struct WordSet(std::collections::HashSet<String, BuildHasherDefault<FxHasher>>);

impl WordSet {
    /// The set of `words`, lower case as given.
    pub fn new<S: AsRef<str>>(words: &[S]) -> WordSet {
        WordSet(words.iter().map(|w| w.as_ref().to_lowercase()).collect())
    }

    /// Whether `w` is in the set.
    pub fn has(&self, w: &str) -> bool {
        self.0.contains(w)
    }
}

/// Folded word sequences by their first word, longest first, for quick lookup.
#[derive(Debug, Default)]
pub struct SeqMap(FxMap<String, Vec<Vec<String>>>);

impl SeqMap {
    fn new(entries: impl IntoIterator<Item = Vec<String>>) -> SeqMap {
        let mut m: FxMap<String, Vec<Vec<String>>> = FxMap::default();
        for seq in entries {
            if let Some(first) = seq.first() {
                m.entry(first.clone()).or_default().push(seq);
            }
        }
        for v in m.values_mut() {
            crate::sort::sort_by_key(v, |s| std::cmp::Reverse(s.len()));
        }
        SeqMap(m)
    }

    /// The length of the longest sequence starting at `ws[at]`, or 0.
    pub fn at(&self, ws: &[Word], at: usize) -> usize {
        self.0
            .get(ws[at].folded.as_str())
            .and_then(|cands| {
                cands.iter().find(|seq| {
                    at + seq.len() <= ws.len()
                        && seq
                            .iter()
                            .zip(&ws[at..at + seq.len()])
                            .all(|(a, w)| *a == w.folded)
                })
            })
            .map_or(0, Vec::len)
    }

    /// Whether a sequence ends exactly at `end` (exclusive), within the `max` words before it.
    fn ends_at(&self, ws: &[Word], end: usize, max: usize) -> bool {
        (1..=end.min(max)).any(|n| self.at(ws, end - n) == n)
    }
}

#[derive(Deserialize)]
struct Seed {
    function_words: FunctionWords,
    generic: Vec<Group>,
    generic_written: Group,
    scope_words: Scope,
    heads: Listed,
    tails: Listed,
    cues: Cues,
    built_on: BuiltOn,
    special_requirements: SpecialRequirements,
    kind_scopes: Vec<KindScope>,
    counterparts: Vec<CounterpartSeed>,
    audience_scopes: Vec<AudienceScopeSeed>,
    requires: Vec<RequirementSeed>,
    audience: Audience,
    channels: Vec<ChannelSeed>,
    agency_abbreviations: AgencyAbbreviations,
    abbreviations: Vec<Abbreviation>,
    synonyms: Vec<Synonym>,
    masks: Vec<Mask>,
    citations: CitationSeed,
    beyond_party: BeyondParty,
    named_together: Vec<NamedTogether>,
    owner_units: Vec<OwnerUnits>,
    equipment: Listed,
    provincial: Provincial,
    written_apart: WrittenApart,
}

#[derive(Deserialize)]
struct WrittenApart {
    groups: Vec<Vec<String>>,
}

#[derive(Deserialize)]
struct Provincial {
    kinds: Vec<String>,
    written: Vec<String>,
    platforms: Vec<String>,
}

#[derive(Deserialize)]
struct NamedTogether {
    platforms: Vec<String>,
}

#[derive(Deserialize)]
struct OwnerUnits {
    platforms: Vec<String>,
    units: Vec<String>,
}

#[derive(Deserialize)]
struct BeyondParty {
    platforms: Vec<String>,
    kinds: Vec<String>,
}

#[derive(Deserialize)]
struct CitationSeed {
    entries: Vec<String>,
    not_after: Vec<String>,
    not_before: Vec<String>,
    max_words: usize,
}

#[derive(Deserialize)]
struct FunctionWords {
    written: Vec<String>,
    plain: Vec<String>,
}

#[derive(Deserialize)]
struct Group {
    entries: Vec<String>,
}

#[derive(Deserialize)]
struct Scope {
    written: Vec<String>,
    entries: Vec<String>,
}

#[derive(Deserialize)]
struct Listed {
    entries: Vec<String>,
    #[serde(default)]
    written: Vec<String>,
}

#[derive(Deserialize)]
struct Cues {
    entries: Vec<String>,
    written: Vec<String>,
    plain: Vec<String>,
    unlisted: Vec<String>,
    before_names: Vec<String>,
    after_names: Vec<String>,
    topics: Vec<String>,
    replacing: Vec<String>,
}

#[derive(Deserialize)]
struct BuiltOn {
    entries: Vec<String>,
    written: Vec<String>,
    unless_after: Vec<String>,
}

/// Platforms that do not concern some kinds of agency.
#[derive(Deserialize)]
struct KindScope {
    platforms: Vec<String>,
    not_for: Vec<String>,
}

#[derive(Deserialize)]
struct RequirementSeed {
    platforms: Vec<String>,
    acronyms: Vec<String>,
    words: Vec<String>,
}

/// Words a component must say for some platforms to concern it: an AI platform for a field is
/// duplicated by an AI system for that field, not by every system of the field.
#[derive(Debug)]
pub struct Requirement {
    /// The platforms' ids.
    pub platforms: Vec<String>,
    /// Acronyms, folded, that count only written in capitals ("AI", not "ai").
    acronyms: Vec<String>,
    /// Words that count however written.
    words: SeqMap,
}

#[derive(Deserialize)]
struct AudienceScopeSeed {
    platforms: Vec<String>,
    serves: Vec<String>,
    others: Vec<String>,
}

/// The users some platforms serve, and users that are not theirs.
#[derive(Debug)]
pub struct AudienceScope {
    /// The platforms' ids.
    pub platforms: Vec<String>,
    /// Words naming the users they serve.
    pub serves: SeqMap,
    /// Words naming users that are not theirs.
    pub others: SeqMap,
}

#[derive(Deserialize)]
struct CounterpartSeed {
    kind: String,
    platforms: Vec<String>,
    becomes: String,
}

#[derive(Deserialize)]
struct SpecialRequirements {
    agencies: Vec<String>,
    words: Vec<String>,
    not_after: Vec<String>,
}

#[derive(Deserialize)]
struct Audience {
    public: Vec<String>,
    officials: Vec<String>,
    serving: Vec<String>,
}

#[derive(Deserialize)]
struct ChannelSeed {
    platform: String,
    phrases: Vec<String>,
    needs_public: bool,
    reason: String,
}

#[derive(Deserialize)]
struct AgencyAbbreviations {
    entries: Vec<AgencyAbbreviation>,
}

#[derive(Deserialize)]
struct AgencyAbbreviation {
    short: String,
    name: String,
}

#[derive(Deserialize)]
struct Abbreviation {
    short: String,
    long: String,
}

#[derive(Deserialize)]
struct Synonym {
    variant: String,
    means: String,
}

#[derive(Deserialize)]
struct Mask {
    phrase: String,
}

/// Synonyms by their first folded word: (variant as folded words, the catalogue's wording).
pub type SynonymMap = FxMap<String, Vec<(Vec<String>, Vec<Word>)>>;

/// A channel between the state and the public: the two main channels (3090/QĐ-BKHCN Phần
/// II.3.d) and the document axis's extension to citizens and businesses (1132 A-04). A component
/// that names itself with one of its phrases is the agency's own portal, app or document
/// channel, which duplicates it.
#[derive(Debug)]
pub struct Channel {
    /// The platform it duplicates (`A-01`, `A-02`, `A-04`).
    pub platform: String,
    /// Its phrases, folded.
    pub phrases: SeqMap,
    /// Whether the component must also name the public as its users (an app for officials is
    /// no citizens' channel).
    pub needs_public: bool,
    /// Why, for explanations.
    pub reason: String,
}

/// The vocabulary, read once.
pub struct Vocabulary {
    function: FunctionSet,
    /// Generic words: several syllables each, folded.
    pub generic: SeqMap,
    generic_written: WordSet,
    scope_written: WordSet,
    scope: SeqMap,
    /// Head nouns stripped from the start of the catalogue's phrases.
    pub heads: SeqMap,
    heads_written: WordSet,
    /// Words of scope stripped from the end of the catalogue's phrases.
    pub tails: SeqMap,
    tails_written: WordSet,
    cues: SeqMap,
    cues_unlisted: SeqMap,
    cues_before_names: SeqMap,
    cues_after_names: SeqMap,
    cues_topics: SeqMap,
    cues_replacing: SeqMap,
    cues_written: WordSet,
    built_on: SeqMap,
    built_on_written: WordSet,
    own_written: WordSet,
    cues_plain: WordSet,
    /// The agencies whose systems may have special requirements of defence, security or
    /// cipher (1132/QĐ-TTg Điều 2 khoản 2), as [`Vocabulary::agency_words`].
    pub special_agencies: Vec<Vec<String>>,
    /// Words by which a system says it has such requirements, lower case as written: folded,
    /// "quân sự" would also be "(cơ) quan sử (dụng)".
    special_words: Vec<Vec<String>>,
    /// Words before which a special word names an agency, not the system ("Ban Cơ yếu").
    special_not_after: WordSet,
    /// (platform id, kind id) pairs: the platform does not concern agencies of that kind.
    not_for: Vec<(String, String)>,
    /// Platform id → (kind id, the platform that does the same for agencies of that kind).
    counterparts: FxMap<String, Vec<(String, String)>>,
    /// The users some platforms serve (`audience_scopes`).
    pub audience_scopes: Vec<AudienceScope>,
    /// What a component must say for some platforms to concern it (`requires`).
    pub requires: Vec<Requirement>,
    /// Words naming the public as users.
    pub public: SeqMap,
    /// Words naming officials as users.
    pub officials: SeqMap,
    /// Words before the users a component serves ("cho", "dành cho").
    pub serving: SeqMap,
    /// The channels to the public.
    pub channels: Vec<Channel>,
    /// Agencies' short names, folded, with their full names' folded words.
    agencies: SeqMap,
    agency_names: FxMap<Vec<String>, Vec<String>>,
    /// Abbreviations by their folded short form, with their words.
    pub abbreviations: FxMap<String, Vec<Word>>,
    /// Synonyms by their first folded word: (variant, the catalogue's wording).
    pub synonyms: SynonymMap,
    /// Mask phrases by their first folded word.
    pub masks: FxMap<String, Vec<Vec<String>>>,
    /// The words that start a legal document's name (`citations`).
    pub citations: Citations,
    /// The Party's platforms that its owner also deploys at some kinds of state agency
    /// (`beyond_party`), with those kinds.
    beyond_party: (Vec<String>, Vec<String>),
    /// Platforms that naming one of as used means using the others too (`named_together`).
    named_together: Vec<Vec<String>>,
    /// Platform id → the owner's units that run it, as [`Vocabulary::agency_words`]
    /// (`owner_units`).
    owner_units: FxMap<String, Vec<Vec<String>>>,
    /// Devices a component may be named after (`equipment`).
    equipment: SeqMap,
    equipment_written: WordSet,
    /// (kinds, words written with diacritics, platforms): a system of those kinds whose words
    /// name the province is the province's shared one (`provincial`).
    provincial: (Vec<String>, Vec<Vec<String>>, Vec<String>),
    /// Groups of words, lower case with diacritics, that fold alike but never match each other
    /// when written with diacritics (`written_apart`).
    written_apart: Vec<Vec<String>>,
}

/// The words that start the name of a legal document ("Luật", "Nghị định", "Thông tư"): the
/// words after them name the document a component follows, not what it does.
#[derive(Debug)]
pub struct Citations {
    starts: SeqMap,
    not_after: SeqMap,
    not_before: SeqMap,
    /// The most words a cited name runs to; an abbreviation written out counts as one.
    pub max_words: usize,
}

impl Citations {
    /// The length of the citation word starting at `at` ("nghị định": 2), or 0 when none does
    /// or the word belongs to another one ("pháp luật", "luật sư").
    pub fn start_at(&self, ws: &[Word], at: usize) -> usize {
        // Nearly every word starts no citation: look no further for those.
        let n = self.starts.at(ws, at);
        if n == 0 {
            return 0;
        }
        let joined_before = (1..=at.min(3)).any(|k| self.not_after.at(ws, at - k) == k);
        let joined_after = at + n < ws.len() && self.not_before.at(ws, at + n) > 0;
        if joined_before || joined_after {
            0
        } else {
            n
        }
    }
}

/// The vocabulary, parsed from [`SEED`] on first use.
///
/// # Panics
/// Only if the embedded seed is malformed, which this module's tests rule out.
pub fn vocabulary() -> &'static Vocabulary {
    static V: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    V.get_or_init(|| Vocabulary::parse(SEED).unwrap_or_else(|e| panic!("{e}")))
}

/// The function words, by written form and by plain form.
struct FunctionSet {
    written: WordSet,
    plain: WordSet,
}

impl FunctionSet {
    /// Whether `written` (lower case; `plain` when it has no diacritics) is a function word.
    fn has(&self, written: &str, plain: bool) -> bool {
        written.len() <= 7 && (self.written.has(written) || (plain && self.plain.has(written)))
    }

    /// The folded words of `s` without function words.
    fn folded(&self, s: &str) -> Vec<String> {
        cut_keeping(s, |w, plain| !self.has(w, plain))
            .into_iter()
            .filter(|w| !w.is_boundary())
            .map(|w| w.folded.into_string())
            .collect()
    }
}

/// The words of `s` as the matcher sees them: cut by [`super::tokenizer::cut`], function words
/// dropped, so that "định danh và xác thực" and "định danh, xác thực" read alike.
///
/// ```
/// use model::rules::vocabulary::words;
/// let w: Vec<String> = words("Nền tảng định danh và xác thực (V-APEX)").into_iter().map(|w| w.folded.into_string()).collect();
/// assert_eq!(w, ["nen", "tang", "dinh", "danh", "xac", "thuc", "", "vapex", ""]);
/// ```
pub fn words(s: &str) -> Vec<Word> {
    let f = &vocabulary().function;
    cut_keeping(s, |w, plain| !f.has(w, plain))
}

/// Folded words of a phrase, function words dropped: the form the tables are compared in.
pub fn folded(s: &str) -> Vec<String> {
    vocabulary().function.folded(s)
}

impl Vocabulary {
    /// Parses a vocabulary seed.
    pub fn parse(json: &str) -> Result<Vocabulary, String> {
        let seed: Seed =
            serde_json::from_str(json).map_err(|e| format!("seeds/vocabulary.json: {e}"))?;
        let function = FunctionSet {
            written: WordSet::new(&seed.function_words.written),
            plain: WordSet::new(&seed.function_words.plain),
        };
        let seq = |entries: &[String]| SeqMap::new(entries.iter().map(|e| function.folded(e)));
        let added = |s: &str| -> Vec<Word> {
            cut_keeping(s, |w, plain| !function.has(w, plain))
                .into_iter()
                .filter(|w| !w.is_boundary())
                .map(|w| Word::added(&w.folded, w.raw()))
                .collect()
        };
        let mut abbreviations = FxMap::default();
        for a in &seed.abbreviations {
            let key: String = crate::text::fold(&a.short)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            abbreviations.insert(key, added(&a.long));
        }
        let mut synonyms = SynonymMap::default();
        for s in &seed.synonyms {
            let variant = function.folded(&s.variant);
            if let Some(first) = variant.first() {
                synonyms
                    .entry(first.clone())
                    .or_default()
                    .push((variant, added(&s.means)));
            }
        }
        let mut masks: FxMap<String, Vec<Vec<String>>> = FxMap::default();
        for m in &seed.masks {
            let f = function.folded(&m.phrase);
            if let Some(first) = f.first() {
                masks.entry(first.clone()).or_default().push(f);
            }
        }
        let generic: Vec<String> = seed
            .generic
            .iter()
            .flat_map(|g| g.entries.clone())
            .collect();
        let agency_names: FxMap<Vec<String>, Vec<String>> = seed
            .agency_abbreviations
            .entries
            .iter()
            .map(|a| (function.folded(&a.short), function.folded(&a.name)))
            .collect();
        let agencies = SeqMap::new(agency_names.keys().cloned());
        let special_agencies = seed
            .special_requirements
            .agencies
            .iter()
            .map(|a| function.folded(a))
            .collect();
        Ok(Vocabulary {
            generic: seq(&generic),
            generic_written: WordSet::new(&seed.generic_written.entries),
            scope_written: WordSet::new(&seed.scope_words.written),
            scope: seq(&seed.scope_words.entries),
            heads: seq(&seed.heads.entries),
            heads_written: WordSet::new(&seed.heads.written),
            tails: seq(&seed.tails.entries),
            tails_written: WordSet::new(&seed.tails.written),
            cues: seq(&seed.cues.entries),
            cues_unlisted: seq(&seed.cues.unlisted),
            cues_before_names: seq(&seed.cues.before_names),
            cues_after_names: seq(&seed.cues.after_names),
            cues_topics: seq(&seed.cues.topics),
            cues_replacing: seq(&seed.cues.replacing),
            cues_written: WordSet::new(&seed.cues.written),
            cues_plain: WordSet::new(&seed.cues.plain),
            built_on: seq(&seed.built_on.entries),
            built_on_written: WordSet::new(&seed.built_on.written),
            own_written: WordSet::new(&seed.built_on.unless_after),
            special_agencies,
            audience_scopes: seed
                .audience_scopes
                .iter()
                .map(|a| AudienceScope {
                    platforms: a.platforms.clone(),
                    serves: seq(&a.serves),
                    others: seq(&a.others),
                })
                .collect(),
            requires: seed
                .requires
                .iter()
                .map(|r| Requirement {
                    platforms: r.platforms.clone(),
                    acronyms: r.acronyms.iter().map(|a| a.to_lowercase()).collect(),
                    words: seq(&r.words),
                })
                .collect(),
            not_for: seed
                .kind_scopes
                .iter()
                .flat_map(|k| {
                    k.platforms
                        .iter()
                        .flat_map(|p| k.not_for.iter().map(|kind| (p.clone(), kind.clone())))
                })
                .collect(),
            counterparts: seed.counterparts.iter().fold(
                FxMap::default(),
                |mut m: FxMap<String, Vec<(String, String)>>, c| {
                    for p in &c.platforms {
                        m.entry(p.clone())
                            .or_default()
                            .push((c.kind.clone(), c.becomes.clone()));
                    }
                    m
                },
            ),
            special_not_after: WordSet::new(&seed.special_requirements.not_after),
            special_words: seed
                .special_requirements
                .words
                .iter()
                .map(|w| w.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            public: seq(&seed.audience.public),
            officials: seq(&seed.audience.officials),
            serving: seq(&seed.audience.serving),
            channels: seed
                .channels
                .into_iter()
                .map(|c| Channel {
                    platform: c.platform,
                    phrases: seq(&c.phrases),
                    needs_public: c.needs_public,
                    reason: c.reason,
                })
                .collect(),
            agencies,
            agency_names,
            abbreviations,
            synonyms,
            masks,
            beyond_party: (
                seed.beyond_party.platforms.clone(),
                seed.beyond_party.kinds.clone(),
            ),
            provincial: (
                seed.provincial.kinds.clone(),
                seed.provincial
                    .written
                    .iter()
                    .map(|w| w.split_whitespace().map(str::to_lowercase).collect())
                    .collect(),
                seed.provincial.platforms.clone(),
            ),
            written_apart: seed.written_apart.groups.clone(),
            equipment: seq(&seed.equipment.entries),
            equipment_written: WordSet::new(&seed.equipment.written),
            named_together: seed
                .named_together
                .iter()
                .map(|n| n.platforms.clone())
                .collect(),
            owner_units: seed.owner_units.iter().fold(
                FxMap::default(),
                |mut m: FxMap<String, Vec<Vec<String>>>, o| {
                    for p in &o.platforms {
                        m.entry(p.clone())
                            .or_default()
                            .extend(o.units.iter().map(|u| function.folded(u)));
                    }
                    m
                },
            ),
            citations: Citations {
                starts: seq(&seed.citations.entries),
                not_after: seq(&seed.citations.not_after),
                not_before: seq(&seed.citations.not_before),
                max_words: seed.citations.max_words,
            },
            function,
        })
    }

    /// The length, in words, of the generic unit starting at `at`, or 0 if none starts there.
    pub fn generic_at(&self, ws: &[Word], at: usize) -> usize {
        if self.generic_written.has(ws[at].raw()) {
            return 1;
        }
        self.generic.at(ws, at)
    }

    /// Per word of `ws`, whether it only says where a system stands or whose it is ("tỉnh",
    /// "sở", "xã", "Quốc hội"): words of scope, which element names leave out.
    pub fn scope_mask(&self, ws: &[Word]) -> Vec<bool> {
        let mut mask: Vec<bool> = ws.iter().map(|w| self.scope_written.has(w.raw())).collect();
        let mut i = 0;
        while i < ws.len() {
            match self.scope.at(ws, i) {
                0 => i += 1,
                n => {
                    mask[i..i + n].iter_mut().for_each(|m| *m = true);
                    i += n;
                }
            }
        }
        mask
    }

    /// The length of the head noun starting at `at`, or 0.
    pub fn head_at(&self, ws: &[Word], at: usize) -> usize {
        if self.heads_written.has(ws[at].raw()) {
            return 1;
        }
        self.heads.at(ws, at)
    }

    /// The length of the word of scope ending just before `end`, or 0.
    pub fn tail_before(&self, ws: &[Word], end: usize) -> usize {
        (1..=end.min(4))
            .rev()
            .find(|&n| {
                let at = end - n;
                (n == 1 && self.tails_written.has(ws[at].raw())) || self.tails.at(ws, at) == n
            })
            .unwrap_or(0)
    }

    /// Whether a cue word ends at word `j` (inclusive): "kết nối", "qua", "tại", …
    pub fn cue_ends_at(&self, ws: &[Word], j: usize) -> bool {
        let w = &ws[j];
        self.cues_written.has(w.raw())
            || (w.plain() && self.cues_plain.has(&w.folded))
            // "Kết nối, tích hợp dữ liệu ITS" lists what the system itself does: a verb cue
            // followed by a comma heads that list.
            || (self.cues.ends_at(ws, j + 1, 3) && !ws.get(j + 1).is_some_and(|w| w.after_comma))
            || (1..=j.min(3) + 1).any(|n| {
                // "Tích hợp xác thực qua VNeID" integrates; "thu thập, tích hợp và phân phối
                // dữ liệu" lists what the system itself does.
                let start = j + 1 - n;
                // "Nền tảng tích hợp dữ liệu" names a system.
                self.cues_unlisted.at(ws, start) == n
                    && !ws[start].after_comma
                    && !ws.get(j + 1).is_some_and(|w| w.after_comma)
                    && !self.heads.ends_at(ws, start, 3)
            })
    }

    /// Whether a word that makes the rest of its sentence a subject taught or asked about
    /// ("Khóa học về …", "hỏi đáp về …") ends at word `j` (inclusive).
    pub fn topic_cue_ends_at(&self, ws: &[Word], j: usize) -> bool {
        self.cues_topics.ends_at(ws, j + 1, 3)
    }

    /// Whether words saying the component takes the place of what follows, or goes around it
    /// ("thay mạng TSLCD", "không đi qua Trục liên thông văn bản quốc gia"), end at word `j`
    /// (inclusive).
    pub fn replacing_cue_ends_at(&self, ws: &[Word], j: usize) -> bool {
        self.cues_replacing.ends_at(ws, j + 1, 4)
    }

    /// Whether `catalogue` and `text`, written with diacritics, are two words that fold alike but
    /// mean different things ("cổng" gate, "công" public): then they do not match.
    pub fn written_apart(&self, catalogue: &str, text: &str) -> bool {
        catalogue != text
            && self
                .written_apart
                .iter()
                .any(|g| g.iter().any(|w| w == catalogue) && g.iter().any(|w| w == text))
    }

    /// Whether a verb that says the component uses a platform when it stands right before the
    /// platform's acronym ("xác thực VNeID", "tra cứu CIC") ends at word `j` (inclusive).
    pub fn name_cue_ends_at(&self, ws: &[Word], j: usize) -> bool {
        self.cues_before_names.ends_at(ws, j + 1, 3)
    }

    /// Whether a word that says the platform named just before it is built in ("VNeID tích
    /// hợp") starts at word `j`.
    pub fn name_cue_starts_at(&self, ws: &[Word], j: usize) -> bool {
        j < ws.len() && self.cues_after_names.at(ws, j) > 0
    }

    /// Whether a word saying the component is built on a platform ends at word `j`
    /// (inclusive): "trên", "tùy biến", …
    pub fn built_on_ends_at(&self, ws: &[Word], j: usize) -> bool {
        self.built_on_written.has(ws[j].raw()) || self.built_on.ends_at(ws, j + 1, 3)
    }

    /// The platforms used along with `platform` when a component names it as what it uses
    /// (logging in "bằng VNeID" uses the identification and authentication platform, A-03).
    pub fn named_together(&self, platform: &str) -> Vec<&str> {
        self.named_together
            .iter()
            .filter(|g| g.iter().any(|p| p == platform))
            .flatten()
            .map(String::as_str)
            .collect()
    }

    /// The platforms whose shared function a component of kind `kind` performs as the
    /// province's system, not its own, when its words `ws` name the province: a commune's
    /// "Phần mềm một cửa (dùng chung của tỉnh)" is the province's procedure system.
    pub fn provinces_own(&self, kind: &str, ws: &[Word]) -> Vec<&str> {
        let (kinds, words, platforms) = &self.provincial;
        let names_province = || {
            words.iter().any(|p| {
                ws.windows(p.len())
                    .any(|w| w.iter().zip(p).all(|(w, p)| w.raw() == p))
            })
        };
        if kinds.iter().any(|k| k == kind) && names_province() {
            platforms.iter().map(String::as_str).collect()
        } else {
            Vec::new()
        }
    }

    /// Whether a name is a device's: a device word (`equipment`) among its first words, after
    /// any head noun ("Hệ thống camera giám sát giao thông", "Màn hình LED tại Trung tâm HCC").
    pub fn names_equipment(&self, ws: &[Word]) -> bool {
        let mut i = 0;
        while i < ws.len() && !ws[i].is_boundary() && i < 4 {
            if self.equipment_written.has(ws[i].raw()) || self.equipment.at(ws, i) > 0 {
                return true;
            }
            match self.head_at(ws, i) {
                0 => return false,
                n => i += n,
            }
        }
        false
    }

    /// Whether `agency` (as [`Vocabulary::agency_words`]) is one of the owner's units that run
    /// `platform` ("Thuế tỉnh Gia Lai" runs Bộ Tài chính's tax system, B-27).
    pub fn runs_for_owner(&self, platform: &str, agency: &[String]) -> bool {
        self.owner_units
            .get(platform)
            .is_some_and(|units| units.iter().any(|u| Vocabulary::is_owner(agency, u)))
    }

    /// Whether the Party's platform `platform` also serves state agencies of kind `kind` (B-21
    /// "triển khai tại các cơ quan Đảng, các bộ/ngành từ trung ương đến cơ sở": ministries).
    pub fn beyond_party(&self, platform: &str, kind: &str) -> bool {
        let (platforms, kinds) = &self.beyond_party;
        platforms.iter().any(|p| p == platform) && kinds.iter().any(|k| k == kind)
    }

    /// Whether platform `platform` concerns agencies of kind `kind` (ids as in the seeds).
    pub fn concerns(&self, platform: &str, kind: &str) -> bool {
        !self.not_for.iter().any(|(p, k)| p == platform && k == kind)
    }

    /// The platform that does for agencies of kind `kind` what `platform` does for others
    /// (for a Party body, B-01 instead of the state's procedure systems), if any.
    pub fn counterpart(&self, kind: &str, platform: &str) -> Option<&str> {
        self.counterparts
            .get(platform)?
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, p)| p.as_str())
    }

    /// Whether the words `ws` lack what platform `platform` requires of a component that
    /// duplicates it ([`Requirement`]): "AI" for the AI platform of a field.
    pub fn lacks_required(&self, platform: &str, ws: &[Word]) -> bool {
        self.requires.iter().any(|r| {
            r.platforms.iter().any(|p| p == platform)
                && !ws
                    .iter()
                    .any(|w| w.caps && r.acronyms.iter().any(|a| *a == w.folded))
                && !Vocabulary::mentions(&r.words, ws)
        })
    }

    /// Whether the words `ws` name, as a component's users, only people platform `platform`
    /// does not serve ("cho sinh viên" for the schools' platform B-36).
    pub fn serves_others(&self, platform: &str, ws: &[Word]) -> bool {
        self.audience_scopes.iter().any(|a| {
            a.platforms.iter().any(|p| p == platform)
                && Vocabulary::mentions(&a.others, ws)
                && !Vocabulary::mentions(&a.serves, ws)
        })
    }

    /// Whether the word at `at` says that what precedes is the agency's own ("riêng"), so not
    /// a platform it builds on.
    pub fn own_at(&self, ws: &[Word], at: usize) -> bool {
        ws.get(at).is_some_and(|w| self.own_written.has(w.raw()))
    }

    /// An agency's name as folded words, function words dropped and short names written out
    /// ("Cục X, BCA" → … "bo", "cong", "an"), for comparing it with a platform's owner.
    pub fn agency_words(&self, name: &str) -> Vec<String> {
        let ws: Vec<Word> = cut_keeping(name, |w, plain| !self.function.has(w, plain))
            .into_iter()
            .filter(|w| !w.is_boundary())
            .collect();
        let mut out = Vec::with_capacity(ws.len() + 4);
        let mut i = 0;
        while i < ws.len() {
            let n = self.agencies.at(&ws, i);
            if n > 0 {
                let key: Vec<String> = ws[i..i + n].iter().map(|w| w.folded.to_string()).collect();
                if let Some(full) = self.agency_names.get(&key) {
                    out.extend(full.iter().cloned());
                    i += n;
                    continue;
                }
            }
            out.push(ws[i].folded.to_string());
            i += 1;
        }
        out
    }

    /// Whether the agency whose [`Vocabulary::agency_words`] are `agency` is, or is a unit of,
    /// the owner whose words are `owner`: the owner's words stand together in the agency's
    /// name, with or without a closing "Việt Nam" ("Ngân hàng Nhà nước").
    pub fn is_owner(agency: &[String], owner: &[String]) -> bool {
        let holds = |o: &[String]| !o.is_empty() && agency.windows(o.len()).any(|w| w == o);
        let short = match owner {
            [rest @ .., v, n] if v == "viet" && n == "nam" && rest.len() >= 2 => rest,
            _ => owner,
        };
        holds(owner) || holds(short)
    }

    /// Whether a system may have the special requirements of defence, security or cipher that
    /// 1132/QĐ-TTg Điều 2 khoản 2 exempts: its agency or owner (as [`Vocabulary::agency_words`])
    /// is a defence or cipher agency, or its words say it is military.
    pub fn may_be_special(&self, agency: &[String], owner: &[String], ws: &[Word]) -> bool {
        self.says_special(ws)
            || self
                .special_agencies
                .iter()
                .any(|s| Vocabulary::is_owner(agency, s) || Vocabulary::is_owner(owner, s))
    }

    /// Whether `ws` says the system is military, of defence or of cipher.
    pub fn says_special(&self, ws: &[Word]) -> bool {
        self.special_words.iter().any(|p| {
            ws.windows(p.len()).enumerate().any(|(i, w)| {
                w.iter().zip(p).all(|(w, p)| !w.plain() && w.raw() == p)
                    && !(i > 0 && self.special_not_after.has(ws[i - 1].raw()))
            })
        })
    }

    /// Whether `ws` names any phrase of `map` anywhere.
    pub fn mentions(map: &SeqMap, ws: &[Word]) -> bool {
        (0..ws.len()).any(|i| !ws[i].is_boundary() && map.at(ws, i) > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn seed() -> serde_json::Value {
        serde_json::from_str(SEED).unwrap()
    }

    #[test]
    fn the_seed_parses_and_every_entry_has_a_reason() {
        let v = seed();
        for key in ["synonyms", "abbreviations", "masks", "channels"] {
            for e in v[key].as_array().unwrap() {
                assert!(
                    e["reason"].as_str().is_some_and(|r| !r.trim().is_empty()),
                    "{key}: {e}"
                );
            }
        }
        for g in v["generic"].as_array().unwrap() {
            assert!(g["reason"].as_str().is_some_and(|r| !r.is_empty()));
        }
        let cat = crate::catalogue::Catalogue::get();
        for ch in &vocabulary().channels {
            assert!(cat.platform(&ch.platform).is_some(), "{}", ch.platform);
        }
    }

    #[test]
    fn no_entry_maps_to_itself_or_repeats() {
        let v = seed();
        let mut seen = std::collections::HashSet::new();
        for (key, a, b) in [
            ("synonyms", "variant", "means"),
            ("abbreviations", "short", "long"),
        ] {
            for e in v[key].as_array().unwrap() {
                let (a, b) = (fold(e[a].as_str().unwrap()), fold(e[b].as_str().unwrap()));
                assert_ne!(a, b, "{a}");
                assert!(seen.insert(a.replace(['-', '&'], "")), "{a} twice");
            }
        }
    }

    #[test]
    fn document_management_is_never_mapped_to_the_exchange_axis() {
        // An agency's own eOffice is no national document exchange axis (A-04).
        for e in seed()["synonyms"]
            .as_array()
            .unwrap()
            .iter()
            .chain(seed()["abbreviations"].as_array().unwrap())
        {
            let a = fold(e["variant"].as_str().or(e["short"].as_str()).unwrap());
            let b = fold(e["means"].as_str().or(e["long"].as_str()).unwrap());
            if a.contains("quan ly van ban") || a.contains("office") || a.contains("van phong") {
                assert!(
                    !b.contains("lien thong") && !b.contains("truc"),
                    "{a} → {b}"
                );
            }
        }
    }

    #[test]
    fn words_drop_function_words_by_their_written_form() {
        let f = |s: &str| -> Vec<String> { folded(s) };
        assert_eq!(f("Định danh và xác thực"), ["dinh", "danh", "xac", "thuc"]);
        assert_eq!(f("KH&CN, e-Office"), ["khcn", "eoffice"]);
        // "vé" is a ticket, not the function word "về".
        assert_eq!(f("vé điện tử"), ["ve", "dien", "tu"]);
        assert_eq!(f("về điện tử"), ["dien", "tu"]);
    }

    #[test]
    fn cues_are_read_written_or_plain_when_unambiguous() {
        let v = vocabulary();
        let ws = words("Ki-ốt đặt tai bộ phận một cửa");
        let j = ws.iter().position(|w| w.folded == "tai").unwrap();
        assert!(v.cue_ends_at(&ws, j));
        let ws = words("he thong tu dong");
        let j = ws.iter().position(|w| w.folded == "tu").unwrap();
        assert!(!v.cue_ends_at(&ws, j));
        let ws = words("kết nối với");
        assert!(v.cue_ends_at(&ws, 1));
    }

    #[test]
    fn words_of_scope_are_read_by_their_written_form() {
        let v = vocabulary();
        let ws = words("Trung tâm dữ liệu tỉnh, tính toán xa, của Quốc hội");
        let mask = v.scope_mask(&ws);
        let scope: Vec<&str> = ws
            .iter()
            .zip(mask)
            .filter(|(_, m)| *m)
            .map(|(w, _)| w.raw())
            .collect();
        assert_eq!(scope, ["tỉnh", "quốc", "hội"]);
        for w in seed()["scope_words"]["written"].as_array().unwrap() {
            let w = w.as_str().unwrap();
            assert_eq!(v.scope_mask(&words(w)), [true], "{w}");
        }
        assert!(seed()["scope_words"]["reason"]
            .as_str()
            .is_some_and(|r| !r.is_empty()));
    }

    #[test]
    fn agencies_are_recognised_by_their_short_names() {
        let v = vocabulary();
        let owner = v.agency_words("Ngân hàng Nhà nước Việt Nam");
        for agency in [
            "Ngân hàng Nhà nước",
            "NHNN chi nhánh Khu vực 5",
            "Ngân hàng Nhà nước Việt Nam",
        ] {
            assert!(
                Vocabulary::is_owner(&v.agency_words(agency), &owner),
                "{agency}"
            );
        }
        let owner = v.agency_words("Bộ Khoa học và Công nghệ");
        assert!(Vocabulary::is_owner(
            &v.agency_words("Cục Chuyển đổi số, Bộ KH&CN"),
            &owner
        ));
        assert!(!Vocabulary::is_owner(
            &v.agency_words("Sở Khoa học và Công nghệ"),
            &owner
        ));
        let owner = v.agency_words("Bộ Công an");
        assert!(Vocabulary::is_owner(
            &v.agency_words("Cục C06 - BCA"),
            &owner
        ));
        assert!(!Vocabulary::is_owner(
            &v.agency_words("Bộ Công Thương"),
            &owner
        ));
    }
}
