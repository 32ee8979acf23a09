//! The details panel: what the selected element is, its facts, related elements and its
//! source, quoted with document, part and row.

use crate::context::Selection;
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::views::details::describe;

crate::lazy::split_point!(
    /// What the selection is, from index.html's `details` chunk: fetched on the first selection.
    details,
    load,
    (),
    |()| view! { <Details /> }.into_any()
);

/// Details of the selected element, or a hint when nothing is selected.
#[component]
pub(crate) fn DetailsPanel() -> impl IntoView {
    let selection: Selection = expect_context();
    let selected = Memo::new(move |_| selection.primary().is_some());
    view! {
        <aside class="details" aria-label=move || t("Chi tiết") aria-live="polite">
            {move || if selected.get() {
                crate::lazy::lazy_view("Chi tiết", load, ()).into_any()
            } else {
                hint().into_any()
            }}
        </aside>
    }
}

/// What the panel says when there is nothing to describe.
fn hint() -> impl IntoView {
    view! { <p class="hint">{move || t("Chọn một thành phần trên sơ đồ để xem chi tiết và nguồn trích dẫn.")}</p> }
}

/// The selected element: its facts, related elements and sources, quoted.
#[component]
fn Details() -> impl IntoView {
    let selection: Selection = expect_context();
    let details = Memo::new(move |_| {
        selection.primary().and_then(|id| {
            // A platform's rows of the superseded plan and a principle's text are reference
            // seeds: fetched on the first selection on index.html, and shown when they arrive.
            crate::references::need();
            describe(today::catalogue(), &id)
                .or_else(|| model::views::principles::describe_principle(today::catalogue(), &id))
        })
    });
    move || match details.get() {
        None => hint().into_any(),
        Some(d) => {
            let facts = d
                .facts
                .into_iter()
                .map(|(k, v)| view! { <dt>{t(&k)}</dt><dd>{v}</dd> })
                .collect_view();
            let related = d
                .related
                .into_iter()
                .map(|(id, name)| {
                    let target = id.clone();
                    view! {
                        <li><button class="link" on:click=move |_| selection.only(Some(target.clone()))>{id}" · "{name}</button></li>
                    }
                })
                .collect_view();
            let sources = d
                .sources
                .into_iter()
                .map(|s| {
                    let quote = s.quote.clone();
                    view! {
                        <li>
                            <cite>{s.citation()}</cite>
                            {quote.map(|q| view! { <blockquote>{q}</blockquote> })}
                        </li>
                    }
                })
                .collect_view();
            let fixes = (!d.ocr_fixes.is_empty()).then(|| {
                        let items = d.ocr_fixes.into_iter().map(|(o, f)| view! { <li>{format!("«{o}» → «{f}»")}</li> }).collect_view();
                        view! { <details class="ocr"><summary>{move || t("Sửa lỗi nhận dạng ký tự (OCR)")}</summary><ul>{items}</ul></details> }
                    });
            view! {
                <p class="kind">{d.kind}</p>
                <h2 class="details-name">{d.name}</h2>
                <p class="details-id"><code>{d.id}</code></p>
                <dl class="facts">{facts}</dl>
                <h3>{move || t("Mô tả")}</h3>
                <p class="description">{d.description}</p>
                <h3>{move || t("Liên quan")}</h3>
                <ul class="related">{related}</ul>
                <h3>{move || t("Nguồn")}</h3>
                <ul class="sources">{sources}</ul>
                {fixes}
            }
            .into_any()
        }
    }
}
