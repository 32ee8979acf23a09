//! Finding the catalogue's platforms in an agency's words.
//!
//! A component's name, description and capability terms are cut into words, folded (no case, no
//! diacritics, `đ` as `d`) and searched for the phrases that name each Group A and B platform:
//! its name, its acronym and its capability terms. Matching follows a few rules, each there for
//! a reason:
//!
//! - **Phrases, not words.** A platform phrase must occur whole and in order, and must hold at
//!   least two words, one of them not generic (a Vietnamese word is often two syllables: "quản
//!   lý" is one word). Only acronyms and one-word technical terms (`VNeID`, `NDXP`,
//!   `blockchain`) count alone.
//! - **Generic words weigh little.** [`GENERIC`] lists the words every platform and every
//!   inventory uses ("hệ thống", "quản lý", "thông tin", "điều hành", "nền tảng", "dữ liệu",
//!   "cổng", "phần mềm", "tỉnh", "quốc gia", "giám sát", "thông minh", …). They count half in a
//!   phrase's weight, and a phrase made of them alone never counts.
//! - **The catalogue's phrases lose their head nouns and their scope.** Head nouns ([`HEADS`]:
//!   "hệ thống thông tin", "nền tảng", "phần mềm", "cổng", …) are stripped from the start and
//!   words of scope ([`TAILS`]: "quốc gia", "dùng chung", "điện tử", …) from the end, as long as
//!   [`MIN_SYLLABLES`] remain, so "Hệ thống thông tin giải quyết thủ tục hành chính" is looked
//!   for as "giải quyết thủ tục hành chính" and found in "Phần mềm giải quyết TTHC", while
//!   "Công báo điện tử" stays whole. "Cơ sở dữ liệu" is no head noun: a database of cadres is not
//!   every mention of cadres.
//! - **Some syllables fold alike.** "cổng" (portal) and "công" (public), "tỉnh" and "tính",
//!   "về" and "vé", "SOC" and "sóc" fold to one form, so generic single syllables and function
//!   words are recognised by their written form, and an acronym of three letters or fewer only
//!   matches when written in capitals (`SOC`, not "chăm sóc" typed without diacritics).
//! - **Mentioning a platform is not duplicating it.** A phrase shortly after "kết nối với",
//!   "thông qua", "sử dụng", "nhận kết quả", "tại", … ([`CUES`]) says the component *uses* the
//!   platform or its results, and does not count. A component built "trên" (on) a named national
//!   platform reuses it.
//! - **Synonyms** ([`super::synonyms`]) add a copy of the sentence in the catalogue's wording;
//!   abbreviations ("TTHC", "DVC") are written out; mask phrases ("hội nghị truyền hình", "đèn
//!   giao thông") keep false friends from matching.
//!
//! [`PlatformIndex`] holds every platform's phrases, each once however many platforms share it,
//! indexed by their first word, so a component is matched in one pass over its words whatever
//! the size of the catalogue.

use super::synonyms::{ABBREVIATIONS, MASKS, SYNONYMS};
use crate::catalogue::Catalogue;
use crate::text::fold;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// A word as the matcher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Folded (`Cổng` → `cong`); empty for a boundary between sentences or fields, which no
    /// phrase may cross.
    pub folded: String,
    /// Lower case with diacritics, to tell apart words that fold alike; empty when the word is
    /// written without diacritics (then it is `folded`). Read it with [`Word::raw`].
    raw: String,
    /// Written with two or more capitals, as acronyms are (`SOC`, `VNeID`).
    pub caps: bool,
    /// Added by a synonym or an abbreviation rather than written by the agency.
    pub added: bool,
}

impl Word {
    /// Lower case with diacritics, to tell apart words that fold alike (`cổng`, `công`).
    pub fn raw(&self) -> &str {
        if self.raw.is_empty() {
            &self.folded
        } else {
            &self.raw
        }
    }

    /// Whether the word was written without diacritics.
    pub fn plain(&self) -> bool {
        self.raw.is_empty()
    }

    fn boundary() -> Word {
        Word {
            folded: String::new(),
            raw: String::new(),
            caps: false,
            added: false,
        }
    }

    /// True for the boundary between sentences or fields.
    pub fn is_boundary(&self) -> bool {
        self.folded.is_empty()
    }
}

