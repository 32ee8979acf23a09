//! Orthogonal routing in the channels of the band grid.
//!
//! Boxes laid out by the grid stand in columns shared by every band, and in rows; between rows
//! run horizontal channels and between columns vertical ones, so a connection that keeps to
//! channels never passes through a box. A connection leaves its box through the side facing
//! its channel, at a port of its own along that side (ports are ordered by where each
//! connection heads, so fans do not cross at the box), runs along the channel on a track of
//! its own and, when its ends are more than one row apart, drops through the least loaded
//! vertical channel between them. Routing is done in two passes: [`plan`] decides channels,
//! ports and track order before the rows' heights are known, so that each channel can be made
//! as tall as its tracks need; [`draw`] then turns the plan into coordinates.

use super::tracks::{self, Run, Side};
use std::collections::HashMap;

/// Margin between a box and the nearest track.
pub(super) const MARGIN: f32 = 10.0;
/// Preference for a vertical channel near the source over one near the target (per unit).
const BIAS: f32 = 0.3;
/// Cost of sharing a vertical channel with one more run, in units of length.
const LOAD: f32 = 120.0;
/// Distance between neighbouring tracks.
pub(super) const TRACK: f32 = 6.0;

/// The grid the boxes stand in, as the router needs it.
pub(super) struct Grid<'a> {
    /// Each item's (row, column), or `None` for an item placed by hand.
    pub cell: &'a [Option<(usize, usize)>],
    /// Number of rows, top to bottom over all bands; channel `c` lies above row `c`.
    pub rows: usize,
    /// Left edge of each column.
    pub col_x: &'a [f32],
    /// Width of a box.
    pub box_w: f32,
    /// Width of the space between columns.
    pub col_gap: f32,
    /// For each channel that crosses into a band, where that band's title ends on the right;
    /// a vertical run passing the band's head keeps right of it.
    pub title_x1: &'a [f32],
}

impl Grid<'_> {
    /// Vertical channel `k` lies left of column `k`; the last one is right of the last column.
    fn gap_zone(&self, k: usize) -> (f32, f32) {
        let left = self.col_x[k - 1] + self.box_w;
        (left + MARGIN, left + self.col_gap - MARGIN)
    }

    fn center(&self, item: usize) -> f32 {
        let (_, col) = self.cell[item].expect("planned items are on the grid");
        self.col_x[col] + self.box_w / 2.0
    }
}

/// The target box and the channel a run reaches it through, when it may share its track with
/// the others doing the same (see [`tracks::assign_bundled`]).
type Bundle = Option<(usize, usize)>;

/// Where a connection runs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// Along one channel between its ends.
    Direct { ch: usize },
    /// Along `ch_a`, down or up vertical channel `gap`, along `ch_b`.
    Via {
        ch_a: usize,
        gap: usize,
        ch_b: usize,
    },
}

/// One connection's plan.
#[derive(Debug, Clone)]
pub(super) struct Topo {
    shape: Shape,
    /// Port x at the source and target.
    ports: [f32; 2],
    /// Whether each end leaves through its box's bottom side (else the top).
    bottom: [bool; 2],
    /// Track of the run in `ch` (or `ch_a`) and in `ch_b`.
    track: [usize; 2],
}

/// One end of a connection on a box side: where it heads, the connection, which end.
type End = (f32, usize, usize);

/// Channels, ports and tracks of every connection between grid boxes.
pub(super) struct Plan {
    /// Per connection, `None` when one end was placed by hand.
    pub topo: Vec<Option<Topo>>,
    /// Tracks used in each horizontal channel (`rows + 1` channels).
    pub tracks: Vec<usize>,
}

