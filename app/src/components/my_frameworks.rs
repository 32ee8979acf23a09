//! "My frameworks": the frameworks saved in this browser, to open, duplicate, rename or delete.

use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use crate::{editor_state, storage};
use leptos::prelude::*;
use model::command::Command;

/// An ISO time as the user's local "YYYY-MM-DD HH:MM".
fn local_time(iso: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.chars().take(16).collect::<String>().replace('T', " ");
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The dialog.
#[component]
pub(crate) fn MyFrameworks(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let entries = RwSignal::new(storage::list());
    let refresh = move || entries.set(storage::list());

    let open = move |id: String| match storage::load(&id) {
        Ok(doc) => {
            editor_state::open(editor, doc, id);
            selection.only(None);
            on_close.run(());
        }
        Err(e) => notice.error(e),
    };
    let duplicate = move |id: String| match storage::load(&id) {
        Ok(mut doc) => {
            doc.title = format!("{} (bản sao)", doc.title);
            match storage::save(&storage::new_id(), &doc) {
                Ok(()) => refresh(),
                Err(e) => notice.error(e),
            }
        }
        Err(e) => notice.error(e),
    };
    let rename = move |id: String, title: String| {
        let is_open = editor.storage_id.get_untracked().as_deref() == Some(id.as_str());
        if is_open {
            let agency = editor.history.with_untracked(|h| h.doc().agency.clone());
            crate::actions::run(editor, notice, Command::SetMeta { title, agency });
        } else {
            match storage::load(&id) {
                Ok(mut doc) => {
                    let agency = doc.agency.clone();
                    if let Err(e) = doc.apply(Command::SetMeta { title, agency }) {
                        return notice.error(e.to_string());
                    }
                    if let Err(e) = storage::save(&id, &doc) {
                        notice.error(e);
                    }
                }
                Err(e) => notice.error(e),
            }
        }
        refresh();
    };
    let delete = move |id: String, title: String| {
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(&format!("Xóa khung «{title}» khỏi trình duyệt này?"))
                    .ok()
            })
            .unwrap_or(false);
        if !ok {
            return;
        }
        if editor.storage_id.get_untracked().as_deref() == Some(id.as_str()) {
            // The open framework stays open, unsaved, until the user saves or exports it.
            editor.storage_id.set(None);
        }
        if let Err(e) = storage::delete(&id) {
            notice.error(e);
        }
        refresh();
    };

    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())></div>
        <div class="dialog my-frameworks" role="dialog" aria-modal="true" aria-labelledby="mine-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) }>
            <h2 id="mine-title">{move || t("Khung của tôi")}</h2>
            <Show when=move || entries.with(|e| e.is_empty())>
                <p class="hint">{move || t("Chưa có khung nào được lưu trong trình duyệt này.")}</p>
            </Show>
            <ul class="framework-list">
                <For each=move || entries.get() key=|e| (e.id.clone(), e.title.clone(), e.updated.clone()) let:entry>
                    {
                        let (id1, id2, id3, id4) = (entry.id.clone(), entry.id.clone(), entry.id.clone(), entry.id.clone());
                        let title = RwSignal::new(entry.title.clone());
                        let shown = entry.title.clone();
                        let open_id = entry.id.clone();
                        let is_open = move || editor.storage_id.with(|s| s.as_deref() == Some(open_id.as_str()));
                        let is_open2 = is_open.clone();
                        let agency = if entry.agency.is_empty() { t("(chưa ghi cơ quan)") } else { entry.agency.clone() };
                        view! {
                            <li class:open=is_open data-id=entry.id.clone()>
                                <div class="fw-main">
                                    <input class="title" aria-label=move || t("Tên khung") prop:value=title on:input=move |ev| title.set(event_target_value(&ev)) />
                                    <span class="fw-meta">
                                        {agency}
                                        {format!(" · {} {}", entry.components, t("thành phần"))}
                                        {format!(" · {} {}", t("sửa lúc"), local_time(&entry.updated))}
                                        {move || is_open2().then(|| view! { <strong class="open-mark">{format!(" · {}", t("đang mở"))}</strong> })}
                                    </span>
                                </div>
                                <button on:click=move |_| open(id1.clone())>{move || t("Mở")}</button>
                                <button on:click=move |_| rename(id2.clone(), title.get_untracked())>{move || t("Đổi tên")}</button>
                                <button on:click=move |_| duplicate(id3.clone())>{move || t("Nhân bản")}</button>
                                <button on:click=move |_| delete(id4.clone(), shown.clone())>{move || t("Xóa")}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| on_close.run(())>{move || t("Đóng")}</button>
            </div>
        </div>
    }
}
