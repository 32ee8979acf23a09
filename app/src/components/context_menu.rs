//! The right-click menu on a node: edit, copy, duplicate, delete, return to auto-layout.

use crate::actions::{copy, delete_selection, paste, run, Clipboard};
use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::command::Command;

/// Where the menu opened, and on which node.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MenuAt {
    /// The node's id.
    pub(crate) id: String,
    /// Page x.
    pub(crate) x: i32,
    /// Page y.
    pub(crate) y: i32,
}

/// The menu, shown while `at` is set.
#[component]
pub(crate) fn ContextMenu(
    /// Where it is open.
    at: RwSignal<Option<MenuAt>>,
    /// Shared with the keyboard shortcuts.
    clipboard: StoredValue<Clipboard>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let close = move || at.set(None);
    move || {
        at.get().map(|m| {
            let id = m.id.clone();
            view! {
                <div class="menu-backdrop" on:click=move |_| close() on:contextmenu=move |ev| { ev.prevent_default(); close() }></div>
                <ul class="context-menu" role="menu" style=format!("left:{}px;top:{}px", m.x, m.y)
                    on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { close() }>
                    <li role="none"><button role="menuitem" autofocus on:click=move |_| {
                        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("component-name")) {
                            let _ = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el).map(|e| e.focus());
                        }
                        close();
                    }>{move || t("Sửa…")}</button></li>
                    <li role="none"><button role="menuitem" on:click=move |_| { clipboard.set_value(copy(editor, selection)); close(); }>{move || t("Sao chép (Ctrl+C)")}</button></li>
                    <li role="none"><button role="menuitem" on:click=move |_| { let c = copy(editor, selection); paste(editor, notice, selection, &c); close(); }>{move || t("Nhân bản")}</button></li>
                    <li role="none"><button role="menuitem" on:click=move |_| {
                        let ids = selection.0.get_untracked();
                        run(editor, notice, Command::MoveComponents(ids.into_iter().map(|i| (i, None)).collect()));
                        close();
                    }>{move || t("Về vị trí tự động")}</button></li>
                    <li role="none"><button role="menuitem" class="danger" on:click=move |_| { delete_selection(editor, notice, selection); close(); }>{format!("Xóa {id}")}</button></li>
                </ul>
            }
        })
    }
}
