//! The file exports and imports the `extras` worker does for the app (see `extras/src/ops.rs`):
//! the CSV inventory with its findings column, the ArchiMate exchange file, and reading a file
//! the user picked (framework JSON, Khung's SVG, CSV inventory). Their writers and readers
//! (csv, quick-xml) are not in the app's wasm; a framework crosses to the worker and back as
//! its canonical JSON.

#[cfg(feature = "editor")]
use model::catalogue::Date;
use model::document::{Document, Kind};
use wasm_bindgen::JsValue;

/// The CSV inventory of `doc`, its findings column as of `day`.
#[cfg(feature = "editor")]
pub(crate) async fn csv(doc: &Document, day: Date) -> Result<Vec<u8>, String> {
    let fields = [
        ("framework", model::io::json::write(doc).into()),
        ("day", day.to_string().into()),
    ];
    crate::extras::call("export.csv", &fields).await
}

/// The ArchiMate Open Exchange file of `doc`, platforms' state as of today.
#[cfg(feature = "editor")]
pub(crate) async fn archimate(doc: &Document) -> Result<Vec<u8>, String> {
    let fields = [
        ("framework", model::io::json::write(doc).into()),
        ("today", crate::today::today().to_string().into()),
    ];
    crate::extras::call("export.archimate", &fields).await
}

/// The framework in the file `name` holding `bytes`; a CSV inventory is read as the framework
/// of an agency of `kind` named `agency`. The error names the file, line and field.
pub(crate) async fn read_file(
    name: &str,
    bytes: &[u8],
    kind: Kind,
    agency: &str,
) -> Result<Document, String> {
    let fields: [(&str, JsValue); 4] = [
        ("name", name.into()),
        ("bytes", js_sys::Uint8Array::from(bytes).into()),
        ("kind", kind.as_str().into()),
        ("agency", agency.into()),
    ];
    let json = crate::extras::call("read", &fields).await?;
    let json = String::from_utf8(json).map_err(|_| "Mô-đun đọc tệp trả lời không đúng dạng.")?;
    model::io::json::read(&json).map_err(|e| e.in_file(name))
}
