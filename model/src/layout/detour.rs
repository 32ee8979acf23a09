//! Routes around boxes placed by hand: the shortest orthogonal path with few bends on the grid
//! of lines just outside every box (an orthogonal visibility graph, as in Wybrow, Marriott and
//! Stuckey's connector routing), for connections the channel router cannot take.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// Clearance kept around boxes.
pub(super) const CLEAR: f32 = 8.0;
/// Cost of one bend, in user units of length.
const BEND: f32 = 30.0;

/// A box.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rect {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Rect {
    pub(super) fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Rect {
            x0: x,
            y0: y,
            x1: x + w,
            y1: y + h,
        }
    }

    /// Whether the segment enters the box's interior.
    fn cut_by(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        // Orthogonal segments only: an overlap of the segment's box with the interior.
        x0 < self.x1 - 0.5 && x1 > self.x0 + 0.5 && y0 < self.y1 - 0.5 && y1 > self.y0 + 0.5
    }

    /// The box grown by `by` on every side.
    pub(super) fn grown(&self, by: f32) -> Rect {
        Rect {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }

    /// Whether an orthogonal polyline enters the box's interior.
    pub(super) fn cut_by_polyline(&self, p: &[(f32, f32)]) -> bool {
        p.windows(2).any(|w| self.cut_by(w[0], w[1]))
    }
}

/// Every box, bucketed for quick look-up.
pub(super) struct Obstacles<'a> {
    rects: &'a [Rect],
    cell: f32,
    buckets: HashMap<(i32, i32), Vec<usize>>,
}

impl<'a> Obstacles<'a> {
    pub(super) fn new(rects: &'a [Rect]) -> Self {
        let cell = 240.0;
        let mut buckets: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        for (i, r) in rects.iter().enumerate() {
            for cx in (r.x0 / cell).floor() as i32..=(r.x1 / cell).floor() as i32 {
                for cy in (r.y0 / cell).floor() as i32..=(r.y1 / cell).floor() as i32 {
                    buckets.entry((cx, cy)).or_default().push(i);
                }
            }
        }
        Obstacles {
            rects,
            cell,
            buckets,
        }
    }

    fn blocked(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let c = self.cell;
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        for cx in (x0 / c).floor() as i32..=(x1 / c).floor() as i32 {
            for cy in (y0 / c).floor() as i32..=(y1 / c).floor() as i32 {
                if let Some(list) = self.buckets.get(&(cx, cy)) {
                    if list.iter().any(|&i| self.rects[i].cut_by(a, b)) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// The port and the step out of it: the middle of the side of `r` that faces `other`.
fn port(r: &Rect, other: &Rect) -> ((f32, f32), (f32, f32)) {
    let cx = (r.x0 + r.x1) / 2.0;
    let cy = (r.y0 + r.y1) / 2.0;
    if other.y0 >= r.y1 {
        ((cx, r.y1), (cx, r.y1 + CLEAR))
    } else if other.y1 <= r.y0 {
        ((cx, r.y0), (cx, r.y0 - CLEAR))
    } else if other.x0 >= r.x1 {
        ((r.x1, cy), (r.x1 + CLEAR, cy))
    } else if other.x1 <= r.x0 {
        ((r.x0, cy), (r.x0 - CLEAR, cy))
    } else {
        ((cx, r.y1), (cx, r.y1 + CLEAR))
    }
}

/// A path from box `a` to box `b` that enters no box.
///
/// # Complexity
/// O(V log V) for V = 4 · X · Y grid states, X and Y the distinct box edges across and down.
pub(super) fn route(obs: &Obstacles, a: usize, b: usize) -> Vec<(f32, f32)> {
    let (ra, rb) = (obs.rects[a], obs.rects[b]);
    let (pa, sa) = port(&ra, &rb);
    let (pb, sb) = if a == b {
        (
            (ra.x1, (ra.y0 + ra.y1) / 2.0),
            (ra.x1 + CLEAR, (ra.y0 + ra.y1) / 2.0),
        )
    } else {
        port(&rb, &ra)
    };
    let mut xs: Vec<f32> = vec![sa.0, sb.0];
    let mut ys: Vec<f32> = vec![sa.1, sb.1];
    for r in obs.rects {
        xs.extend([r.x0 - CLEAR, r.x1 + CLEAR]);
        ys.extend([r.y0 - CLEAR, r.y1 + CLEAR]);
    }
    for v in [&mut xs, &mut ys] {
        crate::sort::sort_by(v, f32::total_cmp);
        v.dedup_by(|p, q| (*p - *q).abs() < 0.01);
    }
    let find = |v: &[f32], x: f32| {
        v.iter()
            .position(|&p| (p - x).abs() < 0.01)
            .expect("stub coordinates are grid lines")
    };
    let (nx, ny) = (xs.len(), ys.len());
    let start = (find(&xs, sa.0), find(&ys, sa.1));
    let goal = (find(&xs, sb.0), find(&ys, sb.1));
    // State: (x index, y index, direction 0 right, 1 left, 2 down, 3 up).
    let id = |x: usize, y: usize, d: usize| (y * nx + x) * 4 + d;
    let mut dist = vec![f32::INFINITY; nx * ny * 4];
    let mut prev = vec![usize::MAX; nx * ny * 4];
    let mut heap = BinaryHeap::new();
    let key = |c: f32| Reverse((c * 100.0) as u64);
    for d in 0..4 {
        dist[id(start.0, start.1, d)] = 0.0;
        heap.push((key(0.0), id(start.0, start.1, d)));
    }
    let mut end = None;
    while let Some((Reverse(_), s)) = heap.pop() {
        let (cell, d) = (s / 4, s % 4);
        let (x, y) = (cell % nx, cell / nx);
        if (x, y) == goal {
            end = Some(s);
            break;
        }
        let here = dist[s];
        for nd in 0..4 {
            let next = match nd {
                0 if x + 1 < nx => (x + 1, y),
                1 if x > 0 => (x - 1, y),
                2 if y + 1 < ny => (x, y + 1),
                3 if y > 0 => (x, y - 1),
                _ => continue,
            };
            let (p, q) = ((xs[x], ys[y]), (xs[next.0], ys[next.1]));
            if obs.blocked(p, q) {
                continue;
            }
            let c = here + (p.0 - q.0).abs() + (p.1 - q.1).abs() + if nd != d { BEND } else { 0.0 };
            let t = id(next.0, next.1, nd);
            if c < dist[t] {
                dist[t] = c;
                prev[t] = s;
                heap.push((key(c), t));
            }
        }
    }
    let mut path = vec![pb, sb];
    if let Some(mut s) = end {
        while prev[s] != usize::MAX {
            s = prev[s];
            let cell = s / 4;
            path.push((xs[cell % nx], ys[cell / nx]));
        }
    }
    path.push(sa);
    path.push(pa);
    path.reverse();
    super::route::simplify(path)
}
