//! Property tests of the layout on random frameworks, measured on the drawn SVG by the same
//! code as `scripts/bench-layout.sh` (`model::quality`): no connection passes through a box that
//! is not one of its ends, no two boxes overlap (boxes placed by hand included), no label covers
//! a box, a title or another label, and editing moves nothing the user did not touch.

use model::document::{Component, Connection, Direction, Document, Kind, Point};
use model::quality::{measure, read_svg};
use model::svg::Svg;
use model::views::framework;
use model::Catalogue;
use proptest::prelude::*;

/// A random framework: components with layers, names of 1–12 words, some placed by hand
/// anywhere (overlapping others or straddling bands) with odds `hand`, and connections between any two,
/// loops and same-layer ones included, three in four labelled.
fn frameworks(hand: f64) -> impl Strategy<Value = Document> {
    (1usize..36).prop_flat_map(move |n| {
        (
            prop::collection::vec(
                (
                    1u8..=4,
                    1usize..12,
                    prop::option::weighted(hand, (0.0f32..1400.0, 0.0f32..1400.0)),
                ),
                n,
            ),
            prop::collection::vec((0..n, 0..n, any::<bool>(), 0usize..4), 0..(2 * n)),
        )
            .prop_map(|(comps, links)| {
                let mut d = Document::new("Ngẫu nhiên", Kind::Province, "Tỉnh thử");
                d.components = comps
                    .into_iter()
                    .enumerate()
                    .map(|(i, (layer, words, at))| {
                        let mut c = Component::new(
                            format!("c{i}"),
                            format!("{} {i}", "Hệ thống dữ liệu".repeat(words)),
                            layer,
                        );
                        c.position = at.map(|(x, y)| Point { x, y });
                        c
                    })
                    .collect();
                d.connections = links
                    .into_iter()
                    .enumerate()
                    .map(|(j, (a, b, both, label))| Connection {
                        id: format!("e{j}"),
                        from: format!("c{a}"),
                        to: format!("c{b}"),
                        label: ["", "chia sẻ dữ liệu", "xác thực", "tích hợp qua LGSP"][label]
                            .into(),
                        direction: if both {
                            Direction::Both
                        } else {
                            Direction::Forward
                        },
                    })
                    .collect();
                d
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn no_connection_through_a_box_and_no_boxes_overlap(d in frameworks(0.2)) {
        let svg = Svg(&framework::scene(Catalogue::get(), &d)).to_string();
        let m = measure(&read_svg(&svg).unwrap());
        prop_assert_eq!(m.pass_throughs, 0, "a connection passes through a box");
        prop_assert_eq!(m.box_overlaps, 0, "two boxes overlap");
        prop_assert_eq!(m.label_overlaps, 0, "a label covers a box, a title or another label");
    }
}

/// `d` with every box left to the layout (a box placed by hand stays where the user put it,
/// whatever moves around it).
fn by_layout(mut d: Document) -> Document {
    d.components.iter_mut().for_each(|c| c.position = None);
    d
}

/// Where each box of `d` is drawn.
fn boxes(d: &Document) -> std::collections::HashMap<String, (u8, f32, f32)> {
    let layer: std::collections::HashMap<&str, u8> = d
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.layer))
        .collect();
    framework::scene(Catalogue::get(), d)
        .nodes
        .into_iter()
        .map(|n| (n.id.clone(), (layer[n.id.as_str()], n.x, n.y)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Adding a component moves no other box sideways. When its band has a free cell, nothing
    /// above it moves and nothing moves up (a taller name makes its row taller, and what lies
    /// under it moves down, all by one height). A new row at the foot of a band changes which
    /// channels the connections out of the row above use, so there only sideways is promised.
    #[test]
    fn adding_a_component_moves_no_other_box(d in frameworks(0.2), layer in 1u8..=4, words in 1usize..6) {
        let mut d = by_layout(d);
        let before = boxes(&d);
        let name = "Hệ thống mới ".repeat(words);
        d.apply(model::command::Command::AddComponent(Component::new("mới", name, layer))).unwrap();
        let after = boxes(&d);
        let cells = &d.arrangement.as_ref().expect("the edit keeps the grid").cells;
        let at = cells["mới"];
        let new_row = cells.iter().all(|(id, c)| id == "mới" || c.layer != layer || c.row < at.row);
        let new_y = after["mới"].2;
        let mut shift = None;
        for (id, &(l, x, y)) in &before {
            let (_, x2, y2) = after[id];
            prop_assert_eq!(x, x2, "{} moved sideways", id);
            if new_row {
                continue;
            }
            if l > layer || (l == layer && y < new_y) {
                prop_assert_eq!(y, y2, "{} above the new box moved", id);
            } else {
                let dy = y2 - y;
                prop_assert!(dy >= 0.0, "{} moved up", id);
                if l < layer {
                    prop_assert!(*shift.get_or_insert(dy) == dy, "bands below shifted unevenly");
                }
            }
        }
    }

    /// Removing or renaming a component moves no box sideways. A rename moves nothing in the
    /// bands above; a removal takes the component's connections with it, and the channels
    /// they ran in may narrow.
    #[test]
    fn removing_or_renaming_moves_nothing_sideways(d in frameworks(0.2), pick in any::<prop::sample::Index>(), rename in any::<bool>()) {
        let mut d = by_layout(d);
        prop_assume!(!d.components.is_empty());
        let c = d.components[pick.index(d.components.len())].clone();
        let before = boxes(&d);
        let cmd = if rename {
            let mut r = c.clone();
            r.name = format!("{} đã đổi tên dài hơn trước nhiều", c.name);
            model::command::Command::UpdateComponent(r)
        } else {
            model::command::Command::RemoveComponents(vec![c.id.clone()])
        };
        d.apply(cmd).unwrap();
        let after = boxes(&d);
        for (id, &(l, x, y)) in before.iter().filter(|(id, _)| **id != c.id) {
            let (_, x2, y2) = after[id];
            prop_assert_eq!(x, x2, "{} moved sideways", id);
            if rename && l > c.layer {
                prop_assert_eq!(y, y2, "{} in a band above moved", id);
            }
        }
    }
}

/// Where each box is drawn when the user reads the drawing in `lang`.
fn boxes_in(d: &Document, lang: model::captions::Lang) -> Vec<(String, f32, f32)> {
    let mut v: Vec<_> = framework::scene_in(Catalogue::get(), d, &Default::default(), lang)
        .nodes
        .into_iter()
        .map(|n| (n.id.clone(), n.x, n.y))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The first edit keeps the grid on screen, whichever language the drawing is read in: the
    /// grid it freezes is the one the English drawing shows too.
    #[test]
    fn freezing_the_grid_moves_nothing_in_english(d in frameworks(0.2)) {
        let d = by_layout(d);
        let before = boxes_in(&d, model::captions::Lang::En);
        let mut frozen = d.clone();
        frozen.arrangement = Some(model::layout::arrange::auto(&d));
        prop_assert_eq!(before, boxes_in(&frozen, model::captions::Lang::En));
    }
}
