//! The `postMessage` API a portal uses to drive the embed.
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
//!
//! Messages are read and written as JavaScript objects (js-sys), not through a JSON value
//! type. A framework's JSON is read by the framework worker with the format's own reader
//! (`model::io::json`), so its errors are the app's; they reach the portal as `khung:error`
//! once the worker has answered.

use crate::config::Config;
use crate::frameworks::Source;
use crate::view::View;
use js_sys::{Object, Reflect};
use model::catalogue::Catalogue;
use wasm_bindgen::JsValue;

/// What a portal's message asks for.
#[derive(Debug)]
pub(crate) enum Request {
    /// Show this view; the request's id is kept to report a framework that cannot be read.
    Show(View, JsValue),
    /// Answer with the drawing's SVG.
    Svg(JsValue),
}

/// A request's id and why it failed.
pub(crate) type Failure = (JsValue, String);

fn field(data: &JsValue, key: &str) -> JsValue {
    if data.is_object() {
        Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Reads one message. `None` when it is to be ignored: from an origin the portal did not
/// declare, not an object, or without a textual `type`.
pub(crate) fn read(
    cfg: &Config,
    cat: &Catalogue,
    origin: &str,
    data: &JsValue,
) -> Option<Result<Request, Failure>> {
    if !cfg.allows(origin) {
        return None;
    }
    let kind = field(data, "type").as_string()?;
    let id = field(data, "requestId");
    let id = if id.is_undefined() { JsValue::NULL } else { id };
    let fail = |m: String| Some(Err((id.clone(), m)));
    match kind.as_str() {
        "khung:load" => {
            let fw = field(data, "framework");
            let text = match fw.as_string() {
                Some(s) => s,
                None if fw.is_object() && !js_sys::Array::is_array(&fw) => {
                    js_sys::JSON::stringify(&fw).ok()?.as_string()?
                }
                None => return fail("khung:load needs a framework".into()),
            };
            Some(Ok(Request::Show(View::Framework(Source::Json, text), id)))
        }
        "khung:view" => {
            let v = field(data, "view").as_string().unwrap_or_default();
            if v == "editor" || v.starts_with("editor/") {
                return fail("the editor cannot be embedded".into());
            }
            Some(Ok(Request::Show(
                View::from_hash(&format!("#/{v}"), cat).0,
                id,
            )))
        }
        "khung:getSvg" => Some(Ok(Request::Svg(id))),
        other => fail(format!("unknown message type {other}")),
    }
}

/// A message object with `type` and the given fields.
pub(crate) fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Sends `msg` to the parent page: to `to`, or to each declared origin, or to any when none
/// is declared (only the height is sent unasked, and it is no secret).
pub(crate) fn post(cfg: &Config, msg: &JsValue, to: Option<&str>) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    match to {
        Some(origin) => {
            let _ = parent.post_message(msg, origin);
        }
        None if cfg.origins.is_empty() => {
            let _ = parent.post_message(msg, "*");
        }
        None => {
            for o in &cfg.origins {
                let _ = parent.post_message(msg, o);
            }
        }
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn malformed_messages_are_ignored_or_answered_with_an_error() {
        let c = Config::parse("?origins=https%3A%2F%2Fcong.lamdong.gov.vn");
        let cat = Catalogue::get();
        let from = "https://cong.lamdong.gov.vn";
        let msg = |text: &str| js_sys::JSON::parse(text).unwrap();
        // Not an object, no type, a type that is not text: nothing happens.
        for bad in ["42", "\"khung:view\"", "null", "{}", "{\"type\": 7}"] {
            assert!(read(&c, cat, from, &msg(bad)).is_none(), "{bad}");
        }
        assert!(read(&c, cat, from, &JsValue::UNDEFINED).is_none());
        // An unknown type, a load without a framework, the editor: an error naming it, with
        // the request's id. (A broken framework is the worker's to name.)
        let err = |text: &str| match read(&c, cat, from, &msg(text)) {
            Some(Err((id, m))) => (id, m),
            other => panic!("{text}: {other:?}"),
        };
        let (id, m) = err(r#"{"type": "khung:nope", "requestId": 3}"#);
        assert_eq!(id.as_f64(), Some(3.0));
        assert!(m.contains("khung:nope"));
        assert!(err(r#"{"type": "khung:load", "framework": 5}"#)
            .1
            .contains("framework"));
        assert!(err(r#"{"type": "khung:view", "view": "editor"}"#)
            .1
            .contains("editor"));
        // The same request from an undeclared origin or `null` is ignored.
        let ok = msg(r#"{"type": "khung:getSvg", "requestId": 1}"#);
        assert!(read(&c, cat, "null", &ok).is_none());
        assert!(read(&c, cat, "https://evil.example", &ok).is_none());
        assert!(
            matches!(read(&c, cat, from, &ok), Some(Ok(Request::Svg(id))) if id.as_f64() == Some(1.0))
        );
        // A view and a framework as an object.
        assert!(matches!(
            read(&c, cat, from, &msg(r#"{"type": "khung:view", "view": "ref/province"}"#)),
            Some(Ok(Request::Show(View::Reference(id), _))) if id == "province"
        ));
        let load = r#"{"type": "khung:load", "framework": {"schema": "khung/framework@1",
            "title": "Khung xã mẫu", "kind": "commune",
            "components": [{"id": "a", "name": "Cổng thông tin xã", "layer": 4}]}}"#;
        assert!(matches!(
            read(&c, cat, from, &msg(load)),
            Some(Ok(Request::Show(View::Framework(Source::Json, json), _))) if json.contains("Khung xã mẫu")
        ));
    }
}
