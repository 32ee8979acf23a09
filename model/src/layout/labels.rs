//! Connection labels: each is put on its own connection where it covers no box, no band title
//! and no label placed before it, trying the middle of the longest straight run first.

use crate::scene::Node;

/// Average advance of one character of a connection label (11 px).
const CHAR_W: f32 = 6.2;
/// Height of a label above its baseline, and below it.
const ASCENT: f32 = 9.5;
const DESCENT: f32 = 3.0;

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
}

/// Places labels one after another, remembering what is taken.
pub(super) struct Placer {
    boxes: Vec<Area>,
    taken: Vec<Area>,
}

impl Placer {
    /// A placer for a scene's boxes and band titles (left, top, right, bottom).
    pub(super) fn new(nodes: &[Node], titles: &[(f32, f32, f32, f32)]) -> Self {
        let mut boxes: Vec<Area> = nodes
            .iter()
            .map(|n| Area {
                x0: n.x,
                y0: n.y,
                x1: n.x + n.w,
                y1: n.y + n.h,
            })
            .collect();
        boxes.extend(
            titles
                .iter()
                .map(|&(x0, y0, x1, y1)| Area { x0, y0, x1, y1 }),
        );
        Placer {
            boxes,
            taken: Vec::new(),
        }
    }

    fn free(&self, a: &Area) -> bool {
        !self.boxes.iter().chain(&self.taken).any(|b| b.hits(a))
    }

    /// Where `label`'s middle and baseline go on the polyline `points`, if anywhere free.
    ///
    /// # Complexity
    /// O(s · k · (n + l)) for s segments, k tries per segment, n boxes and l labels.
    pub(super) fn place(&mut self, label: &str, points: &[(f32, f32)]) -> Option<(f32, f32)> {
        let w = label.chars().count() as f32 * CHAR_W + 4.0;
        let mut segs: Vec<((f32, f32), (f32, f32))> =
            points.windows(2).map(|p| (p[0], p[1])).collect();
        // Horizontal runs first (a label reads along them), longest first.
        segs.sort_by(|a, b| {
            let key = |s: &((f32, f32), (f32, f32))| {
                let horizontal = (s.0 .1 - s.1 .1).abs() < 0.01;
                let len = (s.0 .0 - s.1 .0).abs() + (s.0 .1 - s.1 .1).abs();
                (!horizontal, -len)
            };
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        });
        let area = |x: f32, base: f32| Area {
            x0: x - w / 2.0,
            y0: base - ASCENT,
            x1: x + w / 2.0,
            y1: base + DESCENT,
        };
        let mut first = None;
        for (a, b) in segs {
            let horizontal = (a.1 - b.1).abs() < 0.01;
            // The label may slide until its end just reaches the run's end.
            let len = (a.0 - b.0).abs() + (a.1 - b.1).abs() + if horizontal { w } else { 0.0 };
            let steps = (len / 6.0) as i32;
            for k in 0..=steps {
                // 0, +1, −1, +2, … steps of 6 from the middle.
                let off = if k % 2 == 0 { k / 2 } else { -(k + 1) / 2 } as f32 * 6.0;
                let (x, base) = if horizontal {
                    ((a.0 + b.0) / 2.0 + off, a.1 + 4.0)
                } else {
                    (a.0 + 4.0 + w / 2.0, (a.1 + b.1) / 2.0 + off + 4.0)
                };
                let ar = area(x, base);
                first.get_or_insert((x, base));
                if self.free(&ar) {
                    self.taken.push(ar);
                    return Some((x, base));
                }
            }
        }
        // Nowhere free: the middle of the longest run, so the label is at least shown.
        let at = first?;
        self.taken.push(area(at.0, at.1));
        Some(at)
    }
}
