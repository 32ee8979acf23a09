//! The view switcher: the user's framework, the national model, the seven reference
//! architectures (under one "Kiến trúc tham chiếu" menu), the catalogue map and the reference
//! material. On a phone it folds into one button that names the open view.

use crate::context::{CurrentView, Selection, View};
use crate::i18n::t;
use leptos::prelude::*;

/// A reference architecture's short name, capitalised as a menu item ("Cấp tỉnh", "Cơ quan
/// Đảng").
fn short_name(name: &str) -> String {
    let short = name
        .trim_start_matches("Khung kiến trúc số tham chiếu ")
        .trim_start_matches("của ");
    let mut chars = short.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The views across the top of the workspace.
#[component]
pub(crate) fn ViewTabs() -> impl IntoView {
    let CurrentView(view) = expect_context();
    let selection: Selection = expect_context();
    // On a phone: whether the folded list is open.
    let open = RwSignal::new(false);
    let menu = RwSignal::new(false);
    let go = move |v: View| {
        selection.only(None);
        view.set(v);
        open.set(false);
        menu.set(false);
    };
    let tab = move |v: View, label: String, class: &'static str| {
        let target = v.clone();
        let is_current = Memo::new(move |_| view.get() == v);
        view! {
            <button
                class=class
                data-view=target.hash()
                aria-current=move || is_current.get().then_some("page")
                class:current=move || is_current.get()
                on:click=move |_| go(target.clone())
            >
                {move || t(&label)}
            </button>
        }
    };
    let refs: Vec<(View, String)> = model::Catalogue::get()
        .reference_architectures
        .iter()
        .map(|r| (View::Reference(r.id.clone()), short_name(&r.name)))
        .collect();
    let ref_label = {
        let refs = refs.clone();
        move || match view.get() {
            View::Reference(id) => refs
                .iter()
                .find(|(v, _)| *v == View::Reference(id.clone()))
                .map(|(_, n)| format!("{}: {}", t("Kiến trúc tham chiếu"), t(n)))
                .unwrap_or_else(|| t("Kiến trúc tham chiếu")),
            _ => t("Kiến trúc tham chiếu"),
        }
    };
    let current_label = {
        let ref_label = ref_label.clone();
        move || match view.get() {
            View::Editor => t("Khung của cơ quan"),
            View::National => t("Mô hình quốc gia"),
            View::Reference(_) => ref_label(),
            View::Catalogue => t("Danh mục nền tảng"),
            View::Principles => t("Nguyên tắc"),
            View::Roadmap => t("Lộ trình"),
            View::Glossary => t("Thuật ngữ"),
            View::Shared(_) => t("Khung được chia sẻ"),
        }
    };
    let items = refs
        .into_iter()
        .map(|(v, label)| view! { <li>{tab(v, label, "tab ref-item")}</li> })
        .collect_view();
    view! {
        <nav class="tabs" class:open=open aria-label=move || t("Sơ đồ")>
            <button class="nav-toggle" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {move || format!("☰ {}", current_label())}
            </button>
            {tab(View::Editor, "Khung của cơ quan".into(), "tab")}
            {tab(View::National, "Mô hình quốc gia".into(), "tab")}
            <div class="ref-menu" on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { menu.set(false) }>
                <button
                    class="tab ref-toggle"
                    class:current=move || matches!(view.get(), View::Reference(_))
                    aria-expanded=move || menu.get().to_string()
                    aria-controls="ref-list"
                    on:click=move |_| menu.update(|m| *m = !*m)
                >
                    {ref_label}" ▾"
                </button>
                <ul id="ref-list" class="ref-list" hidden=move || !menu.get()>{items}</ul>
            </div>
            {tab(View::Catalogue, "Danh mục nền tảng".into(), "tab")}
            {tab(View::Principles, "Nguyên tắc".into(), "tab")}
            {tab(View::Roadmap, "Lộ trình".into(), "tab")}
            {tab(View::Glossary, "Thuật ngữ".into(), "tab")}
        </nav>
    }
}
