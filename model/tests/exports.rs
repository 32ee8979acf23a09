//! The exports of a framework, as the issue asks of them: the SVG carries its framework and reads
//! back to the same JSON; the CSV opens in Excel (BOM, CRLF), defuses formulas and re-imports;
//! the ArchiMate file is well-formed, complete and valid against The Open Group's schema; and a
//! hostile name never becomes markup in any of them.

use model::document::{
    Component, Connection, Direction, Document, Exemption, ExemptionGround, Kind, Point, Status,
};
use model::export::{archimate, csv as csv_export, svg as svg_export};
use model::io::{self, json};
use model::svg::{Svg, SvgWithFramework};
use model::{synth, views, Catalogue};
use quick_xml::events::Event;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Names a hostile or careless user may type.
const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "Kho ]]> dữ liệu",
    "\"Cổng\" & 'ứng dụng' <b>",
    "=cmd|' /C calc'!A0",
    "+SUM(1;2)",
    "@Người dân -x",
];

fn comp(id: &str, name: &str, layer: u8) -> Component {
    Component::new(id, name, layer)
}

fn link(id: &str, from: &str, to: &str, label: &str, direction: Direction) -> Connection {
    Connection {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        label: label.into(),
        direction,
    }
}

/// A framework using every layer, every element type of the ArchiMate mapping, reused
/// platforms, an exemption, a manual position, and hostile names, labels and ids.
fn fixture() -> Document {
    let mut d = Document::new(
        "Khung kiến trúc số tỉnh Lâm Đồng <v1> ]]>",
        Kind::Province,
        "UBND tỉnh Lâm Đồng",
    );
    let mut dc = comp("dc", "Trung tâm dữ liệu tỉnh", 1);
    dc.owner = "Sở Khoa học và Công nghệ".into();
    let mut cloud = comp("cloud", "Nền tảng điện toán đám mây quốc gia", 1);
    cloud.platform = Some("A-08".into());
    let mut lgsp = comp("lgsp", "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", 2);
    lgsp.status = Status::Planned;
    lgsp.capabilities = vec!["tích hợp".into(), "chia sẻ dữ liệu".into()];
    lgsp.description = "Kết nối các hệ thống của tỉnh\nvới NDXP, \"trục\" quốc gia.".into();
    let csdl = comp("csdl", "Cơ sở dữ liệu cán bộ, công chức", 2);
    let mut mcdt = comp(
        "mcdt",
        "Hệ thống thông tin giải quyết thủ tục hành chính",
        3,
    );
    mcdt.status = Status::Retiring;
    mcdt.exemption = Some(Exemption {
        ground: ExemptionGround::SectorLaw,
        justification: "Luật chuyên ngành yêu cầu <riêng>.".into(),
    });
    let mut lienthong = comp("lt", "Trục liên thông văn bản quốc gia", 3);
    lienthong.platform = Some("A-04".into());
    let mut portal = comp("portal", "Cổng dịch vụ công tỉnh", 4);
    portal.position = Some(Point { x: -40.0, y: 12.5 });
    let citizens = comp("dan", "Người dân, doanh nghiệp", 4);
    d.components = vec![dc, cloud, lgsp, csdl, mcdt, lienthong, portal, citizens];
    for (i, name) in HOSTILE.iter().enumerate() {
        let mut c = comp(&format!("h{i} <\"&'>"), name, (i % 4) as u8 + 1);
        c.owner = HOSTILE[(i + 1) % HOSTILE.len()].into();
        c.description = HOSTILE[(i + 2) % HOSTILE.len()].into();
        d.components.push(c);
    }
    d.connections = vec![
        link("e1", "mcdt", "lgsp", "chia sẻ dữ liệu", Direction::Forward),
        link("e2", "lgsp", "csdl", "ghi", Direction::Forward),
        link("e3", "csdl", "mcdt", "", Direction::Forward),
        link(
            "e4",
            "portal",
            "mcdt",
            "<script>x</script>",
            Direction::Both,
        ),
        link("e5", "dan", "portal", "]]>", Direction::Forward),
        link("e6", "mcdt", "lt", "=1+1", Direction::Forward),
        link("e7", "lgsp", "dc", "", Direction::Both),
        link("e8", "cloud", "dc", "", Direction::Forward),
        link("e9", "csdl", "h1 <\"&'>", "", Direction::Both),
        link("e 10", "h0 <\"&'>", "h3 <\"&'>", "'\"", Direction::Forward),
    ];
    // Through the JSON reader, so the fixture is a document a user could have saved.
    json::read(&json::write(&d)).expect("the fixture is a valid framework")
}

