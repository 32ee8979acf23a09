//! The grid an edited framework keeps. The layout orders a band's boxes to cross fewer lines,
//! and that order depends on every box and connection; left to itself it would move boxes the
//! user did not touch whenever one is added. So the first edit freezes the layout's own grid
//! into the document ([`auto`]), and later edits only fill free cells ([`settle`]): nothing the
//! user did not touch moves, and a band grows a row only when its rows are full. "Tự sắp xếp"
//! computes the grid afresh.

use super::{graph, order, BandInput, Item, Link};
use crate::document::{Arrangement, Cell, Document};
use crate::scene::NodeKind;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Columns the layout gives bands of `sizes` items: enough that a band of 200 stays a
/// reasonable rectangle, at least `min` so small diagrams keep their familiar shape.
pub(super) fn columns_for_sizes(sizes: &[usize], min: usize) -> usize {
    let most = sizes.iter().copied().max().unwrap_or(0);
    let by_area = (most as f64 * 1.5).sqrt().ceil() as usize;
    by_area.clamp(min.max(1), 24).min(most.max(min.max(1)))
}

/// Item indices per band (items numbered band after band), in the order the layout gives
/// them: crossings reduced, hubs in the middle of their band's first row. Slot `s` of a band
/// stands in row `s / per_row`, column `s % per_row`.
pub(super) fn auto_slots(
    sizes: &[usize],
    ends: &[(usize, usize)],
    per_row: usize,
    centre: order::Centre,
) -> Vec<Vec<usize>> {
    let mut slots = Vec::with_capacity(sizes.len());
    let mut next = 0;
    for &n in sizes {
        slots.push((next..next + n).collect());
        next += n;
    }
    let adj = graph::adjacency(next, ends);
    order::reduce_crossings_in_rows(&mut slots, &adj, per_row, centre);
    order::centre_hubs(&mut slots, &adj, per_row);
    slots
}

/// The grid the layout draws for `doc` when it keeps none: the same cells
/// [`crate::views::framework::scene`] shows (the same bands, titles, boxes placed by hand and
/// connections go in), so freezing it moves nothing.
///
/// # Complexity
/// That of two layouts of `doc` (see [`super::layered`]).
pub fn auto(doc: &Document) -> Arrangement {
    let cat = crate::catalogue::Catalogue::get();
    // Bands layer 4 first, items in document order, as the layout orders the framework view's.
    let bands: Vec<BandInput> = (1..=4u8)
        .rev()
        .map(|layer| BandInput {
            layer,
            title: cat.layer_title(layer),
            items: doc
                .components
                .iter()
                .filter(|c| c.layer == layer)
                .map(|c| Item {
                    position: c.position,
                    ..Item::new(c.id.as_str(), c.name.as_str(), NodeKind::OwnExisting)
                })
                .collect(),
        })
        .collect();
    let links: Vec<Link> = doc.connections.iter().map(Link::of).collect();
    let sizes: Vec<usize> = bands.iter().map(|b| b.items.len()).collect();
    let per_row = columns_for_sizes(&sizes, super::FRAMEWORK_MIN_COLUMNS);
    let ids: Vec<(&str, u8)> = bands
        .iter()
        .flat_map(|b| b.items.iter().map(move |it| (it.id.as_str(), b.layer)))
        .collect();
    let mut cells = BTreeMap::new();
    for slot in super::chosen_order(&bands, &links, per_row) {
        for (k, i) in slot.into_iter().enumerate() {
            let (id, layer) = ids[i];
            cells.insert(id.to_owned(), cell(layer, k / per_row, k % per_row));
        }
    }
    Arrangement {
        columns: per_row as u16,
        cells,
    }
}

fn cell(layer: u8, row: usize, col: usize) -> Cell {
    Cell {
        layer,
        row: row.min(u16::MAX as usize) as u16,
        col: col.min(u16::MAX as usize) as u16,
    }
}

