//! Khung's read-only embed (`embed.html`): one view of the national model, the platform
//! catalogue, a reference architecture or a framework, with zoom and pan, for portals to put
//! in an iframe and drive by `postMessage` (see `messages`).
//!
//! It is a crate of its own on wasm-bindgen and web-sys, not the app without its features:
//! Leptos's reactive system and renderer were most of the embed's first load, and an embed
//! that draws one picture and answers a few messages needs neither. The drawing is the
//! model's (`layout → scene → svg`), as on the app's screen and in its exports.

mod camera;
mod config;
mod events;
mod frameworks;
mod lang;
mod messages;
mod page;
mod state;
mod view;

fn main() {
    console_error_panic_hook::set_once();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    let location = window.location();
    let cfg = config::Config::parse(&location.search().unwrap_or_default());
    let lang = lang::choose(cfg.lang.as_deref());
    if let Some(root) = doc.document_element() {
        let code = match lang {
            model::captions::Lang::En => "en",
            model::captions::Lang::Vi => "vi",
        };
        let _ = root.set_attribute("lang", code);
    }
    let els = match page::build(&doc, lang) {
        Ok(els) => els,
        Err(e) => {
            web_sys::console::error_2(&"Khung: the embed could not be built".into(), &e);
            return;
        }
    };
    let hash = location.hash().unwrap_or_default();
    let (view, selected) = view::View::from_hash(&hash, embed::today::catalogue());
    state::install(state::Embed::new(cfg, lang, els, &view, selected));
    events::bind();
}