/// Everything a parse of `xml` saw: element names, attribute values and text, unescaped.
#[derive(Default)]
struct Parsed {
    elements: Vec<String>,
    attributes: Vec<(String, String)>,
    text: String,
}

/// Parses `xml` with quick-xml, panicking on any error, so every export is well-formed.
fn parse(xml: &str) -> Parsed {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Parsed::default();
    let mut depth = 0i64;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed at {}: {e}", reader.error_position()));
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
                out.elements.push(e.name().as_ref().to_owned());
                for a in e.attributes() {
                    let a = a.expect("attributes are well-formed");
                    out.attributes.push((
                        a.key.as_ref().to_owned(),
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .expect("values unescape")
                            .into_owned(),
                    ));
                }
            }
            Event::End(_) => depth -= 1,
            Event::Text(t) => out.text.push_str(&t.xml10_content()),
            Event::CData(t) => out.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().expect("valid character reference") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .expect("only predefined entities")
                        .to_owned(),
                };
                out.text.push_str(&c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    out
}

/// No hostile text became an element, and each hostile name is there as text.
fn hostile_names_stay_text(parsed: &Parsed, what: &str) {
    for bad in ["script", "b", "v1", "riêng"] {
        assert!(
            !parsed.elements.iter().any(|e| e == bad),
            "{what}: <{bad}> became an element"
        );
    }
    for name in HOSTILE {
        assert!(
            parsed.text.contains(name) || parsed.attributes.iter().any(|(_, v)| v == name),
            "{what}: {name:?} is not there as text"
        );
    }
}

fn framework_svg(doc: &Document) -> String {
    svg_export::framework(Catalogue::get(), doc)
}

#[test]
fn svg_parses_and_holds_every_component_and_connection() {
    let doc = fixture();
    let svg = framework_svg(&doc);
    let parsed = parse(&svg);
    assert_eq!(parsed.elements[0], "svg");
    for e in ["title", "desc", "metadata", "khung:framework", "style"] {
        assert!(parsed.elements.iter().any(|x| x == e), "no <{e}>");
    }
    // Self-contained: nothing is fetched from outside.
    assert!(!svg.contains("href=\"http"), "external reference");
    assert!(!svg.contains("@import"), "external style");
    let data_ids: BTreeSet<&str> = parsed
        .attributes
        .iter()
        .filter(|(k, _)| k == "data-id")
        .map(|(_, v)| v.as_str())
        .collect();
    for c in &doc.components {
        assert!(data_ids.contains(c.id.as_str()), "no node for {}", c.id);
        assert!(parsed.text.contains(&c.name), "no text for {}", c.name);
    }
    for e in &doc.connections {
        assert!(data_ids.contains(e.id.as_str()), "no edge for {}", e.id);
    }
    hostile_names_stay_text(&parsed, "SVG");
}

#[test]
fn svg_metadata_reads_back_to_the_same_json_bytes() {
    let doc = fixture();
    let svg = framework_svg(&doc);
    let expected = json::write(&doc);
    let framework_text = parse(&svg).text;
    assert!(
        framework_text.contains(&expected),
        "the JSON is embedded as text"
    );
    for (name, bytes) in [
        ("khung.svg", svg.clone().into_bytes()),
        ("KHUNG.SVG", svg.clone().into_bytes()),
        ("tải về", svg.clone().into_bytes()),
        (
            "bom.svg",
            format!("\u{FEFF}\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}").into_bytes(),
        ),
    ] {
        let back = io::read_file(name, &bytes, Kind::Other, "").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(json::write(&back), expected, "{name}");
    }
    // Exporting what was read gives the same file again.
    let back = io::read_file("khung.svg", svg.as_bytes(), Kind::Other, "").unwrap();
    assert_eq!(framework_svg(&back), svg);
}

#[test]
fn svg_export_is_the_screen_svg_plus_metadata() {
    let doc = fixture();
    let scene = views::framework::scene(Catalogue::get(), &doc);
    let screen = Svg(&scene).to_string();
    assert!(!screen.contains("<metadata"), "the screen SVG is unchanged");
    let json = json::write(&doc);
    let export = SvgWithFramework {
        scene: &scene,
        framework: &json,
    }
    .to_string();
    let start = export.find("<metadata>").unwrap();
    let end = export.find("</metadata>").unwrap() + "</metadata>".len();
    assert_eq!(format!("{}{}", &export[..start], &export[end..]), screen);
}

