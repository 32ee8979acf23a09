//! The app's three pages, one binary built three ways (see the features in `Cargo.toml`):
//! `index.html` shows every read-only view, `editor.html` adds the framework editor, and
//! `embed.html` shows one view for a portal. This module moves the user between them.
//! `static/entry-redirect.js` does the same for links opened from outside, before any wasm is
//! fetched.

use crate::context::View;

/// Opens the editor: editor.html, in place of this page in the history, so that Back returns
/// to the view the user came from.
pub(crate) fn open_editor() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let path = location.pathname().unwrap_or_default();
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let _ = location.replace(&format!("{dir}editor.html{}", View::Editor.hash()));
}
