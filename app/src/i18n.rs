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

/// The language signal, created on first use from the remembered choice.
pub(crate) fn signal() -> RwSignal<Lang> {
    LANG.with(|cell| match cell.get() {
        Some(s) => s,
        None => {
            let saved = crate::storage::get_text(KEY);
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
    crate::storage::set_text(KEY, code);
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

/// The language of a drawing's own words (layer titles, legend, title block) for the UI's.
pub(crate) fn drawing_lang() -> model::captions::Lang {
    match lang() {
        Lang::Vi => model::captions::Lang::Vi,
        Lang::En => model::captions::Lang::En,
    }
}

/// A finding's explanation in the UI's language: the rule's English text when reading in
/// English, else the Vietnamese the rule wrote.
pub(crate) fn explanation(f: &model::rules::Finding) -> String {
    match lang() {
        Lang::En => model::rules::texts::english(f, crate::today::catalogue())
            .unwrap_or_else(|| f.explanation.clone()),
        Lang::Vi => f.explanation.clone(),
    }
}

/// The first sentence of [`explanation`], for a badge's tooltip.
pub(crate) fn first_line(f: &model::rules::Finding) -> String {
    match lang() {
        Lang::En => model::rules::texts::english_first_line(f, crate::today::catalogue())
            .unwrap_or_else(|| f.first_line().to_owned()),
        Lang::Vi => f.first_line().to_owned(),
    }
}

/// An English gloss of a citation, shown beside it (which stays verbatim) when reading in
/// English.
pub(crate) fn gloss(citation: &str) -> Option<String> {
    (lang() == Lang::En)
        .then(|| model::rules::texts::gloss(citation))
        .flatten()
}

/// A KPI group's name in the UI's language, from the catalogue's English gloss.
pub(crate) fn kpi_name(id: &str, vi: String) -> String {
    match lang() {
        Lang::En => crate::today::catalogue()
            .kpis
            .iter()
            .find(|k| k.id == id && !k.name_en.is_empty())
            .map_or(vi, |k| k.name_en.clone()),
        Lang::Vi => vi,
    }
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
        "Danh mục nhiều khung…" => "Portfolio…",
        "Danh mục nhiều khung" => "Portfolio of frameworks",
        "Mở nhiều khung cùng lúc để thấy dùng lại, trùng lặp và ứng viên nền tảng dùng chung" => "Open many frameworks at once to see reuse, duplication and shared-platform candidates",
        "Mở các tệp khung (JSON)…" => "Open framework files (JSON)…",
        "Mở nhiều tệp khung JSON cùng lúc" => "Open several framework JSON files at once",
        "Đang đọc và kiểm tra…" => "Reading and checking…",
        "cơ quan" => "agencies",
        "trùng lặp" => "overlaps",
        "ứng viên nền tảng dùng chung" => "shared-platform candidates",
        "Cơ quan × nền tảng" => "Agencies × platforms",
        "Nền tảng" => "Platform",
        "Mọi nền tảng" => "All platforms",
        "Mọi loại cơ quan" => "All agency kinds",
        "Mức độ" => "Severity",
        "Mọi mức độ" => "All severities",
        "Ứng viên nền tảng dùng chung" => "Shared-platform candidates",
        "Không có năng lực nào được từ 3 cơ quan trở lên tự xây dựng." => "No capability is built by 3 or more agencies themselves.",
        "Tiêu chí" => "Criteria",
        "Phiên bản…" => "Versions…",
        "Phiên bản" => "Version",
        "Lưu, so sánh và khôi phục phiên bản" => "Save, compare and restore versions",
        "Phiên bản của khung" => "Versions of this framework",
        "Tên phiên bản, ví dụ: Bản trình thẩm định" => "Version name, e.g. Submitted for appraisal",
        "Tên phiên bản" => "Version name",
        "Lưu phiên bản" => "Save version",
        "Đã lưu phiên bản" => "Saved version",
        "Chưa có phiên bản nào. Lưu một phiên bản để so sánh về sau." => "No versions yet. Save one to compare against later.",
        "Khôi phục" => "Restore",
        "So với hiện tại" => "Compare with now",
        "Đã khôi phục phiên bản" => "Restored version",
        "Hoàn tác (Ctrl+Z) để quay lại." => "Undo (Ctrl+Z) to go back.",
        "So sánh bản cũ" => "Compare the older",
        "với bản mới" => "with the newer",
        "Hiện tại" => "Now",
        "Hai phiên bản giống nhau." => "The two versions are the same.",
        "Dời vị trí" => "Moved",
        "Khung" => "Framework",
        "Thành phần" => "Component",
        "Liên kết" => "Connection",
        "Xuất JSON kèm lịch sử" => "Export JSON with history",
        "Tệp JSON kèm các phiên bản đã lưu; bình thường \"Xuất JSON\" không kèm" => "A JSON file carrying the saved versions; plain \"Export JSON\" leaves them out",
        "Đã xuất kèm lịch sử phiên bản" => "Exported with version history",
        "Không lưu được phiên bản: bộ nhớ cục bộ của trình duyệt đã đầy." => "Could not save the version: the browser's local storage is full.",
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
        "In sơ đồ… (Ctrl+P)" => "Print diagram… (Ctrl+P)",
        "Chuyển sang" => "Move to",
        "Mã nhúng…" => "Embed code…",
        "Nhúng sơ đồ vào cổng thông tin" => "Embed the diagram in a portal",
        "Nguồn (origin) của cổng được phép điều khiển sơ đồ qua postMessage" => "Portal origins allowed to control the diagram by postMessage",
        "Mã nhúng" => "Embed code",
        "Xuất" => "Export",
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
        "Tìm: cong dich vu, VNeID, đấu thầu…" => "Search: cong dich vu, VNeID, dau thau…",
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
        "Đang lập báo cáo…" => "Writing the report…",
        "Báo cáo (Word)" => "Report (Word)",
        "In báo cáo" => "Print report",
        "Đã mở trang in báo cáo; dùng lệnh In của trình duyệt (Ctrl+P)." => "The report's print page is open; use the browser's Print command (Ctrl+P).",
        "Trình duyệt chặn thẻ mới; đã tải trang in về:" => "The browser blocked a new tab; the print page was downloaded:",
        "Đã thêm" => "Added",
        "Không nhập được" => "Could not import",
        "Đã nhập thành khung mới" => "Imported as a new framework",
        "Khung trước vẫn còn trong \"Khung của tôi\"." => "The previous framework is still in \"My frameworks\".",
        "Không lưu được vào trình duyệt: bộ nhớ cục bộ đã đầy. Khung đang mở vẫn còn nguyên; hãy xuất JSON (Ctrl+S) để giữ bản sao, rồi xóa bớt khung cũ trong \"Khung của tôi\"." => "Could not save in the browser: local storage is full. The open framework is intact; export JSON (Ctrl+S) to keep a copy, then delete old frameworks in \"My frameworks\".",
        "Thành phần dùng lại nền tảng trong danh mục 1132/QĐ-TTg" => "This component reuses a platform of the 1132/QĐ-TTg catalogue",
        "Tiếng Việt" => "Tiếng Việt",
        "Cơ quan Đảng" => "Party bodies",
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
        "Các cơ quan, tổ chức khác trong hệ thống chính trị" => "Other bodies of the political system",
        "Cấp bộ" => "Ministry level",
        "Cấp tỉnh" => "Province level",
        "Cấp xã" => "Commune level",
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
        "Đến vùng chọn" => "Zoom to selection",
        "Phóng đến vùng chọn (Shift+2)" => "Zoom to the selection (Shift+2)",
        "Tên thành phần (Enter để lưu, Esc để hủy)" => "Component name (Enter saves, Esc cancels)",
        "Kéo đến thành phần khác để kết nối" => "Drag onto another component to connect",
        "Thả đầu nối lên một thành phần khác để kết nối hai thành phần." => "Drop the handle on another component to connect the two.",
        "Thành phần của cơ quan" => "The agency's own component",
        "Lớp của thành phần mới" => "Layer of the new component",
        "Thêm một thành phần của cơ quan rồi gõ tên ngay trên sơ đồ" => "Add an own component and type its name on the diagram",
        "+ Thành phần mới" => "+ New component",
        "✓ Đã có trong khung" => "✓ In the framework",
        "Chọn" => "Select",
        "Thành phần mới" => "New component",
        "đã có trong khung, đã chọn ô đó." => "already in the framework; its box is selected.",
        "Không có trong danh mục nền tảng:" => "Not in the platform catalogue:",
        "Hai thành phần này đã được kết nối." => "These two components are already connected.",
        "đã có trong khung; thành phần trùng đã được gộp vào ô đó." => "already in the framework; the duplicate was merged into its box.",
        "Phát hiện và KPI" => "Findings and KPIs",
        "Thuộc tính và phát hiện" => "Properties and findings",
        "dùng lại từ danh mục 1132/QĐ-TTg" => "reused from the 1132/QĐ-TTg catalogue",
        "Không có phát hiện nào về thành phần này." => "No findings about this component.",
        "Chọn một ô trên sơ đồ để xem phát hiện, thuộc tính và kết nối của nó; hoặc thêm thành phần của cơ quan dưới đây." => "Select a box on the diagram to see its findings, properties and connections, or add an own component below.",
        "thành phần đã chọn" => "components selected",
        "Chọn đúng hai thành phần để kết nối chúng bằng nút \"Kết nối\", hoặc kéo đầu nối → của một ô đến ô khác." => "Select exactly two components to connect them with \"Connect\", or drag a box's → handle onto another.",
        "Các kết nối" => "Connections",
        "Chưa có kết nối. Kéo đầu nối → ở cạnh phải của ô đến ô khác." => "No connections yet. Drag the → handle on the box's right edge onto another box.",
        "Bỏ kết nối với" => "Remove the connection with",
        "chưa đánh giá" => "not assessed",
        "Tìm trên sơ đồ" => "Find in the diagram",
        "Tìm trên sơ đồ (Enter: kết quả sau)" => "Find in the diagram (Enter: next)",
        "Không thấy" => "Not found",
        "Đóng tìm kiếm" => "Close find",
        "Kiến trúc tham chiếu" => "Reference architectures",
        "Khung được chia sẻ" => "Shared framework",
        "Bắt đầu từ đâu?" => "Where to start?",
        "Xem mô hình kiến trúc số quốc gia (4 lớp)" => "See the national digital architecture model (4 layers)",
        "Bắt đầu khung kiến trúc của cơ quan bạn" => "Start your agency's architecture framework",
        "Đóng hướng dẫn" => "Close the guide",
        "tệp quá lớn:" => "file too large:",
        "giới hạn là" => "the limit is",
        "không đọc được tệp." => "the file could not be read.",
        "(chưa ghi cơ quan)" => "(no agency)",
        "thành phần" => "components",
        "sửa lúc" => "changed",
        "đang mở" => "open",
        "Thành phần trong khung của bạn" => "Component in your framework",
        "Bảng thành phần" => "Palette",
        "Dàn ý" => "Outline",
        "phát hiện khác" => "more findings",
        "Nhập tệp" => "Import",
        "Tệp chứa khung" => "The file holds the framework",
        "khung đang mở là" => "the open framework is",
        "Nếu gộp vào khung đang mở" => "Merged into the open framework",
        "kết nối" => "connections",
        "Thay đổi" => "Changed",
        "trường ở" => "fields in",
        "phần tử" => "elements",
        "Không đổi" => "Unchanged",
        "Cần xem lại" => "To review",
        "mã" => "id",
        "trong khung đang mở là" => "in the open framework is",
        "đã thêm thành thành phần mới." => "added as a new component.",
        "nhiều thành phần trong khung đang mở cùng tên" => "several components of the open framework have this name",
        "Tệp không mang thay đổi nào cho khung đang mở." => "The file brings no change to the open framework.",
        "Gộp vào khung đang mở" => "Merge into the open framework",
        "Mở thành khung mới" => "Open as a new framework",
        "Đã gộp" => "Merged",
        "Các thao tác khác" => "More actions",
        "An ninh" => "Security",
        "Quốc phòng" => "Defence",
        "Cơ yếu" => "Cipher",
        "Pháp luật chuyên ngành" => "Sector law",
        "✕ Thu gọn" => "✕ Less",
        "⋯ Thêm" => "⋯ More",
        "Đang tải…" => "Loading…",
        "Thử lại" => "Try again",
        "Không tải được phần" => "Could not load",
        "mạng bị ngắt hoặc máy chủ không trả lời. Kiểm tra kết nối rồi thử lại." => "the network is down or the server did not answer. Check the connection and try again.",
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
