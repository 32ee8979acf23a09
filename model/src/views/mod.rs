//! Views: each turns catalogue data (or a framework document) into a [`crate::scene::Scene`]
//! through the one layout and render path.

pub mod catalogue_map;
pub mod compare;
pub mod details;
pub mod drop;
pub mod framework;
pub mod marks;
pub mod national;
pub mod principles;
pub mod reference;
pub mod roadmap;

use crate::captions::{Caption, Lang};
use crate::catalogue::{Catalogue, Platform};
use crate::scene::NodeKind;

/// How a platform is drawn on a given day.
pub fn platform_kind(p: &Platform) -> NodeKind {
    if p.operational {
        NodeKind::PlatformOperational
    } else {
        NodeKind::PlatformPlanned
    }
}

/// The layer's full title as the national model names it: "Lớp 2: Dữ liệu và nền tảng lõi".
pub fn layer_title(cat: &Catalogue, layer: u8) -> String {
    layer_title_in(cat, layer, Lang::Vi)
}

/// [`layer_title`] in `lang`, with the catalogue's English name of the layer where it has one.
pub fn layer_title_in(cat: &Catalogue, layer: u8, lang: Lang) -> String {
    let word = Caption::Layer.text(lang);
    match (cat.layer(layer), lang) {
        (_, Lang::Vi) => cat.layer_title(layer),
        (Some(l), Lang::En) if !l.name_en.is_empty() => format!("{word} {layer}: {}", l.name_en),
        (Some(l), _) => format!("{word} {layer}: {}", l.name),
        (None, _) => format!("{word} {layer}"),
    }
}
