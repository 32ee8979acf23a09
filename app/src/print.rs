//! Pictures for documents: the SVG and PNG exports and the printed page all come from
//! `model::export::sheet::picture` (the screen's own markup with the legend and title block
//! under it). Ctrl+P, and the browser's own Print command, print the diagram alone, fitted to
//! a landscape page: just before printing, the picture of the diagram on screen is put into a
//! `div.print-sheet` that the print stylesheet shows in place of the whole page.

use crate::context::AsOf;
use leptos::prelude::*;
use model::catalogue::Date;
use model::document::Document;
use model::export::sheet::{picture as sheet_picture, Picture, Sheet};
use model::scene::Scene;
use std::cell::Cell;

/// The diagram the page would print, registered by the view that shows it (its export menu),
/// with a token so that a view leaving the page clears only its own registration.
#[derive(Clone, Copy)]
pub(crate) struct Printable(StoredValue<Option<Registered>>);

/// A registration: its token, the scene, in the editor the framework, and the day the
/// findings are checked on.
type Registered = (u32, Signal<Scene>, Option<Signal<Document>>, Option<AsOf>);

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

impl Printable {
    /// Makes `scene` (of `doc`, in the editor) what the page prints, until the calling
    /// component is cleaned up.
    pub(crate) fn register(self, scene: Signal<Scene>, doc: Option<Signal<Document>>) {
        let token = NEXT.with(|n| {
            let t = n.get();
            n.set(t.wrapping_add(1));
            t
        });
        let as_of = use_context::<AsOf>();
        self.0.set_value(Some((token, scene, doc, as_of)));
        on_cleanup(move || {
            let _ = self.0.try_update_value(|p| {
                if p.as_ref().is_some_and(|p| p.0 == token) {
                    *p = None;
                }
            });
        });
    }

    /// The picture of the registered diagram, if a diagram is shown.
    fn picture(self) -> Option<Picture> {
        let (_, scene, doc, as_of) = self.0.try_get_value().flatten()?;
        let doc = match doc {
            Some(d) => Some(d.try_get_untracked()?),
            None => None,
        };
        let day = as_of.and_then(|a| a.0.try_get_untracked());
        scene.try_with_untracked(|s| picture(s, doc.as_ref(), day))
    }
}

/// `scene` ready for a document: its legend and title block (in the UI's language, dated
/// today, naming `checked_on` when the findings hold on another day) under the drawing; a
/// framework's picture also carries the framework, so that the exported SVG opens in Khung
/// again.
pub(crate) fn picture(scene: &Scene, doc: Option<&Document>, checked_on: Option<Date>) -> Picture {
    let lang = crate::i18n::drawing_lang();
    let cat = crate::today::catalogue();
    let today = crate::today::today();
    match doc {
        // Only the editor page registers a framework; index.html links no JSON writer.
        Some(d) if cfg!(feature = "editor") => {
            let mut sheet = Sheet::new(cat, &d.title, &model::export::svg::agency(d), today, lang);
            sheet.checked_on = checked_on;
            let json = model::io::json::write(d);
            sheet_picture(scene, Some(&json), &sheet)
        }
        _ => sheet_picture(scene, None, &Sheet::new(cat, &scene.title, "", today, lang)),
    }
}

/// Fills the print sheet with the diagram shown (or empties it, so that a page without a
/// diagram prints as it is); returns whether there is a diagram to print.
fn fill(printable: Printable) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else { return false };
    let sheet = match doc.query_selector("body > .print-sheet").ok().flatten() {
        Some(s) => s,
        None => {
            let Ok(s) = doc.create_element("div") else {
                return false;
            };
            s.set_class_name("print-sheet");
            let _ = s.set_attribute("aria-hidden", "true");
            let _ = body.append_child(&s);
            s
        }
    };
    match printable.picture() {
        Some(p) => {
            sheet.set_inner_html(&p.svg);
            true
        }
        None => {
            sheet.set_inner_html("");
            false
        }
    }
}

/// Provides [`Printable`] and prints the diagram on Ctrl+P and before the browser prints.
pub(crate) fn provide() {
    let printable = Printable(StoredValue::new(None));
    provide_context(printable);
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let ctrl = ev.ctrl_key() || ev.meta_key();
        if ctrl && !ev.shift_key() && !ev.alt_key() && ev.key().to_lowercase() == "p" {
            // Without a diagram, the browser prints the page as usual.
            if fill(printable) {
                ev.prevent_default();
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        }
    });
    // The browser's own Print command (menu, toolbar) gets the same page.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        fill(printable);
    });
    on_cleanup(move || {
        keys.remove();
        before.remove();
    });
}

/// Prints the diagram now (the export menu's "In…").
pub(crate) fn print_now(printable: Printable) {
    if fill(printable) {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }
}
