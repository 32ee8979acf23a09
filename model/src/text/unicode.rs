//! Where NFC and folding get their Unicode character data: canonical decompositions,
//! compositions and which characters are combining marks.
//!
//! By default from unicode-normalization's tables (the `unicode-tables` feature, on for the
//! CLI, the editor page and the worker). Those tables are 36 KiB of a gzipped wasm (README,
//! "Size of the first load"), and every browser already holds the same data, so the app's first
//! page leaves them out and lends its browser's own normalizer through [`set`] before it reads
//! any text. Both follow the Unicode standard, so they agree on every character both versions
//! of Unicode assign.

use std::sync::OnceLock;

/// A source of the character data. Methods take many characters at once so that a source
/// across a language boundary (the browser's) answers a whole table in one call.
pub trait Source: Send + Sync {
    /// `s` in Unicode NFC.
    fn nfc(&self, s: &str) -> String;
    /// The first character of each character's full canonical decomposition (the character
    /// itself when it has none): the base letter of a letter with diacritics.
    fn bases(&self, chars: &[char]) -> Vec<char>;
    /// Whether each character is a combining mark (General Category M: Mn, Mc or Me).
    fn marks(&self, chars: &[char]) -> Vec<bool>;
}

static SOURCE: OnceLock<&'static dyn Source> = OnceLock::new();

/// Makes `source` the character data of every later call. Only the first call counts, and only
/// before any text was read; returns whether it was taken.
pub fn set(source: &'static dyn Source) -> bool {
    SOURCE.set(source).is_ok()
}

/// The source in use: the one [`set`], else the crate's tables.
///
/// # Panics
/// Built without `unicode-tables`, when no source was [`set`]: a bug of the program that
/// left the tables out, which must lend its own before reading text.
pub(crate) fn source() -> &'static dyn Source {
    *SOURCE.get_or_init(default)
}

#[cfg(feature = "unicode-tables")]
fn default() -> &'static dyn Source {
    &Tables
}

#[cfg(not(feature = "unicode-tables"))]
fn default() -> &'static dyn Source {
    panic!(
        "model::text: built without the `unicode-tables` feature and no Unicode source was set \
         (model::text::unicode::set)"
    )
}

/// unicode-normalization's tables.
#[cfg(feature = "unicode-tables")]
pub struct Tables;

#[cfg(feature = "unicode-tables")]
impl Source for Tables {
    fn nfc(&self, s: &str) -> String {
        super::nfc::nfc(s)
    }

    fn bases(&self, chars: &[char]) -> Vec<char> {
        chars
            .iter()
            .map(|&c| {
                let mut base = None;
                unicode_normalization::char::decompose_canonical(c, |d| {
                    base.get_or_insert(d);
                });
                base.unwrap_or(c)
            })
            .collect()
    }

    fn marks(&self, chars: &[char]) -> Vec<bool> {
        chars
            .iter()
            .map(|&c| unicode_normalization::char::is_combining_mark(c))
            .collect()
    }
}
