//! The view switcher: the national model, the seven reference architectures and the catalogue map.

use crate::context::{CurrentView, Selection, View};
use crate::i18n::t;
use leptos::prelude::*;

/// Tabs across the top of the workspace.
#[component]
pub(crate) fn ViewTabs() -> impl IntoView {
    let CurrentView(view) = expect_context();
    let selection: Selection = expect_context();
    let mut tabs: Vec<(View, String)> = vec![
        (View::Editor, "Khung của cơ quan".into()),
        (View::National, "Mô hình quốc gia".into()),
    ];
    for r in &model::Catalogue::get().reference_architectures {
        let short = r
            .name
            .trim_start_matches("Khung kiến trúc số tham chiếu ")
            .trim_start_matches("của ")
            .to_owned();
        tabs.push((View::Reference(r.id.clone()), short));
    }
    tabs.push((View::Catalogue, "Danh mục nền tảng".into()));
    tabs.push((View::Principles, "Nguyên tắc".into()));
    tabs.push((View::Roadmap, "Lộ trình".into()));
    tabs.push((View::Glossary, "Thuật ngữ".into()));
    let buttons = tabs
        .into_iter()
        .map(|(v, label)| {
            let target = v.clone();
            let is_current = Memo::new(move |_| view.get() == v);
            view! {
                <button
                    class="tab"
                    role="tab"
                    data-view=target.hash()
                    aria-selected=move || is_current.get().to_string()
                    class:current=move || is_current.get()
                    on:click=move |_| {
                        selection.only(None);
                        view.set(target.clone());
                    }
                >
                    {move || t(&label)}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav class="tabs" role="tablist" aria-label=move || t("Sơ đồ")>
            {buttons}
        </nav>
    }
}
