//! The roadmap: the phases of 3090 III.1 and each platform's go-live, filtered by owner, with
//! which platforms operate on a day the user picks (today by default). The same day decides
//! overlap severity in the editor.

use crate::components::needs_references::NeedsReferences;
use crate::components::static_diagram::StaticDiagram;
use crate::context::AsOf;
use crate::i18n::t;
use leptos::prelude::*;

crate::lazy::split_point!(
    /// The view, from index.html's `reference_views` chunk (with the principles and glossary).
    reference_views,
    load,
    (),
    |()| view! { <NeedsReferences><RoadmapView /></NeedsReferences> }.into_any()
);
use model::catalogue::Date;
use model::views::roadmap;

/// The view.
#[component]
fn RoadmapView() -> impl IntoView {
    let cat = crate::references::catalogue();
    let AsOf(day) = expect_context();
    let owner = RwSignal::new(String::new());
    let svg = Signal::derive(move || {
        let o = owner.get();
        roadmap::svg(cat, day.get(), (!o.is_empty()).then_some(o.as_str()))
    });
    let count = move || {
        let o = owner.get();
        roadmap::operational_on(cat, day.get())
            .iter()
            .filter(|p| o.is_empty() || p.owner == o)
            .count()
    };
    let owners = roadmap::owners(cat)
        .into_iter()
        .map(|o| {
            let label = o.clone();
            view! { <option value=o>{label}</option> }
        })
        .collect_view();
    let phases = cat
        .roadmap
        .iter()
        .map(|p| {
            let goals = p
                .goals
                .iter()
                .map(|g| view! { <li>{g.clone()}</li> })
                .collect_view();
            view! {
                <li>
                    <strong>{format!("{}–{}: {}", p.from_year, p.to_year, p.name)}</strong>
                    <ul>{goals}</ul>
                    <cite>{p.source.citation()}</cite>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="view roadmap" aria-labelledby="view-title">
            <div class="view-head"><h2 id="view-title">{move || t("Lộ trình")}</h2></div>
            <form class="filters" on:submit=|ev| ev.prevent_default()>
                <label>
                    {move || t("Vận hành vào ngày ")}
                    <input
                        type="date"
                        name="day"
                        min="2025-01-01"
                        max="2031-12-31"
                        prop:value=move || day.get().to_string()
                        on:change=move |ev| {
                            if let Some(d) = Date::parse(&event_target_value(&ev)) {
                                day.set(d);
                            }
                        }
                    />
                </label>
                <label>
                    {move || t("Cơ quan chủ quản ")}
                    <select name="owner" on:change=move |ev| owner.set(event_target_value(&ev))>
                        <option value="">{move || t("Tất cả")}</option>
                        {owners}
                    </select>
                </label>
                <span class="count" aria-live="polite">{move || format!("{} {}", count(), t("nền tảng đang vận hành vào ngày đã chọn"))}</span>
            </form>
            <StaticDiagram svg=svg />
            <details class="outline" open>
                <summary>{move || t("Các giai đoạn (3090/QĐ-BKHCN III.1)")}</summary>
                <ol class="phases">{phases}</ol>
            </details>
        </section>
    }
}
