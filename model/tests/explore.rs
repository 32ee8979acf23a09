//! "Explore and learn": the search palette, the principles cycle and the roadmap, tested the
//! way a user meets them — a query and its first hits, a rendered SVG and what it claims.

use model::catalogue::{Catalogue, Date};
use model::search::{search, HitKind, SearchIndex};
use model::views::{principles, roadmap};
use quick_xml::events::Event;

fn cat() -> &'static Catalogue {
    Catalogue::get()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Parses the SVG as XML, so every picture is well-formed.
fn well_formed(svg: &str) {
    let mut reader = quick_xml::Reader::from_str(svg);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "SVG is not well-formed XML at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
}

/// The markup of the node with `data-id="id"`, up to its closing `</g>`.
fn node<'a>(svg: &'a str, id: &str) -> &'a str {
    let at = svg
        .find(&format!("data-id=\"{id}\""))
        .unwrap_or_else(|| panic!("no node {id}"));
    let start = svg[..at].rfind("<g ").unwrap();
    let end = at + svg[at..].find("</g>").unwrap();
    &svg[start..end]
}

fn top(q: &str) -> (HitKind, String) {
    let h = search(cat(), q, 10);
    assert!(!h.is_empty(), "no hit for {q:?}");
    (h[0].kind, h[0].id.clone())
}

// ---- search ----

#[test]
fn an_acronym_finds_its_platform_first() {
    assert_eq!(top("ndxp"), (HitKind::Platform, "A-06".into()));
    assert_eq!(top("VNeID"), (HitKind::Platform, "A-02".into()));
}

#[test]
fn an_id_finds_its_platform_first() {
    assert_eq!(top("a-01"), (HitKind::Platform, "A-01".into()));
    assert_eq!(top("A-14"), (HitKind::Platform, "A-14".into()));
}

#[test]
fn words_of_a_name_without_diacritics_find_it_first() {
    let hits = search(cat(), "cong dich vu", 10);
    assert_eq!(hits[0].title, "Cổng Dịch vụ công quốc gia");
    assert_eq!(hits[0].id, "A-01");
    // The national component of the same name follows the platform.
    assert!(hits.iter().any(|h| h.id == "L3-01"));
}

#[test]
fn search_ignores_diacritics_and_case_both_ways() {
    let plain = search(cat(), "phong ve mang", 5);
    let marked = search(cat(), "PHÒNG VỆ MẠNG", 5);
    assert_eq!(plain, marked);
    assert_eq!(plain[0].id, "A-14");
    // "đ" folds to "d".
    assert_eq!(search(cat(), "dinh danh", 5), search(cat(), "định danh", 5));
}

#[test]
fn a_title_word_outranks_a_mention_in_the_description() {
    let hits = search(cat(), "blockchain", 20);
    assert_eq!(hits[0].id, "A-09");
}

#[test]
fn glossary_terms_are_found_with_their_expansion() {
    let hits = search(cat(), "KPI", 10);
    let term = hits
        .iter()
        .find(|h| h.kind == HitKind::Term)
        .expect("KPI term");
    assert_eq!(term.id, "KPI");
    assert_eq!(term.title, "KPI");
    assert!(term.subtitle.contains(" — "), "{}", term.subtitle);
    assert!(term.subtitle.contains("key performance indicator"));
    // The English expansion is searchable too.
    let en = search(cat(), "national data exchange", 10);
    assert!(en.iter().any(|h| h.kind == HitKind::Term && h.id == "NDXP"));
}

#[test]
fn agencies_are_found_by_name_without_diacritics() {
    let hits = search(cat(), "bo cong an", 5);
    assert_eq!(hits[0].kind, HitKind::Agency);
    assert_eq!(hits[0].id, "bo-cong-an");
    assert_eq!(hits[0].title, "Bộ Công an");
    // And in English.
    let en = search(cat(), "ministry of justice", 5);
    assert_eq!(
        (en[0].kind, en[0].id.as_str()),
        (HitKind::Agency, "bo-tu-phap")
    );
}

