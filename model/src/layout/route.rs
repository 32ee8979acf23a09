//! Edge routing: a smooth curve from one node to another, leaving and entering through the
//! sides that face each other, so connections between bands read top to bottom.

use super::Link;
use crate::scene::{Edge, Node};

/// Routes one link between two laid-out nodes.
pub(super) fn route(link: &Link, a: &Node, b: &Node) -> Edge {
    let (ax, bx) = (a.x + a.w / 2.0, b.x + b.w / 2.0);
    let points = if a.y + a.h <= b.y {
        // a above b
        let (sy, ey) = (a.y + a.h, b.y);
        let mid = (sy + ey) / 2.0;
        [(ax, sy), (ax, mid), (bx, mid), (bx, ey)]
    } else if b.y + b.h <= a.y {
        let (sy, ey) = (a.y, b.y + b.h);
        let mid = (sy + ey) / 2.0;
        [(ax, sy), (ax, mid), (bx, mid), (bx, ey)]
    } else if (a.y - b.y).abs() < 1.0 && (a.x - b.x).abs() > a.w {
        // Same row: bow over the top.
        let lift = 18.0 + (ax - bx).abs().min(400.0) / 10.0;
        [(ax, a.y), (ax, a.y - lift), (bx, b.y - lift), (bx, b.y)]
    } else {
        // Overlapping rows or a self-loop: side to side.
        let (sx, ex) = if ax <= bx {
            (a.x + a.w, b.x)
        } else {
            (a.x, b.x + b.w)
        };
        let (sy, ey) = (a.y + a.h / 2.0, b.y + b.h / 2.0);
        let bend = if link.from == link.to { 40.0 } else { 0.0 };
        [
            (sx, sy),
            (sx + 30.0 + bend, sy - bend),
            (ex - 30.0 + bend, ey - bend),
            (ex, ey),
        ]
    };
    Edge {
        id: link.id.clone(),
        from: link.from.clone(),
        to: link.to.clone(),
        label: link.label.clone(),
        both: link.both,
        mark: None,
        points,
    }
}
