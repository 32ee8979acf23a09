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
                cfg.origins = v
                    .split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
                    .collect();
            }
        }
        cfg
    }

    /// Whether a message from `origin` may be acted on.
    pub(crate) fn allows(&self, origin: &str) -> bool {
        self.origins.iter().any(|o| o == origin)
    }
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
