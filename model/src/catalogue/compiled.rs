//! The layers, platforms and reference architectures compiled in as static data by
//! `model/build.rs`, so that no seed JSON is shipped or parsed for them: [`Catalogue::load`]
//! copies these rows into the catalogue's types.
//!
//! build.rs writes two tables from the same seed files. `FULL` holds every field the JSON
//! reader fills, descriptions, sources and quotes included (the app and the command line,
//! feature `catalogue-texts`). `DRAWN` leaves empty the texts only the app's panels show
//! (descriptions, sources, purposes, notes, criteria, Article 2), for the read-only embed,
//! which only draws. The tests below check that `FULL` equals what serde_json makes of the
//! seeds, record by record, that `DRAWN` is `FULL` without those texts, and that each view draws
//! the same SVG from either.

use super::{
    Catalogue, Clause, Criterion, Decision, Group, Layer, LayerComponent, OcrFix, Plan, Platform,
    Principles, RefElement, RefLayer, RefNote, ReferenceArchitecture, Source, Start, StartKind,
};

/// A row of static data that becomes one of the catalogue's owned values.
trait Own {
    /// The catalogue's type.
    type Owned;
    fn own(&self) -> Self::Owned;
}

impl Own for &'static str {
    type Owned = String;
    fn own(&self) -> String {
        (*self).to_owned()
    }
}

impl Own for Option<&'static str> {
    type Owned = Option<String>;
    fn own(&self) -> Option<String> {
        self.map(str::to_owned)
    }
}

impl<T: Own> Own for &'static [T] {
    type Owned = Vec<T::Owned>;
    fn own(&self) -> Vec<T::Owned> {
        self.iter().map(Own::own).collect()
    }
}

/// Plain values are the same in both.
macro_rules! own_copies {
    ($($t:ty),*) => {$(
        impl Own for $t {
            type Owned = $t;
            fn own(&self) -> $t {
                *self
            }
        }
    )*};
}

own_copies!(bool, u8, u32, i32, Group);

