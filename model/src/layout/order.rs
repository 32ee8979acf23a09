//! Crossing reduction: orders the nodes inside each band by the barycentre of their neighbours
//! in the other bands (the ordering phase of a Sugiyama-style layered layout).

/// Reorders each band's items in place to reduce edge crossings, each band drawn as one row.
///
/// # Complexity
/// O(s · (n log n + m)) for s = 4 sweeps, n items and m connections.
pub fn reduce_crossings(bands: &mut [Vec<usize>], adj: &[Vec<usize>]) {
    reduce_crossings_in_rows(bands, adj, usize::MAX, Centre::Mean);
}

/// Where a box's neighbours pull it: the mean of their columns (the barycentre) or their
/// median. Neither wins on every graph, so the layout draws both and keeps the picture with
/// fewer crossings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Centre {
    /// The barycentre.
    Mean,
    /// The median (the mean of the middle two for an even count).
    Median,
}

impl Centre {
    fn of(self, v: &mut [f64]) -> f64 {
        match self {
            Centre::Mean => v.iter().sum::<f64>() / v.len() as f64,
            Centre::Median => {
                crate::sort::sort_by(v, f64::total_cmp);
                let m = v.len();
                if m % 2 == 1 {
                    v[m / 2]
                } else {
                    (v[m / 2 - 1] + v[m / 2]) / 2.0
                }
            }
        }
    }
}

