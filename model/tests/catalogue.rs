//! The catalogue is what users trust the tool for: these tests hold the transcription to the
//! documents (counts, ids, sources, no HTML, no OCR slips, spot checks of fields).

use model::catalogue::{Catalogue, Group, StartKind, SEED_FILES};
use serde_json::Value;
use std::collections::HashSet;
use unicode_normalization::is_nfc;

fn cat() -> &'static Catalogue {
    Catalogue::get()
}

/// Every string in every seed file, with the JSON path that holds it.
fn strings() -> Vec<(String, String)> {
    fn walk(v: &Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| walk(x, format!("{path}[{i}]"), out)),
            Value::Object(o) => o
                .iter()
                .for_each(|(k, x)| walk(x, format!("{path}.{k}"), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (file, json) in SEED_FILES {
        let v: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{file}: {e}"));
        walk(&v, file.to_owned(), &mut out);
    }
    out
}

#[test]
fn seeds_parse() {
    Catalogue::load().unwrap();
}

#[test]
fn counts_match_the_documents() {
    let c = cat();
    assert_eq!(
        c.platforms.iter().filter(|p| p.group == Group::A).count(),
        17
    );
    assert_eq!(
        c.platforms.iter().filter(|p| p.group == Group::B).count(),
        62
    );
    assert_eq!(c.plan.rows.len(), 84);
    assert_eq!(c.plan.groups.len(), 4);
    assert_eq!(c.reference_architectures.len(), 7);
    for r in &c.reference_architectures {
        let layers: Vec<u8> = r.layers.iter().map(|l| l.layer).collect();
        assert_eq!(layers, [1, 2, 3, 4], "{} layers", r.id);
        assert!(
            r.layers.iter().all(|l| !l.elements.is_empty()),
            "{} has an empty layer",
            r.id
        );
    }
    assert_eq!(
        c.agencies.iter().filter(|a| a.kind == "province").count(),
        34
    );
    assert_eq!(
        c.layers.iter().map(|l| l.layer).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert_eq!(c.principles.core.len(), 7);
    assert!(c.layers.iter().all(|l| !l.components.is_empty()));
}

#[test]
fn platform_ids_are_group_and_stt() {
    for p in &cat().platforms {
        let g = match p.group {
            Group::A => 'A',
            Group::B => 'B',
        };
        assert_eq!(p.id, format!("{g}-{:02}", p.stt));
    }
    let a: Vec<u32> = cat()
        .platforms
        .iter()
        .filter(|p| p.group == Group::A)
        .map(|p| p.stt)
        .collect();
    assert_eq!(a, (1..=17).collect::<Vec<_>>());
    let b: Vec<u32> = cat()
        .platforms
        .iter()
        .filter(|p| p.group == Group::B)
        .map(|p| p.stt)
        .collect();
    assert_eq!(b, (1..=62).collect::<Vec<_>>());
}

#[test]
fn ids_are_unique() {
    fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            assert!(seen.insert(id), "duplicate {what} id {id}");
        }
    }
    let c = cat();
    unique("platform", c.platforms.iter().map(|p| p.id.as_str()));
    unique("plan", c.plan.rows.iter().map(|r| r.id.as_str()));
    unique(
        "reference architecture",
        c.reference_architectures.iter().map(|r| r.id.as_str()),
    );
    unique(
        "reference element",
        c.reference_architectures
            .iter()
            .flat_map(|r| r.layers.iter())
            .flat_map(|l| l.elements.iter())
            .map(|e| e.id.as_str()),
    );
    unique(
        "layer component",
        c.layers
            .iter()
            .flat_map(|l| l.components.iter())
            .map(|x| x.id.as_str()),
    );
    unique("agency", c.agencies.iter().map(|a| a.id.as_str()));
    unique("glossary", c.glossary.iter().map(|t| t.term.as_str()));
    unique("principle", c.principles.core.iter().map(|p| p.id.as_str()));
}

#[test]
fn every_record_has_a_source() {
    // Any JSON object that carries a `source` must cite document and part; every record type
    // is required to have one by the typed structs (serde fails without it).
    for (path, s) in strings() {
        if path.ends_with(".source.document") || path.ends_with(".source.part") {
            assert!(!s.trim().is_empty(), "{path} is empty");
        }
    }
}

#[test]
fn no_html_remains() {
    for (path, s) in strings() {
        let lower = s.to_lowercase();
        for bad in [
            "<p>", "</p>", "<ul", "</ul>", "<li", "<i>", "</i>", "<br", "&nbsp;", "&lt;", "&gt;",
            "&amp;", "style=\"",
        ] {
            assert!(!lower.contains(bad), "{path} still has {bad}: {s}");
        }
    }
}

#[test]
fn no_ocr_slips_remain() {
    const SLIPS: [&str; 8] = [
        "Công dịch vụ công",
        "Công Dịch vụ công",
        "Công Pháp luật",
        "Công dữ liệu",
        "Công thông tin",
        "Công Thông tin",
        "Phân mềm",
        "Thông nhất",
    ];
    for (path, s) in strings() {
        // The originals are kept on purpose, and quotes are verbatim.
        if path.ends_with(".original") || path.ends_with(".quote") {
            continue;
        }
        for slip in SLIPS {
            assert!(!s.contains(slip), "{path} has the OCR slip '{slip}': {s}");
        }
    }
}

#[test]
fn text_is_nfc() {
    for (path, s) in strings() {
        assert!(is_nfc(&s), "{path} is not NFC");
    }
}

#[test]
fn references_resolve() {
    let c = cat();
    let ids: HashSet<&str> = c.platforms.iter().map(|p| p.id.as_str()).collect();
    let check =
        |what: &str, id: &str| assert!(ids.contains(id), "{what} names unknown platform {id}");
    for l in &c.layers {
        for x in &l.components {
            x.platforms.iter().for_each(|p| check(&x.id, p));
        }
    }
    for r in &c.reference_architectures {
        for e in r.layers.iter().flat_map(|l| l.elements.iter()) {
            e.platforms
                .iter()
                .chain(&e.connects_to)
                .for_each(|p| check(&e.id, p));
        }
    }
    for row in &c.plan.rows {
        if let Some(p) = &row.platform {
            check(&row.id, p);
        }
    }
    for p in &c.platforms {
        if let Some(o) = &p.purpose_shared_with {
            check(&p.id, o);
        }
        assert!(
            !p.purpose.is_empty() || p.purpose_shared_with.is_some(),
            "{} has no purpose",
            p.id
        );
    }
    for principle in &c.principles.core {
        for f in &principle.feeds {
            assert!(
                c.principles.core.iter().any(|q| &q.id == f),
                "{} feeds unknown {f}",
                principle.id
            );
        }
    }
}

#[test]
fn platforms_have_layer_and_specific_capabilities() {
    const GENERIC: [&str; 6] = [
        "hệ thống",
        "quản lý",
        "thông tin",
        "điều hành",
        "dữ liệu",
        "nền tảng",
    ];
    for p in &cat().platforms {
        assert!((1..=4).contains(&p.layer), "{} layer {}", p.id, p.layer);
        assert!(
            !p.capabilities.is_empty(),
            "{} has no capability terms",
            p.id
        );
        for t in &p.capabilities {
            assert!(
                !GENERIC.contains(&t.as_str()),
                "{} has the lone generic term '{t}'",
                p.id
            );
        }
    }
}

#[test]
fn spot_checks_against_the_documents() {
    let c = cat();
    let p = |id: &str| c.platform(id).unwrap_or_else(|| panic!("{id} missing"));

    let a01 = p("A-01");
    assert_eq!(a01.name, "Cổng Dịch vụ công quốc gia");
    assert_eq!(a01.owner, "Bộ Công an");
    assert_eq!(a01.start.text, "Năm 2026");
    assert!(a01
        .ocr_fixes
        .iter()
        .any(|f| f.original.starts_with("Công dịch vụ công")));

    assert_eq!(p("A-02").name, "Nền tảng VNeID");
    assert_eq!(p("A-02").start.when, StartKind::Operational);

    let ndxp = p("A-06");
    assert_eq!(ndxp.name, "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia");
    assert_eq!(ndxp.owner, "Bộ Khoa học và Công nghệ");
    assert_eq!(ndxp.start.text, "Đã vận hành");

    assert_eq!(p("A-14").start.text, "Năm 2027 - 2028");
    assert_eq!(
        p("A-14").start.when,
        StartKind::Year {
            from_year: 2027,
            to_year: 2028
        }
    );
    assert_eq!(p("A-16").name, "Cổng Pháp luật quốc gia");
    assert_eq!(p("A-16").owner, "Bộ Tư pháp");
    assert_eq!(p("A-17").owner, "Văn phòng Chính phủ");

    assert_eq!(p("B-01").owner, "Văn phòng Trung ương Đảng");
    assert_eq!(p("B-16").owner, "Ngân hàng Nhà nước Việt Nam");
    assert!(p("B-21")
        .name
        .starts_with("Phần mềm theo dõi tình hình thực hiện Nghị quyết"));
    assert_eq!(p("B-28").name, "Hệ thống mạng đấu thầu quốc gia");
    assert_eq!(p("B-28").start.when, StartKind::Operational);
    assert!(p("B-28")
        .purpose
        .starts_with("Thống nhất quản lý thông tin về đấu thầu"));
    assert_eq!(p("B-30").start.text, "01/7/2026");
    assert_eq!(
        p("B-30").start.when,
        StartKind::Date {
            date: "2026-07-01".into()
        }
    );

    assert!(c.plan.superseded.note.contains("2618"));
    assert_eq!(c.plan.superseded.by, "1132/QĐ-TTg");
    assert!(c
        .agencies
        .iter()
        .any(|a| a.name == "Lâm Đồng" || a.name == "Tỉnh Lâm Đồng"));
    assert!(c.agencies.iter().any(|a| a.name.contains("Hồ Chí Minh")));
    assert!(c.glossary.iter().any(|t| t.term == "NDXP"));
    let province = c.reference_architecture("province").unwrap();
    assert!(province
        .notes
        .iter()
        .any(|n| n.text.contains("văn bản") || n.text.contains("thống nhất")));
}

#[test]
fn a_platforms_layer_agrees_with_the_layer_that_lists_it() {
    // 3090/QĐ-BKHCN Phần II.3 places each named component in a layer (the national portal in
    // two: Lớp 3 and, as a channel, Lớp 4); layers.json transcribes it, so a platform's own
    // layer must be one that lists it (A-07, Cổng dữ liệu quốc gia, is in Lớp 3 only).
    let c = cat();
    for p in &c.platforms {
        let listed: Vec<u8> = c
            .layers
            .iter()
            .filter(|l| l.components.iter().any(|x| x.platforms.contains(&p.id)))
            .map(|l| l.layer)
            .collect();
        assert!(
            listed.is_empty() || listed.contains(&p.layer),
            "{} is in layer {} but layers.json lists it in {listed:?}",
            p.id,
            p.layer
        );
    }
    assert_eq!(c.platform("A-07").unwrap().layer, 3);
}

#[test]
fn every_plan_owner_is_a_known_agency() {
    let c = cat();
    for row in &c.plan.rows {
        let id = row
            .owner_agency
            .as_deref()
            .unwrap_or_else(|| panic!("{}", row.id));
        let a = c.agencies.iter().find(|a| a.id == id).unwrap();
        assert_eq!(
            model::text::fold(&a.name),
            model::text::fold(&row.owner),
            "{}",
            row.id
        );
    }
}

#[test]
fn agencies_are_named_and_kinded_as_the_texts_do() {
    let c = cat();
    let provinces: Vec<_> = c.agencies.iter().filter(|a| a.kind == "province").collect();
    assert_eq!(provinces.len(), 34);
    for p in provinces {
        assert!(
            p.name.starts_with("Tỉnh ") || p.name.starts_with("Thành phố "),
            "{}",
            p.name
        );
    }
    for id in ["dai-truyen-hinh-viet-nam", "dai-tieng-noi-viet-nam"] {
        let a = c.agencies.iter().find(|a| a.id == id).unwrap();
        assert_eq!(a.kind, "government_agency", "{id}");
    }
}

#[test]
fn the_glossary_holds_only_sourced_acronyms() {
    let c = cat();
    for gone in ["VDXP", "NSW", "VNEPS"] {
        assert!(c.glossary.iter().all(|t| t.term != gone), "{gone}");
    }
    for term in ["UBTVQH", "QHĐP", "TTĐT", "UBNDGS", "TKTH", "BVHTTDL"] {
        let t = c.glossary.iter().find(|t| t.term == term).unwrap();
        assert!(t.source.quote.as_deref().is_some_and(|q| !q.is_empty()));
    }
    let typo = |term: &str, written: &str| {
        let t = c.glossary.iter().find(|t| t.term == term).unwrap();
        assert!(
            t.note.as_deref().is_some_and(|n| n.contains(written)),
            "{term}"
        );
    };
    typo("UBTVQH", "UBTVQG15");
    typo("NDTC", "NDCT");
}

#[test]
fn the_engines_seeds_are_nfc_and_sourced() {
    for (file, text) in [
        ("seeds/vocabulary.json", model::rules::vocabulary::SEED),
        (
            "seeds/sector_scopes.json",
            model::rules::phrase_index::SECTOR_SEED,
        ),
        (
            "seeds/national_components.json",
            model::rules::national_component::SEED,
        ),
    ] {
        assert!(is_nfc(text), "{file} is not NFC");
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(v["about"].as_str().is_some_and(|a| !a.is_empty()), "{file}");
    }
    for s in model::rules::phrase_index::sector_scopes() {
        assert!(
            s.source.document.starts_with("Nghị định "),
            "{}",
            s.platform
        );
        assert!(["medium", "low"].contains(&s.certainty.as_str()));
        assert!(!s.terms.is_empty());
    }
}
