//! A reference architecture of 3090/QĐ-BKHCN Phụ lục I as a diagram: its four layers, the
//! elements the agency builds itself, the national platforms it reuses, and the connections the
//! text names (for example the provincial LGSP to NDXP).

use super::{layer_title_in, platform_kind};
use crate::captions::Lang;
use crate::catalogue::{Catalogue, RefElement, ReferenceArchitecture};
use crate::layout::{layered, BandInput, Item, Link};
use crate::scene::{NodeKind, Scene};

const PER_ROW: usize = 4;

/// How an element is drawn: a reused platform in the platform's colours, a national shared
/// element as national, and what the agency builds as a reference element.
pub fn element_kind(cat: &Catalogue, e: &RefElement) -> NodeKind {
    if e.expected_build {
        return NodeKind::Reference;
    }
    match e.platforms.first().and_then(|id| cat.platform(id)) {
        Some(p) => platform_kind(p),
        None if e.national_shared => NodeKind::National,
        None => NodeKind::Reference,
    }
}

/// Lays out reference architecture `r`.
pub fn scene(cat: &Catalogue, r: &ReferenceArchitecture) -> Scene {
    scene_in(cat, r, Lang::Vi)
}

/// [`scene`] with the drawing's own words in `lang`: in English a band is titled by the
/// national layer's English name, since the reference architecture's own layer titles are the
/// document's words and have no translation.
pub fn scene_in(cat: &Catalogue, r: &ReferenceArchitecture, lang: Lang) -> Scene {
    let bands: Vec<BandInput> = r
        .layers
        .iter()
        .map(|l| BandInput {
            layer: l.layer,
            title: match lang {
                Lang::Vi => format!("Lớp {}: {}", l.layer, l.title),
                Lang::En => layer_title_in(cat, l.layer, lang),
            },
            items: l
                .elements
                .iter()
                .map(|e| Item::new(e.id.clone(), e.name.clone(), element_kind(cat, e)))
                .collect(),
        })
        .collect();
    let elements: Vec<&RefElement> = r.layers.iter().flat_map(|l| l.elements.iter()).collect();
    let mut links = Vec::new();
    for e in &elements {
        for target in &e.connects_to {
            for other in elements
                .iter()
                .filter(|o| o.id != e.id && o.platforms.contains(target))
            {
                links.push(Link {
                    id: format!("{}→{}", e.id, other.id),
                    from: e.id.clone(),
                    to: other.id.clone(),
                    label: String::new(),
                    both: false,
                });
            }
        }
    }
    let outline: Vec<String> = r
        .layers
        .iter()
        .rev()
        .map(|l| {
            let names: Vec<&str> = l.elements.iter().map(|e| e.name.as_str()).collect();
            format!("Lớp {} – {}: {}.", l.layer, l.title, names.join("; "))
        })
        .collect();
    let mut scene = layered(&r.name, &outline.join(" "), &bands, &links, PER_ROW);
    scene.lang = lang;
    scene
}
