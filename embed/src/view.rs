//! Which view the embed shows, read from the URL fragment (`#/national`, `#/catalogue`,
//! `#/ref/<kind>`, a framework share link `#/fw/<data>`, each optionally followed by a node id
//! to select) or set by a `khung:view` / `khung:load` message. The catalogue's views are laid
//! out here, by the same model functions the app and `khung export` use; a framework is read
//! and laid out by the framework worker (`frameworks`).

use crate::frameworks::Source;
use model::captions::Lang;
use model::catalogue::Catalogue;
use model::scene::Scene;
use model::views::{catalogue_map, national, reference};

/// A view the embed can show.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum View {
    /// The national four-layer model.
    National,
    /// The platform catalogue map.
    Catalogue,
    /// A reference architecture, by id (`province`, `ministry`, …).
    Reference(String),
    /// A framework: a share link's data (`model::io::share`) or a portal's JSON.
    Framework(Source, String),
}

impl View {
    /// The view a fragment names, with the node it selects. Anything else (the app's own
    /// pages, an unknown reference architecture) shows the national model, as in the app.
    pub(crate) fn from_hash(hash: &str, cat: &Catalogue) -> (View, Option<String>) {
        let parts: Vec<&str> = hash
            .trim_start_matches('#')
            .trim_start_matches('/')
            .split('/')
            .collect();
        let decode = |s: &&str| {
            js_sys::decode_uri_component(s)
                .map(String::from)
                .unwrap_or_else(|_| (*s).to_owned())
        };
        let (view, rest) = match parts.as_slice() {
            ["ref", id, rest @ ..] if cat.reference_architecture(id).is_some() => {
                (View::Reference((*id).to_owned()), rest)
            }
            ["catalogue", rest @ ..] => (View::Catalogue, rest),
            ["fw", data, rest @ ..] => (View::Framework(Source::Share, (*data).to_owned()), rest),
            ["national", rest @ ..] => (View::National, rest),
            _ => (View::National, &[][..]),
        };
        (view, rest.first().map(decode))
    }

    /// The scene of a catalogue view, laid out with its layer titles and legend in `lang`;
    /// `None` for a framework, which the worker draws.
    pub(crate) fn scene(&self, cat: &Catalogue, lang: Lang) -> Option<Scene> {
        Some(match self {
            View::National => national::scene_in(cat, lang),
            View::Catalogue => catalogue_map::scene_all(cat, lang),
            View::Reference(id) => match cat.reference_architecture(id) {
                Some(r) => reference::scene_in(cat, r, lang),
                None => national::scene_in(cat, lang),
            },
            View::Framework(..) => return None,
        })
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn fragments_name_views_and_a_node_to_select() {
        let cat = Catalogue::get();
        assert_eq!(
            View::from_hash("#/ref/province/A-01", cat),
            (View::Reference("province".into()), Some("A-01".into()))
        );
        assert_eq!(View::from_hash("#/catalogue", cat), (View::Catalogue, None));
        assert_eq!(
            View::from_hash("#/fw/abc", cat).0,
            View::Framework(Source::Share, "abc".into())
        );
        // The app's own pages and unknown kinds show the national model.
        assert_eq!(View::from_hash("#/ref/nope", cat).0, View::National);
        assert_eq!(View::from_hash("#/editor", cat).0, View::National);
        assert_eq!(View::from_hash("", cat).0, View::National);
        assert!(View::National.scene(cat, Lang::En).is_some());
        assert!(View::Framework(Source::Json, "{}".into())
            .scene(cat, Lang::Vi)
            .is_none());
    }
}
