//! The page's side of the framework worker (`src/bin/embed_frameworks.rs`): started on the
//! first framework the embed shows, sent each framework to draw, and answering with the
//! drawing or the reason it cannot be drawn. Requests made before the worker is ready wait in a
//! queue (a worker drops messages that arrive before its wasm has set its handler).

use embed::drawing::Drawing;
use js_sys::{Object, Reflect};
use model::captions::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// Trunk's loader for the worker's module, beside embed.html.
const LOADER: &str = "./embed_frameworks_loader.js";

/// The worker's answer to request `seq`, or (`seq: None`) the news that the worker failed to
/// load, which answers every request.
pub(crate) struct Reply {
    pub(crate) seq: Option<u32>,
    pub(crate) result: Result<Drawing, String>,
}

/// What a framework to draw is: a portal's framework JSON or a share link's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Json,
    Share,
}

/// The running worker.
pub(crate) struct Frameworks {
    worker: Worker,
    /// Requests waiting for the worker to be ready; `None` once it is.
    queue: Rc<RefCell<Option<Vec<JsValue>>>>,
}

impl Frameworks {
    /// Starts the worker; `on_reply` gets each answer.
    pub(crate) fn start(on_reply: impl Fn(Reply) + 'static) -> Result<Frameworks, JsValue> {
        let worker = Worker::new(LOADER)?;
        let queue: Rc<RefCell<Option<Vec<JsValue>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let on_reply = Rc::new(on_reply);
        let (w, q, reply) = (worker.clone(), queue.clone(), on_reply.clone());
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let data = ev.data();
            let get = |k: &str| Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            if get("ready").is_truthy() {
                for msg in q.borrow_mut().take().unwrap_or_default() {
                    let _ = w.post_message(&msg);
                }
                return;
            }
            let seq = get("seq").as_f64().map(|s| s as u32);
            let result = if get("ok").is_truthy() {
                Drawing::from_js(&get("drawing")).ok_or_else(|| "bad drawing".to_owned())
            } else {
                Err(get("error").as_string().unwrap_or_default())
            };
            reply(Reply { seq, result });
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            on_reply(Reply {
                seq: None,
                result: Err(String::new()),
            });
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Ok(Frameworks { worker, queue })
    }

    /// Asks for request `seq`: the framework in `text`, drawn in `lang`.
    pub(crate) fn send(&self, seq: u32, source: Source, text: &str, lang: Lang) {
        let msg = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&msg, &k.into(), &v);
        };
        set("seq", seq.into());
        set(
            "op",
            match source {
                Source::Json => "load",
                Source::Share => "share",
            }
            .into(),
        );
        set("text", text.into());
        set("lang", if lang == Lang::En { "en" } else { "vi" }.into());
        let msg: JsValue = msg.into();
        match self.queue.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(msg),
            None => {
                let _ = self.worker.post_message(&msg);
            }
        }
    }
}
