//! Where a box dragged by hand lands: in a free slot inside the band under it, never across a
//! band border and never over another box. Dropped over another band, the box moves to that
//! band's layer; the editor shows that before the drop ([`band_at`]) and applies the result as
//! one command (`Command::Place`).
//!
//! Slots are the band's columns (the layout's own grid, so a dropped box lines up with the
//! others) at the heights where the band's rows start or end. The nearest free slot to the
//! drop wins. When the band has none, a box stays where it was, or, moving to another layer,
//! takes the next place the layout gives that layer.

use crate::document::Point;
use crate::scene::{Band, Scene};

/// Room at a band's top for its title.
const HEAD: f32 = 34.0;
/// Margin between the drawing's edge and the first column: the layout's.
const MARGIN: f32 = super::PAD;
/// Space between two boxes one above the other: the room the layout keeps around a box placed
/// by hand, and a little more, so a snapped box is never pushed by the layout.
const GAP: f32 = super::ROOM + 1.0;
/// Space between two columns: the layout's, so a snapped box stands in a column.
const COL_GAP: f32 = super::COL_GAP;
/// Space kept free at a band's foot.
const FOOT: f32 = 6.0;

/// One box let go by the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Drop {
    /// The component's id.
    pub id: String,
    /// Its layer before the drag.
    pub layer: u8,
    /// Where it was before the drag (top-left), to go back to when nothing else is free.
    pub from: (f32, f32),
    /// Where it was let go (top-left).
    pub at: (f32, f32),
}

/// Where a dropped box goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// The component's id.
    pub id: String,
    /// Its layer after the drop.
    pub layer: u8,
    /// Its top-left; `None` leaves it to the layout (a full band of another layer).
    pub at: Option<Point>,
}

/// An axis-aligned box: left, top, width, height.
type Rect = (f32, f32, f32, f32);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

/// The band a box whose vertical centre is at `y` belongs to: the one containing `y`, else the
/// nearest.
///
/// ```
/// use model::{layout::{self, snap}, scene::NodeKind};
/// let bands: Vec<_> = (1..=4).map(|l| layout::BandInput { layer: l, title: format!("Lớp {l}"),
///     items: vec![layout::Item::new(l.to_string(), "x", NodeKind::National)] }).collect();
/// let s = layout::layered("t", "d", &bands, &[], 4);
/// assert_eq!(snap::band_at(&s, -100.0).map(|b| b.layer), Some(4));
/// assert_eq!(snap::band_at(&s, 1e6).map(|b| b.layer), Some(1));
/// ```
pub fn band_at(scene: &Scene, y: f32) -> Option<&Band> {
    let distance = |b: &Band| {
        if y < b.y {
            b.y - y
        } else if y > b.y + b.height {
            y - b.y - b.height
        } else {
            0.0
        }
    };
    scene
        .bands
        .iter()
        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
}

/// Whether the box `r` lies inside `band` (below its title) and inside the drawing.
pub fn inside(scene: &Scene, band: &Band, r: (f32, f32, f32, f32)) -> bool {
    r.0 >= MARGIN - 0.01
        && r.0 + r.2 <= scene.width - MARGIN + 0.01
        && r.1 >= band.y + HEAD - 0.01
        && r.1 + r.3 <= band.y + band.height - FOOT + 0.01
}

/// Where each of `drops` lands, in order, given the `scene` drawn while dragging (the dropped
/// boxes themselves are ignored as obstacles).
///
/// # Complexity
/// O(d · (c · r) · n) for d drops into a band of c columns and r row heights, with n boxes.
pub fn snap(scene: &Scene, drops: &[Drop]) -> Vec<Placement> {
    let moving: Vec<&str> = drops.iter().map(|d| d.id.as_str()).collect();
    let mut taken: Vec<Rect> = scene
        .nodes
        .iter()
        .filter(|n| !moving.contains(&n.id.as_str()))
        .map(|n| (n.x, n.y, n.w, n.h))
        .collect();
    let mut out = Vec::with_capacity(drops.len());
    for d in drops {
        let Some(node) = scene.nodes.iter().find(|n| n.id == d.id) else {
            continue;
        };
        let (w, h) = (node.w, node.h);
        let Some(band) = band_at(scene, d.at.1 + h / 2.0) else {
            continue;
        };
        let free = |r: Rect, taken: &[Rect]| {
            inside(scene, band, r) && !taken.iter().any(|&t| overlaps(r, grown(t)))
        };
        let best = nearest(
            slots(scene, band, w, h, &taken),
            |(x, y)| free((x, y, w, h), &taken),
            d.at,
        );
        let (layer, at) = match best {
            Some(p) => (band.layer, Some(p)),
            // Nowhere free in its own band: it goes back where it was, if that is still free.
            None if band.layer == d.layer => {
                let back = (d.from.0, d.from.1, w, h);
                let ok = !taken.iter().any(|&t| overlaps(back, grown(t)));
                (d.layer, ok.then_some(d.from))
            }
            None => (band.layer, None),
        };
        if let Some((x, y)) = at {
            taken.push((x, y, w, h));
        }
        out.push(Placement {
            id: d.id.clone(),
            layer,
            at: at.map(|(x, y)| Point { x, y }),
        });
    }
    out
}

