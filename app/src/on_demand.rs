//! Loads code on demand: the second wasm module built from `src/bin/ondemand.rs`
//! (`ondemand.js` and `ondemand_bg.wasm` beside the page), imported the first time a rarely used
//! feature calls it and kept for the rest of the session, so that no page's first load carries
//! it. A dynamic `import()` of a same-origin module is allowed by the page's CSP (no inline or
//! eval'd script is involved).

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    fn import_module(url: &str) -> js_sys::Promise;
}

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The module's exports, imported and initialised on first use.
async fn module() -> Result<JsValue, String> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let fail = |e: JsValue| {
        format!(
            "Không tải được phần mở rộng (ondemand.js): {}",
            e.as_string()
                .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
                .unwrap_or_default()
        )
    };
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base("ondemand.js", &base)
        .map_err(fail)?
        .href();
    let m = JsFuture::from(import_module(&url)).await.map_err(fail)?;
    let init: js_sys::Function = js_sys::Reflect::get(&m, &"default".into())
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| fail("no init".into()))?;
    let started: js_sys::Promise = init
        .call0(&JsValue::NULL)
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| fail("init".into()))?;
    JsFuture::from(started).await.map_err(fail)?;
    MODULE.with(|cell| *cell.borrow_mut() = Some(m.clone()));
    Ok(m)
}

/// Calls the on-demand module's function `name` with `args`; an error it throws comes back as
/// its message.
pub(crate) async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let m = module().await?;
    let f: js_sys::Function = js_sys::Reflect::get(&m, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("ondemand.js has no function {name}"))?;
    f.apply(&JsValue::NULL, &args.iter().collect())
        .map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// [`call`] for a function that returns text.
pub(crate) async fn call_text(name: &str, args: &[JsValue]) -> Result<String, String> {
    call(name, args)
        .await?
        .as_string()
        .ok_or_else(|| format!("ondemand.js {name} returned no text"))
}
