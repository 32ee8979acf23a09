//! The export menu: SVG, PNG at 1× and 2×, printing and, for a framework in the editor, its
//! own exports (`framework.rs`: JSON, CSV, ArchiMate, Graphviz DOT and the framework report).
//! Every picture comes from the one renderer the screen uses, with the legend and title block a
//! document needs ([`crate::print::picture`]).

use crate::browser_io::{download, file_stem};
use crate::context::Notice;
use crate::i18n::t;
use crate::raster;
use leptos::prelude::*;
use model::document::Document;
use model::scene::Scene;

#[cfg(feature = "editor")]
mod framework;

/// The framework's own exports (JSON, CSV, ArchiMate, DOT, the report), for a view showing
/// one. A framework is only ever open in the editor build (editor.html), so the viewer and the
/// embed compile none of them, nor the rules and the report path they reach.
#[cfg(feature = "editor")]
fn framework_items(
    doc: Option<Signal<Document>>,
    save: impl Fn(&str, &str, Vec<u8>) + Copy + Send + Sync + 'static,
    open: RwSignal<bool>,
    stem: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> Option<impl IntoView> {
    let save = Callback::new(move |(ext, mime, bytes): (String, String, Vec<u8>)| {
        save(&ext, &mime, bytes)
    });
    let stem = Signal::derive(stem);
    doc.map(|doc| view! { <framework::FrameworkItems doc=doc save=save open=open stem=stem /> })
}

#[cfg(not(feature = "editor"))]
fn framework_items<S, T>(_: Option<Signal<Document>>, _: S, _: RwSignal<bool>, _: T) -> Option<()> {
    None
}

crate::lazy::split_point!(
    /// The open menu's items, from index.html's `view_head` chunk (with the embed-code dialog):
    /// fetched when either first opens.
    view_head,
    load,
    (Signal<Scene>, Option<Signal<Document>>, RwSignal<bool>),
    |(scene, doc, open)| view! { <ExportItems scene=scene doc=doc open=open /> }.into_any()
);

/// The menu: its button, and its items while open.
#[component]
pub(crate) fn ExportMenu(
    /// What the diagram shows.
    #[prop(into)]
    scene: Signal<Scene>,
    /// The framework, when the view shows one (enables JSON and DOT).
    #[prop(optional, into)]
    doc: Option<Signal<Document>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // Ctrl+P prints the open view's picture, whether or not the menu was ever opened.
    if let Some(p) = use_context::<crate::print::Printable>() {
        p.register(scene, doc);
    }
    view! {
        <div class="export-menu">
            <button aria-haspopup="true" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>{move || t("Xuất ▾")}</button>
            <Show when=move || open.get()>
                {crate::lazy::lazy_view("Xuất", load, (scene, doc, open))}
            </Show>
        </div>
    }
}

/// The items: every export of `scene` (and of `doc`, in the editor); each closes the menu.
#[component]
fn ExportItems(
    scene: Signal<Scene>,
    doc: Option<Signal<Document>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let notice: Notice = expect_context();
    let as_of = use_context::<crate::context::AsOf>();
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
    view! {
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
            {framework_items(doc, save, open, stem)}
        </ul>
    }
}
