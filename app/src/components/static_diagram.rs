//! A diagram drawn as one SVG string by a dedicated model renderer (the principles cycle, the
//! roadmap), with selection by click or Enter like the layered diagrams.

use crate::context::Selection;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn node_id(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    el.closest("g.node[data-id]")
        .ok()??
        .get_attribute("data-id")
}

/// The diagram.
#[component]
pub(crate) fn StaticDiagram(
    /// The SVG markup, from a model renderer (text escaped there).
    #[prop(into)]
    svg: Signal<String>,
) -> impl IntoView {
    let selection: Selection = expect_context();
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        svg.track();
        let sel = selection.0.get();
        let Some(el) = host.get() else { return };
        let Ok(nodes) = el.query_selector_all("g.node[data-id]") else {
            return;
        };
        for i in 0..nodes.length() {
            if let Some(n) = nodes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let on = n
                    .get_attribute("data-id")
                    .is_some_and(|id| sel.contains(&id));
                let _ = n.class_list().toggle_with_force("selected", on);
            }
        }
    });
    view! {
        <div
            class="static-diagram"
            node_ref=host
            on:click=move |ev| {
                if let Some(id) = node_id(ev.target()) {
                    selection.only(Some(id));
                }
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    if let Some(id) = node_id(ev.target()) {
                        ev.prevent_default();
                        selection.only(Some(id));
                    }
                }
            }
            inner_html=move || svg.get()
        ></div>
    }
}
