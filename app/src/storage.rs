//! The user's frameworks in localStorage: an index of entries and one JSON document per
//! framework, in the same canonical format as the JSON export. A failed write (a full
//! localStorage, private browsing) is reported and never loses the open work, which stays in
//! memory until the user exports it.
//!
//! Access goes through gloo-storage, behind a check that localStorage may be used at all:
//! gloo throws where the browser denies it (a sandboxed frame, storage blocked by policy), and
//! that must read as "cannot save" rather than stop the app.

use gloo::storage::{LocalStorage, Storage};
use model::document::Document;
use model::io::json;

const INDEX: &str = "khung.frameworks";
const DOC_PREFIX: &str = "khung.fw.";

/// One saved framework.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Entry {
    /// Storage id.
    pub(crate) id: String,
    /// Title, for the list.
    pub(crate) title: String,
    /// When last saved (ISO 8601).
    pub(crate) updated: String,
    /// The agency, for telling apart frameworks of the same title.
    #[serde(default)]
    pub(crate) agency: String,
    /// How many components it holds.
    #[serde(default)]
    pub(crate) components: usize,
}

/// Whether localStorage may be used here; gloo's calls throw where it may not.
pub(crate) fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

fn storage() -> Result<web_sys::Storage, String> {
    if available() {
        Ok(LocalStorage::raw())
    } else {
        // Not translated here: the language itself is read through this function.
        Err("Trình duyệt không cho phép lưu cục bộ (localStorage).".to_owned())
    }
}

/// The text stored under `key`, if any (and if storage may be used).
pub(crate) fn get_text(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; false if the browser refused.
pub(crate) fn set_text(key: &str, value: &str) -> bool {
    storage().is_ok_and(|s| s.set_item(key, value).is_ok())
}

/// The saved frameworks, newest first. A damaged index reads as empty rather than failing.
pub(crate) fn list() -> Vec<Entry> {
    if !available() {
        return Vec::new();
    }
    let mut v: Vec<Entry> = LocalStorage::get(INDEX).unwrap_or_default();
    model::sort::sort_by(&mut v, |a, b| b.updated.cmp(&a.updated));
    v
}

fn write_index(entries: &[Entry]) -> Result<(), String> {
    storage()?;
    LocalStorage::set(INDEX, entries).map_err(|_| full())
}

fn full() -> String {
    crate::i18n::t("Không lưu được vào trình duyệt: bộ nhớ cục bộ đã đầy. Khung đang mở vẫn còn nguyên; hãy xuất JSON (Ctrl+S) để giữ bản sao, rồi xóa bớt khung cũ trong \"Khung của tôi\".")
}

fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new storage id.
pub(crate) fn new_id() -> String {
    format!(
        "{:x}{:04x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 65535.0) as u32
    )
}

/// Saves `doc` under `id`, updating the index.
pub(crate) fn save(id: &str, doc: &Document) -> Result<(), String> {
    let s = storage()?;
    s.set_item(&format!("{DOC_PREFIX}{id}"), &json::write(doc))
        .map_err(|_| full())?;
    let mut entries = list();
    entries.retain(|e| e.id != id);
    entries.push(Entry {
        id: id.to_owned(),
        title: doc.title.clone(),
        updated: now(),
        agency: doc.agency.clone(),
        components: doc.components.len(),
    });
    write_index(&entries)
}

/// Loads the framework saved under `id`.
pub(crate) fn load(id: &str) -> Result<Document, String> {
    let text = storage()?
        .get_item(&format!("{DOC_PREFIX}{id}"))
        .ok()
        .flatten()
        .ok_or_else(|| "Không tìm thấy khung này trong trình duyệt.".to_owned())?;
    json::read(&text).map_err(|e| e.in_file("localStorage"))
}

/// Deletes the framework saved under `id`.
pub(crate) fn delete(id: &str) -> Result<(), String> {
    storage()?;
    LocalStorage::delete(format!("{DOC_PREFIX}{id}"));
    let mut entries = list();
    entries.retain(|e| e.id != id);
    write_index(&entries)
}
