//! The catalogue as the diagrams need it, compiled in as static data by `model/build.rs`: the
//! layers with their components, the platforms, and the reference architectures with their
//! elements. Nothing is parsed at start-up and no JSON reader is linked for the seeds.
//!
//! This is what [`Catalogue::load`] gives without the crate's `all-seeds` feature (the read-only
//! embed, which only draws). It holds every field a view draws from (ids, names, layers,
//! groups, owners, start dates, platform links, connections); the texts only the app's panels
//! show (descriptions, sources, purposes, notes, criteria, Article 2) are left empty. The tests
//! below check that every kept field equals what the JSON reader makes of the same seed files,
//! and that each view draws the same SVG from either.

use super::{
    Catalogue, Decision, Group, Layer, LayerComponent, Plan, Platform, Principles, RefElement,
    RefLayer, ReferenceArchitecture, Source, Start,
};

/// When a platform starts operating, as `StartKind` but in static data.
enum StartKind {
    Operational,
    Date(&'static str),
    Year(i32, i32),
}

struct LayerRow {
    layer: u8,
    name: &'static str,
    name_en: &'static str,
    /// Each component's id, name and the platforms it is.
    components: &'static [(&'static str, &'static str, &'static [&'static str])],
}

struct PlatformRow {
    id: &'static str,
    group: Group,
    stt: u32,
    name: &'static str,
    acronym: Option<&'static str>,
    owner: &'static str,
    start: &'static str,
    when: StartKind,
    layer: u8,
    capabilities: &'static [&'static str],
}

struct RefRow {
    id: &'static str,
    name: &'static str,
    layers: &'static [RefLayerRow],
}

struct RefLayerRow {
    layer: u8,
    title: &'static str,
    elements: &'static [RefElementRow],
}

struct RefElementRow {
    id: &'static str,
    name: &'static str,
    national_shared: bool,
    platforms: &'static [&'static str],
    connects_to: &'static [&'static str],
    expected_build: bool,
}

include!(concat!(env!("OUT_DIR"), "/drawn_seeds.rs"));

fn texts(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn layer(row: &LayerRow) -> Layer {
    Layer {
        layer: row.layer,
        name: row.name.to_owned(),
        name_en: row.name_en.to_owned(),
        description: String::new(),
        source: Source::default(),
        sources: Vec::new(),
        components: row
            .components
            .iter()
            .map(|(id, name, platforms)| LayerComponent {
                id: (*id).to_owned(),
                name: (*name).to_owned(),
                description: String::new(),
                platforms: texts(platforms),
                source: Source::default(),
                also: Vec::new(),
                ocr_fixes: Vec::new(),
            })
            .collect(),
    }
}

fn platform(row: &PlatformRow) -> Platform {
    let when = match row.when {
        StartKind::Operational => super::StartKind::Operational,
        StartKind::Date(date) => super::StartKind::Date {
            date: date.to_owned(),
        },
        StartKind::Year(from_year, to_year) => super::StartKind::Year { from_year, to_year },
    };
    Platform {
        id: row.id.to_owned(),
        group: row.group,
        stt: row.stt,
        name: row.name.to_owned(),
        acronym: row.acronym.map(str::to_owned),
        purpose: String::new(),
        purpose_shared_with: None,
        owner: row.owner.to_owned(),
        start: Start {
            text: row.start.to_owned(),
            when,
        },
        operational: false,
        layer: row.layer,
        layer_reason: String::new(),
        capabilities: texts(row.capabilities),
        capabilities_reason: String::new(),
        source: Source::default(),
        ocr_fixes: Vec::new(),
    }
}

fn reference(row: &RefRow) -> ReferenceArchitecture {
    ReferenceArchitecture {
        id: row.id.to_owned(),
        name: row.name.to_owned(),
        source: Source::default(),
        intro: String::new(),
        layers: row
            .layers
            .iter()
            .map(|l| RefLayer {
                layer: l.layer,
                title: l.title.to_owned(),
                elements: l
                    .elements
                    .iter()
                    .map(|e| RefElement {
                        id: e.id.to_owned(),
                        name: e.name.to_owned(),
                        description: String::new(),
                        national_shared: e.national_shared,
                        platforms: texts(e.platforms),
                        connects_to: texts(e.connects_to),
                        expected_build: e.expected_build,
                        note: None,
                        source: Source::default(),
                        ocr_fixes: Vec::new(),
                    })
                    .collect(),
            })
            .collect(),
        notes: Vec::new(),
    }
}

/// The drawing catalogue, with platforms' `operational` flags as of the decision's signing
/// (as [`Catalogue::load`] sets them).
pub(super) fn catalogue() -> Catalogue {
    let mut layers: Vec<Layer> = LAYERS.iter().map(layer).collect();
    layers.sort_by_key(|l| l.layer);
    let mut platforms: Vec<Platform> = PLATFORMS.iter().map(platform).collect();
    for p in &mut platforms {
        p.operational = p.start.operational_on(Catalogue::SIGNED);
    }
    let (id, title, date) = DECISION;
    Catalogue {
        decision: Decision {
            id: id.to_owned(),
            title: title.to_owned(),
            date: date.to_owned(),
        },
        platforms,
        article2: Vec::new(),
        criteria: Vec::new(),
        reference_architectures: REFERENCE_ARCHITECTURES.iter().map(reference).collect(),
        plan: Plan::default(),
        layers,
        principles: Principles::default(),
        agencies: Vec::new(),
        glossary: Vec::new(),
        roadmap: Vec::new(),
        kpis: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::captions::Lang;
    use crate::svg::Svg;
    use crate::views::{catalogue_map, national, reference};

    /// The JSON catalogue with only the fields the static one keeps.
    fn drawn_part_of(c: &Catalogue) -> Catalogue {
        let mut c = c.clone();
        c.article2.clear();
        c.criteria.clear();
        c.plan = Plan::default();
        c.principles = Principles::default();
        c.agencies.clear();
        c.glossary.clear();
        c.roadmap.clear();
        c.kpis.clear();
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
    fn every_kept_field_equals_the_json_seeds() {
        let json = Catalogue::load().unwrap();
        let drawn = catalogue();
        let want = drawn_part_of(&json);
        assert_eq!(drawn.decision, want.decision);
        assert_eq!(drawn.layers, want.layers);
        assert_eq!(drawn.platforms, want.platforms);
        assert_eq!(drawn.reference_architectures, want.reference_architectures);
        // The JSON has something the static data left out, so the comparison above is not
        // between two empty catalogues.
        assert!(json.platforms.iter().any(|p| !p.purpose.is_empty()));
        assert_eq!(drawn.platforms.len(), 79);
    }

    #[test]
    fn each_view_draws_the_same_svg_from_either() {
        let json = Catalogue::load().unwrap();
        let drawn = catalogue();
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
