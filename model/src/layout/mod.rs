//! Layout: turns layered content into a [`Scene`] with coordinates.
//!
//! The four layers are horizontal bands with layer 1 at the bottom, as the national model draws
//! them. Inside a band, nodes are ordered to reduce crossings ([`order`]) and wrapped into rows;
//! connections are routed between bands ([`route`]). Layout is a pure function of its input, so
//! the same input always gives the same picture; a manual position overrides it per node.

pub mod order;
mod route;
mod wrap;

pub use wrap::wrap;

use crate::document::Point;
use crate::scene::{Band, Edge, Node, NodeKind, Scene};
use std::collections::HashMap;

/// Width of one node box.
pub const NODE_W: f32 = 200.0;
/// Line height of node text.
pub const LINE_H: f32 = 15.0;
/// Lines shown in a box before the name is cut with an ellipsis (the full name stays in `<title>`).
pub const MAX_LINES: usize = 4;
const GAP: f32 = 14.0;
const PAD: f32 = 16.0;
const BAND_HEAD: f32 = 34.0;
const NODE_PAD_Y: f32 = 10.0;
/// Average advance of one character at the node font size, in user units.
const CHAR_W: f32 = 6.6;
/// Room under the bands for the legend (two lines).
pub const LEGEND_H: f32 = 58.0;

/// One item to place inside a band.
#[derive(Debug, Clone)]
pub struct Item {
    /// The record's own id.
    pub id: String,
    /// The full name.
    pub name: String,
    /// Look.
    pub kind: NodeKind,
    /// A manual position, overriding the computed one.
    pub position: Option<Point>,
    /// A finding's mark.
    pub badge: Option<crate::scene::Badge>,
}

impl Item {
    /// An item placed by the layout.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: NodeKind) -> Self {
        Item {
            id: id.into(),
            name: name.into(),
            kind,
            position: None,
            badge: None,
        }
    }
}

/// One band's content, before layout.
#[derive(Debug, Clone)]
pub struct BandInput {
    /// 1–4.
    pub layer: u8,
    /// Title shown at the band's head.
    pub title: String,
    /// Items, in their initial order.
    pub items: Vec<Item>,
}

/// A connection to route between two items.
#[derive(Debug, Clone)]
pub struct Link {
    /// The connection's own id.
    pub id: String,
    /// Source item id.
    pub from: String,
    /// Target item id.
    pub to: String,
    /// Label drawn at the middle.
    pub label: String,
    /// Arrow heads at both ends.
    pub both: bool,
}

/// How many nodes go in one row of a band: enough columns that a band of 200 stays a
/// reasonable rectangle, at least `min` so small diagrams keep their familiar shape.
pub fn columns_for(bands: &[BandInput], min: usize) -> usize {
    let most = bands.iter().map(|b| b.items.len()).max().unwrap_or(0);
    let by_area = (most as f64 * 1.5).sqrt().ceil() as usize;
    by_area.clamp(min.max(1), 24).min(most.max(min.max(1)))
}

