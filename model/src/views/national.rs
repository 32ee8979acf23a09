//! The national four-layer model as a diagram: the first thing every user sees.

use super::layer_title_in;
use crate::captions::Lang;
use crate::catalogue::Catalogue;
use crate::layout::{layered, BandInput, Item};
use crate::scene::{NodeKind, Scene};

/// Nodes per row in the national model; four keeps the picture readable on a laptop and in print.
const PER_ROW: usize = 4;

/// Lays out the national model: each layer with its national shared components.
pub fn scene(cat: &Catalogue) -> Scene {
    scene_in(cat, Lang::Vi)
}

/// [`scene`] with the drawing's own words (layer titles, legend) in `lang`; the components'
/// names are the documents' and stay Vietnamese.
///
/// ```
/// use model::{captions::Lang, views::national, Catalogue};
/// let en = model::svg::Svg(&national::scene_in(Catalogue::get(), Lang::En)).to_string();
/// assert!(en.contains("Layer 1: ") && !en.contains("Lớp 1: "));
/// ```
pub fn scene_in(cat: &Catalogue, lang: Lang) -> Scene {
    let bands: Vec<BandInput> = cat
        .layers
        .iter()
        .map(|l| BandInput {
            layer: l.layer,
            title: layer_title_in(cat, l.layer, lang),
            items: l
                .components
                .iter()
                .map(|c| Item::new(c.id.clone(), c.name.clone(), NodeKind::National))
                .collect(),
        })
        .collect();
    let outline: Vec<String> = cat
        .layers
        .iter()
        .rev()
        .map(|l| {
            let names: Vec<&str> = l.components.iter().map(|c| c.name.as_str()).collect();
            format!("Lớp {} – {}: {}.", l.layer, l.name, names.join("; "))
        })
        .collect();
    let mut scene = layered(
        "Mô hình tổng thể bốn lớp của Kiến trúc tổng thể quốc gia số",
        &outline.join(" "),
        &bands,
        &[],
        PER_ROW,
    );
    scene.lang = lang;
    scene
}
