//! The principles: the seven core principles as the cycle the documents describe, then the
//! implementation principles and the technical requirements per layer.

use crate::components::needs_references::NeedsReferences;
use crate::components::static_diagram::StaticDiagram;
use crate::i18n::t;
use leptos::prelude::*;

crate::lazy::split_point!(
    /// The view, from index.html's `reference_views` chunk (with the roadmap and glossary).
    reference_views,
    load,
    (),
    |()| view! { <NeedsReferences><PrinciplesView /></NeedsReferences> }.into_any()
);
use model::views::principles;

/// The view.
#[component]
fn PrinciplesView() -> impl IntoView {
    let cat = crate::references::catalogue();
    let svg = principles::svg(cat);
    let p = &cat.principles;
    let mut groups: Vec<&str> = p.implementation.iter().map(|i| i.group.as_str()).collect();
    groups.dedup();
    let implementation = groups
        .into_iter()
        .map(|g| {
            let items = p
                .implementation
                .iter()
                .filter(|i| i.group == g)
                .map(|i| view! { <li><strong>{i.name.clone()}</strong>{if i.text.is_empty() { String::new() } else { format!(": {}", i.text) }}</li> })
                .collect_view();
            view! { <h4>{principles::group_heading(g)}</h4><ul>{items}</ul> }
        })
        .collect_view();
    let requirements = (1..=4u8)
        .map(|l| {
            let items = p
                .technical_requirements
                .iter()
                .filter(|r| r.layer == l)
                .map(|r| view! { <li>{r.text.clone()}</li> })
                .collect_view();
            view! { <h4>{model::views::layer_title(cat, l)}</h4><ul>{items}</ul> }
        })
        .collect_view();
    view! {
        <section class="view principles" aria-labelledby="view-title">
            <div class="view-head"><h2 id="view-title">{move || t("Nguyên tắc cốt lõi")}</h2></div>
            <StaticDiagram svg=Signal::derive(move || svg.clone()) />
            <p class="cycle">{p.cycle.text.clone()}<br /><cite>{p.cycle.source.citation()}</cite></p>
            <details class="outline" open>
                <summary>{move || t("Nguyên tắc triển khai (3090/QĐ-BKHCN II.2 h)")}</summary>
                {implementation}
            </details>
            <details class="outline">
                <summary>{move || t("Yêu cầu kỹ thuật theo lớp (3090/QĐ-BKHCN II.4)")}</summary>
                {requirements}
            </details>
        </section>
    }
}
