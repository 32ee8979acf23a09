//! "New framework": asks for the kind of agency and the agency, then starts from that kind's
//! reference architecture with its national shared components linked to the catalogue.

use crate::context::{Editor, Selection};
use crate::i18n::t;
use crate::{editor_state, storage};
use leptos::prelude::*;
use model::document::Kind;
use model::{compose, Catalogue};

/// The agencies to suggest for `kind`.
fn suggestions(kind: Kind) -> Vec<String> {
    let wanted: &[&str] = match kind {
        Kind::Province | Kind::Commune => &["province"],
        Kind::Ministry => &["ministry", "ministry_level", "government_agency"],
        _ => &["central"],
    };
    Catalogue::get()
        .agencies
        .iter()
        .filter(|a| wanted.contains(&a.kind.as_str()))
        .map(|a| a.name.clone())
        .collect()
}

/// The dialog.
#[component]
pub(crate) fn NewFramework(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let selection: Selection = expect_context();
    let kind = RwSignal::new(Kind::Province);
    let agency = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let doc = compose::from_reference(
            Catalogue::get(),
            kind.get_untracked(),
            &model::text::nfc(&agency.get_untracked()),
        );
        editor_state::open(editor, doc, storage::new_id());
        selection.only(None);
        on_close.run(());
    };
    let kinds = Kind::ALL
        .iter()
        .map(|k| view! { <option value=k.as_str() selected=*k == Kind::Province>{k.label()}</option> })
        .collect_view();
    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())></div>
        <form class="dialog new-framework" role="dialog" aria-modal="true" aria-labelledby="new-title" on:submit=create
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) }>
            <h2 id="new-title">{move || t("Khung mới")}</h2>
            <p class="hint">{move || t("Khung mới bắt đầu từ khung tham chiếu của loại cơ quan (3090/QĐ-BKHCN, Phụ lục I); các thành phần dùng chung quốc gia đã được liên kết với danh mục nền tảng.")}</p>
            <label>
                {move || t("Loại cơ quan")}
                <select name="kind" on:change=move |ev| {
                    if let Some(k) = Kind::parse(&event_target_value(&ev)) {
                        kind.set(k);
                    }
                }>{kinds}</select>
            </label>
            <label>
                {move || t("Cơ quan")}
                <input name="agency" list="agency-list" autocomplete="off" placeholder=move || t("Chọn hoặc nhập tên cơ quan")
                    prop:value=agency on:input=move |ev| agency.set(event_target_value(&ev)) autofocus />
            </label>
            <datalist id="agency-list">
                {move || suggestions(kind.get()).into_iter().map(|a| view! { <option value=a></option> }).collect_view()}
            </datalist>
            <div class="dialog-actions">
                <button type="submit" class="primary">{move || t("Tạo khung")}</button>
                <button type="button" on:click=move |_| on_close.run(())>{move || t("Hủy")}</button>
            </div>
        </form>
    }
}
