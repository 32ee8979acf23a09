//! The `extras` worker: Khung's on-demand features, run in a Web Worker in a wasm module of
//! their own, so the app's first load carries none of their code (docx-rs, zip, the report).
//!
//! Protocol (structured-clone messages): once its handler is set, the worker posts
//! `{ready: true}`; the app then posts `{id, op, …fields}` and gets `{id, ok: true, bytes}`
//! (a `Uint8Array`) or `{id, ok: false, error}` (a Vietnamese message). [`ops`] lists the
//! operations; adding one is adding a row there.

mod ops;

use js_sys::{Object, Reflect, Uint8Array};
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

/// The reply to one request.
fn answer(request: &JsValue) -> JsValue {
    let reply = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&reply, &k.into(), v);
    };
    set(
        "id",
        &Reflect::get(request, &"id".into()).unwrap_or(JsValue::NULL),
    );
    let op = Reflect::get(request, &"op".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    match ops::run(&op, &Request(request)) {
        Ok(bytes) => {
            set("ok", &JsValue::TRUE);
            set("bytes", &Uint8Array::from(bytes.as_slice()).into());
        }
        Err(e) => {
            set("ok", &JsValue::FALSE);
            set("error", &e.into());
        }
    }
    reply.into()
}

/// A request's fields.
pub(crate) struct Request<'a>(&'a JsValue);

impl Request<'_> {
    fn get(&self, key: &str) -> Option<JsValue> {
        Reflect::get(self.0, &key.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// A text field; its absence is the app's bug, named in the message.
    pub(crate) fn text(&self, key: &str) -> Result<String, String> {
        self.get(key)
            .and_then(|v| v.as_string())
            .ok_or_else(|| format!("yêu cầu thiếu trường «{key}»"))
    }

    /// A byte field (`Uint8Array`), if present.
    pub(crate) fn bytes(&self, key: &str) -> Option<Vec<u8>> {
        self.get(key)
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
            .map(|a| a.to_vec())
    }
}
