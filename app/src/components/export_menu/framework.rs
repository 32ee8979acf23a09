//! The export menu's entries for a framework open in the editor: JSON, CSV, ArchiMate, Graphviz
//! DOT and the framework report (Word, and a page to print). CSV, ArchiMate and the report are
//! written by the on-demand `extras` worker (`crate::worker_io`, `crate::report`), so their
//! code is fetched the first time a user asks for one of them.

use crate::context::Notice;
use crate::i18n::t;
use leptos::prelude::*;
use model::document::Document;
use std::future::Future;
use std::pin::Pin;

/// A file the `extras` worker is writing.
type Written = Pin<Box<dyn Future<Output = Result<Vec<u8>, String>>>>;

/// The entries, as items of the export menu's list.
#[component]
pub(super) fn FrameworkItems(
    /// The open framework.
    doc: Signal<Document>,
    /// Saves (extension, MIME type, bytes) under the diagram's file name and closes the menu.
    save: Callback<(String, String, Vec<u8>)>,
    /// Whether the menu is open.
    open: RwSignal<bool>,
    /// The file name's stem.
    stem: Signal<String>,
) -> impl IntoView {
    let notice: Notice = expect_context();
    let as_of = use_context::<crate::context::AsOf>();
    // The report's code is loaded on first use (crate::extras), so these may take a moment.
    let busy = RwSignal::new(false);
    let report_day = move || {
        as_of
            .map(|a| a.0.get_untracked())
            .unwrap_or_else(crate::today::today)
    };
    // The CSV and ArchiMate writers run in the same worker.
    let on_demand = move |ext: &'static str, mime: &'static str, bytes: Written| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            match bytes.await {
                Ok(bytes) => save.run((ext.into(), mime.into(), bytes)),
                Err(e) => notice.error(e),
            }
            busy.set(false);
        });
    };
    let report_docx = move || {
        let d = doc.get_untracked();
        let day = report_day();
        busy.set(true);
        notice.info(t("Đang lập báo cáo…"));
        leptos::task::spawn_local(async move {
            match crate::report::docx(&d, day).await {
                Ok(bytes) => save.run((
                    "docx".into(),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        .into(),
                    bytes,
                )),
                Err(e) => notice.error(e),
            }
            busy.set(false);
        });
    };
    let report_print = move || {
        let d = doc.get_untracked();
        let day = report_day();
        let tab = crate::report::open_tab();
        let name = format!("{}.html", stem.get_untracked());
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
        <li role="none"><button role="menuitem" data-export="json" on:click=move |_| {
            let text = doc.with(model::io::json::write);
            save.run(("json".into(), "application/json".into(), text.into_bytes()));
        }>"JSON"</button></li>
        <li role="none"><button role="menuitem" data-export="csv" disabled=move || busy.get() on:click=move |_| {
            // The findings column shows what the rules found, as of the chosen day.
            let (d, day) = (doc.get_untracked(), report_day());
            on_demand("csv", "text/csv;charset=utf-8", Box::pin(async move { crate::worker_io::csv(&d, day).await }));
        }>"CSV (Excel)"</button></li>
        <li role="none"><button role="menuitem" data-export="archimate" disabled=move || busy.get() on:click=move |_| {
            let d = doc.get_untracked();
            on_demand("xml", "application/xml", Box::pin(async move { crate::worker_io::archimate(&d).await }));
        }>"ArchiMate (Open Exchange)"</button></li>
        <li role="none"><button role="menuitem" data-export="dot" on:click=move |_| {
            let text = doc.with(|d| model::dot::Dot(d).to_string());
            save.run(("dot".into(), "text/vnd.graphviz".into(), text.into_bytes()));
        }>"Graphviz DOT"</button></li>
        <li role="none"><button role="menuitem" data-export="report-docx" disabled=move || busy.get() on:click=move |_| report_docx()>{move || t("Báo cáo (Word)")}</button></li>
        <li role="none"><button role="menuitem" data-export="report-print" disabled=move || busy.get() on:click=move |_| report_print()>{move || t("In báo cáo")}</button></li>
    }
}
