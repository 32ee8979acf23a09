//! The editor's toolbar: new and saved frameworks, undo and redo, auto-layout, connect, delete,
//! import and export.

use crate::actions::{self, delete_selection, export_json, run};
use crate::browser_io;
use crate::components::import_dialog::{ImportDialog, Pending};
use crate::components::my_frameworks::MyFrameworks;
use crate::components::new_framework::NewFramework;
use crate::components::portfolio_dialog::PortfolioDialog;
use crate::components::versions_dialog::VersionsDialog;
use crate::context::{Autosave, Editor, Notice, SaveStatus, Selection, StartNew};
use crate::i18n::t;
use leptos::prelude::*;
use model::command::Command;
use model::document::{Connection, Direction};
use wasm_bindgen::JsCast;

/// Which dialog is open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialog {
    None,
    New,
    Mine,
    Versions,
    Portfolio,
}

/// The name of a CSV file without its extension; `None` for other files, whose frameworks carry
/// their own title.
fn csv_stem(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    (ext.eq_ignore_ascii_case("csv") && !stem.trim().is_empty()).then_some(stem.trim())
}

/// The toolbar above the editor's diagram.
#[component]
pub(crate) fn EditorToolbar() -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let autosave: Autosave = expect_context();
    let dialog = RwSignal::new(Dialog::None);
    // "Start your framework" from the first-visit path opens the new-framework dialog here.
    let StartNew(start) = expect_context();
    Effect::new(move |_| {
        if start.get() {
            start.set(false);
            dialog.set(Dialog::New);
        }
    });
    // A file read, waiting for "new framework" or "merge into the open one".
    let importing = RwSignal::new_local(None::<Pending>);
    // On a phone, whether the secondary actions are shown.
    let more = RwSignal::new(false);
    let label = RwSignal::new(String::new());
    let both = RwSignal::new(false);

    let can_undo = move || editor.history.with(|h| h.can_undo());
    let can_redo = move || editor.history.with(|h| h.can_redo());
    let two = move || selection.0.with(|s| s.len() == 2);
    let empty = move || editor.history.with(|h| h.doc().components.is_empty());

    let connect = move |_| {
        let ids = selection.0.get_untracked();
        let [from, to] = ids.as_slice() else { return };
        let id = editor.history.with_untracked(|h| h.doc().fresh_id("e"));
        let direction = if both.get_untracked() {
            Direction::Both
        } else {
            Direction::Forward
        };
        let e = Connection {
            id,
            from: from.clone(),
            to: to.clone(),
            label: label.get_untracked(),
            direction,
        };
        if run(editor, notice, Command::AddConnection(e)) {
            label.set(String::new());
        }
    };
    let disconnect = move |_| {
        let ids = selection.0.get_untracked();
        let gone: Vec<String> = editor.history.with_untracked(|h| {
            h.doc()
                .connections
                .iter()
                .filter(|e| ids.contains(&e.from) && ids.contains(&e.to))
                .map(|e| e.id.clone())
                .collect()
        });
        if !gone.is_empty() {
            run(editor, notice, Command::RemoveConnections(gone));
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let (kind, agency) = editor
            .history
            .with_untracked(|h| (h.doc().kind, h.doc().agency.clone()));
        leptos::task::spawn_local(async move {
            let name = file.name();
            let bytes = match browser_io::read_file(file).await {
                Ok(b) => b,
                Err(e) => return notice.error(e),
            };
            // The CSV and SVG readers run in the on-demand worker (crate::worker_io).
            match crate::worker_io::read_file(&name, &bytes, kind, &agency).await {
                Ok(mut doc) => {
                    // An inventory carries no title: the framework is named after its file, so
                    // "Khung của tôi" tells two imports apart.
                    if let Some(stem) = csv_stem(&name) {
                        doc.title = model::text::nfc(stem);
                    }
                    // Into an empty framework there is nothing to merge: it opens as new.
                    if editor
                        .history
                        .with_untracked(|h| h.doc().components.is_empty())
                    {
                        actions::open_as_new(editor, notice, selection, &name, doc, &bytes);
                    } else {
                        importing.set(Some(Pending {
                            name,
                            doc,
                            bytes: std::rc::Rc::new(bytes),
                        }));
                    }
                }
                // The open framework is not touched.
                Err(e) => notice.error(format!("{}: {e}", t("Không nhập được"))),
            }
        });
    };

    view! {
        <div class="editor-tools" class:more-open=move || more.get() role="toolbar" aria-label=move || t("Công cụ biên tập")>
            // With nothing to edit yet, starting a framework is the main action.
            <button class="new-framework-button" class:secondary=move || !empty() on:click=move |_| dialog.set(Dialog::New)>{move || t("Khung mới…")}</button>
            <button class="secondary" on:click=move |_| { autosave.flush.run(()); dialog.set(Dialog::Mine) }>{move || t("Khung của tôi…")}</button>
            <button class="secondary versions-button" on:click=move |_| dialog.set(Dialog::Versions) title=move || t("Lưu, so sánh và khôi phục phiên bản")>{move || t("Phiên bản…")}</button>
            <button class="secondary portfolio-button" on:click=move |_| dialog.set(Dialog::Portfolio) title=move || t("Mở nhiều khung cùng lúc để thấy dùng lại, trùng lặp và ứng viên nền tảng dùng chung")>{move || t("Danh mục nhiều khung…")}</button>
            <span class="sep"></span>
            <button class="undo" on:click=move |_| editor.history.update(|h| { h.undo(); }) disabled=move || !can_undo() title=move || t("Hoàn tác (Ctrl+Z)")>{move || t("↶ Hoàn tác")}</button>
            <button class="redo" on:click=move |_| editor.history.update(|h| { h.redo(); }) disabled=move || !can_redo() title=move || t("Làm lại (Ctrl+Y)")>{move || t("↷ Làm lại")}</button>
            <button class="secondary" on:click=move |_| { run(editor, notice, Command::AutoLayout); } title=move || t("Bỏ vị trí kéo tay, sắp xếp lại tự động")>{move || t("Tự sắp xếp")}</button>
            <span class="sep"></span>
            <input class="secondary connect-label" placeholder=move || t("Nhãn kết nối") aria-label=move || t("Nhãn kết nối") prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
            <label class="secondary inline"><input type="checkbox" prop:checked=both on:change=move |ev| both.set(event_target_checked(&ev)) />{move || t("Hai chiều")}</label>
            <button class="secondary" on:click=connect disabled=move || !two() title=move || t("Chọn hai thành phần (Shift+nhấp), rồi kết nối")>{move || t("Kết nối")}</button>
            <button class="secondary" on:click=disconnect disabled=move || !two() title=move || t("Xóa kết nối giữa hai thành phần đã chọn")>{move || t("Bỏ kết nối")}</button>
            <button class="delete" on:click=move |_| delete_selection(editor, notice, selection) disabled=move || selection.0.with(|s| s.is_empty()) title=move || t("Xóa (Delete)")>{move || t("Xóa")}</button>
            <span class="sep"></span>
            <label class="secondary file-button">
                {move || t("Nhập tệp…")}
                <input type="file" accept=".json,.csv,.svg,application/json,text/csv,image/svg+xml" on:change=import aria-label=move || t("Nhập khung từ tệp JSON, CSV hoặc SVG do Khung xuất") />
            </label>
            <button class="secondary" on:click=move |_| export_json(editor, notice) title=move || t("Xuất JSON (Ctrl+S)")>{move || t("Xuất JSON")}</button>
            <span class="secondary save-status" class:failed=move || autosave.status.with(|s| *s == SaveStatus::Failed) role="status" aria-live="polite">
                {move || autosave.status.with(|s| match s {
                    SaveStatus::Idle => String::new(),
                    SaveStatus::Pending => t("Đang lưu…"),
                    SaveStatus::Saved(at) => format!("{} {at}", t("Đã lưu trong trình duyệt lúc")),
                    SaveStatus::Failed => t("Chưa lưu được"),
                })}
            </span>
            // On a phone the row holds the main actions; this shows the others below it.
            <button class="tools-more" aria-expanded=move || more.get().to_string() on:click=move |_| more.update(|m| *m = !*m) title=move || t("Các thao tác khác")>
                {move || if more.get() { t("✕ Thu gọn") } else { t("⋯ Thêm") }}
            </button>
        </div>
        <Show when=move || dialog.get() == Dialog::New>
            <NewFramework on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
        <Show when=move || dialog.get() == Dialog::Portfolio>
            <PortfolioDialog on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
        <Show when=move || dialog.get() == Dialog::Versions>
            <VersionsDialog on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
        {move || importing.get().map(|pending| view! {
            <ImportDialog pending=pending on_close=Callback::new(move |_| importing.set(None)) />
        })}
        <Show when=move || dialog.get() == Dialog::Mine>
            <MyFrameworks on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::csv_stem;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn an_inventory_is_named_after_its_file() {
        assert_eq!(
            csv_stem("Kiểm kê Lâm Đồng 2025.CSV"),
            Some("Kiểm kê Lâm Đồng 2025")
        );
        assert_eq!(csv_stem("khung.json"), None);
        assert_eq!(csv_stem(".csv"), None);
    }
}
