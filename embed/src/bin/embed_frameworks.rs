//! The embed's framework worker: reads a framework (the JSON a portal sends with `khung:load`,
//! or a share link's data) and draws it, in a wasm module of its own that the embed page
//! starts only when it first shows a framework. Reading framework JSON (serde_json, the
//! format's checks, NFC tables, the share links' inflate) is most of what drawing one costs in
//! code, and the catalogue views need none of it.
//!
//! Protocol (structured-clone messages): once its handler is set, the worker posts
//! `{ready: true}`; the page posts `{seq, op: "load" | "share", text, lang: "vi" | "en"}` and
//! gets `{seq, ok: true, drawing}` (see `embed::drawing`) or `{seq, ok: false, error}`: for
//! `load`, the reader's message naming the `framework`; for `share`, why the link's data
//! cannot be read.

use embed::drawing::Drawing;
use js_sys::{Object, Reflect};
use model::captions::Lang;
use model::views::framework;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let _ = reply_to.post_message(&answer(&ev.data()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

/// The framework `text` holds for `op`, drawn in `lang`, or why it cannot be.
fn draw(op: &str, text: &str, lang: Lang) -> Result<Drawing, String> {
    let doc = match op {
        "load" => model::io::json::read(text).map_err(|e| e.in_file("framework"))?,
        "share" => model::io::share::decode(text).map_err(|e| e.to_string())?,
        other => return Err(format!("unknown operation {other}")),
    };
    let cat = embed::today::catalogue();
    let scene = framework::scene_in(cat, &doc, &Default::default(), lang);
    Ok(Drawing::of(&scene))
}

/// The reply to one request.
fn answer(request: &JsValue) -> JsValue {
    let get = |k: &str| Reflect::get(request, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let lang = match get("lang").as_string().as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    };
    let op = get("op").as_string().unwrap_or_default();
    let text = get("text").as_string().unwrap_or_default();
    let reply = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&reply, &k.into(), v);
    };
    set("seq", &get("seq"));
    match draw(&op, &text, lang) {
        Ok(d) => {
            set("ok", &JsValue::TRUE);
            set("drawing", &d.to_js());
        }
        Err(e) => {
            set("ok", &JsValue::FALSE);
            set("error", &e.into());
        }
    }
    reply.into()
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_framework_is_drawn_and_a_broken_one_is_named() {
        let json = r#"{"schema": "khung/framework@1", "title": "Khung xã mẫu", "kind": "commune",
            "components": [{"id": "a", "name": "Cổng thông tin xã", "layer": 4}]}"#;
        let d = draw("load", json, Lang::En).unwrap();
        assert_eq!(d.title, "Khung xã mẫu");
        assert!(d.svg.contains("Cổng thông tin xã") && d.svg.contains("Layer 4"));
        assert_eq!(d.boxes.len(), 1);
        let doc = model::io::json::read(json).unwrap();
        let shared = draw("share", &model::io::share::encode(&doc), Lang::Vi).unwrap();
        assert_eq!(shared.svg, draw("load", json, Lang::Vi).unwrap().svg);
        assert!(draw("load", "{", Lang::Vi)
            .unwrap_err()
            .contains("framework"));
        assert!(draw("share", "!!", Lang::Vi).is_err());
    }
}
