//! Track assignment in one routing channel: runs that overlap get their own tracks, in an order
//! that avoids crossings where the channel allows it (channel routing with vertical constraints).
//!
//! A run lies along the channel from `lo` to `hi` and meets the rest of its connection at pins,
//! each on the low side (above, or left) or the high side (below, or right) of the channel. If
//! run `i` lies nearer the low side than run `j`, then every low-side pin of `j` inside `i`'s span
//! crosses `i`, and every high-side pin of `i` inside `j`'s span crosses `j`: that count is the
//! cost of the pair in that order. Runs are inserted one by one where they add the least cost.

/// Which side of the channel a pin leaves from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Above a horizontal channel, left of a vertical one.
    Low,
    /// Below a horizontal channel, right of a vertical one.
    High,
}

/// One run in a channel.
#[derive(Debug, Clone)]
pub(super) struct Run {
    /// Where it starts along the channel.
    pub lo: f32,
    /// Where it ends.
    pub hi: f32,
    /// Where its connection leaves the channel, and to which side.
    pub pins: Vec<(f32, Side)>,
}

/// How close two runs may come along the channel and still share a track.
const CLEAR: f32 = 6.0;

fn overlap(a: &Run, b: &Run) -> bool {
    a.lo < b.hi + CLEAR && b.lo < a.hi + CLEAR
}

/// Crossings if `i` is nearer the low side than `j`.
fn cost(i: &Run, j: &Run) -> u32 {
    if !overlap(i, j) {
        return 0;
    }
    let inside = |r: &Run, x: f32| x > r.lo - 0.5 && x < r.hi + 0.5;
    let a = j
        .pins
        .iter()
        .filter(|p| p.1 == Side::Low && inside(i, p.0))
        .count();
    let b = i
        .pins
        .iter()
        .filter(|p| p.1 == Side::High && inside(j, p.0))
        .count();
    (a + b) as u32
}

/// Gives each run a track, 0 nearest the low side; returns the tracks and how many are used.
///
/// # Complexity
/// O(k² · p) for k runs with p pins each.
pub(super) fn assign(runs: &[Run]) -> (Vec<usize>, usize) {
    let mut by_start: Vec<usize> = (0..runs.len()).collect();
    crate::sort::sort_by(&mut by_start, |&a, &b| {
        runs[a].lo.total_cmp(&runs[b].lo).then(a.cmp(&b))
    });
    let mut order: Vec<usize> = Vec::with_capacity(runs.len());
    for n in by_start {
        // cost(p) = Σ_{m before p} cost(m, n) + Σ_{m from p} cost(n, m)
        let mut after: u32 = order.iter().map(|&m| cost(&runs[n], &runs[m])).sum();
        let mut before = 0u32;
        let (mut best, mut best_at) = (after, 0);
        for (p, &m) in order.iter().enumerate() {
            before += cost(&runs[m], &runs[n]);
            after -= cost(&runs[n], &runs[m]);
            if before + after <= best {
                best = before + after;
                best_at = p + 1;
            }
        }
        order.insert(best_at, n);
    }
    let mut track = vec![0usize; runs.len()];
    let mut count = 0;
    for (k, &n) in order.iter().enumerate() {
        let t = order[..k]
            .iter()
            .filter(|&&m| overlap(&runs[m], &runs[n]))
            .map(|&m| track[m] + 1)
            .max()
            .unwrap_or(0);
        track[n] = t;
        count = count.max(t + 1);
    }
    (track, count)
}

/// [`assign`] where runs with the same bundle key share one track: connections that end at the
/// same box through the same vertical channel are drawn as one trunk that branches at the box,
/// the way architects draw many systems feeding one hub, instead of a band of parallel lines.
/// Returns each run's track and how many tracks are used.
///
/// # Complexity
/// That of [`assign`] on the bundles, plus O(k log k) to form them.
pub(super) fn assign_bundled<K: Ord + Copy>(runs: &[(Option<K>, Run)]) -> (Vec<usize>, usize) {
    let mut bundle_of = vec![0usize; runs.len()];
    let mut merged: Vec<Run> = Vec::with_capacity(runs.len());
    let mut by_key: std::collections::BTreeMap<K, usize> = std::collections::BTreeMap::new();
    for (i, (key, run)) in runs.iter().enumerate() {
        let slot = key.and_then(|k| by_key.get(&k).copied());
        match slot {
            Some(b) => {
                let m = &mut merged[b];
                m.lo = m.lo.min(run.lo);
                m.hi = m.hi.max(run.hi);
                m.pins.extend_from_slice(&run.pins);
                bundle_of[i] = b;
            }
            None => {
                if let Some(k) = key {
                    by_key.insert(*k, merged.len());
                }
                bundle_of[i] = merged.len();
                merged.push(run.clone());
            }
        }
    }
    let (t, n) = assign(&merged);
    (bundle_of.into_iter().map(|b| t[b]).collect(), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lo: f32, hi: f32, pins: &[(f32, Side)]) -> Run {
        Run {
            lo,
            hi,
            pins: pins.to_vec(),
        }
    }

    #[test]
    fn two_runs_to_the_right_are_stacked_without_crossing() {
        // a: from 0 (above) to 10 (below); b: from 5 (above) to 15 (below). b must be nearer
        // the top, or each crosses the other.
        let runs = [
            run(0.0, 10.0, &[(0.0, Side::Low), (10.0, Side::High)]),
            run(5.0, 15.0, &[(5.0, Side::Low), (15.0, Side::High)]),
        ];
        let (t, n) = assign(&runs);
        assert_eq!(n, 2);
        assert!(t[1] < t[0]);
    }

    #[test]
    fn runs_into_one_box_share_a_track() {
        let runs = [
            (
                Some(7),
                run(0.0, 40.0, &[(0.0, Side::Low), (40.0, Side::High)]),
            ),
            (
                Some(7),
                run(10.0, 44.0, &[(10.0, Side::Low), (44.0, Side::High)]),
            ),
            (
                None,
                run(5.0, 30.0, &[(5.0, Side::Low), (30.0, Side::High)]),
            ),
        ];
        let (t, n) = assign_bundled(&runs);
        assert_eq!((t[0] == t[1], n), (true, 2));
    }

    #[test]
    fn runs_apart_share_a_track() {
        let runs = [
            run(0.0, 10.0, &[(0.0, Side::Low), (10.0, Side::High)]),
            run(50.0, 60.0, &[(50.0, Side::Low), (60.0, Side::High)]),
        ];
        assert_eq!(assign(&runs), (vec![0, 0], 1));
    }
}
