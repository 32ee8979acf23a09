//! Embedding in portals: the read-only embed page (`embed.html`, built from this crate without
//! its `viewer` and `editor` features; old `/?embed` links are sent there by `static/entry-redirect.js`), the
//! origins a portal declares (`?origins=https://a.gov.vn,https://b.gov.vn`), and the
//! `postMessage` API.
//!
//! Messages the embed sends to its parent:
//! - `{"type": "khung:height", "height": N}` whenever its content height changes;
//! - `{"type": "khung:svg", "requestId": …, "svg": "<svg …"}` in answer to `khung:getSvg`;
//! - `{"type": "khung:error", "requestId": …, "message": "…"}` when a request fails.
//!
//! Messages it acts on, only from a declared origin (all others are ignored):
//! - `{"type": "khung:load", "framework": <framework JSON, as text or object>}`;
//! - `{"type": "khung:view", "view": "national" | "catalogue" | "ref/<kind>"}`;
//! - `{"type": "khung:getSvg", "requestId": …}`.

use crate::context::View;
use leptos::prelude::*;
use serde_json::{json, Value};
use wasm_bindgen::JsValue;

/// How the embed was opened.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct EmbedConfig {
    /// Origins whose messages the embed acts on.
    pub(crate) origins: Vec<String>,
}

impl EmbedConfig {
    /// Reads `?origins=…` from the page's URL.
    pub(crate) fn from_location() -> Self {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Self::parse(&search)
    }

    /// Reads a URL's query string (`?embed&origins=…`).
    pub(crate) fn parse(search: &str) -> Self {
        let mut cfg = EmbedConfig::default();
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = js_sys::decode_uri_component(v)
                .map(String::from)
                .unwrap_or_default();
            if k == "origins" {
                cfg.origins = v.split(',').filter_map(normalise_origin).collect();
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

/// Sends `msg` to the parent page: to each declared origin, or to any when none is declared
/// (only the height is sent unasked, and it is no secret).
pub(crate) fn post(cfg: &EmbedConfig, msg: &Value, to: Option<&str>) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let Ok(data) = js_sys::JSON::parse(&msg.to_string()) else {
        return;
    };
    match to {
        Some(origin) => {
            let _ = parent.post_message(&data, origin);
        }
        None if cfg.origins.is_empty() => {
            let _ = parent.post_message(&data, "*");
        }
        None => {
            for o in &cfg.origins {
                let _ = parent.post_message(&data, o);
            }
        }
    }
}

/// Handles one message from the parent page. Returns the reply, if any.
pub(crate) fn handle(
    cfg: &EmbedConfig,
    view: RwSignal<View>,
    origin: &str,
    data: &JsValue,
    svg: impl Fn() -> String,
) -> Option<Value> {
    if !cfg.allows(origin) {
        return None;
    }
    let text = js_sys::JSON::stringify(data).ok()?.as_string()?;
    let msg: Value = serde_json::from_str(&text).ok()?;
    let request_id = msg.get("requestId").cloned().unwrap_or(Value::Null);
    let error =
        |m: String| Some(json!({"type": "khung:error", "requestId": request_id, "message": m}));
    match msg.get("type").and_then(Value::as_str)? {
        "khung:load" => {
            let fw = match msg.get("framework") {
                Some(Value::String(s)) => s.clone(),
                Some(v @ Value::Object(_)) => v.to_string(),
                _ => return error("khung:load needs a framework".into()),
            };
            match model::io::json::read(&fw) {
                Ok(doc) => {
                    view.set(View::Shared(model::io::share::encode(&doc)));
                    None
                }
                Err(e) => error(e.in_file("framework")),
            }
        }
        "khung:view" => {
            let v = msg.get("view").and_then(Value::as_str).unwrap_or_default();
            let (next, _) = View::from_hash(&format!("#/{v}"));
            if matches!(next, View::Editor) {
                return error("the editor cannot be embedded".into());
            }
            view.set(next);
            None
        }
        "khung:getSvg" => Some(json!({"type": "khung:svg", "requestId": request_id, "svg": svg()})),
        other => error(format!("unknown message type {other}")),
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn cfg() -> EmbedConfig {
        EmbedConfig::parse(
            "?embed&origins=https%3A%2F%2FCong.LamDong.gov.vn%2F,http://127.0.0.1:8081",
        )
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
        let c = EmbedConfig::parse("?embed&origins=null,file://x,https://a.gov.vn/p");
        assert!(c.origins.is_empty());
        assert!(!c.allows("null"));
    }

    #[wasm_bindgen_test]
    fn malformed_messages_are_ignored_or_answered_with_an_error() {
        let c = cfg();
        let view = RwSignal::new(View::National);
        let from = "https://cong.lamdong.gov.vn";
        let svg = || "<svg/>".to_owned();
        let msg = |text: &str| js_sys::JSON::parse(text).unwrap();
        // Not an object, no type, a type that is not text: nothing happens.
        for bad in ["42", "\"khung:view\"", "null", "{}", "{\"type\": 7}"] {
            assert_eq!(handle(&c, view, from, &msg(bad), svg), None, "{bad}");
        }
        assert_eq!(
            handle(&c, view, from, &wasm_bindgen::JsValue::UNDEFINED, svg),
            None
        );
        // An unknown type or a load without a framework gets an error naming it.
        let r = handle(
            &c,
            view,
            from,
            &msg(r#"{"type": "khung:nope", "requestId": 3}"#),
            svg,
        )
        .unwrap();
        assert_eq!(r["type"], "khung:error");
        assert_eq!(r["requestId"], 3);
        let r = handle(
            &c,
            view,
            from,
            &msg(r#"{"type": "khung:load", "framework": 5}"#),
            svg,
        )
        .unwrap();
        assert_eq!(r["type"], "khung:error");
        let r = handle(
            &c,
            view,
            from,
            &msg(r#"{"type": "khung:load", "framework": "{"}"#),
            svg,
        )
        .unwrap();
        assert_eq!(r["type"], "khung:error");
        assert_eq!(view.get_untracked(), View::National);
        // The same message from an undeclared origin or `null` is ignored.
        let ok = msg(r#"{"type": "khung:getSvg", "requestId": 1}"#);
        assert_eq!(handle(&c, view, "null", &ok, svg), None);
        assert_eq!(handle(&c, view, "https://evil.example", &ok, svg), None);
        assert_eq!(handle(&c, view, from, &ok, svg).unwrap()["svg"], "<svg/>");
    }
}