/// Words that carry no meaning of their own ("các", "của", "và", …), dropped before matching so
/// that "định danh và xác thực" and "định danh, xác thực" read alike. Written with diacritics:
/// "về" is a function word, "vé" (ticket) is not.
const FUNCTION: &[&str] = &[
    "các", "của", "và", "cho", "ngành", "theo", "về", "những", "là", "để", "được", "cũng", "như",
    "hoặc", "trong", "mọi", "này", "đó", "thuộc", "có", "nhằm", "đối", "giữa",
];

/// Function words that are unambiguous even without diacritics.
/// ("cua" is not among them: it is also "cửa", as in "một cửa".)
const FUNCTION_PLAIN: &[&str] = &["cac", "va", "cho", "tren", "theo", "nhung", "hoac", "duoc"];

/// The words every platform and every inventory uses. They weigh half, never count alone, and
/// are stripped from the ends of the catalogue's phrases. Folded, several syllables each.
pub const GENERIC: &[&str] = &[
    "he thong",
    "thong tin",
    "quan ly",
    "dieu hanh",
    "nen tang",
    "du lieu",
    "co so",
    "phan mem",
    "ung dung",
    "quoc gia",
    "dien tu",
    "truc tuyen",
    "trung uong",
    "dia phuong",
    "dung chung",
    "tap trung",
    "trung tam",
    "chuyen nganh",
    "linh vuc",
    "thanh pho",
    "viet nam",
    "nha nuoc",
    "giai phap",
    "nghiep vu",
    "cong tac",
    "ho tro",
    "phuc vu",
    "cung cap",
    "thuc hien",
    "trien khai",
    "xay dung",
    "van hanh",
    "tong hop",
    "dich vu",
    "the he moi",
    "toan quoc",
    "ket noi",
    "chia se",
    "tich hop",
    "nganh",
    "csdl",
    "app",
    "giam sat",
    "thong minh",
    "kiem tra",
];

/// Head nouns stripped from the start of the catalogue's phrases ("Hệ thống thông tin giải
/// quyết thủ tục hành chính" is looked for as "giải quyết thủ tục hành chính"). Folded.
/// "Cơ sở dữ liệu" is not one: a database of cadres is not every mention of cadres.
pub const HEADS: &[&str] = &[
    "he thong thong tin",
    "he thong",
    "nen tang",
    "phan mem",
    "ung dung",
    "app",
    "giai phap",
    "trung tam",
];

/// Head nouns recognised by their written form: "cổng" (not "công"), "số" (not "sổ").
const HEADS_RAW: &[&str] = &["cổng", "số"];

/// Words of scope stripped from the end of the catalogue's phrases ("… quốc gia"). Folded.
pub const TAILS: &[&str] = &[
    "quoc gia",
    "dung chung",
    "toan quoc",
    "viet nam",
    "the he moi",
    "dien tu",
];

/// Written forms of tails.
const TAILS_RAW: &[&str] = &["số"];

/// The fewest syllables stripping may leave: a phrase of two syllables is often one word, and
/// one word alone must not decide. A catalogue phrase that is shorter to begin with ("chăn
/// nuôi", "công báo") is kept as written.
pub const MIN_SYLLABLES: usize = 3;

/// Generic single syllables, recognised by their written form because they fold like other
/// words: "tỉnh" (not "tính"), "số" (not "sổ"), "cổng" (not "công"), "bộ", "sở", "cấp", "xã".
const GENERIC_RAW: &[&str] = &[
    "tỉnh",
    "số",
    "cổng",
    "bộ",
    "sở",
    "cấp",
    "xã",
    "huyện",
    "phường",
];

/// Words that, shortly before a phrase, say the component uses the platform or its results
/// rather than duplicates it: "kết nối với NDXP", "xác thực qua VNeID", "sử dụng Cổng DVCQG",
/// "trên nền tảng Trợ lý ảo quốc gia", "nhận kết quả giải quyết thủ tục hành chính", "hướng dẫn
/// thực hiện …", or says where it stands: "ki-ốt tại Bộ phận một cửa".
pub const CUES: &[&str] = &[
    "ket noi",
    "lien thong",
    "su dung",
    "khai thac",
    "dong bo",
    "thong qua",
    "truy cap",
    "gui len",
    "cap nhat len",
    "ket qua",
    "huong dan",
];