#[test]
fn principles_and_elements_are_found() {
    assert_eq!(top("API First"), (HitKind::Principle, "IMP-DES-1".into()));
    assert_eq!(
        top("quan tri dua tren ket qua"),
        (HitKind::Principle, "P1".into())
    );
    let el = search(cat(), "nen tang tong hop phan tich du lieu cap tinh", 5);
    assert_eq!(el[0].kind, HitKind::Element);
    assert_eq!(el[0].id, "province-l2-analytics");
    assert!(el[0].subtitle.contains("tỉnh"), "{}", el[0].subtitle);
}

#[test]
fn an_empty_query_returns_nothing() {
    assert!(search(cat(), "", 10).is_empty());
    assert!(search(cat(), "   ", 10).is_empty());
}

#[test]
fn results_are_ordered_by_score_then_kind_then_id() {
    for q in ["nen tang", "du lieu", "a", "cong", "quoc gia", "so"] {
        let hits = search(cat(), q, 1_000);
        assert!(!hits.is_empty(), "{q}");
        for w in hits.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                a.score > b.score || (a.score == b.score && (a.kind, &a.id) < (b.kind, &b.id)),
                "{q}: {a:?} before {b:?}"
            );
        }
        // The same query gives the same list.
        assert_eq!(hits, search(cat(), q, 1_000));
    }
}

#[test]
fn the_limit_keeps_the_best() {
    let all = search(cat(), "nen tang", 1_000);
    let five = search(cat(), "nen tang", 5);
    assert_eq!(five, all[..5]);
}

#[test]
fn the_index_covers_every_kind_of_record() {
    let c = cat();
    let elements: usize = c
        .reference_architectures
        .iter()
        .flat_map(|r| r.layers.iter())
        .map(|l| l.elements.len())
        .sum();
    let components: usize = c.layers.iter().map(|l| l.components.len()).sum();
    let want = c.platforms.len()
        + components
        + elements
        + c.agencies.len()
        + c.glossary.len()
        + c.principles.core.len()
        + c.principles.implementation.len();
    assert_eq!(SearchIndex::new(c).len(), want);
    assert_eq!(SearchIndex::global().len(), want);
}

// ---- principles ----

#[test]
fn the_principles_cycle_is_well_formed_with_seven_nodes_and_every_feed() {
    let svg = principles::svg(cat());
    well_formed(&svg);
    assert_eq!(svg.matches("<g class=\"node").count(), 7);
    let feeds: usize = cat().principles.core.iter().map(|p| p.feeds.len()).sum();
    assert_eq!(svg.matches("<g class=\"edge").count(), feeds);
    for p in &cat().principles.core {
        let n = node(&svg, &p.id);
        assert!(n.contains("tabindex=\"0\"") && n.contains("role=\"button\""));
        assert!(n.contains(&format!("aria-label=\"Nguyên tắc {}: ", p.number)));
        for f in &p.feeds {
            assert!(
                svg.contains(&format!("data-from=\"{}\" data-to=\"{f}\"", p.id)),
                "{} → {f}",
                p.id
            );
        }
    }
    // The cycle paragraph is the description.
    let desc = &cat().principles.cycle.text[..40];
    assert!(svg.contains(&format!("<desc id=\"k-desc\">{desc}")));
}

#[test]
fn the_outline_lists_each_principle_with_what_it_feeds() {
    let o = principles::outline(cat());
    let ids: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(ids, ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]);
    assert_eq!(o[5].2.len(), 6);
}

#[test]
fn every_principle_has_details() {
    for p in &cat().principles.core {
        let d = principles::describe_principle(cat(), &p.id).unwrap();
        assert_eq!(d.name, p.name);
        assert!(!d.sources.is_empty());
        assert!(d.facts.iter().any(|f| f.0 == "Tên tiếng Anh"));
    }
    for p in &cat().principles.implementation {
        let d = principles::describe_principle(cat(), &p.id).unwrap();
        assert_eq!(d.id, p.id);
    }
}

// ---- roadmap ----

fn operational(svg: &str, id: &str) -> bool {
    let n = node(svg, id);
    match (
        n.contains("data-operational=\"true\""),
        n.contains("data-operational=\"false\""),
    ) {
        (true, false) => true,
        (false, true) => false,
        _ => panic!("{id} has no clear status: {n}"),
    }
}

