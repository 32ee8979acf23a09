//! The app's three pages, one binary built three ways (see the features in `Cargo.toml`):
//! `index.html` shows every read-only view, `editor.html` adds the framework editor, and
//! `embed.html` shows one view for a portal. This module moves the user between them.
//! `static/entry-redirect.js` does the same for links opened from outside, before any wasm is
//! fetched.
//!
//! What the user set on one page and the editor needs travels in the tab's sessionStorage, read
//! once by the editor page: the day chosen on the roadmap (the findings hold on it) and a
//! request to start a new framework (the first visit's path).

use crate::context::View;
use gloo::storage::{SessionStorage, Storage};
use model::catalogue::Date;

const START_NEW: &str = "khung.handover.start-new";
const AS_OF: &str = "khung.handover.as-of";

/// Opens the editor: editor.html, in place of this page in the history, so that Back returns
/// to the view the user came from. `start_new` opens the new framework dialog there; `as_of`
/// is the day the user chose on the roadmap.
pub(crate) fn open_editor(start_new: bool, as_of: Date) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    // A browser that refuses storage opens the editor on today, without the dialog.
    if start_new {
        let _ = SessionStorage::set(START_NEW, true);
    }
    if as_of != crate::today::today() {
        let _ = SessionStorage::set(AS_OF, as_of.to_string());
    }
    let path = location.pathname().unwrap_or_default();
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let _ = location.replace(&format!("{dir}editor.html{}", View::Editor.hash()));
}

/// Whether the page that opened the editor asked for a new framework (asked once).
pub(crate) fn take_start_new() -> bool {
    let asked = SessionStorage::get::<bool>(START_NEW).unwrap_or(false);
    SessionStorage::delete(START_NEW);
    asked
}

/// The day the page that opened the editor had chosen on the roadmap, if not today (asked once).
pub(crate) fn take_as_of() -> Option<Date> {
    let day = SessionStorage::get::<String>(AS_OF).ok();
    SessionStorage::delete(AS_OF);
    day.as_deref().and_then(Date::parse)
}