/// Cue words of one syllable, by their written form.
const CUES_RAW: &[&str] = &[
    "với", "qua", "từ", "vào", "lên", "dùng", "bằng", "sang", "tới", "tại", "trên",
];

/// How many words before a phrase a cue may stand.
const CUE_WINDOW: usize = 3;

/// Cuts `s` into words. Letters and digits make words; `-` and `&` join ASCII pieces
/// (`V-APEX`, `KH&CN`, `e-Office`); `.`, `;`, `:`, `(`, `)`, `[`, `]`, `!`, `?` and line breaks
/// are boundaries. Function words are dropped.
///
/// ```
/// use model::rules::matcher::words;
/// let w: Vec<String> = words("Nền tảng định danh và xác thực (V-APEX)").into_iter().map(|w| w.folded).collect();
/// assert_eq!(w, ["nen", "tang", "dinh", "danh", "xac", "thuc", "", "vapex", ""]);
/// ```
pub fn words(s: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut cur = Pending::default();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_alphanumeric(c) {
            cur.push(c);
            continue;
        }
        if matches!(c, '-' | '&' | '\'')
            && !cur.is_empty()
            && cur.is_plain()
            && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric())
        {
            continue;
        }
        cur.flush(&mut out);
        if matches!(
            c,
            '.' | ';' | ':' | '(' | ')' | '[' | ']' | '!' | '?' | '\n' | '|'
        ) && out.last().is_some_and(|w: &Word| !w.is_boundary())
        {
            out.push(Word::boundary());
        }
    }
    cur.flush(&mut out);
    out
}

/// A word being read: its lower-case and folded forms are built together, a character at a
/// time, which is much cheaper than normalising whole strings. The lower-case form is kept
/// apart only once a character with diacritics comes.
#[derive(Default)]
struct Pending {
    raw: String,
    folded: String,
    capitals: u8,
    accented: bool,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    fn is_plain(&self) -> bool {
        !self.accented
    }

    fn accent(&mut self) {
        if !self.accented {
            self.accented = true;
            self.raw.clear();
            self.raw.push_str(&self.folded);
        }
    }

    fn push(&mut self, c: char) {
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                self.capitals = self.capitals.saturating_add(1);
            }
            let l = c.to_ascii_lowercase();
            if self.accented {
                self.raw.push(l);
            }
            self.folded.push(l);
            return;
        }
        if let Some(info) = char_info(c) {
            if info.upper {
                self.capitals = self.capitals.saturating_add(1);
            }
            if info.lower != info.folded {
                self.accent();
            }
            if self.accented {
                self.raw.push(info.lower);
            }
            self.folded.push(info.folded);
            return;
        }
        if c.is_uppercase() {
            self.capitals = self.capitals.saturating_add(1);
        }
        for l in c.to_lowercase() {
            let f = fold_char(l);
            if f != l {
                self.accent();
            }
            if self.accented {
                self.raw.push(l);
            }
            self.folded.push(f);
        }
    }

    fn flush(&mut self, out: &mut Vec<Word>) {
        if self.folded.is_empty() {
            return;
        }
        let folded = std::mem::take(&mut self.folded);
        let raw = if self.accented {
            std::mem::take(&mut self.raw)
        } else {
            String::new()
        };
        let caps = self.capitals >= 2;
        self.capitals = 0;
        self.accented = false;
        if is_function_word(if raw.is_empty() { &folded } else { &raw }, raw.is_empty()) {
            return;
        }
        out.push(Word {
            folded,
            raw,
            caps,
            added: false,
        });
    }
}

/// What the tokenizer needs to know of a character: computed once for the characters below
/// U+2000 (all of Vietnamese), since Unicode's tables are slow to ask one character at a time.
#[derive(Clone, Copy)]
struct CharInfo {
    alnum: bool,
    upper: bool,
    /// The lower-case form, when it is one character.
    lower: char,
    /// The lower-case form without diacritics.
    folded: char,
}