#[test]
fn a_platform_dated_first_of_july_goes_live_that_day() {
    let before = roadmap::svg(cat(), d("2026-06-30"), None);
    let after = roadmap::svg(cat(), d("2026-07-01"), None);
    well_formed(&before);
    well_formed(&after);
    assert!(!operational(&before, "B-30"));
    assert!(operational(&after, "B-30"));
    let ids = |on| -> Vec<String> {
        roadmap::operational_on(cat(), d(on))
            .into_iter()
            .map(|p| p.id.clone())
            .collect()
    };
    assert!(!ids("2026-06-30").contains(&"B-30".to_owned()));
    assert!(ids("2026-07-01").contains(&"B-30".to_owned()));
}

#[test]
fn an_already_operating_platform_always_is() {
    for on in ["2020-01-01", "2025-01-01", "2026-06-23", "2030-12-31"] {
        assert!(
            operational(&roadmap::svg(cat(), d(on), None), "A-02"),
            "{on}"
        );
    }
}

#[test]
fn a_span_of_years_is_certain_only_after_it() {
    assert!(!operational(
        &roadmap::svg(cat(), d("2028-12-31"), None),
        "A-14"
    ));
    assert!(!operational(
        &roadmap::svg(cat(), d("2027-06-01"), None),
        "A-14"
    ));
    assert!(operational(
        &roadmap::svg(cat(), d("2029-01-01"), None),
        "A-14"
    ));
}

#[test]
fn the_owner_filter_keeps_only_that_owners_platforms() {
    let owner = "Bộ Tư pháp";
    let svg = roadmap::svg(cat(), d("2026-07-01"), Some(owner));
    well_formed(&svg);
    let want: Vec<&str> = cat()
        .platforms
        .iter()
        .filter(|p| p.owner == owner)
        .map(|p| p.id.as_str())
        .collect();
    assert!(!want.is_empty());
    assert_eq!(svg.matches("<g class=\"node").count(), want.len());
    for id in want {
        node(&svg, id);
    }
    assert!(!svg.contains("data-id=\"A-01\""));
    // Every owner's rows add up to the whole catalogue.
    let total: usize = roadmap::owners(cat())
        .iter()
        .map(|o| {
            roadmap::svg(cat(), d("2026-07-01"), Some(o))
                .matches("<g class=\"node")
                .count()
        })
        .sum();
    assert_eq!(total, cat().platforms.len());
}

#[test]
fn the_roadmap_shows_the_three_phases_and_the_chosen_day() {
    let svg = roadmap::svg(cat(), d("2027-03-15"), None);
    assert_eq!(svg.matches("class=\"phase-band\"").count(), 3);
    for p in &cat().roadmap {
        assert!(svg.contains(&format!("data-phase=\"{}\"", p.id)));
    }
    assert!(svg.contains("Ngày xem: 15/3/2027"));
    let n = node(&svg, "B-30");
    assert!(n.contains("<title>B-30 Nền tảng hợp đồng lao động điện tử"));
    assert!(n.contains("01/7/2026"));
}

// ---- hostile text ----

#[test]
fn hostile_names_never_become_markup() {
    let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    let mut c = cat().clone();
    c.platforms[0].name = evil.into();
    c.platforms[0].owner = evil.into();
    c.platforms[0].start.text = evil.into();
    c.principles.core[0].name = evil.into();
    c.principles.cycle.text = evil.into();
    c.roadmap[0].name = evil.into();
    let svgs = [
        principles::svg(&c),
        roadmap::svg(&c, d("2026-07-01"), None),
        roadmap::svg(&c, d("2026-07-01"), Some(evil)),
    ];
    for svg in &svgs {
        well_formed(svg);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"));
        assert!(svg.contains("&lt;script&gt;"));
    }
    // The filtered roadmap found the hostile owner's platform and drew it as text.
    assert_eq!(svgs[2].matches("<g class=\"node").count(), 1);
    // Search hands the name back verbatim; escaping is the renderer's job.
    let hits = search(&c, "script alert", 5);
    assert_eq!(hits[0].title, evil);
}
