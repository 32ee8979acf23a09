//! The browser's own Unicode normalizer (`String.prototype.normalize`) and mark class
//! (`\p{M}`), lent to the model's text handling on the pages built without unicode-normalization's
//! tables (index.html and embed.html), which saves 36 KiB of their gzipped wasm (README, "Size of
//! the first load"). Each method answers many characters in one call across to JavaScript.

use js_sys::{JsString, RegExp};

/// The browser as a `model::text::unicode::Source`.
struct Browser;

/// Separates characters whose decompositions travel in one string; a noncharacter, which NFD
/// leaves alone and never joins to a neighbour.
const SEP: char = '\u{FFFF}';

impl model::text::unicode::Source for Browser {
    fn nfc(&self, s: &str) -> String {
        JsString::from(s).normalize("NFC").into()
    }

    fn bases(&self, chars: &[char]) -> Vec<char> {
        // SEP among the characters would shift the parts: then each other one is asked alone
        // (SEP has no decomposition).
        if chars.contains(&SEP) {
            return chars
                .iter()
                .map(|&c| if c == SEP { c } else { self.bases(&[c])[0] })
                .collect();
        }
        let joined: String = chars.iter().flat_map(|&c| [c, SEP]).collect();
        let nfd: String = JsString::from(joined.as_str()).normalize("NFD").into();
        let parts: Vec<&str> = nfd.split(SEP).collect();
        chars
            .iter()
            .zip(&parts)
            .map(|(&c, p)| p.chars().next().unwrap_or(c))
            .collect()
    }

    fn marks(&self, chars: &[char]) -> Vec<bool> {
        // Every character that is not a mark becomes '0', which is not a mark itself.
        let s: String = chars.iter().collect();
        let not_mark = RegExp::new("\\P{M}", "gu");
        let flagged: String = JsString::from(s.as_str())
            .replace_by_pattern(&not_mark, "0")
            .into();
        let marks: Vec<bool> = flagged.chars().map(|c| c != '0').collect();
        if marks.len() == chars.len() {
            marks
        } else {
            vec![false; chars.len()]
        }
    }
}

/// Lends the browser's data to the model, unless this page links the tables (the editor).
pub(crate) fn install() {
    if !cfg!(feature = "editor") {
        model::text::unicode::set(&Browser);
    }
}
