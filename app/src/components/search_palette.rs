//! The search palette (Ctrl+K): one box across the user's own framework (first), platforms,
//! national components, reference elements, agencies, glossary terms and principles,
//! diacritic-insensitive, driven by keys.

use crate::context::{CurrentView, Editor, Focus, FocusRequest, Selection, View};
use crate::i18n::t;
use leptos::prelude::*;
use model::search::{Hit, HitKind};

crate::lazy::split_point!(
    /// The palette, from index.html's `palette` chunk: fetched on the first Ctrl+K.
    palette,
    load,
    RwSignal<bool>,
    |open| view! { <SearchPalette open=open /> }.into_any()
);

/// How many of the open framework's components the palette lists at most.
const OWN_HITS: usize = 6;

/// One line of the palette.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    caption: &'static str,
    id: String,
    title: String,
    subtitle: String,
    view: View,
    select: Option<String>,
}

impl Item {
    fn of(hit: Hit) -> Self {
        let (view, select) = target(&hit);
        Item {
            caption: hit.kind.caption(),
            id: hit.id,
            title: hit.title,
            subtitle: hit.subtitle,
            view,
            select,
        }
    }
}

/// The open framework's components whose name or description holds every word of `query`.
fn own_hits(doc: &model::document::Document, query: &str) -> Vec<Item> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    doc.components
        .iter()
        .filter(|c| {
            model::text::matches(query, &c.name) || model::text::matches(query, &c.description)
        })
        .take(OWN_HITS)
        .map(|c| Item {
            caption: "Thành phần trong khung của bạn",
            id: c.id.clone(),
            title: c.name.clone(),
            subtitle: format!(
                "{} · {}",
                doc.title,
                c.platform.clone().unwrap_or_else(|| c.owner.clone())
            ),
            view: View::Editor,
            select: Some(c.id.clone()),
        })
        .collect()
}

/// Where a hit opens: the view and the selection.
fn target(hit: &Hit) -> (View, Option<String>) {
    let id = Some(hit.id.clone());
    match hit.kind {
        HitKind::Platform => (View::Catalogue, id),
        HitKind::Component => (View::National, id),
        HitKind::Element => {
            let arch = hit.id.split("-l").next().unwrap_or_default().to_owned();
            (View::Reference(arch), id)
        }
        HitKind::Principle => (View::Principles, id),
        HitKind::Agency | HitKind::Term => (View::Glossary, None),
    }
}

/// The palette, built when it opens; setting `open` to false closes it.
#[component]
fn SearchPalette(
    /// Whether it is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let CurrentView(view) = expect_context();
    let selection: Selection = expect_context();
    let editor: Editor = expect_context();
    crate::editor_state::load_noted(editor);
    let focus = use_context::<FocusRequest>();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let hits = Memo::new(move |_| {
        let q = query.get();
        let mut items = editor.history.with(|h| own_hits(h.doc(), &q));
        // The glossary, agencies and principles are reference seeds, fetched on first use.
        crate::references::need();
        items.extend(crate::references::search(&q, 12).into_iter().map(Item::of));
        items
    });
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if open.get() {
            query.set(String::new());
            active.set(0);
            request_animation_frame(move || {
                if let Some(i) = input.get_untracked() {
                    let _ = i.focus();
                }
            });
        }
    });
    let go = move |hit: &Item| {
        view.set(hit.view.clone());
        selection.only(hit.select.clone());
        open.set(false);
        if let Some(f) = focus {
            f.ask(Focus::Reveal);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = hits.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if n > 0 {
                    active.update(|a| *a = (*a + 1) % n);
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                if n > 0 {
                    active.update(|a| *a = (*a + n - 1) % n);
                }
            }
            "Enter" => {
                ev.prevent_default();
                if let Some(h) = hits.with(|h| h.get(active.get_untracked()).cloned()) {
                    go(&h);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| open.set(false)></div>
        <div class="dialog palette" role="dialog" aria-modal="true" aria-label=move || t("Tìm kiếm")>
            <input
                node_ref=input
                class="palette-input"
                type="search"
                role="combobox"
                aria-expanded="true"
                aria-controls="palette-results"
                aria-activedescendant=move || format!("hit-{}", active.get())
                placeholder=move || t("Tìm nền tảng, thành phần, cơ quan, thuật ngữ, nguyên tắc…")
                prop:value=query
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                }
                on:keydown=on_key
            />
            <ul id="palette-results" class="palette-results" role="listbox">
                {move || {
                    hits.get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, h)| {
                            let hit = h.clone();
                            view! {
                                <li
                                    id=format!("hit-{i}")
                                    role="option"
                                    class="hit"
                                    data-id=h.id.clone()
                                    aria-selected=move || (active.get() == i).to_string()
                                    class:active=move || active.get() == i
                                    on:click=move |_| go(&hit)
                                >
                                    <span class="hit-kind">{t(h.caption)}</span>
                                    <span class="hit-title">{h.title.clone()}</span>
                                    <span class="hit-sub">{h.subtitle.clone()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
