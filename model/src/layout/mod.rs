//! Layout: turns layered content into a [`Scene`] with coordinates.
//!
//! The four layers are horizontal bands with layer 1 at the bottom, as the national model draws
//! them. Inside a band, nodes are ordered to reduce crossings ([`order`]) and wrapped into rows;
//! connections are routed between bands ([`route`]). Layout is a pure function of its input, so
//! the same input always gives the same picture; a manual position overrides it per node.

pub mod arrange;
mod crossings;
mod detour;
mod graph;
mod labels;
pub mod order;
mod route;
pub mod snap;
mod tracks;
mod wrap;

pub use wrap::wrap;

use crate::document::Point;
use crate::scene::{Band, Edge, Node, NodeKind, Scene};
use std::collections::HashMap;

/// Width of one node box.
pub const NODE_W: f32 = 200.0;
/// Line height of node text.
pub const LINE_H: f32 = 15.0;
/// Space between columns: a vertical routing channel.
pub(crate) const COL_GAP: f32 = 44.0;
/// Least space between rows of a band: a horizontal routing channel.
const ROW_GAP: f32 = 30.0;
/// Left margin, inside which the band titles start.
pub(crate) const PAD: f32 = 24.0;
const TOP: f32 = 16.0;
const BAND_HEAD: f32 = 34.0;
/// Least space under a band's last row.
const BAND_FOOT: f32 = 14.0;
/// Space between bands.
const BAND_SEP: f32 = 8.0;
const NODE_PAD_Y: f32 = 10.0;
/// Average advance of one character at the node font size, in user units.
const CHAR_W: f32 = 6.6;
/// Average advance of one character of a band title (14 px, bold).
const TITLE_CHAR_W: f32 = 8.4;
/// Where band titles start.
pub const TITLE_X: f32 = 16.0;
/// Characters of a band title's line: a title fits above the first column, so that vertical
/// channels right of it run past the band's head without crossing its title.
const TITLE_CHARS: usize = 25;
/// Line height of a band title.
pub const TITLE_LINE_H: f32 = 17.0;
/// Room under the bands for the legend (two lines).
pub const LEGEND_H: f32 = 58.0;
/// How far apart a box placed by hand stays from every other box: more than two clearances,
/// so that a connection can pass between them. Snapping ([`snap`]) keeps the same room, so the
/// layout never has to push a snapped box.
pub(crate) const ROOM: f32 = 2.0 * detour::CLEAR + 2.0;

/// A band title in lines that fit above the first column.
///
/// ```
/// let lines = model::layout::band_title_lines("Lớp 1: Hạ tầng số và an ninh mạng dùng chung");
/// assert_eq!(lines, ["Lớp 1: Hạ tầng số và an", "ninh mạng dùng chung"]);
/// ```
pub fn band_title_lines(title: &str) -> Vec<String> {
    wrap(title, TITLE_CHARS, usize::MAX)
}

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
    /// The (row, column) the document keeps for it inside its band. When any item has one, the
    /// layout keeps every kept cell and fills free cells with the rest, instead of ordering.
    pub cell: Option<(usize, usize)>,
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
            cell: None,
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

impl Link {
    /// The link drawn for a framework's connection.
    pub fn of(e: &crate::document::Connection) -> Self {
        Link {
            id: e.id.clone(),
            from: e.from.clone(),
            to: e.to.clone(),
            label: e.label.clone(),
            both: e.direction == crate::document::Direction::Both,
        }
    }
}

/// How many nodes go in one row of a band: enough columns that a band of 200 stays a
/// reasonable rectangle, at least `min` so small diagrams keep their familiar shape.
pub fn columns_for(bands: &[BandInput], min: usize) -> usize {
    let sizes: Vec<usize> = bands.iter().map(|b| b.items.len()).collect();
    arrange::columns_for_sizes(&sizes, min)
}

/// The least columns of an agency's framework diagram.
pub const FRAMEWORK_MIN_COLUMNS: usize = 4;

/// Each band's rows of cells, each cell holding an item index or nothing.
type Grid = Vec<Vec<Vec<Option<usize>>>>;

