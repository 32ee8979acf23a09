//! A framework's saved versions in localStorage, beside the framework itself (key
//! `khung.versions.<id>`), written in the framework JSON format with its optional `history`,
//! so they are read back by the same checked reader as an imported file.

use model::document::Document;
use model::io::json;
use model::versions::Version;

const PREFIX: &str = "khung.versions.";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| "Trình duyệt không cho phép lưu cục bộ (localStorage).".to_owned())
}

/// The versions of framework `id`, oldest first. Damaged storage reads as none, reported.
pub(crate) fn list(id: &str) -> Result<Vec<Version>, String> {
    let Some(text) = storage()?.get_item(&format!("{PREFIX}{id}")).ok().flatten() else {
        return Ok(Vec::new());
    };
    json::read_with_history(&text)
        .map(|(_, versions)| versions)
        .map_err(|e| e.in_file("localStorage (phiên bản)"))
}

/// Replaces the versions of framework `id`; `latest` is the framework they belong to.
pub(crate) fn save(id: &str, latest: &Document, versions: &[Version]) -> Result<(), String> {
    storage()?
        .set_item(
            &format!("{PREFIX}{id}"),
            &json::write_with_history(latest, versions),
        )
        .map_err(|_| {
            crate::i18n::t("Không lưu được phiên bản: bộ nhớ cục bộ của trình duyệt đã đầy.")
        })
}

/// The time now as ISO 8601, to the second.
pub(crate) fn now() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    format!("{}Z", iso.chars().take(19).collect::<String>())
}

/// An ISO 8601 time as a reader sees it: `2026-11-29 16:40`.
pub(crate) fn shown(iso: &str) -> String {
    iso.chars().take(16).collect::<String>().replace('T', " ")
}

/// Keeps the versions an imported framework JSON carries in its optional `history`, under the
/// new framework's id `id`. Anything else (CSV, SVG, JSON without history) carries none.
pub(crate) fn keep_imported(id: &str, doc: &Document, bytes: &[u8]) -> Result<usize, String> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let versions = std::str::from_utf8(body)
        .ok()
        .filter(|t| t.trim_start().starts_with('{'))
        .and_then(|t| json::read_with_history(t).ok())
        .map(|(_, v)| v)
        .unwrap_or_default();
    if !versions.is_empty() {
        save(id, doc, &versions)?;
    }
    Ok(versions.len())
}
