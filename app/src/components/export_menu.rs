//! The export menu: SVG, PNG at 1× and 2×, and, for a framework, JSON, CSV, ArchiMate and
//! Graphviz DOT. Every picture comes from the one renderer the screen uses.

use crate::browser_io::{download, file_stem};
use crate::context::Notice;
use crate::i18n::t;
use crate::raster;
use leptos::prelude::*;
use model::document::Document;
use model::scene::Scene;
use model::svg::Svg;

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
    let svg = move |_| {
        // A framework's SVG carries the framework itself, so importing it gives the work back.
        let text = match doc {
            Some(d) => d.with(|d| model::export::svg::framework(crate::today::catalogue(), d)),
            None => scene.with(|s| Svg(s).to_string()),
        };
        save("svg", "image/svg+xml", text.into_bytes());
    };
    let png = move |scale: f64| {
        let (text, w, h) = scene.with(|s| (Svg(s).to_string(), s.width as f64, s.height as f64));
        leptos::task::spawn_local(async move {
            match raster::png(&text, w, h, scale).await {
                Ok(bytes) => save(
                    if scale > 1.0 { "2x.png" } else { "png" },
                    "image/png",
                    bytes,
                ),
                Err(e) => notice.error(e),
            }
        });
    };
    // The CSV and ArchiMate writers live in the module loaded on demand (crate::on_demand).
    let on_demand = move |function: &'static str,
                          ext: &'static str,
                          mime: &'static str,
                          args: Vec<wasm_bindgen::JsValue>| {
        leptos::task::spawn_local(async move {
            match crate::on_demand::call_text(function, &args).await {
                Ok(text) => save(ext, mime, text.into_bytes()),
                Err(e) => notice.error(e),
            }
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
                    {doc.map(|doc| view! {
                        <li role="none"><button role="menuitem" data-export="json" on:click=move |_| {
                            let text = doc.with(model::io::json::write);
                            save("json", "application/json", text.into_bytes());
                        }>"JSON"</button></li>
                        <li role="none"><button role="menuitem" data-export="csv" on:click=move |_| {
                            // The findings column shows what the rules found, as of the chosen day.
                            let day = as_of.map(|a| a.0.get_untracked()).unwrap_or_else(crate::today::today);
                            let json = doc.with(model::io::json::write);
                            on_demand("csv", "csv", "text/csv;charset=utf-8", vec![json.into(), day.to_string().into()]);
                        }>"CSV (Excel)"</button></li>
                        <li role="none"><button role="menuitem" data-export="archimate" on:click=move |_| {
                            let json = doc.with(model::io::json::write);
                            let day = crate::today::today().to_string();
                            on_demand("archimate", "xml", "application/xml", vec![json.into(), day.into()]);
                        }>"ArchiMate (Open Exchange)"</button></li>
                        <li role="none"><button role="menuitem" data-export="dot" on:click=move |_| {
                            let text = doc.with(|d| model::dot::Dot(d).to_string());
                            save("dot", "text/vnd.graphviz", text.into_bytes());
                        }>"Graphviz DOT"</button></li>
                    })}
                </ul>
            </Show>
        </div>
    }
}
