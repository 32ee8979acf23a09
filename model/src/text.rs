//! Vietnamese text handling shared by every reader and every search.
//!
//! Users type Vietnamese with and without diacritics, from keyboards and spreadsheets that
//! produce either composed or decomposed Unicode. Everything that enters the model is made NFC,
//! and every comparison goes through [`fold`], so "cong dich vu" finds "Cổng Dịch vụ công".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Returns `s` in Unicode NFC, the one form the model stores, so equal names compare equal.
///
/// ```
/// let decomposed = "Co\u{302}\u{309}ng";
/// assert_eq!(model::text::nfc(decomposed), "Cổng");
/// ```
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Folds `s` for matching: lower case, no diacritics, `đ` as `d`, runs of white space as one
/// space. Matching on folded text makes search diacritic- and case-insensitive.
///
/// ```
/// assert_eq!(model::text::fold("Cổng  Dịch vụ CÔNG"), "cong dich vu cong");
/// assert_eq!(model::text::fold("Đảng"), "dang");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when every word of `query` occurs, folded, in `haystack`; an empty query matches all.
///
/// ```
/// assert!(model::text::matches("cong dich vu", "Cổng Dịch vụ công quốc gia"));
/// assert!(!model::text::matches("vneid", "Cổng Dịch vụ công quốc gia"));
/// ```
pub fn matches(query: &str, haystack: &str) -> bool {
    let hay = fold(haystack);
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| hay.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_vietnamese() {
        let s = "Vie\u{323}\u{302}t Nam";
        assert_eq!(nfc(s), "Việt Nam");
        assert_ne!(s, nfc(s));
    }

    #[test]
    fn fold_strips_every_tone_and_vowel_mark() {
        assert_eq!(
            fold("ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự"),
            "aaaaa aaaaa eeeee ooooo ooooo uuuuu"
        );
        assert_eq!(fold("  Hạ   tầng\tsố "), "ha tang so");
    }

    #[test]
    fn matches_requires_every_word() {
        assert!(matches("", "anything"));
        assert!(matches("NỀN TẢNG vneid", "Nền tảng VNeID"));
        assert!(!matches("nen tang xyz", "Nền tảng VNeID"));
    }
}
