//! An agency's framework document as a diagram: reused national platforms and the agency's own
//! components, each in its layer, with their connections.

use super::{layer_title_in, platform_kind};
use crate::captions::Lang;
use crate::catalogue::Catalogue;
use crate::document::{Component, Document, Status};
use crate::layout::{columns_for, layered, BandInput, Item, Link, FRAMEWORK_MIN_COLUMNS};
use crate::scene::{Badge, NodeKind, Scene};
use std::collections::HashMap;

/// How a component is drawn: a reused platform by its operation, the agency's own by status.
pub fn component_kind(cat: &Catalogue, c: &Component) -> NodeKind {
    match c.platform.as_deref().and_then(|id| cat.platform(id)) {
        Some(p) => platform_kind(p),
        None => match c.status {
            Status::Existing => NodeKind::OwnExisting,
            // Expanding is new investment in an own system, drawn as planned work.
            Status::Planned | Status::Expanding => NodeKind::OwnPlanned,
            Status::Retiring => NodeKind::OwnRetiring,
        },
    }
}

/// Lays out `doc`. Components whose layer is outside 1–4 are never created by the readers.
///
/// # Complexity
/// O(n log n + m) for n components and m connections, plus text wrapping.
pub fn scene(cat: &Catalogue, doc: &Document) -> Scene {
    scene_with_badges(cat, doc, &HashMap::new())
}

/// Lays out `doc` with each flagged component marked by its most severe finding, so duplicates
/// of national platforms stand out on the diagram itself.
pub fn scene_with_badges(cat: &Catalogue, doc: &Document, badges: &HashMap<&str, Badge>) -> Scene {
    scene_in(cat, doc, badges, Lang::Vi)
}

/// [`scene_with_badges`] with the drawing's own words (layer titles, legend) in `lang`, laid
/// out for them (an English title may take more lines); names and data stay as written. The
/// editor draws it when the user reads the app in English, and the pictures exported from it
/// follow; Vietnamese, the official documents' language, stays the default.
///
/// ```
/// use model::{captions::Lang, document::*, views::framework, Catalogue};
/// let mut d = Document::new("k", Kind::Province, "Lâm Đồng");
/// d.components.push(Component::new("c", "Cổng dịch vụ công tỉnh", 4));
/// let s = framework::scene_in(Catalogue::get(), &d, &Default::default(), Lang::En);
/// let svg = model::svg::Svg(&s).to_string();
/// assert!(svg.contains("Layer 4: ") && !svg.contains("Lớp 4: "));
/// assert!(svg.contains("Cổng dịch vụ công tỉnh"));
/// ```
pub fn scene_in(
    cat: &Catalogue,
    doc: &Document,
    badges: &HashMap<&str, Badge>,
    lang: Lang,
) -> Scene {
    let kept = doc.arrangement.as_ref();
    let bands: Vec<BandInput> = (1..=4u8)
        .map(|layer| BandInput {
            layer,
            title: layer_title_in(cat, layer, lang),
            items: doc
                .components
                .iter()
                .filter(|c| c.layer == layer)
                .map(|c| Item {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    kind: component_kind(cat, c),
                    position: c.position,
                    badge: badges.get(c.id.as_str()).copied(),
                    cell: kept
                        .and_then(|a| a.cells.get(&c.id))
                        .filter(|at| at.layer == c.layer)
                        .map(|at| (usize::from(at.row), usize::from(at.col))),
                })
                .collect(),
        })
        .collect();
    let links: Vec<Link> = doc.connections.iter().map(Link::of).collect();
    let per_row = match kept {
        Some(a) => usize::from(a.columns.max(1)),
        None => columns_for(&bands, FRAMEWORK_MIN_COLUMNS),
    };
    let agency = if doc.agency.is_empty() {
        doc.kind.label().to_owned()
    } else {
        doc.agency.clone()
    };
    let mut scene = layered(
        &doc.title,
        &format!(
            "Khung kiến trúc số của {agency}: {} thành phần, {} kết nối.",
            doc.components.len(),
            doc.connections.len()
        ),
        &bands,
        &links,
        per_row,
    );
    scene.lang = lang;
    scene
}
