//! Saved versions of a framework: named snapshots a user keeps to compare against later
//! ("what changed since the version we approved?") or to go back to.
//!
//! A version is plain data, kept apart from the [`Document`] it snapshots: saving one is not an
//! edit of the framework (it is never undone), and restoring one is an ordinary edit (a
//! `Command` the app applies, so it is undone like any other). The browser keeps versions with
//! the framework in its storage; a JSON export carries them only when the user asks
//! ([`crate::io::json::write_with_history`]).

use crate::document::Document;

/// One saved version.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The name the user gave it, e.g. "Bản trình Sở KH&CN".
    pub name: String,
    /// When it was saved, as ISO 8601 (`2026-11-29T16:40:00Z`); may be empty in an imported
    /// file that does not say.
    pub saved: String,
    /// The framework as it then was.
    pub doc: Document,
}
