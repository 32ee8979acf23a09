//! A component's text as the matcher reads it: its name, description and capability terms cut
//! into words ([`super::vocabulary::words`]), abbreviations written out, and the catalogue's
//! wording of each synonym added as a further copy of the sentence, so that "cảnh báo sớm lũ
//! quét" also reads "cảnh báo bão lũ quét" while the words around it still read on.
//!
//! It also answers the questions about a place in the text that decide whether a phrase found
//! there counts: is it after a cue ("kết nối với", "qua", "tại": the component uses or stands
//! at the platform), is it after "trên" (built on it), is it inside a mask phrase ("hội nghị
//! truyền hình" is no television).

use super::tokenizer::Word;
use super::vocabulary::{vocabulary, words};

/// How much a phrase found in a description counts, against 1 in a name or capability term.
/// Descriptions also mention what a component serves, uses or replaces: lower, a component that
/// only names a platform's function in passing is no duplicate (fewer false alarms); higher, a
/// one-line name with the function spelled out in the description is caught (fewer misses).
/// At 0.7 one specific two-word phrase in a description (weight 2 × 0.7 = 1.4) is only a
/// possible overlap, and a three-word one (2.1) is an overlap.
pub const DESCRIPTION_FACTOR: f32 = 0.7;

/// How many words before a phrase a cue may stand, generic words not counted ("kết nối Cổng
/// thông tin một cửa quốc gia", "đồng bộ lên nền tảng quản lý dữ liệu thống kê": "cổng thông
/// tin" and "nền tảng quản lý" only name the kind of system used). Wider catches "kết nối, chia
/// sẻ dữ liệu với …" further away (fewer false alarms) but also reads a cue of the previous
/// clause as this one's (more misses).
pub const CUE_WINDOW: usize = 3;

/// How many words, generic ones included, the search for a cue reads back at most: it bounds
/// the work, and a cue further away belongs to another part of the sentence. Six reach "liên
/// thông HTTT điều hành tác nghiệp" over the three words of "hệ thống thông tin".
const CUE_REACH: usize = 6;

/// How far back a topic cue ("Khóa học về …") reaches within its sentence, in words: an
/// inventory's sentence lists a handful of subjects; a bound keeps every look-back short.
const TOPIC_REACH: usize = 16;

/// The most sentence copies the synonyms of one field may add: bounds the work (and the check's
/// time) on long descriptions; a field rarely holds more than three synonyms, so a higher bound
/// would find little more.
const MAX_COPIES: usize = 8;
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

/// Whether a cue stands within [`CUE_WINDOW`] words before `at` (generic words not counted),
/// in its segment.
pub(crate) fn cue_before(ws: &[Word], at: usize) -> bool {
    let v = vocabulary();
    // "Khóa học về sử dụng điện thoại, DVC trực tuyến, …": what a course teaches or a help desk
    // answers about, to the end of the sentence.
    if (at.saturating_sub(TOPIC_REACH)..at)
        .rev()
        .take_while(|&j| !ws[j].is_boundary())
        .any(|j| v.topic_cue_ends_at(ws, j))
    {
        return true;
    }
    cue_kind_before(ws, at) == Some(Cue::Uses)
}

/// What the nearest cue before a phrase says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// The component uses it ("kết nối với", "qua").
    Uses,
    /// The component takes its place or goes around it ("thay mạng TSLCD", "không đi qua Trục
    /// liên thông văn bản quốc gia"): it does the platform's work rather than use it.
    Replaces,
}

/// The nearest cue of use or of replacement within [`CUE_WINDOW`] words before `at` (generic
/// words not counted), in its segment. Most phrases have none; the words between a cue and the
/// phrase are read only when there is one.
fn cue_kind_before(ws: &[Word], at: usize) -> Option<Cue> {
    let v = vocabulary();
    let (cue, kind) = (at.saturating_sub(CUE_REACH)..at)
        .rev()
        .take_while(|&j| !ws[j].is_boundary())
        .find_map(|j| {
            if v.replacing_cue_ends_at(ws, j) {
                Some((j, Cue::Replaces))
            } else {
                v.cue_ends_at(ws, j).then_some((j, Cue::Uses))
            }
        })?;
    let specific = (cue + 1..at)
        .filter(|&j| !(1..=3).any(|n| n <= j + 1 && v.generic_at(ws, j + 1 - n) == n))
        .count();
    (specific < CUE_WINDOW).then_some(kind)
}

/// Whether the nearest cue before `at` says the component takes the place of what follows
/// ("thay mạng TSLCD").
pub(crate) fn replacing_before(ws: &[Word], at: usize) -> bool {
    cue_kind_before(ws, at) == Some(Cue::Replaces)
}

/// Whether a word saying the component is built on what follows ("trên", "tùy biến từ":
/// `seeds/vocabulary.json`, `built_on`) stands within [`CUE_WINDOW`] words before `at`, in its
/// segment: "trên nền tảng X quốc gia", "tùy biến từ Trợ lý ảo quốc gia".
pub(crate) fn built_on(ws: &[Word], at: usize) -> bool {
    let v = vocabulary();
    let start = at.saturating_sub(CUE_WINDOW);
    (start..at)
        .rev()
        .take_while(|&j| !ws[j].is_boundary())
        .any(|j| v.built_on_ends_at(ws, j))
}

