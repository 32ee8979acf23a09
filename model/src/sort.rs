//! One stable sort for the model and the app.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of the
//! standard library's driftsort, about 2.7 KB of wasm each, and the browser app had 30 of them
//! (82 KB before gzip; README, "Size of the first load"). Here the one copy sorts indices
//! through a `dyn` comparator and the elements are then moved into that order, so each call
//! site costs a few hundred bytes instead of a driftsort. The order is the standard library's:
//! stable, equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `v.sort_by(cmp)` does.
///
/// ```
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
/// model::sort::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
/// assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
/// ```
///
/// # Complexity
/// O(n log n) comparisons and O(n) moves and extra space.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = permutation(v.len(), &|a, b| cmp(&v[a], &v[b]));
    apply(v, order);
}

/// Sorts `v` stably by `key`, as `v.sort_by_key(key)` does.
///
/// ```
/// let mut v = ["ccc", "a", "bb"];
/// model::sort::sort_by_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "bb", "ccc"]);
/// ```
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably, as `v.sort()` does.
///
/// ```
/// let mut v = vec!["b".to_owned(), "a".to_owned()];
/// model::sort::sort(&mut v);
/// assert_eq!(v, ["a", "b"]);
/// ```
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in stable order by `cmp`: the crate's one instance of driftsort.
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the elements of `v` so that `v[i]` becomes the old `v[order[i]]`, following each
/// cycle of the permutation with swaps.
fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut i = start;
        while order[i] != DONE {
            let j = order[i];
            order[i] = DONE;
            if j == start {
                break;
            }
            v.swap(i, j);
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_values_without_losing_one() {
        let mut v: Vec<String> = ["d", "b", "a", "c", "b"].map(String::from).to_vec();
        sort(&mut v);
        assert_eq!(v, ["a", "b", "b", "c", "d"]);
    }
}
