//! The embed's language: the portal's `?lang=`, else the reader's choice in the app (the same
//! `khung.lang` key in localStorage), else Vietnamese. The embed has no toggle of its own: a
//! portal page picks one language for its readers.
//!
//! Only the embed's few words of chrome are translated here, with the app's English for the
//! same Vietnamese (app/src/i18n.rs); the drawing's own words (layer titles, legend) follow the
//! same language through the model's captions.

use model::captions::Lang;

/// The app's localStorage key for the UI language.
const KEY: &str = "khung.lang";

/// The language for `query` (`?lang=` from the URL, if any).
pub(crate) fn choose(query: Option<&str>) -> Lang {
    let saved = || {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(KEY).ok().flatten())
    };
    let code = query.map(str::to_owned).or_else(saved);
    match code.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

/// The embed's chrome, Vietnamese then English.
const WORDS: &[(&str, &str)] = &[
    ("Thu phóng", "Zoom"),
    ("Phóng to", "Zoom in"),
    ("Phóng to (+)", "Zoom in (+)"),
    ("Thu nhỏ", "Zoom out"),
    ("Thu nhỏ (−)", "Zoom out (−)"),
    ("Vừa màn hình", "Fit"),
    ("Vừa màn hình (0)", "Fit to screen (0)"),
    ("Đến vùng chọn", "Zoom to selection"),
    ("Phóng đến vùng chọn (Shift+2)", "Zoom to the selection (Shift+2)"),
    (
        "Sơ đồ: + − 0 để thu phóng, phím mũi tên để di chuyển, Tab để đến từng thành phần, Enter để chọn",
        "Diagram: + − 0 to zoom, arrow keys to pan, Tab to reach each component, Enter to select",
    ),
    (
        "Khung · Kiến trúc tổng thể quốc gia số",
        "Khung · National digital architecture",
    ),
    (
        "Không tải được mô-đun đọc khung; hãy tải lại trang.",
        "The framework reader could not be loaded; reload the page.",
    ),
    (
        "Không đọc được khung trong liên kết:",
        "The framework in this link cannot be read:",
    ),
];

/// `vi` in `lang`: itself in Vietnamese, its English from [`WORDS`] otherwise.
pub(crate) fn t(lang: Lang, vi: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => WORDS
            .iter()
            .find(|(v, _)| *v == vi)
            .map_or(vi, |(_, en)| en),
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_portal_s_choice_wins_and_every_word_has_its_english() {
        assert_eq!(choose(Some("en")), Lang::En);
        assert_eq!(choose(Some("vi")), Lang::Vi);
        for (vi, en) in WORDS {
            assert_eq!(t(Lang::Vi, vi), *vi);
            assert_eq!(t(Lang::En, vi), *en);
        }
    }
}
