//! Cutting text into words, each folded once for matching and kept as written for the few
//! words whose written form matters.
//!
//! Vietnamese folds many syllables alike ("cổng" portal and "công" public, "tỉnh" and "tính",
//! "về" and "vé"), so a word keeps its lower-case form with diacritics beside the folded one, and
//! whether it was written in capitals (`SOC` is an acronym, "sóc" typed without diacritics is
//! not). Folding itself is [`crate::text`]'s: this module only decides where words start and end.
//! Which words mean nothing, or mean something generic, is the vocabulary's business
//! ([`super::vocabulary`]).

use crate::text::{fold_lower, letter};
use compact_str::CompactString;

/// A word as the matcher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Folded (`Cổng` → `cong`); empty for a boundary between sentences or fields, which no
    /// phrase may cross. Inline (no allocation) up to 24 bytes, as nearly every word is: a
    /// 1000-row inventory is some 60 000 words, and their allocations were a fifth of a check.
    pub folded: CompactString,
    /// Lower case with diacritics, to tell apart words that fold alike; empty when the word is
    /// written without diacritics (then it is `folded`). Read it with [`Word::raw`].
    raw: CompactString,
    /// Written with two or more capitals, as acronyms are (`SOC`, `VNeID`).
    pub caps: bool,
    /// Added by a synonym or an abbreviation rather than written by the agency.
    pub added: bool,
    /// Written after a comma (function words between are dropped): an item of a list starts
    /// here, so a phrase spread over several words does not run across it.
    pub after_comma: bool,
}

impl Word {
    /// A word added by the vocabulary: `folded` and its written form `lower`.
    pub fn added(folded: &str, lower: &str) -> Word {
        Word {
            folded: folded.into(),
            raw: if lower == folded {
                CompactString::default()
            } else {
                lower.into()
            },
            caps: false,
            added: true,
            after_comma: false,
        }
    }

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

    /// The boundary between sentences or fields.
    pub fn boundary() -> Word {
        Word {
            folded: CompactString::default(),
            raw: CompactString::default(),
            caps: false,
            added: false,
            after_comma: false,
        }
    }

    /// True for the boundary between sentences or fields.
    pub fn is_boundary(&self) -> bool {
        self.folded.is_empty()
    }

    /// A plain (no diacritics) word that is no Vietnamese syllable, such as `dvc` or `tthc`:
    /// Vietnamese syllables hold a vowel.
    pub fn plain_is_not_a_syllable(&self) -> bool {
        self.plain() && !self.folded.chars().any(|c| "aeiouy".contains(c))
    }
}

/// Cuts `s` into words, keeping every word. Letters and digits make words; `-`, `&` and `'`
/// join ASCII pieces (`V-APEX`, `KH&CN`, `e-Office`); `.`, `;`, `:`, `(`, `)`, `[`, `]`, `!`,
/// `?`, `|` and line breaks are boundaries.
///
/// ```
/// use model::rules::tokenizer::cut;
/// let w: Vec<String> = cut("Định danh và xác thực (V-APEX)").into_iter().map(|w| w.folded.into_string()).collect();
/// assert_eq!(w, ["dinh", "danh", "va", "xac", "thuc", "", "vapex", ""]);
/// ```
pub fn cut(s: &str) -> Vec<Word> {
    cut_keeping(s, |_, _| true)
}

/// [`cut`], keeping only the words for which `keep(written form, written without diacritics)`
/// holds: the vocabulary drops function words this way without a second pass.
pub fn cut_keeping(s: &str, keep: impl Fn(&str, bool) -> bool) -> Vec<Word> {
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
            && !cur.accented
            && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric())
        {
            continue;
        }
        cur.flush(&mut out, &keep);
        if c == ',' {
            cur.comma = true;
        }
        if matches!(
            c,
            '.' | ';' | ':' | '(' | ')' | '[' | ']' | '!' | '?' | '\n' | '|'
        ) && out.last().is_some_and(|w: &Word| !w.is_boundary())
        {
            out.push(Word::boundary());
        }
    }
    cur.flush(&mut out, &keep);
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
    /// A comma stands since the last word kept.
    comma: bool,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.folded.is_empty()
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
        if let Some(info) = letter(c) {
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
            let f = fold_lower(l);
            if f != l {
                self.accent();
            }
            if self.accented {
                self.raw.push(l);
            }
            self.folded.push(f);
        }
    }

    fn flush(&mut self, out: &mut Vec<Word>, keep: &impl Fn(&str, bool) -> bool) {
        if self.folded.is_empty() {
            return;
        }
        // The pending buffers are copied (inline) and kept for the next word.
        let folded = CompactString::from(self.folded.as_str());
        self.folded.clear();
        let raw = if self.accented {
            CompactString::from(self.raw.as_str())
        } else {
            CompactString::default()
        };
        self.raw.clear();
        let caps = self.capitals >= 2;
        self.capitals = 0;
        self.accented = false;
        let plain = raw.is_empty();
        if !keep(if plain { &folded } else { &raw }, plain) {
            return;
        }
        out.push(Word {
            folded,
            raw,
            caps,
            added: false,
            after_comma: std::mem::take(&mut self.comma),
        });
    }
}

/// `c.is_alphanumeric()`, quickly for Vietnamese.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match letter(c) {
        Some(i) => i.alnum,
        None => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn a_comma_marks_the_next_word_kept() {
        // The function word after the comma is dropped; the mark passes to the next word.
        let ws = cut_keeping("quản lý, và thẩm định", |w, _| w != "và");
        let marked: Vec<&str> = ws
            .iter()
            .filter(|w| w.after_comma)
            .map(|w| w.raw())
            .collect();
        assert_eq!(marked, ["thẩm"]);
    }

    #[test]
    fn words_fold_as_the_text_module_does() {
        let s = "Ứng dụng ĐỊNH DANH điện tử, Quốc phòng – Cơ yếu; ữộẫ";
        let mine: Vec<String> = cut(s)
            .into_iter()
            .map(|w| w.folded.into_string())
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
    fn written_forms_and_capitals_are_kept() {
        let w = cut("Cổng SOC sóc KH&CN e-Office");
        assert_eq!(w[0].raw(), "cổng");
        assert!(w[1].caps && w[1].plain());
        assert!(!w[2].plain() && w[2].folded == "soc");
        assert_eq!(w[3].folded, "khcn");
        assert_eq!(w[4].folded, "eoffice");
    }
}
