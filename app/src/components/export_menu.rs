//! The export menu: SVG, PNG at 1× and 2×, and, for a framework, JSON, CSV, ArchiMate,
//! Graphviz DOT, printing and the framework report (Word, and a page to print). Every picture
//! comes from the one renderer the screen uses, with the legend and title block a document needs
//! ([`crate::print::picture`]).

use crate::browser_io::{download, file_stem};
use crate::context::Notice;
use crate::i18n::t;
use crate::raster;
use leptos::prelude::*;
use model::document::Document;
use model::scene::Scene;

/// The menu.
#[component]
pub(crate) fn ExportMenu(
    /// What the diagram shows.
    #[prop(into)]
    scene: Signal<Scene>,
    /// The framework, when the view shows one (enables JSON and DOT).
    #[prop(optional, into)]
    doc: Option<Signal<Document>>,
) -> impl IntoView {
    let notice: Notice = expect_context();
    let as_of = use_context::<crate::context::AsOf>();
    let open = RwSignal::new(false);
    let stem = move || scene.with(|s| file_stem(&s.title));
    let save = move |ext: &str, mime: &str, bytes: Vec<u8>| {
        let name = format!("{}.{ext}", stem());
        match download(&name, mime, &bytes) {
            Ok(()) => notice.info(format!("{} {name}", t("Đã xuất"))),
            Err(e) => notice.error(e),
        }
        open.set(false);
    };
    // Every picture is the screen's drawing (with its finding marks) ready for a document:
    // legend and title block under it; a framework's SVG also carries the framework itself, so
    // importing it gives the work back.
    let picture = move || {
        let d = doc.map(|d| d.get_untracked());
        let day = as_of.map(|a| a.0.get_untracked());
        scene.with_untracked(|s| crate::print::picture(s, d.as_ref(), day))
    };
    let printable = use_context::<crate::print::Printable>();
    if let Some(p) = printable {
        p.register(scene, doc);
    }
    let svg = move |_| save("svg", "image/svg+xml", picture().svg.into_bytes());
    let png = move |scale: f64| {
        let p = picture();
        leptos::task::spawn_local(async move {
            match raster::png(&p.svg, p.width as f64, p.height as f64, scale).await {
                Ok(bytes) => save(
                    if scale > 1.0 { "2x.png" } else { "png" },
                    "image/png",
                    bytes,
                ),
                Err(e) => notice.error(e),
            }
        });
    };
    // The report's code is loaded on first use (crate::extras), so these may take a moment.
    let busy = RwSignal::new(false);
    let report_day = move || {
        as_of
            .map(|a| a.0.get_untracked())
            .unwrap_or_else(crate::today::today)
    };
    let report_docx = move |doc: Signal<Document>| {
        let d = doc.get_untracked();
        let day = report_day();
        busy.set(true);
        notice.info(t("Đang lập báo cáo…"));
        leptos::task::spawn_local(async move {
            match crate::report::docx(&d, day).await {
                Ok(bytes) => save(
                    "docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    bytes,
                ),
                Err(e) => notice.error(e),
            }
            busy.set(false);
        });
    };
    let report_print = move |doc: Signal<Document>| {
        let d = doc.get_untracked();
        let day = report_day();
        let tab = crate::report::open_tab();
        let name = format!("{}.html", stem());
        busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::report::print(&d, day, tab, &name).await {
                Ok(true) => notice.info(t(
                    "Đã mở trang in báo cáo; dùng lệnh In của trình duyệt (Ctrl+P).",
                )),
                Ok(false) => notice.info(format!(
                    "{} {name}",
                    t("Trình duyệt chặn thẻ mới; đã tải trang in về:")
                )),
                Err(e) => notice.error(e),
            }
            open.set(false);
            busy.set(false);
        });
    };
    view! {
        <div class="export-menu">
            <button aria-haspopup="true" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>{move || t("Xuất ▾")}</button>
            <Show when=move || open.get()>
                <ul class="menu" role="menu" on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { open.set(false) }>
                    <li role="none"><button role="menuitem" data-export="svg" on:click=svg>"SVG"</button></li>
                    <li role="none"><button role="menuitem" data-export="png" on:click=move |_| png(1.0)>{move || t("PNG 1×")}</button></li>
                    <li role="none"><button role="menuitem" data-export="png2" on:click=move |_| png(2.0)>{move || t("PNG 2×")}</button></li>
                    {printable.map(|p| view! {
                        <li role="none"><button role="menuitem" data-export="print" on:click=move |_| {
                            open.set(false);
                            crate::print::print_now(p);
                        }>{move || t("In sơ đồ… (Ctrl+P)")}</button></li>
                    })}
                    {doc.map(|doc| view! {
                        <li role="none"><button role="menuitem" data-export="json" on:click=move |_| {
                            let text = doc.with(model::io::json::write);
                            save("json", "application/json", text.into_bytes());
                        }>"JSON"</button></li>
                        <li role="none"><button role="menuitem" data-export="csv" on:click=move |_| {
                            // The findings column shows what the rules found, as of the chosen day.
                            let day = as_of.map(|a| a.0.get_untracked()).unwrap_or_else(crate::today::today);
                            let cat = crate::today::catalogue_on(day);
                            let text = doc.with(|d| {
                                let fs = model::rules::check(d, &cat);
                                let cell = |c: &model::document::Component| {
                                    fs.iter()
                                        .filter(|f| f.component == c.id)
                                        .map(|f| format!("{} {}: {}", f.severity.as_str(), f.platform.clone().unwrap_or_default(), f.rule))
                                        .collect::<Vec<_>>()
                                        .join("; ")
                                };
                                model::export::csv::write(d, Some(&cell))
                            });
                            save("csv", "text/csv;charset=utf-8", text.into_bytes());
                        }>"CSV (Excel)"</button></li>
                        <li role="none"><button role="menuitem" data-export="archimate" on:click=move |_| {
                            let text = doc.with(|d| model::export::archimate::write(crate::today::catalogue(), d));
                            save("xml", "application/xml", text.into_bytes());
                        }>"ArchiMate (Open Exchange)"</button></li>
                        <li role="none"><button role="menuitem" data-export="dot" on:click=move |_| {
                            let text = doc.with(|d| model::dot::Dot(d).to_string());
                            save("dot", "text/vnd.graphviz", text.into_bytes());
                        }>"Graphviz DOT"</button></li>
                        <li role="none"><button role="menuitem" data-export="report-docx" disabled=move || busy.get() on:click=move |_| report_docx(doc)>{move || t("Báo cáo (Word)")}</button></li>
                        <li role="none"><button role="menuitem" data-export="report-print" disabled=move || busy.get() on:click=move |_| report_print(doc)>{move || t("In báo cáo")}</button></li>
                    })}
                </ul>
            </Show>
        </div>
    }
}
