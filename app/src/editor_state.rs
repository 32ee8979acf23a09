//! The editor's state across page loads: which framework was open, restored from localStorage
//! on start, and autosaved shortly after every change.

use crate::context::{Autosave, Editor, Notice, SaveStatus};
use crate::debounce::Debounce;
use crate::storage;
use leptos::prelude::*;
use model::document::{Document, Kind};
use model::history::History;

const LAST_OPEN: &str = "khung.last-open";

/// The editor context, reopening the framework that was open last time. index.html (built
/// without the editor) only notes which one that was: reading it would put the framework file
/// reader in the first load, for a document that page shows nowhere until the search palette
/// opens ([`load_noted`]).
pub(crate) fn restore() -> Editor {
    let last = storage::get_text(LAST_OPEN);
    if !cfg!(feature = "editor") {
        return Editor {
            history: RwSignal::new(History::new(empty())),
            storage_id: RwSignal::new(last),
        };
    }
    let (doc, id) = match last.as_deref().map(|id| (id, storage::load(id))) {
        Some((id, Ok(doc))) => (doc, Some(id.to_owned())),
        _ => (empty(), None),
    };
    Editor {
        history: RwSignal::new(History::new(doc)),
        storage_id: RwSignal::new(id),
    }
}

/// The framework an editor opens on when there is none to reopen.
fn empty() -> Document {
    Document::new("Khung kiến trúc số", Kind::Province, "")
}

/// Reads the framework [`restore`] only noted (index.html), once: the search palette finds its
/// components. A framework that no longer reads leaves the palette without them. The editor
/// page read it at start, and its history (undo, unsaved changes) must stay as it is.
pub(crate) fn load_noted(editor: Editor) {
    if cfg!(feature = "editor") {
        return;
    }
    let noted = editor.storage_id.get_untracked();
    let unread = editor
        .history
        .with_untracked(|h| h.doc().components.is_empty());
    if let (Some(id), true) = (noted, unread) {
        if let Ok(doc) = storage::load(&id) {
            editor.history.set(History::new(doc));
        }
    }
}

/// Opens `doc` in the editor under storage id `id`, saving it at once.
pub(crate) fn open(editor: Editor, doc: Document, id: String) {
    editor.history.set(History::new(doc));
    editor.storage_id.set(Some(id));
}

/// How long the editor waits after the last change before it writes to localStorage: a drag
/// or a burst of undo steps is saved once, off the frame that draws it.
const SAVE_AFTER_MS: u64 = 400;

/// Autosaves every change: a short while after the last one, and at once when the page is
/// hidden or closed (`pagehide`, `visibilitychange`) or another framework is opened, so no change
/// is ever lost. Failing to save shows a message and keeps the work in memory. Returns the
/// status the toolbar shows, with a way to save at once.
pub(crate) fn autosave(editor: Editor, notice: Notice) -> Autosave {
    let status = RwSignal::new(SaveStatus::Idle);
    // The unsaved state, with the id it belongs under.
    let pending = StoredValue::new_local(None::<(String, Document)>);
    let later = Debounce::new(std::time::Duration::from_millis(SAVE_AFTER_MS));
    let flush = move || {
        later.cancel();
        if let Some((id, doc)) = pending.try_update_value(Option::take).flatten() {
            status.set(save(notice, &id, &doc));
        }
    };
    Effect::new(move |_| {
        let Some(id) = editor.storage_id.get() else {
            return;
        };
        let doc = editor.history.with(|h| h.doc().clone());
        // Another framework was opened: its predecessor's last change is saved first.
        if pending.with_value(|p| p.as_ref().is_some_and(|(old, _)| *old != id)) {
            flush();
        }
        pending.set_value(Some((id, doc)));
        status.set(SaveStatus::Pending);
        later.schedule(flush);
    });
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            flush();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
    });
    Autosave {
        status,
        flush: Callback::new(move |()| flush()),
    }
}

fn save(notice: Notice, id: &str, doc: &Document) -> SaveStatus {
    match storage::save(id, doc) {
        Ok(()) => {
            storage::set_text(LAST_OPEN, id);
            let now = js_sys::Date::new_0();
            SaveStatus::Saved(format!("{:02}:{:02}", now.get_hours(), now.get_minutes()))
        }
        Err(e) => {
            notice.error(e);
            SaveStatus::Failed
        }
    }
}
