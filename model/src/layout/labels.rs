//! Connection labels. Each goes on its own connection where it covers no box, no band title, no
//! label placed before it and no other connection's line: a label crossed by a line or laid over
//! a box cannot be read once printed. Places are tried on the straight runs, horizontal and
//! longest first, from the middle outwards, on the line and beside it. A label that finds no
//! such place is left off the picture (the connection keeps it as its tooltip) rather than
//! drawn where it cannot be read; `scripts/bench-layout.sh` counts them.

use crate::scene::Node;
use std::collections::HashMap;

/// Average advance of one character of a connection label (11 px).
const CHAR_W: f32 = 6.2;
/// Height of a label above its baseline, and below it.
const ASCENT: f32 = 9.5;
const DESCENT: f32 = 3.0;
/// Side of the index's square cells: about a label's height, so a lookup reads few cells.
const CELL: f32 = 48.0;
/// How far apart two tries along one run are.
const STEP: f32 = 6.0;
/// Tries per run at the most: past that, a long run's far ends are no better than its middle.
const MAX_TRIES: usize = 80;

#[derive(Debug, Clone, Copy)]
struct Area {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Area {
    fn hits(&self, o: &Area) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// A straight run of a line, as a hair-thin area.
    fn run(a: (f32, f32), b: (f32, f32)) -> Self {
        Area {
            x0: a.0.min(b.0) - 0.5,
            y0: a.1.min(b.1) - 0.5,
            x1: a.0.max(b.0) + 0.5,
            y1: a.1.max(b.1) + 0.5,
        }
    }
}

/// What the placer keeps clear of, found by cell: boxes, titles, placed labels and the runs
/// of every connection (each tagged with its connection, which its own label may cover).
pub(super) struct Placer {
    areas: Vec<(Area, Option<usize>)>,
    cells: HashMap<(i32, i32), Vec<usize>>,
}

impl Placer {
    /// A placer for a scene's boxes, band titles (left, top, right, bottom) and the drawn
    /// connections, by index.
    pub(super) fn new(
        nodes: &[Node],
        titles: &[(f32, f32, f32, f32)],
        lines: &[Option<Vec<(f32, f32)>>],
    ) -> Self {
        let mut p = Placer {
            areas: Vec::new(),
            cells: HashMap::new(),
        };
        for n in nodes {
            p.add(
                Area {
                    x0: n.x,
                    y0: n.y,
                    x1: n.x + n.w,
                    y1: n.y + n.h,
                },
                None,
            );
        }
        for &(x0, y0, x1, y1) in titles {
            p.add(Area { x0, y0, x1, y1 }, None);
        }
        for (e, line) in lines.iter().enumerate() {
            for w in line.as_deref().unwrap_or_default().windows(2) {
                p.add(Area::run(w[0], w[1]), Some(e));
            }
        }
        p
    }

    fn span(a: &Area) -> impl Iterator<Item = (i32, i32)> {
        let c = |v: f32| (v / CELL).floor() as i32;
        let (x0, x1, y0, y1) = (c(a.x0), c(a.x1), c(a.y0), c(a.y1));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn add(&mut self, a: Area, owner: Option<usize>) {
        let i = self.areas.len();
        self.areas.push((a, owner));
        for k in Self::span(&a) {
            self.cells.entry(k).or_default().push(i);
        }
    }

    fn free(&self, a: &Area, edge: usize) -> bool {
        Self::span(a).all(|k| {
            self.cells.get(&k).is_none_or(|v| {
                v.iter().all(|&i| {
                    let (o, owner) = &self.areas[i];
                    *owner == Some(edge) || !o.hits(a)
                })
            })
        })
    }

    /// Where `label` of connection `edge`, drawn as `points`, goes (its middle and baseline),
    /// or `None` when no place along it is free.
    ///
    /// # Complexity
    /// O(s · k · q) for s runs, k ≤ [`MAX_TRIES`] tries per run and q shapes near a try.
    pub(super) fn place(
        &mut self,
        edge: usize,
        label: &str,
        points: &[(f32, f32)],
    ) -> Option<(f32, f32)> {
        let w = label.chars().count() as f32 * CHAR_W + 4.0;
        let mut runs: Vec<((f32, f32), (f32, f32))> =
            points.windows(2).map(|p| (p[0], p[1])).collect();
        let flat = |r: &((f32, f32), (f32, f32))| (r.0 .1 - r.1 .1).abs() < 0.01;
        let len = |r: &((f32, f32), (f32, f32))| (r.0 .0 - r.1 .0).abs() + (r.0 .1 - r.1 .1).abs();
        // Horizontal runs first (a label reads along them), longest first.
        crate::sort::sort_by(&mut runs, |a, b| {
            flat(b).cmp(&flat(a)).then(len(b).total_cmp(&len(a)))
        });
        let area = |x: f32, base: f32| Area {
            x0: x - w / 2.0,
            y0: base - ASCENT,
            x1: x + w / 2.0,
            y1: base + DESCENT,
        };
        for r in &runs {
            let (a, b) = *r;
            let horizontal = flat(r);
            // Along a horizontal run the label may slide until its end just reaches the run's
            // end; beside a vertical one its middle stays on the run.
            let reach = len(r) + if horizontal { w } else { 0.0 };
            let tries = ((reach / STEP) as usize).min(MAX_TRIES);
            // On the line, then above or right of it, then below or left.
            let sides: [(f32, f32); 3] = if horizontal {
                [(0.0, 4.0), (0.0, -DESCENT - 1.0), (0.0, ASCENT + 2.0)]
            } else {
                [(4.0 + w / 2.0, 4.0), (-4.0 - w / 2.0, 4.0), (0.0, 4.0)]
            };
            for k in 0..=tries {
                // 0, +1, −1, +2, … steps from the middle.
                let off = (k.div_ceil(2) as f32) * STEP * if k % 2 == 0 { 1.0 } else { -1.0 };
                let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
                for (dx, dy) in sides {
                    let (x, base) = if horizontal {
                        (mx + off + dx, my + dy)
                    } else {
                        (mx + dx, my + off + dy)
                    };
                    let at = area(x, base);
                    if self.free(&at, edge) {
                        self.add(at, None);
                        return Some((x, base));
                    }
                }
            }
        }
        None
    }
}