/// The grid of kept cells: every item with a cell keeps it (the first to claim a cell wins),
/// and the others fill free cells of their band row by row.
fn kept_grid(slots: &[Vec<usize>], items: &[&Item], per_row: usize) -> Grid {
    slots
        .iter()
        .map(|slot| {
            let mut rows: Vec<Vec<Option<usize>>> = Vec::new();
            let mut homeless = Vec::new();
            for &i in slot {
                let free = items[i].cell.filter(|&(r, c)| {
                    c < per_row && rows.get(r).is_none_or(|row| row[c].is_none())
                });
                match free {
                    Some((r, c)) => {
                        while rows.len() <= r {
                            rows.push(vec![None; per_row]);
                        }
                        rows[r][c] = Some(i);
                    }
                    None => homeless.push(i),
                }
            }
            let mut at = 0;
            for i in homeless {
                while rows
                    .get(at / per_row)
                    .is_some_and(|r| r[at % per_row].is_some())
                {
                    at += 1;
                }
                if rows.len() <= at / per_row {
                    rows.push(vec![None; per_row]);
                }
                rows[at / per_row][at % per_row] = Some(i);
            }
            rows
        })
        .collect()
}

/// Lays `bands` out as horizontal layers, layer 1 at the bottom, `per_row` nodes to a row, and
/// routes `links` between them in the channels between rows and columns.
///
/// Every name is shown in full: a long name makes its box, and its row, taller.
///
/// # Complexity
/// O(n log n + n · L + m · g + Σ k²) for n items with names of L characters, m links, g columns
/// and k runs per routing channel.
pub fn layered(
    title: &str,
    description: &str,
    bands: &[BandInput],
    links: &[Link],
    per_row: usize,
) -> Scene {
    best(title, description, bands, links, per_row).0
}

/// Draws `bands` with each ordering rule and keeps the picture with fewer crossings (the
/// barycentre's on a tie), with the item order it used: item indices band after band, layer 4
/// first, slot `s` in row `s / per_row`. A grid the document keeps is drawn as it is.
fn best(
    title: &str,
    description: &str,
    bands: &[BandInput],
    links: &[Link],
    per_row: usize,
) -> (Scene, Vec<Vec<usize>>) {
    let first = lay(
        title,
        description,
        bands,
        links,
        per_row,
        order::Centre::Mean,
    );
    let kept = bands
        .iter()
        .flat_map(|b| &b.items)
        .any(|it| it.cell.is_some());
    if kept || links.len() < 2 {
        return first;
    }
    let second = lay(
        title,
        description,
        bands,
        links,
        per_row,
        order::Centre::Median,
    );
    let cross = |s: &Scene| {
        let lines: Vec<&[(f32, f32)]> = s.edges.iter().map(|e| e.points.as_slice()).collect();
        crossings::count(&lines)
    };
    if cross(&second.0) < cross(&first.0) {
        second
    } else {
        first
    }
}

/// The item order [`layered`] draws `bands` in (see [`best`]).
pub(crate) fn chosen_order(bands: &[BandInput], links: &[Link], per_row: usize) -> Vec<Vec<usize>> {
    best("", "", bands, links, per_row).1
}

