//! The editor's state across page loads: which framework was open, restored from localStorage
//! on start, and autosaved after every change.

use crate::context::{Editor, Notice};
use crate::storage;
use leptos::prelude::*;
use model::document::{Document, Kind};
use model::history::History;

const LAST_OPEN: &str = "khung.last-open";

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The editor context, reopening the framework that was open last time.
pub(crate) fn restore() -> Editor {
    let last = local().and_then(|s| s.get_item(LAST_OPEN).ok().flatten());
    let (doc, id) = match last.as_deref().map(|id| (id, storage::load(id))) {
        Some((id, Ok(doc))) => (doc, Some(id.to_owned())),
        _ => (
            Document::new("Khung kiến trúc số", Kind::Province, ""),
            None,
        ),
    };
    Editor {
        history: RwSignal::new(History::new(doc)),
        storage_id: RwSignal::new(id),
    }
}

/// Opens `doc` in the editor under storage id `id`, saving it at once.
pub(crate) fn open(editor: Editor, doc: Document, id: String) {
    editor.history.set(History::new(doc));
    editor.storage_id.set(Some(id));
}

/// Autosaves after every change. Failing to save shows a message and keeps the work in memory.
pub(crate) fn autosave(editor: Editor, notice: Notice) {
    Effect::new(move |_| {
        let Some(id) = editor.storage_id.get() else {
            return;
        };
        let result = editor.history.with(|h| storage::save(&id, h.doc()));
        match result {
            Ok(()) => {
                if let Some(s) = local() {
                    let _ = s.set_item(LAST_OPEN, &id);
                }
            }
            Err(e) => notice.error(e),
        }
    });
}
