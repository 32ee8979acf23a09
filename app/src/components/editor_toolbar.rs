//! The editor's toolbar: new and saved frameworks, undo and redo, auto-layout, connect, delete,
//! import and export.

use crate::browser_io;
use crate::components::editor::{delete_selection, export_json, run};
use crate::components::my_frameworks::MyFrameworks;
use crate::components::new_framework::NewFramework;
use crate::context::{Autosave, Editor, Notice, SaveStatus, Selection};
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
}

/// The toolbar above the editor's diagram.
#[component]
pub(crate) fn EditorToolbar() -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let autosave: Autosave = expect_context();
    let dialog = RwSignal::new(Dialog::None);
    let label = RwSignal::new(String::new());
    let both = RwSignal::new(false);

    let can_undo = move || editor.history.with(|h| h.can_undo());
    let can_redo = move || editor.history.with(|h| h.can_redo());
    let two = move || selection.0.with(|s| s.len() == 2);

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
            // The CSV and SVG readers live in the module loaded on demand (crate::on_demand).
            let args = [
                name.as_str().into(),
                js_sys::Uint8Array::from(&bytes[..]).into(),
                kind.as_str().into(),
                agency.as_str().into(),
            ];
            let read = crate::on_demand::call_text("read_file", &args)
                .await
                .and_then(|json| model::io::json::read(&json).map_err(|e| e.in_file(&name)));
            match read {
                Ok(doc) => {
                    let id = crate::storage::new_id();
                    let title = doc.title.clone();
                    crate::editor_state::open(editor, doc, id);
                    selection.only(None);
                    notice.info(format!(
                        "{name} → «{title}»: {}. {}",
                        t("Đã nhập thành khung mới"),
                        t("Khung trước vẫn còn trong \"Khung của tôi\".")
                    ));
                }
                // The open framework is not touched.
                Err(e) => notice.error(format!("{}: {}", t("Không nhập được"), e)),
            }
        });
    };

    view! {
        <div class="editor-tools" role="toolbar" aria-label=move || t("Công cụ biên tập")>
            <button on:click=move |_| dialog.set(Dialog::New)>{move || t("Khung mới…")}</button>
            <button on:click=move |_| { autosave.flush.run(()); dialog.set(Dialog::Mine) }>{move || t("Khung của tôi…")}</button>
            <span class="sep"></span>
            <button on:click=move |_| editor.history.update(|h| { h.undo(); }) disabled=move || !can_undo() title=move || t("Hoàn tác (Ctrl+Z)")>{move || t("↶ Hoàn tác")}</button>
            <button on:click=move |_| editor.history.update(|h| { h.redo(); }) disabled=move || !can_redo() title=move || t("Làm lại (Ctrl+Y)")>{move || t("↷ Làm lại")}</button>
            <button on:click=move |_| { run(editor, notice, Command::AutoLayout); } title=move || t("Bỏ vị trí kéo tay, sắp xếp lại tự động")>{move || t("Tự sắp xếp")}</button>
            <span class="sep"></span>
            <input class="connect-label" placeholder=move || t("Nhãn kết nối") aria-label=move || t("Nhãn kết nối") prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
            <label class="inline"><input type="checkbox" prop:checked=both on:change=move |ev| both.set(event_target_checked(&ev)) />{move || t("Hai chiều")}</label>
            <button on:click=connect disabled=move || !two() title=move || t("Chọn hai thành phần (Shift+nhấp), rồi kết nối")>{move || t("Kết nối")}</button>
            <button on:click=disconnect disabled=move || !two() title=move || t("Xóa kết nối giữa hai thành phần đã chọn")>{move || t("Bỏ kết nối")}</button>
            <button on:click=move |_| delete_selection(editor, notice, selection) disabled=move || selection.0.with(|s| s.is_empty()) title=move || t("Xóa (Delete)")>{move || t("Xóa")}</button>
            <span class="sep"></span>
            <label class="file-button">
                {move || t("Nhập tệp…")}
                <input type="file" accept=".json,.csv,.svg,application/json,text/csv,image/svg+xml" on:change=import aria-label=move || t("Nhập khung từ tệp JSON, CSV hoặc SVG do Khung xuất") />
            </label>
            <button on:click=move |_| export_json(editor, notice) title=move || t("Xuất JSON (Ctrl+S)")>{move || t("Xuất JSON")}</button>
            <span class="save-status" class:failed=move || autosave.status.with(|s| *s == SaveStatus::Failed) role="status" aria-live="polite">
                {move || autosave.status.with(|s| match s {
                    SaveStatus::Idle => String::new(),
                    SaveStatus::Pending => t("Đang lưu…"),
                    SaveStatus::Saved(at) => format!("{} {at}", t("Đã lưu trong trình duyệt lúc")),
                    SaveStatus::Failed => t("Chưa lưu được"),
                })}
            </span>
        </div>
        <Show when=move || dialog.get() == Dialog::New>
            <NewFramework on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
        <Show when=move || dialog.get() == Dialog::Mine>
            <MyFrameworks on_close=Callback::new(move |_| dialog.set(Dialog::None)) />
        </Show>
    }
}