/// Reorders each band's items in place to reduce edge crossings, each band wrapped into rows of
/// `per_row`: slot `s` stands in column `s % per_row`.
///
/// `bands[b]` lists item indices; `adj[i]` lists the items `i` is connected to. Items without
/// neighbours in another band keep their slot: they cross nothing wherever they stand, and
/// keeping them put means adding or removing one moves nothing else. The others are sorted by
/// the `centre` of their neighbours' columns and given the remaining slots column by column,
/// left to right, so that a box stands above or below the boxes it connects to whichever row
/// it is in. Columns are counted as they are, not scaled to the band's length, so that
/// appending to one band does not shift every barycentre computed from it. The result depends
/// only on the input, so the same document always gives the same picture.
///
/// # Complexity
/// O(s · (n log n + m)) for s = 4 sweeps, n items and m connections.
pub fn reduce_crossings_in_rows(
    bands: &mut [Vec<usize>],
    adj: &[Vec<usize>],
    per_row: usize,
    centre: Centre,
) {
    let n = adj.len();
    if n == 0 || adj.iter().all(Vec::is_empty) {
        return;
    }
    let per_row = per_row.max(1);
    let col = |slot: usize| (slot % per_row) as f64;
    let mut band_of = vec![usize::MAX; n];
    let mut pos = vec![0.0f64; n];
    for (b, items) in bands.iter().enumerate() {
        for (i, &it) in items.iter().enumerate() {
            band_of[it] = b;
            pos[it] = col(i);
        }
    }
    let order: Vec<usize> = (0..bands.len()).collect();
    let mut pull: Vec<f64> = Vec::new();
    for sweep in 0..SWEEPS {
        let seq: Vec<usize> = if sweep % 2 == 0 {
            order.clone()
        } else {
            order.iter().rev().copied().collect()
        };
        for &b in &seq {
            let items = &mut bands[b];
            // (barycentre, slot, item) of the items with neighbours in other bands.
            let mut keyed: Vec<(f64, usize, usize)> = items
                .iter()
                .enumerate()
                .filter_map(|(i, &it)| {
                    pull.clear();
                    pull.extend(
                        adj[it]
                            .iter()
                            .filter(|&&o| band_of[o] != b)
                            .map(|&o| pos[o]),
                    );
                    (!pull.is_empty()).then(|| (centre.of(&mut pull), i, it))
                })
                .collect();
            let mut slots: Vec<usize> = keyed.iter().map(|k| k.1).collect();
            crate::sort::sort_by_key(&mut slots, |&s| (s % per_row, s / per_row));
            crate::sort::sort_by(&mut keyed, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            for (slot, (_, _, it)) in slots.into_iter().zip(keyed) {
                items[slot] = it;
                pos[it] = col(slot);
            }
        }
    }
}

/// Sweeps of the barycentre heuristic, alternately down and up the bands.
const SWEEPS: usize = 12;

/// Moves each band's hubs (boxes with many connections: the LGSP, the data centre, a shared
/// database) to the middle of its first row, the busiest first, so that their connections
/// are short and spread to both sides instead of meeting in a corner. A hub has at least
/// [`HUB_DEGREE`] connections and three times the average.
///
/// The middle is counted in the row's columns, not the band's length, so that adding a box to
/// the band leaves its hubs where they are.
///
/// # Complexity
/// O(n log n) for n items.
pub fn centre_hubs(bands: &mut [Vec<usize>], adj: &[Vec<usize>], per_row: usize) {
    let n = adj.len().max(1);
    let avg = adj.iter().map(Vec::len).sum::<usize>() as f64 / n as f64;
    let is_hub = |i: usize| adj[i].len() >= HUB_DEGREE && adj[i].len() as f64 >= 3.0 * avg;
    for items in bands.iter_mut() {
        let row = per_row.min(items.len());
        if row < 3 {
            continue;
        }
        let mut hubs: Vec<usize> = items.iter().copied().filter(|&i| is_hub(i)).collect();
        crate::sort::sort_by_key(&mut hubs, |&i| (std::cmp::Reverse(adj[i].len()), i));
        // Middle first, then alternately right and left of it.
        let mid = row / 2;
        let targets = (0..row).map(|k| {
            let step = k.div_ceil(2);
            if k % 2 == 1 {
                mid + step
            } else {
                mid.wrapping_sub(step)
            }
        });
        for (hub, slot) in hubs.into_iter().zip(targets.filter(|&t| t < row)) {
            let at = items
                .iter()
                .position(|&x| x == hub)
                .expect("hub is in its band");
            items.swap(at, slot);
        }
    }
}

/// Connections a box needs to count as a hub.
pub const HUB_DEGREE: usize = 6;

/// Counts crossings between consecutive bands, for tests and benchmarks.
///
/// # Complexity
/// O(m²) per pair of bands.
pub fn crossings(bands: &[Vec<usize>], edges: &[(usize, usize)]) -> usize {
    let mut where_ = std::collections::HashMap::new();
    for (b, items) in bands.iter().enumerate() {
        for (i, &it) in items.iter().enumerate() {
            where_.insert(it, (b, i));
        }
    }
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for &(a, c) in edges {
        let (Some(&(ba, ia)), Some(&(bc, ic))) = (where_.get(&a), where_.get(&c)) else {
            continue;
        };
        if ba + 1 == bc {
            spans.push((ba, ia, ic));
        } else if bc + 1 == ba {
            spans.push((bc, ic, ia));
        }
    }
    let mut count = 0;
    for (i, x) in spans.iter().enumerate() {
        for y in &spans[i + 1..] {
            if x.0 == y.0 && ((x.1 < y.1 && x.2 > y.2) || (x.1 > y.1 && x.2 < y.2)) {
                count += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untangles_a_crossed_pair() {
        // band 0: [0, 1]; band 1: [2, 3]; edges 0–3 and 1–2 cross.
        let mut bands = vec![vec![0, 1], vec![2, 3]];
        let edges = [(0, 3), (1, 2)];
        let mut adj = vec![vec![]; 4];
        for &(a, b) in &edges {
            adj[a].push(b);
            adj[b].push(a);
        }
        assert_eq!(crossings(&bands, &edges), 1);
        reduce_crossings(&mut bands, &adj);
        assert_eq!(crossings(&bands, &edges), 0);
    }

    #[test]
    fn cycles_and_same_band_edges_do_not_loop() {
        let mut bands = vec![vec![0, 1, 2]];
        let adj = vec![vec![1, 2], vec![0, 2], vec![0, 1]];
        reduce_crossings(&mut bands, &adj);
        assert_eq!(bands, vec![vec![0, 1, 2]]);
    }
}