/// The [`CharInfo`] of `c`, if `c` is below U+2000 and lower-cases to one character.
fn char_info(c: char) -> Option<CharInfo> {
    static TABLE: std::sync::OnceLock<Vec<Option<CharInfo>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0u32..0x2000)
            .map(|u| {
                let c = char::from_u32(u)?;
                let mut lower = c.to_lowercase();
                let l = lower.next()?;
                if lower.next().is_some() {
                    return None;
                }
                Some(CharInfo {
                    alnum: c.is_alphanumeric(),
                    upper: c.is_uppercase(),
                    lower: l,
                    folded: fold_char(l),
                })
            })
            .collect()
    });
    table.get(c as usize).copied().flatten()
}

/// The folded lower-case form of letter or digit `c`, quickly for Vietnamese; `None` for what
/// is no letter or digit, or lies outside the table.
pub(crate) fn folded_letter(c: char) -> Option<char> {
    char_info(c).filter(|i| i.alnum).map(|i| i.folded)
}

/// `c.is_alphanumeric()`, quickly for Vietnamese.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match char_info(c) {
        Some(i) => i.alnum,
        None => c.is_alphanumeric(),
    }
}

/// A set of words for quick membership tests, built once from one of the word lists.
pub(crate) struct WordSet(std::collections::HashSet<&'static str, BuildHasherDefault<FxHasher>>);

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        WordSet(words.iter().copied().collect())
    }

    pub(crate) fn has(&self, w: &str) -> bool {
        self.0.contains(w)
    }
}

/// The word lists as sets.
struct Sets {
    function: WordSet,
    function_plain: WordSet,
    cues: WordSet,
}

fn sets() -> &'static Sets {
    static S: std::sync::OnceLock<Sets> = std::sync::OnceLock::new();
    S.get_or_init(|| Sets {
        function: WordSet::new(FUNCTION),
        function_plain: WordSet::new(FUNCTION_PLAIN),
        cues: WordSet::new(CUES_RAW),
    })
}

/// Whether `raw` (lower case) is a function word ([`FUNCTION`], [`FUNCTION_PLAIN`]).
fn is_function_word(raw: &str, plain: bool) -> bool {
    let s = sets();
    raw.len() <= 7 && (s.function.has(raw) || (plain && s.function_plain.has(raw)))
}

/// A lower-case letter without its diacritics, as [`crate::text::fold`] folds it: `ộ` → `o`,
/// `đ` → `d`.
pub(crate) fn fold_char(c: char) -> char {
    if c == 'đ' {
        return 'd';
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    base.unwrap_or(c)
}

/// Folded words of a phrase, function words dropped: the form tables are compared in.
pub fn folded(s: &str) -> Vec<String> {
    words(s)
        .into_iter()
        .filter(|w| !w.is_boundary())
        .map(|w| w.folded)
        .collect()
}

/// Folded word sequences by their first word, for quick lookup.
type SeqMap = FxMap<&'static str, Vec<Vec<&'static str>>>;

fn seq_map(list: &'static [&'static str]) -> SeqMap {
    let mut m: SeqMap = FxMap::default();
    for g in list {
        let seq: Vec<&str> = g.split(' ').collect();
        m.entry(seq[0]).or_default().push(seq);
    }
    for v in m.values_mut() {
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
    m
}

struct Lexicon {
    generic: SeqMap,
    heads: SeqMap,
    tails: SeqMap,
    generic_raw: WordSet,
    heads_raw: WordSet,
    tails_raw: WordSet,
}

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicon {
        generic: seq_map(GENERIC),
        heads: seq_map(HEADS),
        tails: seq_map(TAILS),
        generic_raw: WordSet::new(GENERIC_RAW),
        heads_raw: WordSet::new(HEADS_RAW),
        tails_raw: WordSet::new(TAILS_RAW),
    })
}

/// The length of the longest sequence of `map` (or written form of `raw`) starting at `at`.
fn seq_at(map: &SeqMap, raw: &WordSet, ws: &[Word], at: usize) -> usize {
    if raw.has(ws[at].raw()) {
        return 1;
    }
    map.get(ws[at].folded.as_str())
        .and_then(|cands| {
            cands.iter().find(|seq| {
                at + seq.len() <= ws.len()
                    && seq
                        .iter()
                        .zip(&ws[at..at + seq.len()])
                        .all(|(a, w)| *a == w.folded)
            })
        })
        .map_or(0, |seq| seq.len())
}

/// The length, in words, of the generic unit starting at `at`, or 0 if none starts there.
fn generic_at(ws: &[Word], at: usize) -> usize {
    let l = lexicon();
    seq_at(&l.generic, &l.generic_raw, ws, at)
}

