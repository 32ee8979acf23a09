//! A drag in the editor, let go: the one command that puts the dropped boxes in their slots and
//! layers, and keeps every box the user placed by hand tidy after the layout runs again.
//!
//! Boxes placed by hand keep their coordinates, while a drop into another layer can make a band
//! a row taller or shorter and so move the bands under it. The command therefore also moves any
//! hand-placed box the new layout would leave across a border or on another box to the nearest
//! free slot of its band ([`snap::settle`]); one pass is enough, since positions never change
//! the bands. All of it is one [`Command::Place`], hence one undo step.

use crate::catalogue::Catalogue;
use crate::command::Command;
use crate::document::Document;
use crate::layout::snap::{self, Drop};
use crate::scene::Scene;

/// How often the hand-placed boxes are settled after a drop before the result is taken.
const SETTLE_PASSES: usize = 6;

/// The command for `drops` let go over `scene` (the framework `doc` as drawn while dragging).
///
/// ```
/// use model::{command::Command, document::{Component, Document, Kind}, layout::snap::Drop, views, Catalogue};
/// let cat = Catalogue::get();
/// let mut d = Document::new("k", Kind::Province, "Huế");
/// d.components = vec![Component::new("a", "LGSP tỉnh", 2), Component::new("b", "Cổng dịch vụ công", 4)];
/// let s = views::framework::scene(cat, &d);
/// let b = s.nodes.iter().find(|n| n.id == "b").unwrap();
/// let band2 = s.bands.iter().find(|b| b.layer == 2).unwrap();
/// let drop = Drop { id: "b".into(), layer: 4, from: (b.x, b.y), at: (b.x + 300.0, band2.y + 30.0) };
/// let cmd = views::drop::place(cat, &d, &s, &[drop]);
/// d.apply(cmd).unwrap();
/// assert_eq!(d.component("b").unwrap().layer, 2);
/// ```
pub fn place(cat: &Catalogue, doc: &Document, scene: &Scene, drops: &[Drop]) -> Command {
    let mut places: Vec<_> = snap::snap(scene, drops)
        .into_iter()
        .map(|p| (p.id, p.layer, p.at))
        .collect();
    let mut after = doc.clone();
    if after.apply(Command::Place(places.clone())).is_err() {
        return Command::Place(places);
    }
    // The dropped boxes keep their slots first; other hand-placed boxes give way.
    let dropped = |id: &str| drops.iter().any(|d| d.id == id);
    // Channels between rows are as tall as the connections routed through them, so settling a
    // box can move the bands again: settle until nothing moves (a few passes at most).
    for _ in 0..SETTLE_PASSES {
        let laid = super::framework::scene(cat, &after);
        let mut manual: Vec<(&str, u8)> = after
            .components
            .iter()
            .filter(|c| c.position.is_some())
            .map(|c| (c.id.as_str(), c.layer))
            .collect();
        crate::sort::sort_by_key(&mut manual, |m| !dropped(m.0));
        let moved: Vec<_> = snap::settle(&laid, &manual)
            .into_iter()
            .map(|p| (p.id, p.layer, p.at))
            .collect();
        if moved.is_empty() || after.apply(Command::Place(moved.clone())).is_err() {
            break;
        }
        places.extend(moved);
    }
    Command::Place(places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::snap::tests::{doc, drop_on, scene, tidy};
    use proptest::prelude::*;

    #[test]
    fn a_box_dropped_across_a_band_border_lands_inside_one_band() {
        let mut d = doc([3, 3, 3, 5]);
        let s = scene(&d);
        let b2 = s.bands.iter().find(|b| b.layer == 2).unwrap();
        // Straddling the border between layers 2 (above) and 1, mostly over layer 1.
        let at = (300.0, b2.y + b2.height - 10.0);
        let cmd = place(Catalogue::get(), &d, &s, &[drop_on(&s, "c3-0", at)]);
        d.apply(cmd).unwrap();
        assert_eq!(d.component("c3-0").unwrap().layer, 1);
        tidy(&scene(&d)).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// After any sequence of drops, across bands too, through the command and the layout:
        /// no two boxes overlap and every box lies inside one band.
        #[test]
        fn drops_keep_the_framework_tidy(
            per_layer in proptest::array::uniform4(0usize..7),
            moves in proptest::collection::vec((0usize..64, 0.0f32..1.0, -0.1f32..1.1), 1..10),
        ) {
            let mut d = doc(per_layer);
            prop_assume!(!d.components.is_empty());
            for (pick, fx, fy) in moves {
                let s = scene(&d);
                let id = s.nodes[pick % s.nodes.len()].id.clone();
                let drop = drop_on(&s, &id, (fx * s.width, fy * s.height));
                let cmd = place(Catalogue::get(), &d, &s, &[drop]);
                d.apply(cmd).unwrap();
                prop_assert_eq!(tidy(&scene(&d)), Ok(()));
            }
        }
    }
}