/// Whether the words at `at` name the national level: "quốc gia" or "trung ương".
pub(crate) fn national_after(ws: &[Word], at: usize) -> bool {
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
    /// Whether a mask phrase covers the word after its first word.
    pub masked: Vec<bool>,
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
        let v = vocabulary();
        let mut ws: Vec<Word> = Vec::new();
        for w in words(s) {
            // Short acronyms are written in capitals; "dvc" typed in lower case is still an
            // abbreviation, since it is no Vietnamese word.
            match v.abbreviations.get(w.folded.as_str()) {
                Some(exp) if w.caps || w.folded.len() > 3 || w.plain_is_not_a_syllable() => {
                    ws.extend(exp.iter().cloned())
                }
                _ => ws.push(w),
            }
        }
        let masked = masked_words(&ws);
        let mut extra: Vec<Vec<Word>> = Vec::new();
        for i in 0..ws.len() {
            if masked[i] || extra.len() >= MAX_COPIES {
                continue;
            }
            let Some(cands) = v.synonyms.get(ws[i].folded.as_str()) else {
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

    /// Whether word `i` opens its field: only boundaries stand before it in that field. A
    /// description that opens with a kind of system ("Ứng dụng di động cho người dân…") says
    /// what the component is, as its name does.
    pub fn opens_field(&self, i: usize) -> bool {
        (0..i)
            .rev()
            .take_while(|&j| self.field[j] == self.field[i])
            .all(|j| self.words[j].is_boundary())
    }

    /// The words of field `field`, boundaries included.
    pub fn field_words(&self, field: Field) -> impl Iterator<Item = &Word> {
        self.words
            .iter()
            .zip(&self.field)
            .filter(move |(_, f)| **f == field)
            .map(|(w, _)| w)
    }
}

/// Per word of `ws`, whether a mask phrase covers it after its first word, or it names a legal
/// document the component cites ("theo Luật Ngân sách nhà nước": the budget law, not the state
/// budget system).
fn masked_words(ws: &[Word]) -> Vec<bool> {
    let v = vocabulary();
    let masks = &v.masks;
    let mut out = vec![false; ws.len()];
    for i in 0..ws.len() {
        let n = v.citations.start_at(ws, i);
        if n > 0 {
            cited_name(ws, i + n, v.citations.max_words, &mut out);
        }
        let Some(cands) = masks.get(ws[i].folded.as_str()) else {
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

/// Marks the name of a legal document that starts at `from`: up to `max` words (an abbreviation
/// written out counts as one), ending at a boundary or a comma.
fn cited_name(ws: &[Word], from: usize, max: usize, out: &mut [bool]) {
    let mut units = 0;
    let mut j = from;
    while j < ws.len() && !ws[j].is_boundary() && !(j > from && ws[j].after_comma) {
        // The words an abbreviation was written out as ("NSNN") are one word of the name.
        let run = if ws[j].added {
            ws[j..].iter().take_while(|w| w.added).count()
        } else {
            1
        };
        units += 1;
        if units > max {
            break;
        }
        out[j..j + run].iter_mut().for_each(|x| *x = true);
        j += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let joined: Vec<&str> = t.words.iter().map(|w| w.folded.as_str()).collect();
        let joined = joined.join(" ");
        assert!(joined.contains("thu tuc hanh chinh"), "{joined}");
        assert!(joined.contains("giai quyet thu tuc hanh chinh"), "{joined}");
    }

    #[test]
    fn integrating_is_using_unless_listed() {
        let t = Text::new(
            "Module đăng nhập",
            "Tích hợp xác thực định danh điện tử",
            &[],
        );
        let i = t.words.iter().position(|w| w.folded == "xac").unwrap();
        assert!(t.cue_before(i), "integrates the national login");
        let t = Text::new("Thu thập, tích hợp và phân phối dữ liệu", "", &[]);
        let i = t.words.iter().position(|w| w.folded == "phan").unwrap();
        assert!(!t.cue_before(i), "one of the system's own tasks");
        let t = Text::new("Nền tảng tích hợp dữ liệu thu phí không dừng", "", &[]);
        let i = t.words.iter().position(|w| w.folded == "thu").unwrap();
        assert!(!t.cue_before(i), "the system's name");
    }

    #[test]
    fn a_cited_law_is_not_a_function() {
        // The budget law a portal follows is not the state budget system (B-52).
        let t = Text::new("Cổng công khai", "Công khai dự toán theo Luật NSNN", &[]);
        let i = t.words.iter().position(|w| w.folded == "ngan").unwrap();
        assert!(t.masked[i], "the law's name is masked");
        // "pháp luật" and "luật sư" are no citations.
        let t = Text::new("Cổng pháp luật tỉnh", "Quản lý luật sư", &[]);
        assert!(t.masked.iter().all(|m| !m));
    }

    #[test]
    fn a_place_is_not_a_function() {
        // "tại Bộ phận một cửa" says where a kiosk stands, typed with or without diacritics.
        for s in [
            "Ki-ốt tra cứu đặt tại Bộ phận một cửa",
            "Kiosk tra cuu tai bo phan mot cua",
        ] {
            let t = Text::new(s, "", &[]);
            let i = t.words.iter().position(|w| w.folded == "bo").unwrap();
            assert!(t.cue_before(i), "{s}");
        }
    }
}
