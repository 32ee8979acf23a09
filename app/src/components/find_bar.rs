//! Find in the diagram (Ctrl+F): a field above the canvas that selects the boxes whose names
//! contain the words typed (diacritic-insensitive) one after another, bringing each into view.
//! Enter goes to the next, Shift+Enter to the previous, Escape closes.

use crate::context::{Focus, FocusRequest, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::scene::Scene;

/// The bar, shown while `open` is true.
#[component]
pub(crate) fn FindBar(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// The diagram searched.
    #[prop(into)]
    scene: Signal<Scene>,
) -> impl IntoView {
    let selection: Selection = expect_context();
    let focus: FocusRequest = expect_context();
    let query = RwSignal::new(String::new());
    let at = RwSignal::new(0usize);
    let input = NodeRef::<leptos::html::Input>::new();
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        scene.with(|s| {
            s.nodes
                .iter()
                .filter(|n| model::text::matches(&q, &n.name))
                .map(|n| n.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let show = move |i: usize| {
        if let Some(id) = hits.with_untracked(|h| h.get(i).cloned()) {
            at.set(i);
            selection.only(Some(id));
            focus.ask(Focus::Reveal);
        }
    };
    Effect::new(move |_| {
        if open.get() {
            request_animation_frame(move || {
                if let Some(i) = input.get_untracked() {
                    let _ = i.focus();
                    i.select();
                }
            });
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = hits.with_untracked(Vec::len);
        match ev.key().as_str() {
            "Enter" if n > 0 => {
                ev.prevent_default();
                let i = at.get_untracked();
                show(if ev.shift_key() {
                    (i + n - 1) % n
                } else {
                    (i + 1) % n
                });
            }
            "Escape" => {
                ev.prevent_default();
                open.set(false);
            }
            _ => {}
        }
    };
    view! {
        <Show when=move || open.get()>
            <div class="find-bar" role="search">
                <input
                    node_ref=input
                    type="search"
                    class="find-input"
                    aria-label=move || t("Tìm trên sơ đồ")
                    placeholder=move || t("Tìm trên sơ đồ (Enter: kết quả sau)")
                    prop:value=query
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        show(0);
                    }
                    on:keydown=on_key
                />
                <span class="find-count" aria-live="polite">{move || {
                    let n = hits.with(Vec::len);
                    if query.with(|q| q.trim().is_empty()) { String::new() }
                    else if n == 0 { t("Không thấy") }
                    else { format!("{}/{n}", at.get() + 1) }
                }}</span>
                <button on:click=move |_| open.set(false) aria-label=move || t("Đóng tìm kiếm")>"×"</button>
            </div>
        </Show>
    }
}
