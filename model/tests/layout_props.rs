//! Property tests of the layout on random frameworks, measured on the drawn SVG by the same
//! code as `scripts/bench-layout.sh` (`model::quality`): no connection passes through a box that
//! is not one of its ends, and no two boxes overlap, boxes placed by hand included.

use model::document::{Component, Connection, Direction, Document, Kind, Point};
use model::quality::{measure, read_svg};
use model::svg::Svg;
use model::views::framework;
use model::Catalogue;
use proptest::prelude::*;

/// A random framework: components with layers, names of 1–12 words, some placed by hand
/// anywhere (overlapping others or straddling bands) with odds `hand`, and connections between any two,
/// loops and same-layer ones included.
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
            prop::collection::vec((0..n, 0..n, any::<bool>()), 0..(2 * n)),
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
                    .map(|(j, (a, b, both))| Connection {
                        id: format!("e{j}"),
                        from: format!("c{a}"),
                        to: format!("c{b}"),
                        label: String::new(),
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
    }
}
