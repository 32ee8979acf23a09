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
    cat.layer_title(layer)
}
