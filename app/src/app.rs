//! The root component: page chrome around the current view, the details panel, and the deep
//! link kept in the URL fragment.

use crate::components::details::DetailsPanel;
use crate::components::editor::EditorPane;
use crate::components::notice_bar::NoticeBar;
use crate::components::view_pane::{self, ViewPane};
use crate::components::view_tabs::ViewTabs;
use crate::components::{glossary_view, principles_view, roadmap_view, search_palette};
use crate::context::{self, AsOf, CurrentView, Editor, Notice, Selection, StartNew, View};
use crate::i18n::t;
use crate::lazy::lazy_view;
use leptos::prelude::*;

/// The whole page.
#[component]
pub(crate) fn App() -> impl IntoView {
    context::provide_state();
    crate::print::provide();
    crate::i18n::set(crate::i18n::signal().get_untracked());
    let CurrentView(view) = expect_context();
    let selection: Selection = expect_context();
    // Only the editor page changes a framework, so only it autosaves; the viewer would write the
    // restored framework back unchanged.
    if cfg!(feature = "editor") {
        provide_context(crate::editor_state::autosave(
            expect_context::<Editor>(),
            expect_context::<Notice>(),
        ));
    }

    // Deep links: the fragment follows the view and selection; back and forward restore them.
    Effect::new(move |_| {
        let hash = selection
            .0
            .with(|s| view.with(|v| v.hash_selecting(s.last().map(String::as_str))));
        let Some(w) = web_sys::window() else { return };
        let current = w.location().hash().unwrap_or_default();
        if current != hash {
            let Ok(history) = w.history() else { return };
            let null = wasm_bindgen::JsValue::NULL;
            // The first load only names its view; later changes are steps back can undo.
            let _ = if current.is_empty() {
                history.replace_state_with_url(&null, "", Some(&hash))
            } else {
                history.push_state_with_url(&null, "", Some(&hash))
            };
        }
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let (v, sel) = View::from_hash(&hash);
        view.set(v);
        selection.only(sel);
    });

    // Ctrl+K opens the search palette from anywhere.
    let palette = RwSignal::new(false);
    let k = window_event_listener(leptos::ev::keydown, move |ev| {
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().to_lowercase() == "k" {
            ev.prevent_default();
            palette.set(true);
        }
    });
    on_cleanup(move || k.remove());

    // index.html is built without the editor (the `viewer` feature alone): opening the editor
    // there opens editor.html, the whole app, on the same fragment.
    if !cfg!(feature = "editor") {
        let StartNew(start) = expect_context();
        let AsOf(day) = expect_context();
        Effect::new(move |_| {
            if view.get() == View::Editor {
                let selected = selection.0.with_untracked(|s| s.last().cloned());
                crate::entry::open_editor(start.get_untracked(), day.get_untracked(), selected);
            }
        });
    }

    view! {
        <a class="skip" href="#main">{move || t("Bỏ qua đến nội dung chính")}</a>
        <header class="topbar">
            <h1 class="brand">"Khung"</h1>
            <p class="tagline">{move || t("Kiến trúc tổng thể quốc gia số")}</p>
            <button class="search-button" on:click=move |_| palette.set(true) title="Ctrl+K">{move || t("Tìm kiếm (Ctrl+K)")}</button>
            <button
                class="lang-toggle"
                lang=move || if crate::i18n::lang() == crate::i18n::Lang::En { "vi" } else { "en" }
                on:click=move |_| crate::i18n::set(if crate::i18n::lang() == crate::i18n::Lang::En { crate::i18n::Lang::Vi } else { crate::i18n::Lang::En })
            >
                {move || if crate::i18n::lang() == crate::i18n::Lang::En { "Tiếng Việt" } else { "English" }}
            </button>
        </header>
        <ViewTabs />
        <crate::components::first_visit::FirstVisit />
        <Show when=move || palette.get()>{lazy_view("Tìm kiếm", search_palette::load, palette)}</Show>
        <NoticeBar />
        <main id="main" class="workspace" class:three-pane=move || view.get() == View::Editor>
            {move || match view.get() {
                View::Editor if cfg!(feature = "editor") => view! { <EditorPane /> }.into_any(),
                View::Editor => view! { <p class="loading">{move || t("Đang mở trình soạn thảo…")}</p> }.into_any(),
                // These three read the reference seeds: fetched with the view's chunk, not after.
                View::Principles => {
                    untrack(crate::references::need);
                    view! { {lazy_view("Nguyên tắc", principles_view::load, ())}<DetailsPanel /> }.into_any()
                }
                View::Roadmap => {
                    untrack(crate::references::need);
                    view! { {lazy_view("Lộ trình", roadmap_view::load, ())}<DetailsPanel /> }.into_any()
                }
                View::Glossary => {
                    untrack(crate::references::need);
                    lazy_view("Thuật ngữ", glossary_view::load, ()).into_any()
                }
                View::Catalogue => view! { {lazy_view("Danh mục nền tảng", view_pane::load_catalogue, ())}<DetailsPanel /> }.into_any(),
                View::Shared(_) => view! { {lazy_view("Khung được chia sẻ", view_pane::load_shared, ())}<DetailsPanel /> }.into_any(),
                _ => view! { <ViewPane scene_of=view_pane::scene_for /><DetailsPanel /> }.into_any(),
            }}
        </main>
    }
}
