//! Unicode NFC (canonical decomposition, canonical ordering, canonical composition, UAX #15)
//! driven from unicode-normalization's per-character functions.
//!
//! The crate's own `nfc()` iterator picks canonical or compatibility decomposition at run time,
//! so every binary that calls it links the compatibility tables too, which NFC never reads:
//! 26 KiB of the app's gzipped first load (README, "Size of the first load"). Calling
//! `decompose_canonical`, `canonical_combining_class` and `compose` directly links only the
//! canonical tables. The tests check this driver against the crate's `nfc()`.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

/// `s` in NFC.
///
/// # Complexity
/// O(n + m log m) for `n` characters whose longest run of combining marks is `m` long.
pub(super) fn nfc(s: &str) -> String {
    // 1. Full canonical decomposition, with each character's combining class.
    let mut chars: Vec<(char, u8)> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_canonical(c, |d| chars.push((d, canonical_combining_class(d))));
    }
    // 2. Canonical ordering: each run of non-starters sorted, stably, by combining class.
    let mut i = 0;
    while i < chars.len() {
        if chars[i].1 == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].1 != 0 {
            i += 1;
        }
        crate::sort::sort_by_key(&mut chars[start..i], |&(_, class)| class);
    }
    // 3. Canonical composition: a character joins the last starter unless a character between
    // them is blocking (a starter, or of the same or a higher class).
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // The class of the last character kept since the starter; None when it is the starter.
    let mut last: Option<u8> = None;
    for (c, class) in chars {
        if let Some(at) = starter {
            let blocked = last.is_some_and(|l| l == 0 || l >= class);
            if !blocked {
                if let Some(composed) = compose(out[at], c) {
                    out[at] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(class);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::nfc;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn reference(s: &str) -> String {
        s.nfc().collect()
    }

    #[test]
    fn every_character_of_the_first_planes_alone_and_after_a_letter() {
        for u in (0u32..0x3_0000).chain(0xE_0000..0xE_0200) {
            let Some(c) = char::from_u32(u) else { continue };
            let alone = c.to_string();
            assert_eq!(nfc(&alone), reference(&alone), "U+{u:04X}");
            for base in ['a', 'A', 'o', 'ư', 'Ơ', '가', 'ᄀ', 'ا', 'क'] {
                let pair = format!("{base}{c}");
                assert_eq!(nfc(&pair), reference(&pair), "{base} U+{u:04X}");
            }
        }
    }

    #[test]
    fn vietnamese_in_every_order_of_its_marks() {
        for s in [
            "Vie\u{323}\u{302}t Nam",
            "Vie\u{302}\u{323}t",
            "Co\u{302}\u{309}ng Di\u{323}ch vu\u{323}",
            "\u{301}a\u{301}\u{301}",
            "\u{1100}\u{1161}\u{11A8}",
            "ự ữ ẫ Ậ",
        ] {
            assert_eq!(nfc(s), reference(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn matches_the_crate_on_any_text(s in "\\PC{0,40}") {
            prop_assert_eq!(nfc(&s), reference(&s));
        }

        #[test]
        fn matches_the_crate_on_letters_and_combining_marks(
            s in "[a-zA-Zđươăâêô가-힣ᄀ-ᇿ\u{300}-\u{36F}\u{1AB0}-\u{1AFF}\u{1DC0}-\u{1DFF}\u{20D0}-\u{20FF}]{0,24}"
        ) {
            prop_assert_eq!(nfc(&s), reference(&s));
        }
    }
}