fn lay(
    title: &str,
    description: &str,
    bands: &[BandInput],
    links: &[Link],
    per_row: usize,
    centre: order::Centre,
) -> (Scene, Vec<Vec<usize>>) {
    let per_row = per_row.max(1);
    let max_chars = ((NODE_W - 16.0) / CHAR_W) as usize;

    // Flatten items and order them inside their bands (layer 4 first, drawn on top).
    let mut ordered: Vec<&BandInput> = bands.iter().collect();
    crate::sort::sort_by_key(&mut ordered, |b| std::cmp::Reverse(b.layer));
    let items: Vec<&Item> = ordered.iter().flat_map(|b| b.items.iter()).collect();
    let index: HashMap<&str, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.as_str(), i))
        .collect();
    let sizes: Vec<usize> = ordered.iter().map(|b| b.items.len()).collect();
    let ends: Vec<(usize, usize)> = links
        .iter()
        .filter_map(|l| Some((*index.get(l.from.as_str())?, *index.get(l.to.as_str())?)))
        .collect();
    let kept = items.iter().any(|it| it.cell.is_some());
    let slots: Vec<Vec<usize>> = if kept {
        let mut slots = Vec::with_capacity(sizes.len());
        let mut next = 0;
        for &n in &sizes {
            slots.push((next..next + n).collect::<Vec<usize>>());
            next += n;
        }
        slots
    } else {
        arrange::auto_slots(&sizes, &ends, per_row, centre)
    };
    let table: Grid = if kept {
        kept_grid(&slots, &items, per_row)
    } else {
        slots
            .iter()
            .map(|slot| {
                slot.chunks(per_row)
                    .map(|r| r.iter().map(|&i| Some(i)).collect())
                    .collect()
            })
            .collect()
    };

    // At least four columns (or per_row, if fewer), so an empty or sparse band still has room
    // for its title; a kept grid keeps all its columns, so that filling one moves no channel.
    let cols = table
        .iter()
        .flatten()
        .map(|row| row.iter().rposition(Option::is_some).map_or(0, |c| c + 1))
        .max()
        .unwrap_or(0)
        .max(if kept { per_row } else { per_row.min(4) })
        .max(1);
    let col_x: Vec<f32> = (0..cols)
        .map(|c| PAD + c as f32 * (NODE_W + COL_GAP))
        .collect();
    let width = PAD + cols as f32 * NODE_W + cols as f32 * COL_GAP + 8.0;

    // Rows, top to bottom; each item's cell and wrapped name.
    let mut lines: Vec<Vec<String>> = items
        .iter()
        .map(|it| wrap(&it.name, max_chars, usize::MAX))
        .collect();
    let mut cell: Vec<Option<(usize, usize)>> = vec![None; items.len()];
    let mut rows: Vec<(usize, f32)> = Vec::new(); // (band, height)
    for (b, band_rows) in table.iter().enumerate() {
        // Placed by hand or not, every item keeps its slot's column and row in the grid, so
        // that dragging one box away leaves the others where they were.
        for row in band_rows {
            let most = row
                .iter()
                .flatten()
                .map(|&i| lines[i].len())
                .max()
                .unwrap_or(1);
            let h = most.max(1) as f32 * LINE_H + NODE_PAD_Y * 2.0;
            for (col, &i) in row.iter().enumerate() {
                if let Some(i) = i.filter(|&i| items[i].position.is_none()) {
                    cell[i] = Some((rows.len(), col));
                }
            }
            rows.push((b, h));
        }
    }

    // Which band titles a vertical run passing each channel must keep clear of.
    let first_row_of_band: Vec<Option<usize>> = (0..ordered.len())
        .map(|b| rows.iter().position(|r| r.0 == b))
        .collect();
    let title_lines: Vec<Vec<String>> =
        ordered.iter().map(|b| band_title_lines(&b.title)).collect();
    let title_end = |b: usize| {
        let chars = title_lines[b].iter().map(|l| l.chars().count()).max();
        TITLE_X + chars.unwrap_or(0) as f32 * TITLE_CHAR_W + 6.0
    };
    let mut title_x1 = vec![0.0f32; rows.len() + 1];
    for c in 1..rows.len() {
        let (above, below) = (rows[c - 1].0, rows[c].0);
        if above != below {
            title_x1[c] = (above + 1..=below).map(title_end).fold(0.0, f32::max);
        }
    }
    let grid = route::Grid {
        cell: &cell,
        rows: rows.len(),
        col_x: &col_x,
        box_w: NODE_W,
        col_gap: COL_GAP,
        title_x1: &title_x1,
    };
    let item_x: Vec<f32> = cell
        .iter()
        .map(|c| c.map(|(_, col)| col_x[col]).unwrap_or(0.0))
        .collect();
    let plan = route::plan(&grid, &ends, &item_x);

    // Heights: each channel as tall as its tracks.
    let zone_h = |c: usize| plan.tracks[c].saturating_sub(1) as f32 * route::TRACK;
    let mut zones = vec![(0.0f32, 0.0f32); rows.len() + 1];
    let mut row_y = vec![0.0f32; rows.len()];
    let mut out_bands = Vec::with_capacity(ordered.len());
    let mut y = TOP;
    let mut r = 0;
    for (b, band) in ordered.iter().enumerate() {
        let top = y;
        y += BAND_HEAD + title_lines[b].len().saturating_sub(1) as f32 * TITLE_LINE_H;
        if r == 0 && first_row_of_band[b] == Some(0) && plan.tracks[0] > 0 {
            zones[0] = (y - route::MARGIN / 2.0, y - route::MARGIN / 2.0 + zone_h(0));
            y = zones[0].1 + route::MARGIN;
        }
        let mut bottom = y + LINE_H + ROW_GAP / 2.0;
        while r < rows.len() && rows[r].0 == b {
            row_y[r] = y;
            let row_bottom = y + rows[r].1;
            let z0 = row_bottom + route::MARGIN;
            zones[r + 1] = (z0, z0 + zone_h(r + 1));
            let last = r + 1 == rows.len() || rows[r + 1].0 != b;
            if last {
                bottom = (zones[r + 1].1 + route::MARGIN).max(row_bottom + BAND_FOOT);
            } else {
                y = row_bottom + ROW_GAP.max(2.0 * route::MARGIN + zone_h(r + 1));
                zones[r + 1] = (row_bottom + route::MARGIN, y - route::MARGIN);
            }
            r += 1;
        }
        out_bands.push(Band {
            layer: band.layer,
            title: band.title.clone(),
            y: top,
            height: bottom - top,
        });
        y = bottom + BAND_SEP;
    }

    // Nodes: grid boxes first, then boxes placed by hand, each moved down until it covers
    // no box already placed.
    let mut legend: Vec<NodeKind> = Vec::new();
    let mut boxes: Vec<(f32, f32, f32)> = vec![(0.0, 0.0, 0.0); items.len()];
    for (b, band_rows) in table.iter().enumerate() {
        let first = first_row_of_band[b].unwrap_or(0);
        for (k, row) in band_rows.iter().enumerate() {
            for (col, &i) in row.iter().enumerate() {
                if let Some(i) = i {
                    boxes[i] = (col_x[col], row_y[first + k], rows[first + k].1);
                }
            }
        }
    }
    let mut taken: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].position.is_none())
        .collect();
    for i in 0..items.len() {
        let Some(p) = items[i].position else { continue };
        let h = boxes[i].2;
        let mut at = (p.x, p.y);
        let room = ROOM;
        let hits = |at: (f32, f32), taken: &[usize]| {
            taken.iter().any(|&j| {
                let (x, y, hj) = boxes[j];
                at.0 < x + NODE_W + room
                    && x < at.0 + NODE_W + room
                    && at.1 < y + hj + room
                    && y < at.1 + h + room
            })
        };
        while hits(at, &taken) {
            at.1 += 8.0;
        }
        boxes[i] = (at.0, at.1, h);
        taken.push(i);
    }

    let mut polylines = route::draw(&grid, &plan, &zones, &boxes, &ends);
    // Connections with an end placed by hand, or crossing a box placed by hand, go around.
    let manual: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].position.is_some())
        .collect();
    if !manual.is_empty() {
        let rects: Vec<detour::Rect> = boxes
            .iter()
            .map(|&(x, y, h)| detour::Rect::new(x, y, NODE_W, h))
            .collect();
        let obstacles = detour::Obstacles::new(&rects);
        for (e, &(a, b)) in ends.iter().enumerate() {
            let blocked = match &polylines[e] {
                None => true,
                Some(p) => manual
                    .iter()
                    .any(|&m| m != a && m != b && rects[m].grown(4.0).cut_by_polyline(p)),
            };
            if blocked {
                polylines[e] = Some(detour::route(&obstacles, a, b));
            }
        }
    }

    let mut nodes: Vec<Node> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if !legend.contains(&item.kind) {
            legend.push(item.kind);
        }
        let (x, y, h) = boxes[i];
        nodes.push(Node {
            id: item.id.clone(),
            name: item.name.clone(),
            lines: std::mem::take(&mut lines[i]),
            kind: item.kind,
            badge: item.badge,
            mark: None,
            x,
            y,
            w: NODE_W,
            h,
        });
    }
    let max_x = nodes.iter().map(|n| n.x + n.w + PAD).fold(width, f32::max);
    let bottom = nodes.iter().map(|n| n.y + n.h + TOP).fold(y, f32::max);

    let title_areas: Vec<(f32, f32, f32, f32)> = out_bands
        .iter()
        .zip(&title_lines)
        .enumerate()
        .map(|(b, (band, lines))| {
            let h = 22.0 + lines.len().saturating_sub(1) as f32 * TITLE_LINE_H;
            (TITLE_X, band.y + 6.0, title_end(b), band.y + 6.0 + h)
        })
        .collect();
    let mut placed = labels::Placer::new(&nodes, &title_areas, &polylines);
    let mut edges: Vec<Edge> = Vec::with_capacity(ends.len());
    let mut e = 0;
    for l in links {
        let (Some(_), Some(_)) = (index.get(l.from.as_str()), index.get(l.to.as_str())) else {
            continue;
        };
        let points = polylines[e].take().unwrap_or_default();
        let label_at = (!l.label.is_empty())
            .then(|| placed.place(e, &l.label, &points))
            .flatten();
        e += 1;
        edges.push(Edge {
            id: l.id.clone(),
            from: l.from.clone(),
            to: l.to.clone(),
            label: l.label.clone(),
            both: l.both,
            mark: None,
            points,
            label_at,
        });
    }

    let scene = Scene {
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
            crate::sort::sort(&mut b);
            b.dedup();
            b
        },
        lang: crate::captions::Lang::Vi,
    };
    (scene, slots)
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
