//! Two versions of a framework on one diagram: the newer version with what the older one had
//! and the newer lacks put back, each component and connection marked added, removed or
//! changed (CSS classes `diff-added`, `diff-removed`, `diff-changed` on its `g.node` or
//! `g.edge`). It goes through the same layout, scene and SVG as every other diagram, so the
//! comparison looks like the framework itself and exports the same way.

use super::framework;
use crate::catalogue::Catalogue;
use crate::diff::{diff, union, Diff, Element};
use crate::document::Document;
use crate::scene::Scene;

/// The diagram comparing `older` with `newer`, and the difference it shows.
///
/// ```
/// use model::{document::*, views::compare, Catalogue};
/// let older = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// let mut newer = older.clone();
/// newer.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let (scene, d) = compare::scene(Catalogue::get(), &older, &newer);
/// assert_eq!(scene.nodes[0].mark, Some("diff-added"));
/// assert_eq!(d.added.len(), 1);
/// ```
///
/// # Complexity
/// That of [`framework::scene`] on both versions' components together, plus
/// O((n + m) · k) to mark the n nodes and m edges against k differences.
pub fn scene(cat: &Catalogue, older: &Document, newer: &Document) -> (Scene, Diff) {
    let d = diff(older, newer);
    let mut scene = framework::scene(cat, &union(older, newer));
    for n in &mut scene.nodes {
        n.mark = d.status_of(Element::Component, &n.id).map(|m| m.class());
    }
    for e in &mut scene.edges {
        e.mark = d.status_of(Element::Connection, &e.id).map(|m| m.class());
    }
    scene.title = format!("So sánh: {}", newer.title);
    (scene, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Component, Connection, Direction, Kind};

    #[test]
    fn the_svg_marks_added_removed_and_changed_elements() {
        let mut older = Document::new("Khung", Kind::Province, "Lâm Đồng");
        older.components = vec![
            Component::new("keep", "LGSP tỉnh", 2),
            Component::new("gone", "Kho dữ liệu cũ", 2),
            Component::new("edit", "Cổng thông tin", 4),
        ];
        older.connections = vec![Connection {
            id: "e-gone".into(),
            from: "keep".into(),
            to: "gone".into(),
            label: String::new(),
            direction: Direction::Forward,
        }];
        let mut newer = older.clone();
        newer.components.retain(|c| c.id != "gone");
        newer.connections.clear();
        newer.components[1].layer = 3;
        newer
            .components
            .push(Component::new("new", "Trục tích hợp", 2));
        let (scene, d) = scene(Catalogue::get(), &older, &newer);
        assert_eq!(scene.nodes.len(), 4);
        let svg = crate::svg::Svg(&scene).to_string();
        assert!(svg.contains("diff-added\" data-id=\"new\""), "{svg}");
        assert!(svg.contains("diff-removed\" data-id=\"gone\""));
        assert!(svg.contains("diff-changed\" data-id=\"edit\""));
        assert!(svg.contains("class=\"edge diff-removed\" data-id=\"e-gone\""));
        assert!(!svg.contains("diff-added\" data-id=\"keep\""));
        assert_eq!(d.changed.len(), 1);
    }
}
