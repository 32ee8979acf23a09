//! Frameworks in a URL: the canonical JSON, deflated and base64url-encoded, so a portal can
//! embed a user's framework with nothing stored on any server.

use super::{json, ReadError};
use crate::document::Document;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Most bytes a decoded framework may inflate to: a hostile link must not exhaust the browser.
pub const MAX_INFLATED: usize = 8 * 1024 * 1024;

/// Encodes `doc` for a URL fragment.
///
/// ```
/// use model::document::{Document, Kind};
/// let d = Document::new("Khung tỉnh Lâm Đồng", Kind::Province, "Lâm Đồng");
/// let s = model::io::share::encode(&d);
/// assert!(s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
/// assert_eq!(model::io::share::decode(&s).unwrap(), d);
/// ```
pub fn encode(doc: &Document) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json::write(doc).as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(packed)
}

/// Decodes what [`encode`] wrote; a damaged or hostile link gets a message, never a panic.
pub fn decode(s: &str) -> Result<Document, ReadError> {
    let bad = |m: &str| ReadError {
        line: None,
        field: Some("URL".into()),
        message: m.into(),
    };
    let packed = URL_SAFE_NO_PAD
        .decode(s.trim().trim_end_matches('='))
        .map_err(|_| bad("the link is damaged (not base64url)"))?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED)
        .map_err(|_| bad("the link is damaged or too large (it does not inflate)"))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| bad("the link does not hold UTF-8 text"))?;
    json::read(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth;

    #[test]
    fn a_real_sized_framework_fits_a_url() {
        let d = synth::framework(60, 1.5);
        let s = encode(&d);
        assert!(s.len() < 16_000, "{} characters", s.len());
        assert_eq!(decode(&s).unwrap(), d);
    }

    #[test]
    fn damaged_links_are_refused() {
        assert!(decode("not base64 !!").is_err());
        assert!(decode("AAAA").is_err());
        let mut s = encode(&synth::framework(5, 1.0));
        s.truncate(s.len() / 2);
        assert!(decode(&s).is_err());
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_INFLATED + 1], 9);
        assert!(decode(&URL_SAFE_NO_PAD.encode(bomb)).is_err());
    }
}