/// Forgets the cells of components that are gone or changed layer, and gives every component
/// without a cell (new, moved to another layer, or sharing a cell with an earlier one) the
/// first free cell of its band, row by row.
///
/// # Complexity
/// O(n · r · c) at worst for n components in bands of r rows of c columns.
pub fn settle(doc: &mut Document) {
    let Document {
        components,
        arrangement,
        ..
    } = doc;
    let Some(a) = arrangement.as_mut() else {
        return;
    };
    a.columns = a.columns.max(1);
    let layer_of: HashMap<&str, u8> = components
        .iter()
        .map(|c| (c.id.as_str(), c.layer))
        .collect();
    a.cells
        .retain(|id, c| layer_of.get(id.as_str()) == Some(&c.layer) && c.col < a.columns);
    let mut taken: HashSet<Cell> = HashSet::with_capacity(components.len());
    let mut homeless = Vec::new();
    for c in components.iter() {
        match a.cells.get(&c.id) {
            Some(&at) if taken.insert(at) => {}
            _ => homeless.push(c),
        }
    }
    for c in homeless {
        let at = first_free(&taken, c.layer, a.columns);
        taken.insert(at);
        a.cells.insert(c.id.clone(), at);
    }
}

/// The first cell of `layer`'s band, row by row, that nobody holds.
pub(super) fn first_free(taken: &HashSet<Cell>, layer: u8, columns: u16) -> Cell {
    (0..=u16::MAX)
        .flat_map(|row| (0..columns.max(1)).map(move |col| Cell { layer, row, col }))
        .find(|c| !taken.contains(c))
        .expect("a band has a free cell")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Component, Connection, Kind};

    fn doc(n: usize) -> Document {
        let mut d = Document::new("t", Kind::Province, "a");
        for i in 0..n {
            d.components.push(Component::new(
                format!("c{i}"),
                format!("C {i}"),
                1 + (i % 4) as u8,
            ));
        }
        for i in 1..n {
            d.connections.push(Connection {
                id: format!("e{i}"),
                from: format!("c{}", i / 2),
                to: format!("c{i}"),
                label: String::new(),
                direction: Default::default(),
            });
        }
        d
    }

    #[test]
    fn auto_gives_every_component_one_cell_of_its_layer() {
        let d = doc(30);
        let a = auto(&d);
        assert_eq!(a.cells.len(), 30);
        let distinct: HashSet<Cell> = a.cells.values().copied().collect();
        assert_eq!(distinct.len(), 30);
        for c in &d.components {
            assert_eq!(a.cells[&c.id].layer, c.layer);
            assert!(a.cells[&c.id].col < a.columns);
        }
    }

    #[test]
    fn settle_fills_holes_first_and_keeps_every_other_cell() {
        let mut d = doc(12);
        d.arrangement = Some(auto(&d));
        let before = d.arrangement.clone().unwrap();
        let gone = d.components.remove(4);
        settle(&mut d);
        d.components.push(Component::new("new", "Mới", gone.layer));
        settle(&mut d);
        let after = d.arrangement.as_ref().unwrap();
        for c in d.components.iter().filter(|c| c.id != "new") {
            assert_eq!(after.cells[&c.id], before.cells[&c.id], "{} moved", c.id);
        }
        assert_eq!(after.cells["new"], before.cells[&gone.id]);
    }

    #[test]
    fn a_shared_or_foreign_cell_is_replaced() {
        let mut d = doc(3);
        let mut a = auto(&d);
        let first = a.cells["c0"];
        a.cells.insert("c2".into(), Cell { layer: 1, ..first });
        a.cells.insert("c1".into(), first);
        d.arrangement = Some(a);
        settle(&mut d);
        let a = d.arrangement.unwrap();
        assert_eq!(a.cells["c0"], first);
        assert_ne!(a.cells["c1"], first);
        assert_eq!(a.cells["c2"].layer, 3);
    }
}