/// When a platform starts operating, as [`StartKind`] but in static data.
enum When {
    Operational,
    Date(&'static str),
    Year(i32, i32),
}

impl Own for When {
    type Owned = StartKind;
    fn own(&self) -> StartKind {
        match *self {
            When::Operational => StartKind::Operational,
            When::Date(date) => StartKind::Date {
                date: date.to_owned(),
            },
            When::Year(from_year, to_year) => StartKind::Year { from_year, to_year },
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/compiled_seeds.rs"));

/// The catalogue from one table, with the platforms' `operational` flags as of the decision's
/// signing (as [`Catalogue::load`] sets them) and without the reference seeds.
fn catalogue(t: &Tables) -> Catalogue {
    let mut layers = t.layers.own();
    crate::sort::sort_by_key(&mut layers, |l| l.layer);
    let mut platforms = t.platforms.own();
    for p in &mut platforms {
        p.operational = p.start.operational_on(Catalogue::SIGNED);
    }
    Catalogue {
        decision: t.document.own(),
        platforms,
        article2: t.article2.own(),
        criteria: t.criteria.own(),
        reference_architectures: t.reference_architectures.own(),
        plan: Plan::default(),
        layers,
        principles: Principles::default(),
        agencies: Vec::new(),
        glossary: Vec::new(),
        roadmap: Vec::new(),
        kpis: Vec::new(),
    }
}

/// Every field of the three seeds.
#[cfg(any(test, feature = "catalogue-texts"))]
pub(super) fn full() -> Catalogue {
    catalogue(&FULL)
}

/// Only the fields a diagram draws from; the panels' texts are empty.
#[cfg(any(test, not(feature = "catalogue-texts")))]
pub(super) fn drawn() -> Catalogue {
    catalogue(&DRAWN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::captions::Lang;
    use crate::catalogue::REFERENCE_ARCHITECTURES;
    use crate::catalogue::{layers, platforms, reference_architectures, LAYERS, PLATFORMS};
    use crate::svg::Svg;
    use crate::views::{catalogue_map, national, reference};

    /// The three seeds as serde_json reads them, with the flags `Catalogue::load` sets.
    fn json() -> Catalogue {
        let mut layers: Vec<Layer> = serde_json::from_str::<layers::LayersFile>(LAYERS.1)
            .unwrap()
            .layers;
        layers.sort_by_key(|l| l.layer);
        let p: platforms::PlatformsFile = serde_json::from_str(PLATFORMS.1).unwrap();
        let mut platforms = p.platforms;
        for x in &mut platforms {
            x.operational = x.start.operational_on(Catalogue::SIGNED);
        }
        let refs: reference_architectures::ReferenceArchitecturesFile =
            serde_json::from_str(REFERENCE_ARCHITECTURES.1).unwrap();
        Catalogue {
            decision: p.document,
            platforms,
            article2: p.article2,
            criteria: p.criteria,
            reference_architectures: refs.reference_architectures,
            layers,
            ..drawn()
        }
    }

    /// Equal record by record, so that a failure names the record.
    fn same<T: PartialEq + std::fmt::Debug>(what: &str, got: &[T], want: &[T]) {
        assert_eq!(got.len(), want.len(), "{what}: how many");
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            assert_eq!(g, w, "{what}[{i}]");
        }
    }

    /// Every field the tables fill is equal, list by list and record by record.
    fn same_tables(got: &Catalogue, want: &Catalogue) {
        assert_eq!(got.decision, want.decision);
        same("article2", &got.article2, &want.article2);
        same("criteria", &got.criteria, &want.criteria);
        same("layers", &got.layers, &want.layers);
        same("platforms", &got.platforms, &want.platforms);
        let refs = "reference_architectures";
        same(
            refs,
            &got.reference_architectures,
            &want.reference_architectures,
        );
    }

    #[test]
    fn the_full_table_equals_the_json_seeds() {
        let (got, want) = (full(), json());
        same_tables(&got, &want);
        // The texts the panels show are there, quotes and OCR fixes included.
        assert!(got.platforms.iter().all(|p| !p.source.document.is_empty()));
        assert!(got
            .layers
            .iter()
            .any(|l| l.sources.iter().any(|s| s.quote.is_some())));
        assert!(got.platforms.iter().any(|p| !p.ocr_fixes.is_empty()));
        assert!(got
            .reference_architectures
            .iter()
            .any(|r| !r.notes.is_empty()));
        assert_eq!(got.platforms.len(), 79);
    }

    /// The JSON catalogue with only the fields the drawing table keeps.
    fn drawn_part_of(c: &Catalogue) -> Catalogue {
        let mut c = c.clone();
        c.article2.clear();
        c.criteria.clear();
        for l in &mut c.layers {
            l.description.clear();
            l.source = Source::default();
            l.sources.clear();
            for x in &mut l.components {
                x.description.clear();
                x.source = Source::default();
                x.also.clear();
                x.ocr_fixes.clear();
            }
        }
        for p in &mut c.platforms {
            p.purpose.clear();
            p.purpose_shared_with = None;
            p.layer_reason.clear();
            p.capabilities_reason.clear();
            p.source = Source::default();
            p.ocr_fixes.clear();
        }
        for r in &mut c.reference_architectures {
            r.source = Source::default();
            r.intro.clear();
            r.notes.clear();
            for e in r.layers.iter_mut().flat_map(|l| l.elements.iter_mut()) {
                e.description.clear();
                e.note = None;
                e.source = Source::default();
                e.ocr_fixes.clear();
            }
        }
        c
    }

    #[test]
    fn the_drawing_table_is_the_json_seeds_without_the_panels_texts() {
        let (got, want) = (drawn(), drawn_part_of(&json()));
        same_tables(&got, &want);
        assert!(got.platforms.iter().all(|p| p.purpose.is_empty()));
    }

    #[test]
    fn each_view_draws_the_same_svg_from_either_table() {
        let (json, drawn) = (full(), drawn());
        for lang in [Lang::Vi, Lang::En] {
            let svg = |c: &Catalogue| Svg(&national::scene_in(c, lang)).to_string();
            assert_eq!(svg(&drawn), svg(&json));
            let filter = catalogue_map::Filter::default();
            let svg = |c: &Catalogue| Svg(&catalogue_map::scene_in(c, &filter, lang)).to_string();
            assert_eq!(svg(&drawn), svg(&json));
            for r in &json.reference_architectures {
                let mine = drawn.reference_architecture(&r.id).unwrap();
                assert_eq!(
                    Svg(&reference::scene_in(&drawn, mine, lang)).to_string(),
                    Svg(&reference::scene_in(&json, r, lang)).to_string(),
                    "{}",
                    r.id
                );
            }
        }
    }
}