/// The tail ending just before `end`, in words, or 0.
fn tail_before(ws: &[Word], end: usize) -> usize {
    (1..=end.min(4))
        .rev()
        .find(|&n| seq_at(&lexicon().tails, &lexicon().tails_raw, ws, end - n) == n)
        .unwrap_or(0)
}

/// Per word of `ws`, whether it belongs to a generic unit.
pub fn generic_mask(ws: &[Word]) -> Vec<bool> {
    let mut mask = vec![false; ws.len()];
    let mut i = 0;
    while i < ws.len() {
        if ws[i].is_boundary() {
            i += 1;
            continue;
        }
        match generic_at(ws, i) {
            0 => i += 1,
            n => {
                mask[i..i + n].iter_mut().for_each(|m| *m = true);
                i += n;
            }
        }
    }
    mask
}

/// Units (generic units count as one) and weight (specific syllables 1, generic ½) of `ws`.
fn units_and_weight(ws: &[Word]) -> (usize, f32, usize) {
    let (mut units, mut weight, mut specific) = (0, 0.0, 0);
    let mut i = 0;
    while i < ws.len() {
        match generic_at(ws, i) {
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

/// How much a phrase found in a description counts, against 1 in a name or capability term:
/// descriptions also mention what a component serves, uses or replaces.
pub const DESCRIPTION_FACTOR: f32 = 0.7;

/// Where in a component a phrase was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The name, which says what the component is.
    Name,
    /// A capability term.
    Capability,
    /// The description, which often mentions what the component connects to.
    Description,
}

impl Field {
    /// How much a phrase found here counts.
    pub fn factor(self) -> f32 {
        match self {
            Field::Name | Field::Capability => 1.0,
            Field::Description => DESCRIPTION_FACTOR,
        }
    }

    /// The Vietnamese label explanations use.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "tên",
            Field::Capability => "năng lực",
            Field::Description => "mô tả",
        }
    }
}

/// Whether a cue ([`CUES`]) stands within [`CUE_WINDOW`] words before `at`, in its segment.
fn cue_before(ws: &[Word], at: usize) -> bool {
    let start = at.saturating_sub(CUE_WINDOW);
    for j in (start..at).rev() {
        let w = &ws[j];
        if w.is_boundary() {
            return false;
        }
        if sets().cues.has(w.raw()) {
            return true;
        }
        if j > 0
            && CUES.iter().any(|c| {
                let mut p = c.split(' ');
                p.next() == Some(ws[j - 1].folded.as_str()) && p.next() == Some(w.folded.as_str())
            })
        {
            return true;
        }
    }
    false
}

/// Whether "trên" (on) stands within [`CUE_WINDOW`] words before `at`, in its segment: "trên
/// nền tảng Trợ lý ảo quốc gia" says the component is built on that platform.
fn built_on(ws: &[Word], at: usize) -> bool {
    let start = at.saturating_sub(CUE_WINDOW);
    ws[start..at]
        .iter()
        .rev()
        .take_while(|w| !w.is_boundary())
        .any(|w| w.raw() == "trên")
}

/// Whether the words at `at` name the national level: "quốc gia" or "trung ương".
fn national_after(ws: &[Word], at: usize) -> bool {
    matches!(
        (
            ws.get(at).map(|w| w.folded.as_str()),
            ws.get(at + 1).map(|w| w.folded.as_str())
        ),
        (Some("quoc"), Some("gia")) | (Some("trung"), Some("uong"))
    )
}

/// A component's text, ready for matching: its fields cut into words, abbreviations written out,
/// synonyms' catalogue wording added as further segments of the same field.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The words, fields and segments separated by boundaries.
    pub words: Vec<Word>,
    /// The field each word comes from.
    pub field: Vec<Field>,
    /// Whether a mask phrase ([`MASKS`]) covers the word after its first word.
    pub masked: Vec<bool>,
}

/// Synonyms by their first folded word: each variant as folded words, with the catalogue's
/// wording as words.
type SynonymMap = FxMap<String, Vec<(Vec<String>, Vec<Word>)>>;