/// Plans the route of each `(source item, target item)` pair.
///
/// # Complexity
/// O(m · g + Σ k²) for m connections, g vertical channels and k runs per channel.
pub(super) fn plan(grid: &Grid, ends: &[(usize, usize)], item_x: &[f32]) -> Plan {
    let cols = grid.col_x.len();
    let mut load = vec![vec![0u32; grid.rows + 1]; cols + 1];
    let mut shapes: Vec<Option<(Shape, [bool; 2])>> = Vec::with_capacity(ends.len());
    for &(a, b) in ends {
        let (Some((ra, _)), Some((rb, _))) = (grid.cell[a], grid.cell[b]) else {
            shapes.push(None);
            continue;
        };
        let (ch_a, ch_b) = match ra.cmp(&rb) {
            std::cmp::Ordering::Less => (ra + 1, rb),
            std::cmp::Ordering::Greater => (ra, rb + 1),
            std::cmp::Ordering::Equal => (ra + 1, ra + 1),
        };
        let bottom = [ch_a > ra, ch_b > rb];
        if ch_a == ch_b {
            shapes.push(Some((Shape::Direct { ch: ch_a }, bottom)));
            continue;
        }
        let (lo, hi) = (ch_a.min(ch_b), ch_a.max(ch_b));
        let (xa, xb) = (grid.center(a), grid.center(b));
        let best = (1..=cols)
            .filter(|&k| {
                let (z0, _) = grid.gap_zone(k);
                (lo..hi).all(|c| grid.title_x1[c] < z0)
            })
            .map(|k| {
                let (z0, z1) = grid.gap_zone(k);
                let gx = (z0 + z1) / 2.0;
                let busy = (lo..=hi).map(|c| load[k][c]).max().unwrap_or(0);
                let cost =
                    (gx - xa).abs() + (gx - xb).abs() + BIAS * (gx - xa).abs() + LOAD * busy as f32;
                (cost, k)
            })
            .min_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)))
            .map(|(_, k)| k)
            .unwrap_or(cols);
        for l in &mut load[best][lo..=hi] {
            *l += 1;
        }
        shapes.push(Some((
            Shape::Via {
                ch_a,
                gap: best,
                ch_b,
            },
            bottom,
        )));
    }

    // Ports: the ends on each side of each box, ordered by where they head.
    let gap_mid = |k: usize| {
        let (z0, z1) = grid.gap_zone(k);
        (z0 + z1) / 2.0
    };
    // (item, bottom side) → (where each end heads, connection, which end).
    let mut sides: HashMap<(usize, bool), Vec<End>> = HashMap::new();
    for (e, s) in shapes.iter().enumerate() {
        let Some((shape, bottom)) = s else { continue };
        let (a, b) = ends[e];
        let keys = match *shape {
            Shape::Direct { .. } => [grid.center(b), grid.center(a)],
            Shape::Via { gap, .. } => [gap_mid(gap), gap_mid(gap)],
        };
        sides
            .entry((a, bottom[0]))
            .or_default()
            .push((keys[0], e, 0));
        sides
            .entry((b, bottom[1]))
            .or_default()
            .push((keys[1], e, 1));
    }
    let mut ports = vec![[0.0f32; 2]; ends.len()];
    let mut side_keys: Vec<_> = sides.into_iter().collect();
    crate::sort::sort_by_key(&mut side_keys, |(k, _)| *k);
    for ((item, _), mut list) in side_keys {
        crate::sort::sort_by(&mut list, |x, y| {
            x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))
        });
        let n = list.len() as f32;
        for (i, (_, e, end)) in list.into_iter().enumerate() {
            ports[e][end] = item_x[item] + grid.box_w * (i as f32 + 1.0) / (n + 1.0);
        }
    }

    // Runs in the horizontal channels, then their tracks.
    // Each run with its bundle: the part of a connection that reaches its target from a
    // vertical channel shares a track with the others reaching the same box from there.
    let mut runs: Vec<Vec<(usize, usize, Bundle, Run)>> = vec![Vec::new(); grid.rows + 1];
    let pin_side = |bottom: bool| if bottom { Side::Low } else { Side::High };
    for (e, s) in shapes.iter().enumerate() {
        let Some((shape, bottom)) = s else { continue };
        let [pa, pb] = ports[e];
        match *shape {
            Shape::Direct { ch } => runs[ch].push((
                e,
                0,
                None,
                Run {
                    lo: pa.min(pb),
                    hi: pa.max(pb),
                    pins: vec![(pa, pin_side(bottom[0])), (pb, pin_side(bottom[1]))],
                },
            )),
            Shape::Via { ch_a, gap, ch_b } => {
                let gx = gap_mid(gap);
                let down = ch_b > ch_a;
                runs[ch_a].push((
                    e,
                    0,
                    None,
                    Run {
                        lo: pa.min(gx),
                        hi: pa.max(gx),
                        pins: vec![
                            (pa, pin_side(bottom[0])),
                            (gx, if down { Side::High } else { Side::Low }),
                        ],
                    },
                ));
                runs[ch_b].push((
                    e,
                    1,
                    Some((ends[e].1, gap)),
                    Run {
                        lo: pb.min(gx),
                        hi: pb.max(gx),
                        pins: vec![
                            (gx, if down { Side::Low } else { Side::High }),
                            (pb, pin_side(bottom[1])),
                        ],
                    },
                ));
            }
        }
    }
    let mut track = vec![[0usize; 2]; ends.len()];
    let mut counts = vec![0usize; grid.rows + 1];
    for (c, list) in runs.iter().enumerate() {
        let keyed: Vec<(Bundle, Run)> = list.iter().map(|r| (r.2, r.3.clone())).collect();
        let (t, n) = tracks::assign_bundled(&keyed);
        counts[c] = n;
        for ((e, which, _, _), t) in list.iter().zip(t) {
            track[*e][*which] = t;
        }
    }
    Plan {
        topo: shapes
            .into_iter()
            .enumerate()
            .map(|(e, s)| {
                s.map(|(shape, bottom)| Topo {
                    shape,
                    ports: ports[e],
                    bottom,
                    track: track[e],
                })
            })
            .collect(),
        tracks: counts,
    }
}