#[test]
fn svg_without_khung_metadata_is_refused_with_a_reason() {
    let doc = fixture();
    let screen = Svg(&views::framework::scene(Catalogue::get(), &doc)).to_string();
    let e = io::read_file("so-do.svg", screen.as_bytes(), Kind::Other, "").unwrap_err();
    assert!(e.message.contains("without a Khung framework"), "{e}");
    let e = io::read_file("x.svg", b"<svg><a></svg>", Kind::Other, "").unwrap_err();
    assert!(e.message.contains("not well-formed"), "{e}");
    let e = io::read_file("x.svg", b"<svg>\xff</svg>", Kind::Other, "").unwrap_err();
    assert!(e.message.contains("UTF-8"), "{e}");
}

#[test]
fn json_and_csv_files_are_still_read_as_before() {
    let doc = fixture();
    let j = json::write(&doc);
    assert_eq!(
        io::read_file("k.json", j.as_bytes(), Kind::Other, "").unwrap(),
        doc
    );
    let d = io::read_file("k.txt", b"name,layer\nx,2\n", Kind::Other, "").unwrap();
    assert_eq!(d.components[0].name, "x");
    // A CSV by name stays a CSV whatever it starts with.
    let e = io::read_file("k.csv", b"<svg>\n", Kind::Other, "").unwrap_err();
    assert!(!e.message.contains("Khung framework"), "{e}");
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn csv_has_a_bom_crlf_line_ends_and_the_reader_columns() {
    let mut doc = synth::framework(40, 1.5);
    for c in &mut doc.components {
        c.description.retain(|ch| ch != '\n');
    }
    let out = csv_export::write(&doc, None);
    assert!(out.starts_with(
        "\u{FEFF}name,description,layer,status,owner,platform,capabilities,connects_to\r\n"
    ));
    assert!(out.ends_with("\r\n"));
    assert_eq!(out.matches('\n').count(), out.matches("\r\n").count());
    assert_eq!(out.matches("\r\n").count(), doc.components.len() + 1);
}

#[test]
fn csv_defuses_formulas_in_every_cell() {
    let doc = fixture();
    let findings = |c: &Component| {
        if c.name.starts_with('=') {
            "-1 trùng lặp".to_owned()
        } else {
            String::new()
        }
    };
    let out = csv_export::write(&doc, Some(&findings));
    let rows = csv_rows(&out);
    assert_eq!(rows[0].last().map(String::as_str), Some("findings"));
    assert_eq!(rows.len(), doc.components.len() + 1);
    for row in &rows[1..] {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?}"
            );
        }
    }
    let cmd = rows.iter().find(|r| r[0] == "'=cmd|' /C calc'!A0").unwrap();
    assert_eq!(cmd.last().map(String::as_str), Some("'-1 trùng lặp"));
    // Quotes are doubled inside a quoted field (RFC 4180), never left bare.
    assert!(out.contains("\"\"\"Cổng\"\" & 'ứng dụng' <b>\""));
}

#[test]
fn csv_reimports_to_the_same_components_and_connections() {
    let doc = fixture();
    let out = csv_export::write(&doc, None);
    let back =
        io::csv::read(out.as_bytes(), doc.kind, &doc.agency).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.components.len(), doc.components.len());
    for (a, b) in doc.components.iter().zip(&back.components) {
        // The one change: a formula-like value comes back with the leading quote.
        let d = |s: &str| csv_export::defuse(s).into_owned();
        assert_eq!(b.name, d(&a.name));
        assert_eq!(b.description, d(&a.description));
        assert_eq!(b.owner, d(&a.owner));
        assert_eq!((b.layer, b.status), (a.layer, a.status));
        assert_eq!(b.platform, a.platform);
        assert_eq!(b.capabilities, a.capabilities);
    }
    let pairs = |d: &Document| -> BTreeSet<(usize, usize)> {
        let index = |id: &str| d.components.iter().position(|c| c.id == id).unwrap();
        d.connections
            .iter()
            .map(|e| (index(&e.from), index(&e.to)))
            .collect()
    };
    assert_eq!(pairs(&back), pairs(&doc));
    // A larger, generated framework too, without hostile names.
    let big = synth::framework(300, 2.0);
    let back = io::csv::read(csv_export::write(&big, None).as_bytes(), big.kind, "").unwrap();
    assert_eq!(back.components.len(), big.components.len());
    assert_eq!(pairs(&back), pairs(&big));
}

