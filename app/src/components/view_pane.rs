//! The open view: its diagram (drawn by the model's one SVG renderer), its filters and its text
//! outline.

use crate::components::catalogue_filters::CatalogueFilters;
use crate::components::diagram::Diagram;
use crate::components::embed_code::EmbedCode;
use crate::components::export_menu::ExportMenu;
use crate::components::outline::Outline;
use crate::context::{CatalogueFilter, CurrentView, View};
use crate::today;
use leptos::prelude::*;
use model::scene::Scene;
use model::views::{catalogue_map, national, reference};

/// Lays out the current view, as `khung export` does; the catalogue map and a shared framework
/// are laid out by their panes' own functions ([`catalogue_scene`], [`shared_scene`]), which
/// index.html fetches with those panes.
pub(crate) fn scene_for(view: &View, _: &catalogue_map::Filter) -> Scene {
    let cat = today::catalogue();
    // Layer titles and legend in the UI's language; the pictures exported from it follow.
    let lang = crate::i18n::drawing_lang();
    match view {
        View::National => national::scene_in(cat, lang),
        View::Reference(id) => match cat.reference_architecture(id) {
            Some(r) => reference::scene_in(cat, r, lang),
            None => national::scene_in(cat, lang),
        },
        View::Catalogue => national::scene_in(cat, lang),
        // These views draw themselves (components::editor, principles_view, roadmap_view,
        // glossary_view); an embed of one shows the national model.
        View::Editor | View::Principles | View::Roadmap | View::Glossary => national::scene(cat),
        View::Shared(_) => national::scene_in(cat, lang),
    }
}

/// How a pane makes its scene from the view and the catalogue filter.
pub(crate) type SceneOf = fn(&View, &catalogue_map::Filter) -> Scene;

crate::lazy::split_point!(
    /// The catalogue map's pane with its filters, from index.html's `catalogue` chunk.
    catalogue,
    load_catalogue,
    (),
    |()| {
        let filters: crate::lazy::Ctor = |()| view! { <CatalogueFilters /> }.into_any();
        view! { <ViewPane scene_of=catalogue_scene filters=filters /> }.into_any()
    }
);

/// [`scene_for`], and the catalogue map.
fn catalogue_scene(view: &View, filter: &catalogue_map::Filter) -> Scene {
    match view {
        View::Catalogue => {
            catalogue_map::scene_in(today::catalogue(), filter, crate::i18n::drawing_lang())
        }
        v => scene_for(v, filter),
    }
}

crate::lazy::split_point!(
    /// The pane of a framework shared by link, from index.html's `shared` chunk: reading the
    /// framework (the share link's inflate, the file format's checks) is fetched with it.
    shared,
    load_shared,
    (),
    |()| view! { <ViewPane scene_of=shared_scene /> }.into_any()
);

/// [`scene_for`], and the framework a share link carries.
fn shared_scene(view: &View, filter: &catalogue_map::Filter) -> Scene {
    let View::Shared(data) = view else {
        return scene_for(view, filter);
    };
    let cat = today::catalogue();
    match model::io::share::decode(data) {
        Ok(doc) => model::views::framework::scene(cat, &doc),
        Err(e) => {
            let mut s = national::scene(cat);
            s.title = format!("Không đọc được khung trong liên kết: {e}");
            s
        }
    }
}

/// The workspace's main pane.
#[component]
pub(crate) fn ViewPane(
    /// How the scene is made: [`scene_for`], or a function that also reads what it needs.
    scene_of: SceneOf,
    /// The filter bar above the diagram, if the view has one.
    #[prop(optional)]
    filters: Option<crate::lazy::Ctor>,
) -> impl IntoView {
    let CurrentView(view) = expect_context();
    let CatalogueFilter(filter) = expect_context();
    let scene = Memo::new(move |_| scene_of(&view.get(), &filter.get().to_filter()));
    let heading = move || scene.with(|s| s.title.clone());
    view! {
        <section class="view" aria-labelledby="view-title">
            <div class="view-head">
                <h2 id="view-title">{heading}</h2>
                <ExportMenu scene=scene />
                <EmbedCode title=Signal::derive(heading) />
            </div>
            {filters.map(|f| f(()))}
            <Diagram scene=scene />
            <Outline scene=scene />
        </section>
    }
}
