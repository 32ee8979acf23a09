//! The connection graph the layout works on, built with petgraph: who is connected to whom,
//! by item index, self-loops left out (they pull a box nowhere).

use petgraph::graph::{NodeIndex, UnGraph};

/// The neighbours of each of `n` items joined by `ends`, as lists of item indices.
///
/// # Complexity
/// O(n + m) for m connections.
pub(super) fn adjacency(n: usize, ends: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut g = UnGraph::<(), ()>::with_capacity(n, ends.len());
    for _ in 0..n {
        g.add_node(());
    }
    for &(a, b) in ends {
        if a != b {
            g.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
        }
    }
    (0..n)
        .map(|i| {
            let mut v: Vec<usize> = g.neighbors(NodeIndex::new(i)).map(|x| x.index()).collect();
            v.reverse();
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_neighbours_both_ways_without_loops() {
        let adj = super::adjacency(3, &[(0, 1), (1, 2), (2, 2)]);
        assert_eq!(adj, vec![vec![1], vec![0, 2], vec![1]]);
    }
}
