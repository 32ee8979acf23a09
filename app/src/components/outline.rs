//! The diagram's text alternative: its layers and components as nested lists that a screen
//! reader can read and a user can copy.

use crate::i18n::t;
use leptos::prelude::*;
use model::scene::Scene;

/// Outline of a laid-out scene, layer 4 first as on screen.
#[component]
pub(crate) fn Outline(
    /// The scene the diagram shows.
    #[prop(into)]
    scene: Signal<Scene>,
) -> impl IntoView {
    // Built only while open: a closed outline costs nothing on each edit.
    let open = RwSignal::new(false);
    let layers = move || {
        if !open.get() {
            return Vec::new();
        }
        scene.with(|s| {
            s.bands
                .iter()
                .map(|b| {
                    let names: Vec<String> = s
                        .nodes
                        .iter()
                        .filter(|n| n.y >= b.y && n.y < b.y + b.height)
                        .map(|n| n.name.clone())
                        .collect();
                    (b.title.clone(), names)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <details class="outline" on:toggle=move |ev| {
            let el: web_sys::HtmlDetailsElement = wasm_bindgen::JsCast::unchecked_into(event_target::<web_sys::Element>(&ev));
            open.set(el.open());
        }>
            <summary>{move || t("Dàn ý văn bản của sơ đồ")}</summary>
            <ol class="outline-list">
                {move || {
                    layers()
                        .into_iter()
                        .map(|(title, names)| {
                            view! {
                                <li class="outline-layer">
                                    <h3>{title}</h3>
                                    <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </details>
    }
}
