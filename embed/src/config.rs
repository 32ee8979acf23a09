//! How the embed was opened: the origins a portal declares in the URL
//! (`?origins=https://a.gov.vn,https://b.gov.vn`), the only ones whose messages it acts on.

/// The embed's URL query.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Config {
    /// Origins whose messages the embed acts on.
    pub(crate) origins: Vec<String>,
    /// `?lang=en` or `?lang=vi`, when the portal chooses the language.
    pub(crate) lang: Option<String>,
}

impl Config {
    /// Reads a URL's query string (`?origins=…&lang=…`).
    pub(crate) fn parse(search: &str) -> Self {
        let mut cfg = Config::default();
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = js_sys::decode_uri_component(v)
                .map(String::from)
                .unwrap_or_default();
            match k {
                "origins" => cfg.origins = v.split(',').filter_map(normalise_origin).collect(),
                "lang" => cfg.lang = Some(v),
                _ => {}
            }
        }
        cfg
    }

    /// Whether a message from `origin` may be acted on. An opaque origin (`null`: a sandboxed
    /// frame, a file) never is.
    pub(crate) fn allows(&self, origin: &str) -> bool {
        normalise_origin(origin).is_some_and(|o| self.origins.contains(&o))
    }
}

/// An origin as browsers serialise it (`https://host[:port]`, scheme and host in lower case,
/// no trailing slash), or `None` for anything that is not an http(s) origin: `null`, a path, a
/// user name, an empty host.
fn normalise_origin(o: &str) -> Option<String> {
    let o = o.trim().trim_end_matches('/');
    let (scheme, rest) = o.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let host = rest.to_ascii_lowercase();
    let ok = matches!(scheme.as_str(), "http" | "https")
        && !host.is_empty()
        && !host.contains(['/', '@', '?', '#', ' '])
        && !host.starts_with(':');
    ok.then(|| format!("{scheme}://{host}"))
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    pub(crate) fn cfg() -> Config {
        Config::parse("?embed&origins=https%3A%2F%2FCong.LamDong.gov.vn%2F,http://127.0.0.1:8081")
    }

    #[wasm_bindgen_test]
    fn origins_match_despite_a_trailing_slash_and_letter_case() {
        let c = cfg();
        assert_eq!(
            c.origins,
            ["https://cong.lamdong.gov.vn", "http://127.0.0.1:8081"]
        );
        assert!(c.allows("https://cong.lamdong.gov.vn"));
        assert!(c.allows("https://CONG.lamdong.gov.vn/"));
        assert!(c.allows("http://127.0.0.1:8081"));
        // Another port, scheme or a look-alike host is another origin.
        assert!(!c.allows("http://127.0.0.1:8082"));
        assert!(!c.allows("http://cong.lamdong.gov.vn"));
        assert!(!c.allows("https://cong.lamdong.gov.vn.evil.example"));
    }

    #[wasm_bindgen_test]
    fn null_and_malformed_origins_are_refused() {
        let c = cfg();
        for o in [
            "null",
            "",
            "https://",
            "cong.lamdong.gov.vn",
            "https://cong.lamdong.gov.vn/trang",
            "https://a@cong.lamdong.gov.vn",
        ] {
            assert!(!c.allows(o), "{o} allowed");
        }
        // A declared `null` or path is dropped, not trusted.
        let c = Config::parse("?embed&origins=null,file://x,https://a.gov.vn/p");
        assert!(c.origins.is_empty());
        assert!(!c.allows("null"));
    }

    #[wasm_bindgen_test]
    fn the_portal_may_choose_the_language() {
        assert_eq!(Config::parse("?lang=en").lang.as_deref(), Some("en"));
        assert_eq!(cfg().lang, None);
    }
}
