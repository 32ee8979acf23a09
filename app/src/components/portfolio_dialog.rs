//! The portfolio: several agencies' framework files opened at once, read-only, to see across
//! them who reuses which national platform, who duplicates which (every overlap, filterable by
//! platform, agency kind and severity) and which capability at least three agencies build for
//! themselves (shared-platform candidates, citing 4577/BKHCN-CĐSQG). Clicking a cell, an overlap
//! or a candidate's component opens that agency's framework, read-only, at that component.
//!
//! Files are JSON frameworks picked together; a zip is not read, which would need an archive
//! reader in the first-load bundle for what a file picker's multiple choice already does.

use crate::browser_io;
use crate::context::{CurrentView, Selection, View};
use crate::i18n::t;
use leptos::prelude::*;
use model::document::{Document, Kind};
use model::portfolio::{FileError, Portfolio, Summary};
use model::rules::Severity;
use wasm_bindgen::JsCast;

/// The dialog.
#[component]
pub(crate) fn PortfolioDialog(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let view: CurrentView = expect_context();
    let selection: Selection = expect_context();
    let portfolio = RwSignal::new(None::<Portfolio>);
    let docs = StoredValue::new(Vec::<Document>::new());
    let busy = RwSignal::new(false);
    let platform = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let severity = RwSignal::new(String::new());

    let pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        busy.set(true);
        leptos::task::spawn_local(async move {
            let cat = model::Catalogue::get();
            let (mut read, mut summaries, mut errors) = (Vec::new(), Vec::new(), Vec::new());
            for file in files {
                let name = file.name();
                let doc = match browser_io::read_file(file).await {
                    Ok(bytes) => crate::worker_io::read_file(&name, &bytes, Kind::Other, "").await,
                    Err(e) => Err(e),
                };
                match doc {
                    Ok(doc) => {
                        summaries.push(Summary::new(&name, &doc, cat));
                        read.push(doc);
                    }
                    Err(message) => errors.push(FileError {
                        file: name,
                        message,
                    }),
                }
            }
            docs.set_value(read);
            portfolio.set(Some(Portfolio::new(summaries, errors, cat)));
            busy.set(false);
        });
    };
    // Opens agency `a`'s framework, read-only, with `component` selected.
    let open = move |a: usize, component: String| {
        let Some(doc) = docs.with_value(|d| d.get(a).cloned()) else {
            return;
        };
        view.0.set(View::Shared(model::io::share::encode(&doc)));
        selection.only(Some(component));
        on_close.run(());
    };

    let overlaps = Memo::new(move |_| {
        portfolio.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let plat = platform.get();
            let k = Kind::parse(&kind.get());
            let sev = [Severity::Violation, Severity::Warning, Severity::Info]
                .into_iter()
                .find(|s| s.as_str() == severity.get());
            p.overlaps_where((!plat.is_empty()).then_some(plat.as_str()), k, sev)
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())></div>
        <div class="dialog portfolio-dialog" role="dialog" aria-modal="true" aria-labelledby="portfolio-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) }>
            <h2 id="portfolio-title">{move || t("Danh mục nhiều khung")}</h2>
            <label class="file-button">
                {move || t("Mở các tệp khung (JSON)…")}
                <input type="file" multiple accept=".json,application/json" on:change=pick aria-label=move || t("Mở nhiều tệp khung JSON cùng lúc") />
            </label>
            <Show when=move || busy.get()><p class="hint">{move || t("Đang đọc và kiểm tra…")}</p></Show>
            {move || portfolio.with(|p| p.as_ref().map(|p| {
                let matrix = matrix(p, open);
                let candidates = candidates(p, open);
                let errors = p.errors.iter().map(|e| view! { <li class="error">{e.message.clone()}</li> }).collect_view();
                let platforms = p.platforms.iter().map(|id| view! { <option value=id.clone()>{id.clone()}</option> }).collect_view();
                view! {
                    <p class="summary">{format!("{} {} · {} {} · {} {}", p.agencies.len(), t("cơ quan"), p.overlaps.len(), t("trùng lặp"), p.shared_candidates.len(), t("ứng viên nền tảng dùng chung"))}</p>
                    <ul class="portfolio-errors">{errors}</ul>
                    <h3>{t("Cơ quan × nền tảng")}</h3>
                    {matrix}
                    <h3>{t("Trùng lặp")}</h3>
                    <div class="overlap-filters">
                        <select name="platform" aria-label=t("Nền tảng") on:change=move |ev| platform.set(event_target_value(&ev))>
                            <option value="">{t("Mọi nền tảng")}</option>{platforms}
                        </select>
                        <select name="kind" aria-label=t("Loại cơ quan") on:change=move |ev| kind.set(event_target_value(&ev))>
                            <option value="">{t("Mọi loại cơ quan")}</option>
                            {Kind::ALL.iter().map(|k| view! { <option value=k.as_str()>{k.label()}</option> }).collect_view()}
                        </select>
                        <select name="severity" aria-label=t("Mức độ") on:change=move |ev| severity.set(event_target_value(&ev))>
                            <option value="">{t("Mọi mức độ")}</option>
                            {[Severity::Violation, Severity::Warning, Severity::Info].into_iter().map(|s| view! { <option value=s.as_str()>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <ul class="overlap-list">
                        {move || overlap_items(&overlaps.read(), open)}
                    </ul>
                    <h3>{t("Ứng viên nền tảng dùng chung")}</h3>
                    {candidates}
                }
            }))}
            <div class="dialog-actions">
                <button type="button" on:click=move |_| on_close.run(())>{move || t("Đóng")}</button>
            </div>
        </div>
    }
}

/// The overlaps that pass the filters, each opening its component.
fn overlap_items(
    list: &[model::portfolio::Overlap],
    open: impl Fn(usize, String) + Copy + 'static,
) -> impl IntoView {
    list.iter()
        .map(|o| {
            let (a, id) = (o.agency, o.component_id.clone());
            let exempted = if o.exempted { " · miễn trừ" } else { "" };
            view! {
                <li class=format!("sev-{}", o.severity.as_str()) data-platform=o.platform.clone()>
                    <button class="link" on:click=move |_| open(a, id.clone())>{format!("{} «{}»", o.agency_name, o.component)}</button>
                    {format!(" {} · {}{exempted}", o.platform, o.severity.label())}
                </li>
            }
        })
        .collect_view()
}

/// The agencies × platforms table; each filled cell opens the agency's framework at the first
/// component concerned.
fn matrix(p: &Portfolio, open: impl Fn(usize, String) + Copy + 'static) -> impl IntoView {
    let head = p
        .platforms
        .iter()
        .map(|id| view! { <th scope="col">{id.clone()}</th> })
        .collect_view();
    let rows = p
        .agencies
        .iter()
        .enumerate()
        .map(|(a, agency)| {
            let cells = p
                .platforms
                .iter()
                .map(|id| {
                    match p.matrix.iter().find(|c| c.agency == a && &c.platform == id) {
                        Some(c) => {
                            let first = c.overlap.iter().chain(&c.exempted).chain(&c.reuse).next().cloned().unwrap_or_default();
                            view! {
                                <td class=format!("cell-{}", c.state.label().replace(' ', "-")) data-state=format!("{:?}", c.state).to_lowercase() data-platform=id.clone()>
                                    <button class="link" on:click=move |_| open(a, first.clone())>{c.state.label()}</button>
                                </td>
                            }
                            .into_any()
                        }
                        None => view! { <td></td> }.into_any(),
                    }
                })
                .collect_view();
            view! { <tr data-agency=a><th scope="row">{agency.agency.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="matrix-scroll">
            <table class="portfolio-matrix">
                <thead><tr><th>{t("Cơ quan")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The shared-platform candidates, each with its agencies' components and 4577's criteria.
fn candidates(p: &Portfolio, open: impl Fn(usize, String) + Copy + 'static) -> impl IntoView {
    if p.shared_candidates.is_empty() {
        return view! { <p class="hint">{t("Không có năng lực nào được từ 3 cơ quan trở lên tự xây dựng.")}</p> }.into_any();
    }
    let items = p
        .shared_candidates
        .iter()
        .map(|c| {
            let builders = c
                .components
                .iter()
                .map(|b| {
                    let (a, id) = (b.agency, b.component.clone());
                    let who = p.agencies[b.agency].agency.clone();
                    view! { <li><button class="link" on:click=move |_| open(a, id.clone())>{format!("{who}: «{}»", b.name)}</button></li> }
                })
                .collect_view();
            view! {
                <li class="candidate" data-key=c.key.clone()>
                    <strong>{c.capability.clone()}</strong>
                    {format!(" — {} {}", c.agencies.len(), t("cơ quan"))}
                    <ul>{builders}</ul>
                    <p class="cite">{format!("{}: {}", t("Tiêu chí"), c.criteria)}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="candidate-list">{items}</ul> }.into_any()
}
