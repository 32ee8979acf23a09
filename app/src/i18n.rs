//! The UI language: Vietnamese by default, English on request, remembered in localStorage.
//! Only the app's chrome is translated; the documents' data stays Vietnamese, as officials cite
//! it, with the catalogue's English glosses shown beside it where they exist.
//!
//! Source strings are the Vietnamese text itself, so the code reads as the UI does.

use leptos::prelude::*;
use std::cell::Cell;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

const KEY: &str = "khung.lang";

thread_local! {
    static LANG: Cell<Option<RwSignal<Lang>>> = const { Cell::new(None) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language signal, created on first use from the remembered choice.
pub(crate) fn signal() -> RwSignal<Lang> {
    LANG.with(|cell| match cell.get() {
        Some(s) => s,
        None => {
            let saved = storage().and_then(|s| s.get_item(KEY).ok().flatten());
            let s = RwSignal::new(if saved.as_deref() == Some("en") {
                Lang::En
            } else {
                Lang::Vi
            });
            cell.set(Some(s));
            s
        }
    })
}

/// Switches the language, remembers it and sets the page's `lang`.
pub(crate) fn set(lang: Lang) {
    signal().set(lang);
    let code = if lang == Lang::En { "en" } else { "vi" };
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, code);
    }
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

/// The current language (tracked when called in a reactive context).
pub(crate) fn lang() -> Lang {
    signal().get()
}

/// `vi` in the current UI language.
/// Surrounding spaces are kept, so `t("Lớp ")` works like `t("Lớp")`.
pub(crate) fn t(vi: &str) -> String {
    match lang() {
        Lang::Vi => vi.to_owned(),
        Lang::En => {
            let core = vi.trim();
            match en(core) {
                Some(e) => vi.replacen(core, e, 1),
                None => vi.to_owned(),
            }
        }
    }
}

/// The English for a Vietnamese UI string; `None` for data, which stays Vietnamese.
fn en(vi: &str) -> Option<&'static str> {
    Some(match vi {
        "Kiến trúc tổng thể quốc gia số" => "National digital architecture",
        "Bỏ qua đến nội dung chính" => "Skip to main content",
        "Đang mở trình soạn thảo…" => "Opening the editor…",
        "Sơ đồ" => "Diagrams",
        "Khung của cơ quan" => "Agency framework",
        "Mô hình quốc gia" => "National model",
        "Danh mục nền tảng" => "Platform catalogue",
        "Chi tiết" => "Details",
        "Chọn một thành phần trên sơ đồ để xem chi tiết và nguồn trích dẫn." => "Select a component on the diagram to see its details and sources.",
        "Mô tả" => "Description",
        "Liên quan" => "Related",
        "Nguồn" => "Sources",
        "Sửa lỗi nhận dạng ký tự (OCR)" => "OCR corrections",
        "Dàn ý văn bản của sơ đồ" => "Text outline of the diagram",
        "Thu phóng" => "Zoom",
        "Phóng to" => "Zoom in",
        "Phóng to (+)" => "Zoom in (+)",
        "Thu nhỏ" => "Zoom out",
        "Thu nhỏ (−)" => "Zoom out (−)",
        "Vừa màn hình" => "Fit",
        "Vừa màn hình (0)" => "Fit to screen (0)",
        "Sơ đồ: + − 0 để thu phóng, phím mũi tên để di chuyển, Tab để đến từng thành phần, Enter để chọn" => "Diagram: + − 0 to zoom, arrow keys to pan, Tab to reach each component, Enter to select",
        "Lọc nền tảng" => "Filter platforms",
        "Lớp" => "Layer",
        "Nhóm" => "Group",
        "Cơ quan chủ quản" => "Owner agency",
        "Trạng thái" => "Status",
        "Tất cả" => "All",
        "Lớp 1" => "Layer 1",
        "Lớp 2" => "Layer 2",
        "Lớp 3" => "Layer 3",
        "Lớp 4" => "Layer 4",
        "Nhóm A" => "Group A",
        "Nhóm B" => "Group B",
        "Nhóm A và B" => "Groups A and B",
        "Đang vận hành" => "Operational",
        "Chưa vận hành" => "Not yet operational",
        "đang vận hành" => "operational",
        "chưa vận hành" => "not yet operational",
        "Bỏ lọc" => "Clear filters",
        "Mọi lớp" => "All layers",
        "Mọi trạng thái" => "Any status",
        "Công cụ biên tập" => "Editing tools",
        "Khung mới…" => "New framework…",
        "Khung mới" => "New framework",
        "Khung của tôi…" => "My frameworks…",
        "Khung của tôi" => "My frameworks",
        "↶ Hoàn tác" => "↶ Undo",
        "↷ Làm lại" => "↷ Redo",
        "Hoàn tác (Ctrl+Z)" => "Undo (Ctrl+Z)",
        "Làm lại (Ctrl+Y)" => "Redo (Ctrl+Y)",
        "Tự sắp xếp" => "Auto-layout",
        "Bỏ vị trí kéo tay, sắp xếp lại tự động" => "Drop hand-placed positions and lay out again",
        "Nhãn kết nối" => "Connection label",
        "Hai chiều" => "Both ways",
        "Kết nối" => "Connect",
        "Chọn hai thành phần (Shift+nhấp), rồi kết nối" => "Select two components (Shift+click), then connect",
        "Bỏ kết nối" => "Disconnect",
        "Xóa kết nối giữa hai thành phần đã chọn" => "Delete the connections between the two selected components",
        "Xóa" => "Delete",
        "Xóa (Delete)" => "Delete (Delete)",
        "Nhập tệp…" => "Import file…",
        "Nhập khung từ tệp JSON, CSV hoặc SVG do Khung xuất" => "Import a framework from JSON, CSV or a Khung SVG",
        "Xuất JSON" => "Export JSON",
        "Xuất JSON (Ctrl+S)" => "Export JSON (Ctrl+S)",
        "Đang lưu…" => "Saving…",
        "Đã lưu trong trình duyệt lúc" => "Saved in this browser at",
        "Chưa lưu được" => "Not saved",
        "Xuất ▾" => "Export ▾",
        "Mã nhúng…" => "Embed code…",
        "Nhúng sơ đồ vào cổng thông tin" => "Embed the diagram in a portal",
        "Nguồn (origin) của cổng được phép điều khiển sơ đồ qua postMessage" => "Portal origins allowed to control the diagram by postMessage",
        "Mã nhúng" => "Embed code",
        "Sao chép" => "Copy",
        "Đóng" => "Close",
        "Đã chép mã nhúng vào bộ nhớ tạm." => "Embed code copied to the clipboard.",
        "Khung mới bắt đầu từ khung tham chiếu của loại cơ quan (3090/QĐ-BKHCN, Phụ lục I); các thành phần dùng chung quốc gia đã được liên kết với danh mục nền tảng." => "A new framework starts from the reference architecture of the agency's kind (3090/QĐ-BKHCN, Appendix I); its national shared components are already linked to the platform catalogue.",
        "Loại cơ quan" => "Kind of agency",
        "Cơ quan" => "Agency",
        "Chọn hoặc nhập tên cơ quan" => "Pick or type the agency's name",
        "Tạo khung" => "Create framework",
        "Hủy" => "Cancel",
        "Chưa có khung nào được lưu trong trình duyệt này." => "No framework is saved in this browser yet.",
        "Tên khung" => "Framework title",
        "Mở" => "Open",
        "Đổi tên" => "Rename",
        "Nhân bản" => "Duplicate",
        "Danh mục nền tảng dùng chung" => "Shared platform catalogue",
        "Tìm nền tảng" => "Search platforms",
        "Tìm: cong dich vu, VNeID, đấu thầu…" => "Search: cong dich vu, VNeID, đấu thầu…",
        "Thêm" => "Add",
        "nền tảng" => "platforms",
        "Sửa thành phần" => "Edit component",
        "Thêm thành phần của cơ quan" => "Add the agency's own component",
        "Tên" => "Name",
        "Hiện có" => "Existing",
        "Kế hoạch" => "Planned",
        "Sắp dừng" => "Retiring",
        "Mở rộng, nâng cấp" => "Expanding",
        "Có thể trùng lặp" => "Possible overlap",
        "Xác nhận trùng lặp" => "Confirm overlap",
        "Không trùng" => "Not an overlap",
        "Đơn vị chủ quản" => "Owner",
        "Năng lực (ngăn bởi ;)" => "Capabilities (separated by ;)",
        "Lưu" => "Save",
        "Thêm mới…" => "Add new…",
        "1 · Hạ tầng số" => "1 · Digital infrastructure",
        "2 · Dữ liệu, nền tảng lõi" => "2 · Data, core platforms",
        "3 · Ứng dụng, nghiệp vụ" => "3 · Applications, business",
        "4 · Kênh tương tác" => "4 · Interaction channels",
        "Sửa…" => "Edit…",
        "Sao chép (Ctrl+C)" => "Copy (Ctrl+C)",
        "Về vị trí tự động" => "Back to auto-layout",
        "Đóng thông báo" => "Dismiss",
        "Đã xuất" => "Exported",
        "Đã thêm" => "Added",
        "Không nhập được" => "Could not import",
        "Đã nhập thành khung mới" => "Imported as a new framework",
        "Khung trước vẫn còn trong \"Khung của tôi\"." => "The previous framework is still in \"My frameworks\".",
        "Không lưu được vào trình duyệt: bộ nhớ cục bộ đã đầy. Khung đang mở vẫn còn nguyên; hãy xuất JSON (Ctrl+S) để giữ bản sao, rồi xóa bớt khung cũ trong \"Khung của tôi\"." => "Could not save in the browser: local storage is full. The open framework is intact; export JSON (Ctrl+S) to keep a copy, then delete old frameworks in \"My frameworks\".",
        "Thành phần dùng lại nền tảng trong danh mục 1132/QĐ-TTg" => "This component reuses a platform of the 1132/QĐ-TTg catalogue",
        "Tiếng Việt" => "Tiếng Việt",
        "cơ quan Đảng" => "Party bodies",
        "Nguyên tắc" => "Principles",
        "Lộ trình" => "Roadmap",
        "Thuật ngữ" => "Glossary",
        "Nguyên tắc cốt lõi" => "Core principles",
        "Nguyên tắc triển khai (3090/QĐ-BKHCN II.2 h)" => "Implementation principles (3090/QĐ-BKHCN II.2 h)",
        "Yêu cầu kỹ thuật theo lớp (3090/QĐ-BKHCN II.4)" => "Technical requirements per layer (3090/QĐ-BKHCN II.4)",
        "Vận hành vào ngày" => "Operational on",
        "nền tảng đang vận hành vào ngày đã chọn" => "platforms operational on the chosen day",
        "Các giai đoạn (3090/QĐ-BKHCN III.1)" => "Phases (3090/QĐ-BKHCN III.1)",
        "Thuật ngữ viết tắt" => "Glossary of acronyms",
        "Tìm thuật ngữ" => "Search the glossary",
        "Tìm kiếm" => "Search",
        "Tìm kiếm (Ctrl+K)" => "Search (Ctrl+K)",
        "Tìm nền tảng, thành phần, cơ quan, thuật ngữ, nguyên tắc…" => "Search platforms, components, agencies, terms, principles…",
        "Nền tảng dùng chung" => "Shared platform",
        "Thành phần dùng chung quốc gia" => "National shared component",
        "Thành phần khung tham chiếu" => "Reference architecture element",
        "Quốc hội" => "National Assembly",
        "Mặt trận Tổ quốc Việt Nam" => "Fatherland Front",
        "các cơ quan, tổ chức khác trong hệ thống chính trị" => "Other bodies of the political system",
        "cấp bộ" => "Ministry level",
        "cấp tỉnh" => "Province level",
        "cấp xã" => "Commune level",
        "Viết tắt" => "Acronym",
        "Thời gian bắt đầu vận hành" => "Start of operation",
        "Năng lực" => "Capabilities",
        "Khung tham chiếu" => "Reference architecture",
        "Triển khai" => "Deployment",
        "Loại" => "Type",
        "Ghi chú" => "Note",
        "Phát hiện" => "Findings",
        "Vi phạm" => "Violation",
        "Cảnh báo" => "Warning",
        "Thông tin" => "Note",
        "Trùng lặp" => "Overlaps",
        "Kết nối nền tảng" => "Connections",
        "Tuân thủ" => "Compliance",
        "Mọi mức" => "Any severity",
        "Mọi loại" => "Any kind",
        "Không có phát hiện nào." => "No findings.",
        "Thay bằng nền tảng" => "Replace with the platform",
        "Miễn trừ…" => "Exempt…",
        "Lý do miễn trừ (bắt buộc)" => "Justification (required)",
        "Ghi nhận miễn trừ" => "Record exemption",
        "Bỏ miễn trừ" => "Remove exemption",
        "vi phạm" => "violations",
        "cảnh báo" => "warnings",
        "Tính theo ngày" => "As of",
        "Mức" => "Severity",
        "đã miễn trừ" => "exempted",
        "Vận hành" => "Goes live",
        "Đã thay bằng nền tảng" => "Replaced with platform",
        "Căn cứ (1132/QĐ-TTg Điều 2 khoản 2)" => "Ground (1132/QĐ-TTg Art. 2 cl. 2)",
        "Điểm theo nhóm KPI (3090 III.3.4)" => "Score per KPI group (3090 III.3.4)",
        _ => return None,
    })
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn english_is_remembered_and_data_stays_vietnamese() {
        set(Lang::En);
        assert_eq!(t("Khung mới…"), "New framework…");
        assert_eq!(
            t("Cổng Dịch vụ công quốc gia"),
            "Cổng Dịch vụ công quốc gia"
        );
        set(Lang::Vi);
        assert_eq!(t("Khung mới…"), "Khung mới…");
    }
}
