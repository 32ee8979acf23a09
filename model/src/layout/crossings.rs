//! Crossing pairs on a drawn picture, for choosing between two orderings of the same diagram:
//! the ordering heuristics count crossings between neighbouring rows, but what a reader sees is
//! where the routed lines cross, channels and tracks included.

use std::collections::HashSet;

/// Pairs of connections whose orthogonal polylines cross. Runs that only touch at an end (where
/// lines of one box meet) do not count.
///
/// # Complexity
/// O(h log v + h · k) for h horizontal and v vertical runs, k vertical runs within a horizontal
/// run's reach.
pub(super) fn count(lines: &[&[(f32, f32)]]) -> usize {
    let mut flat: Vec<(f32, f32, f32, usize)> = Vec::new(); // y, x0, x1, line
    let mut upright: Vec<(f32, f32, f32, usize)> = Vec::new(); // x, y0, y1, line
    for (e, pts) in lines.iter().enumerate() {
        for w in pts.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            if (y0 - y1).abs() < 0.01 {
                flat.push((y0, x0.min(x1), x0.max(x1), e));
            } else if (x0 - x1).abs() < 0.01 {
                upright.push((x0, y0.min(y1), y0.max(y1), e));
            }
        }
    }
    crate::sort::sort_by(&mut upright, |a, b| a.0.total_cmp(&b.0));
    let strictly = |v: f32, lo: f32, hi: f32| v > lo + 0.5 && v < hi - 0.5;
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    for &(y, x0, x1, e) in &flat {
        let start = upright.partition_point(|u| u.0 <= x0 + 0.5);
        for &(x, y0, y1, f) in upright[start..].iter().take_while(|u| u.0 < x1 - 0.5) {
            if f != e && strictly(y, y0, y1) && strictly(x, x0, x1) {
                pairs.insert((e.min(f), e.max(f)));
            }
        }
    }
    pairs.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_a_plus_once_and_a_touch_never() {
        let h: &[(f32, f32)] = &[(0.0, 5.0), (10.0, 5.0)];
        let v: &[(f32, f32)] = &[(5.0, 0.0), (5.0, 10.0)];
        let touch: &[(f32, f32)] = &[(10.0, 5.0), (10.0, 20.0)];
        assert_eq!(super::count(&[h, v, touch]), 1);
    }
}