/// The synonym and abbreviation tables, folded once.
struct Tables {
    abbreviations: FxMap<String, Vec<Word>>,
    /// Synonyms by their first folded word: (variant, catalogue wording).
    synonyms: SynonymMap,
    /// Masks by their first folded word.
    masks: FxMap<String, Vec<Vec<String>>>,
    /// The first words of the masks, to pass most words by quickly.
    mask_starts: std::collections::HashSet<String, BuildHasherDefault<FxHasher>>,
}

fn tables() -> &'static Tables {
    static T: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let added = |s: &str| -> Vec<Word> {
            words(s)
                .into_iter()
                .map(|mut w| {
                    w.added = true;
                    w
                })
                .collect()
        };
        let mut abbreviations = FxMap::default();
        for (a, b) in ABBREVIATIONS {
            let key: String = fold(a).chars().filter(|c| c.is_alphanumeric()).collect();
            abbreviations.insert(key, added(b));
        }
        let mut synonyms = SynonymMap::default();
        for (a, b) in SYNONYMS {
            let variant = folded(a);
            synonyms
                .entry(variant[0].clone())
                .or_default()
                .push((variant, added(b)));
        }
        let mut masks: FxMap<String, Vec<Vec<String>>> = FxMap::default();
        for m in MASKS {
            let f = folded(m);
            masks.entry(f[0].clone()).or_default().push(f);
        }
        let mask_starts = masks.keys().cloned().collect();
        Tables {
            abbreviations,
            synonyms,
            masks,
            mask_starts,
        }
    })
}

impl Text {
    /// Prepares a component's name, description and capability terms.
    pub fn new(name: &str, description: &str, capabilities: &[String]) -> Text {
        let mut t = Text::default();
        t.push(Field::Name, name);
        t.push(Field::Description, description);
        for c in capabilities {
            t.push(Field::Capability, c);
        }
        t
    }

    /// Appends one field's text.
    pub fn push(&mut self, field: Field, s: &str) {
        let tables = tables();
        let mut ws: Vec<Word> = Vec::new();
        for w in words(s) {
            // Short acronyms are written in capitals; "dvc" typed in lower case is still an
            // abbreviation, since it is no Vietnamese word.
            match tables.abbreviations.get(&w.folded) {
                Some(exp) if w.caps || w.folded.len() > 3 || w.plain_is_not_a_syllable() => {
                    ws.extend(exp.iter().cloned())
                }
                _ => ws.push(w),
            }
        }
        // Each synonym found adds a copy of its sentence with the catalogue's wording in its
        // place, so that the words around it still read on: "cảnh báo sớm lũ quét" also reads
        // "cảnh báo lũ quét".
        let masked = masked_words(&ws);
        let mut extra: Vec<Vec<Word>> = Vec::new();
        for i in 0..ws.len() {
            if masked[i] || extra.len() >= MAX_COPIES {
                continue;
            }
            let Some(cands) = tables.synonyms.get(&ws[i].folded) else {
                continue;
            };
            for (variant, wording) in cands {
                let n = variant.len();
                if i + n <= ws.len()
                    && variant
                        .iter()
                        .zip(&ws[i..i + n])
                        .all(|(v, w)| *v == w.folded)
                    && (n > 1 || ws[i].caps || ws[i].folded.len() > 3)
                    && !cue_before(&ws, i)
                {
                    let start = ws[..i]
                        .iter()
                        .rposition(Word::is_boundary)
                        .map_or(0, |b| b + 1);
                    let end = ws[i + n..]
                        .iter()
                        .position(Word::is_boundary)
                        .map_or(ws.len(), |b| i + n + b);
                    let mut copy = ws[start..i].to_vec();
                    copy.extend(wording.iter().cloned());
                    copy.extend_from_slice(&ws[i + n..end]);
                    extra.push(copy);
                }
            }
        }
        for seg in std::iter::once(ws).chain(extra) {
            if seg.is_empty() {
                continue;
            }
            if self.words.last().is_some_and(|w| !w.is_boundary()) {
                self.words.push(Word::boundary());
                self.field.push(field);
                self.masked.push(false);
            }
            self.field.extend(std::iter::repeat_n(field, seg.len()));
            self.masked.extend(masked_words(&seg));
            self.words.extend(seg);
        }
    }

    /// Whether the words before `at` (in the same segment) say the component uses what follows.
    pub fn cue_before(&self, at: usize) -> bool {
        cue_before(&self.words, at)
    }
}