/// The y of track `t` in channel `ch`, whose track zone starts at `zones[ch]`.
fn track_y(zones: &[(f32, f32)], counts: &[usize], ch: usize, t: usize) -> f32 {
    let (z0, z1) = zones[ch];
    let used = counts[ch].saturating_sub(1) as f32 * TRACK;
    z0 + ((z1 - z0) - used).max(0.0) / 2.0 + t as f32 * TRACK
}

/// Turns the plan into polylines, given each channel's track zone (top, bottom), each item's
/// box (x, y, height), and assigns the vertical runs their tracks.
pub(super) fn draw(
    grid: &Grid,
    plan: &Plan,
    zones: &[(f32, f32)],
    boxes: &[(f32, f32, f32)],
    ends: &[(usize, usize)],
) -> Vec<Option<Vec<(f32, f32)>>> {
    let cols = grid.col_x.len();
    let gap_mid = |k: usize| {
        let (z0, z1) = grid.gap_zone(k);
        (z0 + z1) / 2.0
    };
    // Vertical runs per gap, those into one box bundled as one trunk (see `tracks`).
    let mut vruns: Vec<Vec<(usize, Bundle, Run)>> = vec![Vec::new(); cols + 1];
    for (e, t) in plan.topo.iter().enumerate() {
        let Some(t) = t else { continue };
        if let Shape::Via { ch_a, gap, ch_b } = t.shape {
            let gx = gap_mid(gap);
            let ya = track_y(zones, &plan.tracks, ch_a, t.track[0]);
            let yb = track_y(zones, &plan.tracks, ch_b, t.track[1]);
            let side = |p: f32| if p < gx { Side::Low } else { Side::High };
            vruns[gap].push((
                e,
                Some((ends[e].1, ch_b)),
                Run {
                    lo: ya.min(yb),
                    hi: ya.max(yb),
                    pins: vec![(ya, side(t.ports[0])), (yb, side(t.ports[1]))],
                },
            ));
        }
    }
    let mut vx = vec![0.0f32; plan.topo.len()];
    for (k, list) in vruns.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let keyed: Vec<_> = list.iter().map(|r| (r.1, r.2.clone())).collect();
        let (t, n) = tracks::assign_bundled(&keyed);
        let (z0, z1) = grid.gap_zone(k);
        let step = if n > 1 {
            TRACK.min((z1 - z0) / (n - 1) as f32)
        } else {
            0.0
        };
        let start = (z0 + z1) / 2.0 - step * (n.saturating_sub(1)) as f32 / 2.0;
        for ((e, _, _), t) in list.iter().zip(t) {
            vx[*e] = start + step * t as f32;
        }
    }
    plan.topo
        .iter()
        .enumerate()
        .map(|(e, t)| {
            let t = t.as_ref()?;
            let (a, b) = ends[e];
            let side_y = |item: usize, bottom: bool| {
                let (_, y, h) = boxes[item];
                if bottom {
                    y + h
                } else {
                    y
                }
            };
            let (sa, sb) = (side_y(a, t.bottom[0]), side_y(b, t.bottom[1]));
            let [pa, pb] = t.ports;
            let pts = match t.shape {
                Shape::Direct { ch } => {
                    let y = track_y(zones, &plan.tracks, ch, t.track[0]);
                    vec![(pa, sa), (pa, y), (pb, y), (pb, sb)]
                }
                Shape::Via { ch_a, ch_b, .. } => {
                    let ya = track_y(zones, &plan.tracks, ch_a, t.track[0]);
                    let yb = track_y(zones, &plan.tracks, ch_b, t.track[1]);
                    vec![
                        (pa, sa),
                        (pa, ya),
                        (vx[e], ya),
                        (vx[e], yb),
                        (pb, yb),
                        (pb, sb),
                    ]
                }
            };
            Some(simplify(pts))
        })
        .collect()
}

/// Drops repeated points and points in the middle of a straight run.
pub(super) fn simplify(pts: Vec<(f32, f32)>) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = Vec::with_capacity(pts.len());
    for p in pts {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let straight = (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1);
            if straight {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}
