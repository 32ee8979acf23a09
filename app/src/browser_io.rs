//! Browser I/O: downloading a file the app made, and reading a file the user picked.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`.
pub(crate) fn download(name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(contents);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| "Không tạo được tệp để tải về.".to_owned())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "Không tạo được liên kết tải về.".to_owned())?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Không có trang.")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "Không tạo được liên kết.")?
        .dyn_into()
        .map_err(|_| "Không tạo được liên kết.")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The largest file the app reads: ten times a 1,000-row inventory with long descriptions.
/// A larger file is refused before any of it is read, so a wrong pick (a video, a disk image)
/// cannot freeze the tab.
pub(crate) const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Reads the bytes of the file the user picked, refusing one over [`MAX_FILE_BYTES`] unread.
pub(crate) async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return Err(format!(
            "{name}: {} {:.1} MB, {} {:.0} MB.",
            crate::i18n::t("tệp quá lớn:"),
            file.size() / 1024.0 / 1024.0,
            crate::i18n::t("giới hạn là"),
            MAX_FILE_BYTES / 1024.0 / 1024.0
        ));
    }
    let blob = gloo::file::Blob::from(file);
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|_| format!("{name}: {}", crate::i18n::t("không đọc được tệp.")))
}

/// A safe file name from a framework title: letters, digits and dashes only.
pub(crate) fn file_stem(title: &str) -> String {
    let folded = model::text::fold(title);
    let stem: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem: String = stem.chars().take(60).collect();
    if stem.is_empty() {
        "khung".into()
    } else {
        stem
    }
}