/// Boxes placed by hand that the laid-out `scene` no longer keeps tidy (a band above grew or
/// shrank after a drop changed a layer, so a box now sits across a border or on another box),
/// each moved to the nearest free slot of its own layer's band, or back to the layout when
/// that band has none. `manual` lists the boxes placed by hand with their layers, in the order
/// they keep their places; boxes the layout places stay where they are.
///
/// # Complexity
/// O(m · (c · r) · n) for m boxes placed by hand, as [`snap`].
pub fn settle(scene: &Scene, manual: &[(&str, u8)]) -> Vec<Placement> {
    let is_manual = |id: &str| manual.iter().any(|m| m.0 == id);
    let mut taken: Vec<Rect> = scene
        .nodes
        .iter()
        .filter(|n| !is_manual(&n.id))
        .map(|n| (n.x, n.y, n.w, n.h))
        .collect();
    let mut out = Vec::new();
    for &(id, layer) in manual {
        let (Some(n), Some(band)) = (
            scene.nodes.iter().find(|n| n.id == id),
            scene.bands.iter().find(|b| b.layer == layer),
        ) else {
            continue;
        };
        let r = (n.x, n.y, n.w, n.h);
        let free = |r: Rect, taken: &[Rect]| {
            inside(scene, band, r) && !taken.iter().any(|&t| overlaps(r, grown(t)))
        };
        if free(r, &taken) {
            taken.push(r);
            continue;
        }
        let best = nearest(
            slots(scene, band, n.w, n.h, &taken),
            |(x, y)| free((x, y, n.w, n.h), &taken),
            (n.x, n.y),
        );
        if let Some((x, y)) = best {
            taken.push((x, y, n.w, n.h));
        }
        out.push(Placement {
            id: id.to_owned(),
            layer,
            at: best.map(|(x, y)| Point { x, y }),
        });
    }
    out
}

/// The slot nearest `to` that is `free`.
fn nearest(
    slots: Vec<(f32, f32)>,
    free: impl Fn((f32, f32)) -> bool,
    to: (f32, f32),
) -> Option<(f32, f32)> {
    let d = |p: &(f32, f32)| (p.0 - to.0).powi(2) + (p.1 - to.1).powi(2);
    slots
        .into_iter()
        .filter(|&p| free(p))
        .min_by(|a, b| d(a).total_cmp(&d(b)))
}

/// `r` with a gap around it, so that snapped boxes never touch and the layout's room holds.
fn grown(r: Rect) -> Rect {
    let g = GAP;
    (r.0 - g, r.1 - g, r.2 + 2.0 * g, r.3 + 2.0 * g)
}