/// The most sentence copies the synonyms of one field may add.
const MAX_COPIES: usize = 8;

/// Per word of `ws`, whether a mask phrase ([`MASKS`]) covers it after its first word.
fn masked_words(ws: &[Word]) -> Vec<bool> {
    let tables = tables();
    let mut out = vec![false; ws.len()];
    for i in 0..ws.len() {
        if !tables.mask_starts.contains(&ws[i].folded) {
            continue;
        }
        let Some(cands) = tables.masks.get(&ws[i].folded) else {
            continue;
        };
        for m in cands {
            let n = m.len();
            if i + n <= ws.len() && m.iter().zip(&ws[i..i + n]).all(|(a, w)| *a == w.folded) {
                out[i + 1..i + n].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    out
}

impl Word {
    /// A plain (no diacritics) short word that is no Vietnamese syllable, such as `dvc` or
    /// `tthc`: Vietnamese syllables hold a vowel.
    fn plain_is_not_a_syllable(&self) -> bool {
        self.plain() && !self.folded.chars().any(|c| "aeiouy".contains(c))
    }
}

/// Where a phrase comes from in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The platform's name, or a part of it in parentheses.
    Name,
    /// The platform's acronym.
    Acronym,
    /// One of its capability terms.
    Capability,
}

/// A phrase that names one or more platforms (the administrative-procedure systems share
/// theirs), looked for once however many platforms use it.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Folded words, head nouns and words of scope stripped from the ends.
    pub words: Vec<String>,
    /// Specific syllables count 1, generic ones ½; acronyms and one-word terms 2.5.
    pub weight: f32,
    /// One word that counts alone (an acronym or a one-word technical term).
    pub single: bool,
    /// The platforms it names.
    pub uses: Vec<Use>,
}

/// A platform a phrase names, and how.
#[derive(Debug, Clone)]
pub struct Use {
    /// Index of the platform in `Catalogue::platforms`.
    pub platform: usize,
    /// Where in the platform's record it comes from.
    pub origin: Origin,
    /// The catalogue's own wording, for explanations.
    pub shown: String,
}

/// Every platform's phrases, indexed by their first folded word. Build it once per catalogue.
#[derive(Debug, Clone)]
pub struct PlatformIndex {
    /// The phrases.
    pub phrases: Vec<Phrase>,
    first: FxMap<String, Vec<u32>>,
    /// Per platform, the first platform of the catalogue bearing the same name (itself for
    /// most): the administrative-procedure systems B-02 … B-17 share one name.
    pub same_name: Vec<usize>,
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

/// The weight a one-word term or acronym carries.
pub const SINGLE_WEIGHT: f32 = 2.5;

impl PlatformIndex {
    /// Indexes the names, acronyms and capability terms of every platform in `cat`.
    ///
    /// # Complexity
    /// O(total length of the platforms' names and capability terms).
    pub fn new(cat: &Catalogue) -> PlatformIndex {
        let mut phrases: Vec<Phrase> = Vec::new();
        let mut by_words: FxMap<Vec<String>, usize> = FxMap::default();
        for (pi, p) in cat.platforms.iter().enumerate() {
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
            for part in name_parts(&p.name) {
                for seg in words(&part).split(|w| w.is_boundary()) {
                    add(seg, Origin::Name, &p.name);
                }
            }
            if let Some(a) = &p.acronym {
                let ws = words(a);
                if ws.len() == 1 && ws[0].folded.len() >= 3 {
                    add(&ws, Origin::Acronym, a);
                }
            }
            for c in &p.capabilities {
                add(&words(c), Origin::Capability, c);
            }
        }
        let mut first: FxMap<String, Vec<u32>> = FxMap::default();
        for (i, ph) in phrases.iter().enumerate() {
            first.entry(ph.words[0].clone()).or_default().push(i as u32);
        }
        let names: Vec<String> = cat.platforms.iter().map(|p| fold(&p.name)).collect();
        let same_name = names
            .iter()
            .enumerate()
            .map(|(i, n)| names.iter().position(|m| m == n).unwrap_or(i))
            .collect();
        PlatformIndex {
            phrases,
            first,
            same_name,
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
            let Some(cands) = self.first.get(&ws[i].folded) else {
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
                    cued: text.cue_before(i),
                    built_on: built_on(&text.words, i)
                        && (ph.single || national_after(&text.words, i + n)),
                });
            }
        }
        hits
    }
}

