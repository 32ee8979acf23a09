//! The glossary: every acronym the texts use, with its Vietnamese expansion, English gloss and
//! source; then the agencies. Filtered as the user types, diacritic-insensitively.

use crate::components::needs_references::NeedsReferences;
use crate::i18n::t;
use leptos::prelude::*;
use model::text::matches;

crate::lazy::split_point!(
    /// The view, from index.html's `reference_views` chunk (with the principles and roadmap).
    reference_views,
    load,
    (),
    |()| view! { <NeedsReferences><GlossaryView /></NeedsReferences> }.into_any()
);

/// The view.
#[component]
fn GlossaryView() -> impl IntoView {
    let cat = crate::references::catalogue();
    let query = RwSignal::new(String::new());
    let terms = move || {
        let q = query.get();
        cat.glossary
            .iter()
            .filter(|g| matches(&q, &format!("{} {} {}", g.term, g.vi, g.en)))
            .map(|g| {
                view! {
                    <tr id=format!("term-{}", g.term)>
                        <th scope="row">{g.term.clone()}</th>
                        <td>{g.vi.clone()}</td>
                        <td lang="en">{g.en.clone()}</td>
                        <td><cite>{g.source.citation()}</cite></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let agencies = move || {
        let q = query.get();
        cat.agencies
            .iter()
            .filter(|a| matches(&q, &format!("{} {}", a.name, a.name_en)))
            .map(|a| view! { <tr><td>{a.name.clone()}</td><td lang="en">{a.name_en.clone()}</td><td>{a.kind.clone()}</td><td><cite>{a.source.citation()}</cite></td></tr> })
            .collect_view()
    };
    view! {
        <section class="view glossary" aria-labelledby="view-title">
            <div class="view-head"><h2 id="view-title">{move || t("Thuật ngữ viết tắt")}</h2></div>
            <input type="search" class="glossary-search" aria-label=move || t("Tìm thuật ngữ") placeholder="NDXP, LGSP, dich vu cong…"
                prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            <table class="glossary-table">
                <thead><tr><th scope="col">{move || t("Viết tắt")}</th><th scope="col">{move || t("Tiếng Việt")}</th><th scope="col">"English"</th><th scope="col">{move || t("Nguồn")}</th></tr></thead>
                <tbody>{terms}</tbody>
            </table>
            <h3>{move || t("Cơ quan")}</h3>
            <table class="glossary-table agencies">
                <thead><tr><th scope="col">{move || t("Tên")}</th><th scope="col">"English"</th><th scope="col">{move || t("Loại")}</th><th scope="col">{move || t("Nguồn")}</th></tr></thead>
                <tbody>{agencies}</tbody>
            </table>
        </section>
    }
}