#[test]
fn archimate_parses_and_holds_every_component_and_connection() {
    let doc = fixture();
    let xml = archimate::write(Catalogue::get(), &doc);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let parsed = parse(&xml);
    assert_eq!(parsed.elements[0], "model");
    let count = |name: &str| parsed.elements.iter().filter(|e| *e == name).count();
    assert_eq!(count("element"), doc.components.len());
    assert_eq!(count("relationship"), doc.connections.len());
    assert_eq!(count("connection"), doc.connections.len());
    // One view node per component plus one container per layer.
    assert_eq!(count("node"), doc.components.len() + 4);
    for c in &doc.components {
        assert!(parsed.text.contains(&c.name), "no element named {}", c.name);
        assert!(
            parsed.text.contains(&c.id),
            "no Khung id property for {}",
            c.id
        );
    }
    let ids: Vec<&str> = parsed
        .attributes
        .iter()
        .filter(|(k, _)| k == "identifier")
        .map(|(_, v)| v.as_str())
        .collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "identifiers are unique");
    for id in &ids {
        let mut chars = id.chars();
        assert!(chars.next().unwrap().is_ascii_alphabetic(), "{id}");
        assert!(
            chars.all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "{id} is not a clean xs:ID"
        );
    }
    for (k, v) in &parsed.attributes {
        if ["x", "y", "w", "h"].contains(&k.as_str()) {
            assert!(
                v.parse::<u64>().is_ok(),
                "{k}={v} is not a non-negative integer"
            );
        }
    }
    for t in [
        "Node",
        "TechnologyService",
        "DataObject",
        "ApplicationComponent",
        "ApplicationService",
        "ApplicationInterface",
        "BusinessRole",
        "Flow",
        "Access",
        "Association",
    ] {
        assert!(
            parsed
                .attributes
                .iter()
                .any(|(k, v)| k == "xsi:type" && v == t),
            "the fixture exercises {t}"
        );
    }
    hostile_names_stay_text(&parsed, "ArchiMate");
}

#[test]
fn archimate_validates_against_the_open_group_schema() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/archimate");
    let mut docs = vec![fixture(), synth::framework(120, 1.5)];
    docs.push(Document::new("", Kind::Commune, ""));
    for (i, doc) in docs.iter().enumerate() {
        let xml = archimate::write(Catalogue::get(), doc);
        let file =
            std::env::temp_dir().join(format!("khung-archimate-{}-{i}.xml", std::process::id()));
        std::fs::write(&file, &xml).unwrap();
        let run = Command::new("xmllint")
            .args(["--noout", "--nonet", "--schema"])
            .arg(data.join("archimate3_Diagram.xsd"))
            .arg(&file)
            .env("XML_CATALOG_FILES", data.join("catalog.xml"))
            .output();
        let out = match run {
            Ok(out) => out,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                eprintln!(
                    "skipped: xmllint is not installed (apt-get install -y libxml2-utils), so the \
                     ArchiMate export is not validated against the schema"
                );
                let _ = std::fs::remove_file(&file);
                return;
            }
            Err(e) => panic!("xmllint did not run: {e}"),
        };
        let _ = std::fs::remove_file(&file);
        assert!(
            out.status.success(),
            "document {i} does not validate:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The SVG export drew the framework without checking it, so it dropped the finding marks the
/// screen (and the PNG made from the screen's scene) showed.
#[test]
fn exported_svg_keeps_the_finding_marks() {
    let doc = fixture();
    let cat = Catalogue::get();
    let findings = model::rules::check(&doc, cat);
    let badges = views::marks::badges(&findings);
    assert!(
        badges.len() >= 2,
        "the fixture has flagged components: {findings:?}"
    );
    let screen = views::framework::scene_with_badges(cat, &doc, &badges);
    let picture = svg_export::document(
        cat,
        &doc,
        model::catalogue::Date::parse("2026-11-29").unwrap(),
        model::captions::Lang::Vi,
    );
    for svg in [framework_svg(&doc), picture.svg.clone()] {
        let parsed = parse(&svg);
        let flagged: BTreeSet<&str> = parsed
            .attributes
            .iter()
            .filter(|(k, _)| k == "data-flag")
            .map(|(_, v)| v.as_str())
            .collect();
        assert!(!flagged.is_empty());
        assert_eq!(svg.matches("<g class=\"badge\"").count(), badges.len());
        // Every node is drawn exactly as the screen draws it.
        for n in model::svg::Parts::of(&screen).nodes {
            assert!(
                svg.contains(&n.markup()),
                "{} differs from the screen",
                n.id
            );
        }
    }
    // The document figure explains each mark and says where it comes from.
    for mark in screen.badges.iter().map(|b| b.mark) {
        let caption = model::captions::Caption::Mark(mark).text(model::captions::Lang::Vi);
        assert!(picture.svg.contains(caption), "{caption}");
    }
    for text in [
        "1132/QĐ-TTg ngày 24/6/2026",
        "29/11/2026",
        "UBND tỉnh Lâm Đồng",
    ] {
        assert!(picture.svg.contains(text), "{text}");
    }
    assert!(picture.svg.contains(&format!("Khung {}", model::VERSION)));
}