/// The phrase `ws` from platform `platform`, its head nouns ([`HEADS`]) and words of scope
/// ([`TAILS`]) stripped while at least [`MIN_SYLLABLES`] are left, or `None` if what is left
/// does not count: fewer than two words, or generic words only.
fn phrase(ws: &[Word], origin: Origin) -> Option<(Vec<String>, f32, bool)> {
    let counts = |ws: &[Word]| {
        let (units, _, specific) = units_and_weight(ws);
        units >= 2 && specific >= 1
    };
    let single = |ws: &[Word]| {
        ws.len() == 1 && generic_at(ws, 0) == 0 && ws[0].folded.len() >= 3 && origin != Origin::Name
    };
    let mut ws = ws;
    if !counts(ws) && !single(ws) {
        return None;
    }
    loop {
        let n = if ws.is_empty() {
            0
        } else {
            seq_at(&lexicon().heads, &lexicon().heads_raw, ws, 0)
        };
        if n > 0 && ws.len() - n >= MIN_SYLLABLES && counts(&ws[n..]) {
            ws = &ws[n..];
            continue;
        }
        let m = tail_before(ws, ws.len());
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
        ws.iter().map(|w| w.folded.clone()).collect(),
        weight,
        is_single,
    ))
}

/// A platform's name as phrases: the name without its parenthesised parts, and each part
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

    fn f(s: &str) -> Vec<String> {
        folded(s)
    }

    #[test]
    fn words_fold_as_the_text_module_does() {
        let s = "Ứng dụng ĐỊNH DANH điện tử, Quốc phòng – Cơ yếu; ữộẫ";
        let mine: Vec<String> = words(s)
            .into_iter()
            .map(|w| w.folded)
            .filter(|w| !w.is_empty())
            .collect();
        let theirs: Vec<String> = fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        assert_eq!(mine, theirs);
    }

    #[test]
    fn words_fold_and_drop_function_words() {
        assert_eq!(f("Định danh và xác thực"), ["dinh", "danh", "xac", "thuc"]);
        assert_eq!(f("KH&CN, e-Office"), ["khcn", "eoffice"]);
        // "vé" is a ticket, not the function word "về".
        assert_eq!(f("vé điện tử"), ["ve", "dien", "tu"]);
        assert_eq!(f("về điện tử"), ["dien", "tu"]);
    }

    #[test]
    fn catalogue_phrases_lose_generic_ends_but_keep_meaning() {
        let cat = Catalogue::get();
        let idx = PlatformIndex::new(cat);
        let of = |id: &str| -> Vec<String> {
            let pi = cat.platforms.iter().position(|p| p.id == id).unwrap();
            idx.phrases
                .iter()
                .filter(|p| p.uses.iter().any(|u| u.platform == pi))
                .map(|p| p.words.join(" "))
                .collect()
        };
        assert!(of("B-02").contains(&"giai quyet thu tuc hanh chinh".to_owned()));
        assert!(of("B-27").contains(&"quan ly thue".to_owned()));
        assert!(of("A-02").contains(&"vneid".to_owned()));
        // No phrase is a generic word alone.
        for p in &idx.phrases {
            assert!(p.single || p.words.len() >= 2, "{:?}", p.words);
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
    fn cues_mark_use() {
        let t = Text::new("Hệ thống X", "Kết nối với NDXP để chia sẻ dữ liệu", &[]);
        let i = t.words.iter().position(|w| w.folded == "ndxp").unwrap();
        assert!(t.cue_before(i));
        let t = Text::new("NDXP tỉnh", "", &[]);
        assert!(!t.cue_before(0));
    }

    #[test]
    fn abbreviations_are_written_out_and_synonyms_added() {
        let t = Text::new("Phần mềm một cửa điện tử TTHC", "", &[]);
        let s: Vec<&str> = t.words.iter().map(|w| w.folded.as_str()).collect();
        let joined = s.join(" ");
        assert!(joined.contains("thu tuc hanh chinh"), "{joined}");
        assert!(joined.contains("giai quyet thu tuc hanh chinh"), "{joined}");
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