/// Lays `bands` out as horizontal layers, layer 1 at the bottom, `per_row` nodes to a row, and
/// routes `links` between them.
///
/// # Complexity
/// O(n log n + m + n · L) for n items with names of L characters and m links.
pub fn layered(
    title: &str,
    description: &str,
    bands: &[BandInput],
    links: &[Link],
    per_row: usize,
) -> Scene {
    let per_row = per_row.max(1);
    let max_chars = ((NODE_W - 16.0) / CHAR_W) as usize;

    // Flatten items and order them inside their bands (layer 4 first, drawn on top).
    let mut ordered: Vec<&BandInput> = bands.iter().collect();
    ordered.sort_by_key(|b| std::cmp::Reverse(b.layer));
    let items: Vec<&Item> = ordered.iter().flat_map(|b| b.items.iter()).collect();
    let index: HashMap<&str, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.as_str(), i))
        .collect();
    let mut slots: Vec<Vec<usize>> = Vec::with_capacity(ordered.len());
    let mut next = 0;
    for b in &ordered {
        slots.push((next..next + b.items.len()).collect());
        next += b.items.len();
    }
    let mut adj = vec![Vec::new(); items.len()];
    for l in links {
        if let (Some(&a), Some(&b)) = (index.get(l.from.as_str()), index.get(l.to.as_str())) {
            if a != b {
                adj[a].push(b);
                adj[b].push(a);
            }
        }
    }
    order::reduce_crossings(&mut slots, &adj);

    // At least four columns (or per_row, if fewer), so an empty or sparse band still has room
    // for its title.
    let widest = slots
        .iter()
        .map(|s| s.len().min(per_row))
        .max()
        .unwrap_or(0)
        .max(per_row.min(4));
    let width = PAD * 2.0 + widest as f32 * NODE_W + (widest as f32 - 1.0) * GAP;
    let mut y = PAD;
    let mut out_bands = Vec::with_capacity(ordered.len());
    let mut nodes: Vec<Node> = Vec::with_capacity(items.len());
    let mut node_of = vec![0usize; items.len()];
    let mut legend: Vec<NodeKind> = Vec::new();
    let mut max_x = width;
    for (band, slot) in ordered.iter().zip(&slots) {
        let top = y;
        y += BAND_HEAD;
        for row in slot.chunks(per_row) {
            let wrapped: Vec<Vec<String>> = row
                .iter()
                .map(|&i| wrap(&items[i].name, max_chars, MAX_LINES))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = lines as f32 * LINE_H + NODE_PAD_Y * 2.0;
            for (col, (&i, lines)) in row.iter().zip(wrapped).enumerate() {
                let item = items[i];
                if !legend.contains(&item.kind) {
                    legend.push(item.kind);
                }
                let (x, ny) = match item.position {
                    Some(p) => (p.x, p.y),
                    None => (PAD + col as f32 * (NODE_W + GAP), y),
                };
                max_x = max_x.max(x + NODE_W + PAD);
                node_of[i] = nodes.len();
                nodes.push(Node {
                    id: item.id.clone(),
                    name: item.name.clone(),
                    lines,
                    kind: item.kind,
                    badge: item.badge,
                    mark: None,
                    x,
                    y: ny,
                    w: NODE_W,
                    h,
                });
            }
            y += h + GAP;
        }
        if band.items.is_empty() {
            y += LINE_H + GAP;
        }
        out_bands.push(Band {
            layer: band.layer,
            title: band.title.clone(),
            y: top,
            height: y - top,
        });
        y += GAP / 2.0;
    }
    let bottom = nodes.iter().map(|n| n.y + n.h + PAD).fold(y, f32::max);

    let edges: Vec<Edge> = links
        .iter()
        .filter_map(|l| {
            let a = node_of[*index.get(l.from.as_str())?];
            let b = node_of[*index.get(l.to.as_str())?];
            Some(route::route(l, &nodes[a], &nodes[b]))
        })
        .collect();

    Scene {
        title: title.to_owned(),
        description: description.to_owned(),
        width: max_x,
        height: bottom + LEGEND_H,
        bands: out_bands,
        nodes,
        edges,
        legend,
        badges: {
            let mut b: Vec<_> = items.iter().filter_map(|i| i.badge).collect();
            b.sort();
            b.dedup();
            b
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, name: &str) -> Item {
        Item::new(id, name, NodeKind::National)
    }

    #[test]
    fn layer_one_is_drawn_below_layer_four() {
        let bands: Vec<BandInput> = (1..=4)
            .map(|l| BandInput {
                layer: l,
                title: format!("Lớp {l}"),
                items: vec![item(&l.to_string(), "x")],
            })
            .collect();
        let s = layered("t", "d", &bands, &[], 4);
        let y = |l: u8| s.bands.iter().find(|b| b.layer == l).unwrap().y;
        assert!(y(1) > y(2) && y(2) > y(3) && y(3) > y(4));
    }

    #[test]
    fn empty_band_still_has_height() {
        let s = layered(
            "t",
            "d",
            &[BandInput {
                layer: 1,
                title: "L1".into(),
                items: vec![],
            }],
            &[],
            4,
        );
        assert!(s.bands[0].height > 0.0);
        assert!(s.nodes.is_empty());
    }

    #[test]
    fn same_input_same_scene() {
        let bands = vec![BandInput {
            layer: 2,
            title: "L2".into(),
            items: vec![item("a", "A"), item("b", "B")],
        }];
        assert_eq!(
            layered("t", "d", &bands, &[], 1),
            layered("t", "d", &bands, &[], 1)
        );
    }

    #[test]
    fn manual_position_overrides_layout() {
        let mut it = item("a", "A");
        it.position = Some(Point { x: 900.0, y: 40.0 });
        let s = layered(
            "t",
            "d",
            &[BandInput {
                layer: 2,
                title: "L2".into(),
                items: vec![it],
            }],
            &[],
            4,
        );
        assert_eq!((s.nodes[0].x, s.nodes[0].y), (900.0, 40.0));
        assert!(s.width >= 900.0 + NODE_W);
    }

    #[test]
    fn columns_grow_with_the_widest_band() {
        let band = |n: usize| BandInput {
            layer: 1,
            title: String::new(),
            items: (0..n).map(|i| item(&i.to_string(), "x")).collect(),
        };
        assert_eq!(columns_for(&[band(3)], 4), 4);
        assert_eq!(columns_for(&[band(200)], 4), 18);
    }
}
