//! On-demand features: the `extras` crate, a second wasm module that Trunk builds as a worker
//! (`data-type="worker"` in editor.html) and that is fetched, compiled and started only the first
//! time a user asks for one of its operations (the framework report, the CSV and ArchiMate
//! exports, reading a CSV or SVG file; see `worker_io.rs`). The first load of the
//! app carries none of its code; later requests reuse the running worker, and the work runs off
//! the main thread, so the editor stays responsive while a report is written.
//!
//! See `extras/src/main.rs` for the message protocol.

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The worker's loader, written by Trunk next to index.html (workers keep unhashed names).
const LOADER: &str = "./extras_loader.js";

/// The running worker and the requests waiting for their answer.
struct Extras {
    worker: web_sys::Worker,
    /// Settles when the worker has set its message handler (or failed to start).
    ready: Promise,
    waiting: RefCell<HashMap<u32, (Function, Function)>>,
    next: Cell<u32>,
}

thread_local! {
    static EXTRAS: RefCell<Option<Rc<Extras>>> = const { RefCell::new(None) };
}

/// Runs `op` in the worker with `fields` and returns the bytes it answers. Starts the worker
/// on first use; a worker that failed to start is dropped, so the next call tries again.
pub(crate) async fn call(op: &str, fields: &[(&str, JsValue)]) -> Result<Vec<u8>, String> {
    let extras = running()?;
    if JsFuture::from(extras.ready.clone()).await.is_err() {
        EXTRAS.with(|e| e.borrow_mut().take());
        extras.worker.terminate();
        return Err(
            "Không tải được mô-đun xuất, nhập và báo cáo (extras); hãy tải lại trang và thử lại."
                .into(),
        );
    }
    let id = extras.next.get();
    extras.next.set(id.wrapping_add(1));
    let request = Object::new();
    let set = |k: &str, v: &JsValue| Reflect::set(&request, &k.into(), v).map(|_| ());
    let built = set("id", &id.into())
        .and_then(|()| set("op", &op.into()))
        .and_then(|()| fields.iter().try_for_each(|(k, v)| set(k, v)));
    built.map_err(|_| "Không tạo được yêu cầu.".to_owned())?;
    let answer = Promise::new(&mut |resolve, reject| {
        extras.waiting.borrow_mut().insert(id, (resolve, reject));
    });
    extras
        .worker
        .post_message(&request)
        .map_err(|_| "Không gửi được yêu cầu tới mô-đun xuất, nhập và báo cáo.".to_owned())?;
    let reply = JsFuture::from(answer)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "Lỗi không rõ.".into()))?;
    let bytes = Reflect::get(&reply, &"bytes".into())
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .ok_or("Mô-đun xuất, nhập và báo cáo trả lời không đúng dạng.")?;
    Ok(bytes.to_vec())
}

/// The worker, started if it is not running.
fn running() -> Result<Rc<Extras>, String> {
    if let Some(e) = EXTRAS.with(|e| e.borrow().clone()) {
        return Ok(e);
    }
    let worker = web_sys::Worker::new(LOADER)
        .map_err(|_| "Trình duyệt không chạy được Web Worker.".to_owned())?;
    let mut settle: Option<(Function, Function)> = None;
    let ready = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve_ready, reject_ready) = settle.ok_or("Promise")?;
    let extras = Rc::new(Extras {
        worker,
        ready,
        waiting: RefCell::new(HashMap::new()),
        next: Cell::new(1),
    });
    let weak = Rc::downgrade(&extras);
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let field = |k: &str| Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            if field("ready").is_truthy() {
                let _ = resolve_ready.call0(&JsValue::NULL);
                return;
            }
            let Some(extras) = weak.upgrade() else { return };
            let id = field("id").as_f64().unwrap_or(-1.0) as u32;
            let Some((resolve, reject)) = extras.waiting.borrow_mut().remove(&id) else {
                return;
            };
            if field("ok").is_truthy() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            } else {
                let _ = reject.call1(&JsValue::NULL, &field("error"));
            }
        });
    let weak = Rc::downgrade(&extras);
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        // A worker that fails to load or panics: everything waiting fails with a message.
        let _ = reject_ready.call0(&JsValue::NULL);
        if let Some(extras) = weak.upgrade() {
            extras.worker.terminate();
            for (_, (_, reject)) in extras.waiting.borrow_mut().drain() {
                let _ = reject.call1(
                    &JsValue::NULL,
                    &"Mô-đun xuất, nhập và báo cáo gặp lỗi; hãy thử lại.".into(),
                );
            }
        }
        EXTRAS.with(|e| e.borrow_mut().take());
    });
    extras
        .worker
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    extras
        .worker
        .set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    EXTRAS.with(|e| *e.borrow_mut() = Some(extras.clone()));
    Ok(extras)
}
