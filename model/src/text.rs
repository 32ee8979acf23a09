//! Vietnamese text handling shared by every reader and every search.
//!
//! Users type Vietnamese with and without diacritics, from keyboards and spreadsheets that
//! produce either composed or decomposed Unicode. Everything that enters the model is made NFC,
//! and every comparison goes through [`fold`], so "cong dich vu" finds "Cổng Dịch vụ công".

#[cfg(feature = "unicode-tables")]
mod nfc;
pub mod unicode;

/// Returns `s` in Unicode NFC, the one form the model stores, so equal names compare equal.
///
/// ```
/// let decomposed = "Co\u{302}\u{309}ng";
/// assert_eq!(model::text::nfc(decomposed), "Cổng");
/// ```
pub fn nfc(s: &str) -> String {
    unicode::source().nfc(s)
}

/// Folds `s` for matching: lower case, no diacritics, `đ` as `d`, runs of white space as one
/// space. Matching on folded text makes search diacritic- and case-insensitive. Every fold in the
/// model goes through [`fold_char`], so search, the rules' tokenizer and their padded texts
/// agree on every character.
///
/// ```
/// assert_eq!(model::text::fold("Cổng  Dịch vụ CÔNG"), "cong dich vu cong");
/// assert_eq!(model::text::fold("Đảng"), "dang");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let l = letter(c);
        if l.map_or_else(|| is_mark(c), |l| l.mark) {
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
        match l {
            Some(l) => out.push(l.folded),
            None => out.extend(c.to_lowercase().map(fold_lower)),
        }
    }
    out
}

/// What folding needs to know of a character below U+2000 (all of Vietnamese), computed once:
/// Unicode's tables are slow to ask one character at a time, and the rules fold every character
/// of a 1000-row inventory.
#[derive(Clone, Copy, Debug)]
pub struct Letter {
    /// A letter or digit.
    pub alnum: bool,
    /// Upper case.
    pub upper: bool,
    /// The lower-case form.
    pub lower: char,
    /// The lower-case form without diacritics: what [`fold`] gives.
    pub folded: char,
    /// A combining mark, which [`fold`] drops.
    pub mark: bool,
}

/// The [`Letter`] of `c`, if `c` is below U+2000 and lower-cases to one character.
///
/// ```
/// let l = model::text::letter('Ộ').unwrap();
/// assert_eq!((l.lower, l.folded, l.upper), ('ộ', 'o', true));
/// ```
pub fn letter(c: char) -> Option<Letter> {
    static TABLE: std::sync::OnceLock<Vec<Option<Letter>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        // One question to the Unicode source for the whole table (see `unicode::Source`).
        let chars: Vec<char> = (0u32..0x2000).filter_map(char::from_u32).collect();
        let lowers: Vec<Option<char>> = chars
            .iter()
            .map(|c| {
                let mut lower = c.to_lowercase();
                let l = lower.next()?;
                lower.next().is_none().then_some(l)
            })
            .collect();
        let source = unicode::source();
        let bases = source.bases(&lowers.iter().map(|l| l.unwrap_or(' ')).collect::<Vec<_>>());
        let marks = source.marks(&chars);
        let mut table = vec![None; 0x2000];
        for (i, &c) in chars.iter().enumerate() {
            table[c as usize] = lowers[i].map(|l| Letter {
                alnum: c.is_alphanumeric(),
                upper: c.is_uppercase(),
                lower: l,
                folded: if l == 'đ' { 'd' } else { bases[i] },
                mark: marks[i],
            });
        }
        table
    });
    table.get(c as usize).copied().flatten()
}

/// The folded form of a character already in lower case: its base letter without diacritics,
/// `đ` as `d`. The one place where a character loses its diacritics.
///
/// ```
/// assert_eq!(model::text::fold_lower('ữ'), 'u');
/// assert_eq!(model::text::fold_lower('đ'), 'd');
/// ```
pub fn fold_lower(c: char) -> char {
    if c == 'đ' {
        return 'd';
    }
    match letter(c) {
        Some(l) if l.lower == c => l.folded,
        _ => unicode::source().bases(&[c])[0],
    }
}

/// Whether `c` is a combining mark (General Category M), which folding drops.
///
/// ```
/// assert!(model::text::is_mark('\u{323}'));
/// assert!(!model::text::is_mark('a'));
/// ```
pub fn is_mark(c: char) -> bool {
    match letter(c) {
        Some(l) => l.mark,
        None => unicode::source().marks(&[c])[0],
    }
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
    use unicode_normalization::UnicodeNormalization;

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
    fn fold_reads_composed_and_decomposed_alike() {
        let composed = "Việt Nam ĐỊNH DANH";
        let decomposed: String = composed.nfd().collect();
        assert_eq!(fold(composed), fold(&decomposed));
        assert_eq!(fold(composed), "viet nam dinh danh");
    }

    #[test]
    fn matches_requires_every_word() {
        assert!(matches("", "anything"));
        assert!(matches("NỀN TẢNG vneid", "Nền tảng VNeID"));
        assert!(!matches("nen tang xyz", "Nền tảng VNeID"));
    }
}
