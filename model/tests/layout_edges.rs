//! The diagram engine on the edge cases the issue names: an empty framework, 200 components in
//! one layer, names of 300 characters, duplicate names, cycles and connections within a layer.

use model::document::{Component, Connection, Direction, Document, Kind};
use model::layout::{order, NODE_W};
use model::svg::Svg;
use model::views::framework;
use model::{synth, Catalogue};

fn comp(id: &str, name: &str, layer: u8) -> Component {
    Component::new(id, name, layer)
}

fn link(id: &str, from: &str, to: &str) -> Connection {
    Connection {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        label: "chia sẻ".into(),
        direction: Direction::Forward,
    }
}

fn render(doc: &Document) -> (model::scene::Scene, String) {
    let scene = framework::scene(Catalogue::get(), doc);
    let svg = Svg(&scene).to_string();
    (scene, svg)
}

/// Parses the SVG as XML, so every export is well-formed.
fn well_formed(svg: &str) {
    let mut reader = quick_xml::Reader::from_str(svg);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "SVG is not well-formed XML at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
}

fn overlaps(scene: &model::scene::Scene) -> usize {
    let mut n = 0;
    for (i, a) in scene.nodes.iter().enumerate() {
        for b in &scene.nodes[i + 1..] {
            if a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn empty_framework_draws_four_empty_layers() {
    let (scene, svg) = render(&Document::new("Trống", Kind::Commune, ""));
    assert_eq!(scene.bands.len(), 4);
    assert!(scene.nodes.is_empty());
    well_formed(&svg);
}

#[test]
fn two_hundred_components_in_one_layer_wrap_without_overlap() {
    let mut d = Document::new("Dày", Kind::Ministry, "Bộ Y tế");
    d.components = (0..200)
        .map(|i| {
            comp(
                &format!("c{i}"),
                &format!("Phần mềm chuyên ngành số {i}"),
                3,
            )
        })
        .collect();
    let (scene, svg) = render(&d);
    assert_eq!(scene.nodes.len(), 200);
    assert_eq!(overlaps(&scene), 0);
    // A reasonable rectangle, not one 40 000-unit row.
    assert!(scene.width < 30.0 * NODE_W, "width {}", scene.width);
    well_formed(&svg);
}

#[test]
fn names_of_300_characters_are_shown_in_full_in_a_taller_box() {
    let long = "Hệ thống thông tin quản lý ".repeat(12);
    let long: String = long.chars().take(300).collect();
    let mut d = Document::new("Dài", Kind::Province, "Lâm Đồng");
    d.components = vec![comp("a", &long, 2), comp("b", "Ngắn", 2)];
    let (scene, svg) = render(&d);
    let n = &scene.nodes[0];
    assert_eq!(
        n.lines.join(" "),
        long.trim_end(),
        "every word is in the box"
    );
    assert!(!svg.contains('…'));
    assert!(n.h >= n.lines.len() as f32 * model::layout::LINE_H);
    assert!(
        svg.contains(&format!("<title>{long}</title>")),
        "the full name is kept in <title>"
    );
    well_formed(&svg);
}

#[test]
fn duplicate_names_stay_distinct_nodes() {
    let mut d = Document::new("Trùng", Kind::Province, "");
    d.components = vec![
        comp("a", "Cổng thông tin", 4),
        comp("b", "Cổng thông tin", 4),
    ];
    d.connections = vec![link("e", "a", "b")];
    let (scene, svg) = render(&d);
    assert_eq!(scene.nodes.len(), 2);
    assert!(svg.contains("data-id=\"a\"") && svg.contains("data-id=\"b\""));
    assert_eq!(scene.edges.len(), 1);
}

#[test]
fn cycles_and_same_layer_connections_are_routed() {
    let mut d = Document::new("Vòng", Kind::Province, "");
    d.components = vec![comp("a", "A", 2), comp("b", "B", 2), comp("c", "C", 3)];
    d.connections = vec![
        link("ab", "a", "b"),
        link("bc", "b", "c"),
        link("ca", "c", "a"),
        link("aa", "a", "a"),
    ];
    let (scene, svg) = render(&d);
    assert_eq!(scene.edges.len(), 4);
    for e in &scene.edges {
        assert!(e.points.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    }
    well_formed(&svg);
}

#[test]
fn layout_is_deterministic() {
    let d = synth::framework(300, 1.5);
    assert_eq!(render(&d).1, render(&d).1);
}

#[test]
fn adding_an_unconnected_component_moves_no_other() {
    // The user's mental map: a new box appears, the others stay where they were (only bands
    // below move down, whole, when the new box needs a new row).
    for layer in 1..=4u8 {
        let before = synth::framework(300, 1.5);
        let mut after = before.clone();
        after
            .components
            .push(comp("new", "Hệ thống mới thêm", layer));
        let (a, b) = (render(&before).0, render(&after).0);
        let band_y =
            |s: &model::scene::Scene, l: u8| s.bands.iter().find(|x| x.layer == l).unwrap().y;
        for n in &a.nodes {
            let m = b.nodes.iter().find(|m| m.id == n.id).unwrap();
            let l = before
                .components
                .iter()
                .find(|c| c.id == n.id)
                .unwrap()
                .layer;
            let shift = band_y(&b, l) - band_y(&a, l);
            assert_eq!(
                (m.x, m.y - shift),
                (n.x, n.y),
                "{} moved (layer {layer})",
                n.id
            );
            if l >= layer {
                assert_eq!(shift, 0.0, "band {l} above the new box moved");
            }
        }
    }
}

#[test]
fn ordering_reduces_crossings_on_a_real_sized_graph() {
    let d = synth::framework(120, 1.5);
    let g = d.graph();
    let idx = |id: &str| g.index[id].index();
    let mut bands: Vec<Vec<usize>> = (1..=4u8)
        .rev()
        .map(|l| {
            d.components
                .iter()
                .filter(|c| c.layer == l)
                .map(|c| idx(&c.id))
                .collect()
        })
        .collect();
    let edges: Vec<(usize, usize)> = d
        .connections
        .iter()
        .map(|e| (idx(&e.from), idx(&e.to)))
        .collect();
    let mut adj = vec![Vec::new(); d.components.len()];
    for &(a, b) in &edges {
        if a != b {
            adj[a].push(b);
            adj[b].push(a);
        }
    }
    let before = order::crossings(&bands, &edges);
    order::reduce_crossings(&mut bands, &adj);
    let after = order::crossings(&bands, &edges);
    assert!(after < before, "crossings {before} → {after}");
}

#[test]
fn hostile_names_stay_text_in_svg() {
    let mut d = Document::new("<script>alert(1)</script>", Kind::Province, "");
    d.components = vec![
        comp("x", "\"><img src=x onerror=alert(1)>", 1),
        comp("y", "]]><script>alert(1)</script>", 2),
        comp("z", "=HYPERLINK(\"http://x\")", 3),
    ];
    let (_, svg) = render(&d);
    well_formed(&svg);
    assert!(!svg.contains("<img") && !svg.contains("<script"));
}

#[test]
fn flagged_components_are_marked_and_explained_in_the_legend() {
    use model::scene::Badge;
    use std::collections::HashMap;
    let mut d = Document::new("Cờ", Kind::Province, "Lâm Đồng");
    d.components = vec![
        comp("a", "Hệ thống một cửa điện tử tỉnh", 3),
        comp("b", "LGSP tỉnh", 2),
    ];
    let v = Badge {
        level: model::scene::Level::Violation,
        mark: model::scene::Mark::Overlap,
    };
    let badges: HashMap<&str, Badge> = [("a", v)].into_iter().collect();
    let scene = framework::scene_with_badges(Catalogue::get(), &d, &badges);
    assert_eq!(scene.badges, [v]);
    let svg = Svg(&scene).to_string();
    well_formed(&svg);
    assert!(svg.contains("data-id=\"a\" tabindex=\"0\" role=\"button\" aria-label=\"Hệ thống một cửa điện tử tỉnh\" data-flag=\"flag-violation\""));
    assert!(svg.contains(&v.caption()));
    assert_eq!(svg.matches("class=\"badge\"").count(), 1);
}