/// Candidate top-left corners in `band` for a `w` × `h` box: every column of the layout's grid,
/// at the band's first row and wherever a box of the band starts or ends.
fn slots(scene: &Scene, band: &Band, w: f32, h: f32, taken: &[Rect]) -> Vec<(f32, f32)> {
    let cols = (((scene.width - 2.0 * MARGIN + COL_GAP) / (w + COL_GAP)).floor() as usize).max(1);
    let (top, bottom) = (band.y + HEAD, band.y + band.height - FOOT);
    let mut ys = vec![top];
    for &(_, y, _, th) in taken {
        if y + th > top && y < bottom {
            ys.push(y);
            ys.push(y + th + GAP);
        }
    }
    ys.retain(|&y| y >= top && y + h <= bottom);
    crate::sort::sort_by(&mut ys, f32::total_cmp);
    ys.dedup();
    let mut out = Vec::with_capacity(cols * ys.len());
    for &y in &ys {
        for c in 0..cols {
            out.push((MARGIN + c as f32 * (w + COL_GAP), y));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::command::Command;
    use crate::document::{Component, Document, Kind};
    use proptest::prelude::*;

    pub(crate) fn doc(per_layer: [usize; 4]) -> Document {
        let mut d = Document::new("t", Kind::Province, "Lâm Đồng");
        for (l, &n) in per_layer.iter().enumerate() {
            for i in 0..n {
                let name = if i % 3 == 0 {
                    format!("Hệ thống thông tin quản lý chuyên ngành số {i} của tỉnh")
                } else {
                    format!("Thành phần {i}")
                };
                d.components
                    .push(Component::new(format!("c{l}-{i}"), name, l as u8 + 1));
            }
        }
        d
    }

    pub(crate) fn scene(d: &Document) -> Scene {
        crate::views::framework::scene(crate::Catalogue::get(), d)
    }

    /// The scene with the placements applied as the editor shows them during the drag.
    pub(crate) fn drop_on(scene: &Scene, id: &str, at: (f32, f32)) -> Drop {
        let n = scene.nodes.iter().find(|n| n.id == id).unwrap();
        let layer = band_at(scene, n.y + n.h / 2.0).unwrap().layer;
        Drop {
            id: id.into(),
            layer,
            from: (n.x, n.y),
            at,
        }
    }

    pub(crate) fn apply(d: &mut Document, placed: Vec<Placement>) {
        d.apply(Command::Place(
            placed.into_iter().map(|p| (p.id, p.layer, p.at)).collect(),
        ))
        .unwrap();
    }

    /// No two boxes overlap and every box lies inside exactly one band.
    pub(crate) fn tidy(s: &Scene) -> Result<(), String> {
        for (i, a) in s.nodes.iter().enumerate() {
            let r = (a.x, a.y, a.w, a.h);
            let homes = s.bands.iter().filter(|b| inside(s, b, r)).count();
            if homes != 1 {
                return Err(format!("{} at {r:?} lies in {homes} bands", a.id));
            }
            for b in &s.nodes[i + 1..] {
                if overlaps(r, (b.x, b.y, b.w, b.h)) {
                    return Err(format!("{} overlaps {}", a.id, b.id));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn a_box_never_lands_on_another() {
        let mut d = doc([2, 4, 4, 2]);
        let s = scene(&d);
        let target = s.nodes.iter().find(|n| n.id == "c2-1").unwrap();
        let placed = snap(&s, &[drop_on(&s, "c2-2", (target.x + 5.0, target.y + 5.0))]);
        let p = placed[0].at.unwrap();
        assert!(!overlaps(
            (p.x, p.y, target.w, target.h),
            (target.x, target.y, target.w, target.h)
        ));
        assert_eq!(placed[0].layer, 3);
        apply(&mut d, placed);
        tidy(&scene(&d)).unwrap();
    }

    #[test]
    fn a_full_band_of_another_layer_takes_the_box_where_the_layout_puts_it() {
        // Four boxes fill layer 2's only row, and the band has no room for a second one.
        let d = doc([1, 4, 1, 0]);
        let s = scene(&d);
        let b2 = s.bands.iter().find(|b| b.layer == 2).unwrap();
        let placed = snap(&s, &[drop_on(&s, "c2-0", (30.0, b2.y + 40.0))]);
        assert_eq!((placed[0].layer, placed[0].at), (2, None));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// After any sequence of drops, as the editor draws them, no two boxes overlap and
        /// every box lies inside one band.
        #[test]
        fn drops_keep_the_drawing_tidy(
            per_layer in proptest::array::uniform4(0usize..7),
            moves in proptest::collection::vec((0usize..64, 0.0f32..1.0, -0.1f32..1.1), 1..12),
        ) {
            let d = doc(per_layer);
            let mut s = scene(&d);
            prop_assume!(!s.nodes.is_empty());
            for (pick, fx, fy) in moves {
                let id = s.nodes[pick % s.nodes.len()].id.clone();
                let drop = drop_on(&s, &id, (fx * s.width, fy * s.height));
                for p in snap(&s, &[drop]) {
                    // A box the layout places is drawn where it was; the layout owns that slot.
                    if let Some(at) = p.at {
                        let n = s.nodes.iter_mut().find(|n| n.id == p.id).unwrap();
                        (n.x, n.y) = (at.x, at.y);
                    }
                }
                prop_assert_eq!(tidy(&s), Ok(()));
            }
        }
    }
}
