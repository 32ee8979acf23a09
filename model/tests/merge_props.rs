//! Properties of `diff` and `merge` over random frameworks drawn from a small pool of ids, so
//! that the two sides of a merge often touch the same components and connections.

use model::diff::diff;
use model::document::{Component, Connection, Direction, Document, Kind, Point, Status};
use model::merge::merge;
use proptest::prelude::*;
use std::collections::HashSet;

const NAMES: [&str; 4] = [
    "LGSP tỉnh",
    "Kho dữ liệu",
    "Cổng dịch vụ công",
    "Hệ thống một cửa",
];
const TERMS: [&str; 4] = ["tích hợp", "chia sẻ dữ liệu", "một cửa", "báo cáo"];

type Comp = (bool, usize, u8, usize, Vec<bool>, Option<(i16, i16)>, bool);
type Conn = (bool, usize, usize, bool, bool);

fn doc_from(title: usize, comps: Vec<Comp>, conns: Vec<Conn>) -> Document {
    let mut d = Document::new(["Khung", "Khung số"][title], Kind::Province, "Lâm Đồng");
    for (i, (present, name, layer, status, terms, pos, platform)) in comps.into_iter().enumerate() {
        if !present {
            continue;
        }
        let mut c = Component::new(format!("c{i}"), NAMES[name], layer);
        c.status = [Status::Existing, Status::Planned, Status::Retiring][status];
        c.capabilities = TERMS
            .iter()
            .zip(terms)
            .filter(|(_, on)| *on)
            .map(|(t, _)| t.to_string())
            .collect();
        c.position = pos.map(|(x, y)| Point {
            x: f32::from(x),
            y: f32::from(y),
        });
        c.platform = platform.then(|| "A-06".to_owned());
        d.components.push(c);
    }
    let ids: HashSet<String> = d.components.iter().map(|c| c.id.clone()).collect();
    for (j, (present, from, to, labelled, both)) in conns.into_iter().enumerate() {
        let (from, to) = (format!("c{from}"), format!("c{to}"));
        if present && ids.contains(&from) && ids.contains(&to) {
            d.connections.push(Connection {
                id: format!("e{j}"),
                from,
                to,
                label: if labelled {
                    "tích hợp".into()
                } else {
                    String::new()
                },
                direction: if both {
                    Direction::Both
                } else {
                    Direction::Forward
                },
            });
        }
    }
    d
}

fn framework() -> impl Strategy<Value = Document> {
    let comp = (
        any::<bool>(),
        0..NAMES.len(),
        1u8..=4,
        0usize..3,
        proptest::collection::vec(any::<bool>(), TERMS.len()),
        proptest::option::of((-5i16..5, -5i16..5)),
        any::<bool>(),
    );
    let conn = (
        any::<bool>(),
        0usize..6,
        0usize..6,
        any::<bool>(),
        any::<bool>(),
    );
    (
        0usize..2,
        proptest::collection::vec(comp, 6),
        proptest::collection::vec(conn, 6),
    )
        .prop_map(|(t, c, e)| doc_from(t, c, e))
}

fn ids(d: &Document) -> (HashSet<String>, HashSet<String>) {
    (
        d.components.iter().map(|c| c.id.clone()).collect(),
        d.connections.iter().map(|e| e.id.clone()).collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn merging_an_unchanged_theirs_gives_ours(base in framework(), x in framework()) {
        let m = merge(&base, &x, &base);
        prop_assert!(m.clashes.is_empty());
        prop_assert_eq!(m.doc, x);
    }

    #[test]
    fn merging_the_same_edit_twice_gives_it_once(base in framework(), x in framework()) {
        let m = merge(&base, &x, &x);
        prop_assert!(m.clashes.is_empty());
        prop_assert_eq!(m.doc, x);
    }

    #[test]
    fn nothing_on_both_sides_is_dropped(
        base in framework(), ours in framework(), theirs in framework()
    ) {
        let m = merge(&base, &ours, &theirs);
        let (got_c, got_e) = ids(&m.doc);
        let (oc, oe) = ids(&ours);
        let (tc, te) = ids(&theirs);
        for id in oc.intersection(&tc) {
            prop_assert!(got_c.contains(id), "component {} dropped", id);
        }
        for id in oe.intersection(&te) {
            prop_assert!(got_e.contains(id), "connection {} dropped", id);
        }
        // The result never holds a connection to a missing component.
        for e in &m.doc.connections {
            prop_assert!(got_c.contains(&e.from) && got_c.contains(&e.to));
        }
        // It is a framework the reader accepts again.
        let json = model::io::json::write(&m.doc);
        prop_assert!(model::io::json::read(&json).is_ok());
    }

    #[test]
    fn a_framework_against_itself_has_no_difference(a in framework()) {
        prop_assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn a_difference_is_empty_exactly_when_the_frameworks_are_equal(
        a in framework(), b in framework()
    ) {
        prop_assert_eq!(diff(&a, &b).is_empty(), a == b);
    }
}
