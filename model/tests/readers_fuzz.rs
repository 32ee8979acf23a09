//! Property and fuzz tests for the readers, because users upload whatever their tools export and
//! some uploads are hostile: whatever arrives, `io::csv::read` and `io::json::read` return a
//! document or an error and never panic, and every document they return is sound (layers 1–4,
//! unique ids, connections between existing components, all text NFC) and survives a JSON round
//! trip. Documents written by `io::json::write` read back equal, to the byte.
//!
//! The default of 512 cases per property keeps `cargo test` fast. For a longer run set
//! `PROPTEST_CASES`, in release mode:
//! `PROPTEST_CASES=100000 cargo test -p model --release --test readers_fuzz`.

use model::document::{
    Component, Connection, Direction, Document, Exemption, ExemptionGround, Kind, Point, Status,
};
use model::io::{csv, json, MAX_NAME_CHARS};
use model::text::nfc;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::HashSet;

/// 512 cases unless `PROPTEST_CASES` says otherwise; no regression files, which would land
/// beside the tests uninvited (a case found by a long run is kept as a named test below).
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(512);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Panics, naming the broken rule, unless `doc` is sound and survives a JSON round trip.
fn assert_sound(doc: &Document) {
    let mut strings: Vec<&str> = vec![&doc.title, &doc.agency];
    let mut ids = HashSet::new();
    for c in &doc.components {
        assert!((1..=4).contains(&c.layer), "layer {} of {}", c.layer, c.id);
        assert!(ids.insert(c.id.as_str()), "component id {} repeats", c.id);
        assert!(!c.name.trim().is_empty(), "empty name in {}", c.id);
        strings.extend([&*c.id, &c.name, &c.description, &c.owner]);
        strings.extend(c.capabilities.iter().map(String::as_str));
        strings.extend(c.platform.as_deref());
        strings.extend(c.exemption.as_ref().map(|e| e.justification.as_str()));
    }
    let mut edge_ids = HashSet::new();
    for e in &doc.connections {
        assert!(
            edge_ids.insert(e.id.as_str()),
            "connection id {} repeats",
            e.id
        );
        assert!(ids.contains(e.from.as_str()), "{} starts nowhere", e.id);
        assert!(ids.contains(e.to.as_str()), "{} ends nowhere", e.id);
        strings.extend([&*e.id, &e.from, &e.to, &e.label]);
    }
    for s in strings {
        assert_eq!(nfc(s), s, "not NFC: {s:?}");
    }
    let written = json::write(doc);
    let back = json::read(&written).unwrap_or_else(|e| panic!("{e} in\n{written}"));
    assert_eq!(json::write(&back), written, "a second write differs");
}

/// Pieces that CSV files are made of, valid and broken.
const CSV_BITS: &[&str] = &[
    "\"",
    "\"\"",
    ",",
    ";",
    "|",
    "\r\n",
    "\n",
    "\r",
    "\u{FEFF}",
    " ",
    "\t",
    "\0",
    "\u{7}",
    "name",
    "tên",
    "Tên hệ thống",
    "description",
    "mô tả",
    "layer",
    "lớp",
    "status",
    "trạng thái",
    "owner",
    "chủ quản",
    "connects_to",
    "kết nối",
    "platform",
    "nền tảng",
    "capabilities",
    "năng lực",
    "ngân sách",
    "1",
    "2",
    "3",
    "4",
    "7",
    "0",
    "-1",
    "Lớp 2",
    "99999999999999999999999",
    "1e400",
    "A-01",
    "B-12",
    "C-9",
    "planned",
    "kế hoạch",
    "đã hủy",
    "LGSP tỉnh",
    "lgsp tinh",
    "Hệ thống một cửa điện tử",
    "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
    "e\u{301}",
    "\u{301}",
    "\u{323}\u{302}",
    "\u{FFFD}",
    "=SUM(A1)",
];

/// Pieces that JSON files are made of, valid and broken.
const JSON_BITS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    " ",
    "\n",
    "\r\n",
    "\u{FEFF}",
    "\"schema\":",
    "\"khung/framework@1\"",
    "\"khung/framework@1.7\"",
    "\"khung/framework@2\"",
    "\"title\":",
    "\"kind\":",
    "\"province\"",
    "\"agency\":",
    "\"components\":",
    "\"connections\":",
    "\"id\":",
    "\"c1\"",
    "\"c2\"",
    "\"name\":",
    "\"layer\":",
    "\"status\":",
    "\"planned\"",
    "\"from\":",
    "\"to\":",
    "\"direction\":",
    "\"both\"",
    "\"position\":",
    "\"x\":",
    "\"y\":",
    "\"platform\":",
    "\"capabilities\":",
    "\"exemption\":",
    "\"ground\":",
    "\"defence\"",
    "\"justification\":",
    "1",
    "4",
    "7",
    "-0",
    "1e400",
    "-1e308",
    "9999999.999",
    "99999999999999999999999",
    "0.000001",
    "true",
    "null",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u0065\\u0301\"",
    "\"e\u{301}\"",
    "\"LGSP tỉnh\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":",
];

/// Text made of `bits` and now and then any short string, up to `max` pieces.
fn soup(bits: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(bits).prop_map(str::to_owned),
        1 => ".{0,4}",
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

/// Names of inventory rows, some of which match others only when folded.
const ROW_NAMES: &[&str] = &[
    "Hệ thống một cửa điện tử",
    "LGSP tỉnh",
    "LGSP tinh",
    "Cổng dịch vụ công tỉnh",
    "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
    "Kho dữ liệu dùng chung",
    "He\u{323}\u{302} tho\u{302}\u{301}ng thư điện tử",
    "\"Một cửa\" cũ",
];

/// The inventory columns: the headers that name each (the first is `name`, the fifth
/// `connects_to`) and values that are right in it.
const COLUMNS: &[(&[&str], &[&str])] = &[
    (&["name", "Tên", "tên hệ thống", "TEN"], ROW_NAMES),
    (
        &["layer", "Lớp"],
        &["1", "2", "3", "4", "", "Lớp 2", "layer 4"],
    ),
    (
        &["status", "Trạng thái"],
        &["existing", "planned", "kế hoạch", "sap dung", ""],
    ),
    (
        &["owner", "Đơn vị", "cơ quan chủ quản"],
        &["Sở Khoa học và Công nghệ", "", "Văn phòng UBND tỉnh"],
    ),
    (&["connects_to", "Kết nối", "connects to"], &[""]),
    (&["platform", "Nền tảng"], &["", "A-01", "b-12"]),
    (
        &["capabilities", "Năng lực"],
        &["", "định danh; thanh toán", "định danh|ký số", "a,b"],
    ),
    (
        &["description", "Mô tả"],
        &["", "Tiếp nhận,\r\ntrả kết quả", "\"Một cửa\""],
    ),
];

/// The index of `connects_to` in [`COLUMNS`].
const CONNECTS_TO: usize = 4;

/// Values that are wrong in some columns.
const WRONG: &[&str] = &["7", "đã hủy", "C-01", "Trục liên thông văn bản", "  "];

/// A cell of column `c`, unquoted: mostly a right value, sometimes a wrong or broken one.
fn cell(c: usize) -> BoxedStrategy<String> {
    prop_oneof![
        100 => proptest::sample::select(COLUMNS[c].1).prop_map(str::to_owned),
        1 => proptest::sample::select(WRONG).prop_map(str::to_owned),
        1 => proptest::sample::select(CSV_BITS).prop_map(str::to_owned),
        1 => ".{0,8}",
    ]
    .boxed()
}

/// One inventory row before it is written: its cells, the rows it links to (by index, and
/// whether the name is written folded), and a die that decides its quirks.
type RawRow = (Vec<String>, Vec<(prop::sample::Index, bool)>, u8);

/// A CSV file shaped like an inventory: a header naming `name` and other columns in any order
/// and spelling, then rows with a right cell for each column and `connects_to` naming other
/// rows, so that most cases get past the header and exercise rows and links. A few are broken
/// on purpose: an unknown or repeated column, a wrong value, a row one cell too long, a quote
/// left out.
fn inventory() -> impl Strategy<Value = Vec<u8>> {
    let others: Vec<usize> = (1..COLUMNS.len()).collect();
    let columns = proptest::sample::subsequence(others, 0..COLUMNS.len()).prop_flat_map(|mut c| {
        c.push(0);
        Just(c).prop_shuffle()
    });
    columns.prop_flat_map(|columns| {
        let n = columns.len();
        let aliases = proptest::collection::vec(any::<prop::sample::Index>(), n);
        let cells: Vec<BoxedStrategy<String>> = columns.iter().map(|&c| cell(c)).collect();
        let links = proptest::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..3);
        let rows = proptest::collection::vec((cells, links, 0u8..40), 0..10);
        (
            Just(columns),
            aliases,
            rows,
            (0u8..20, any::<prop::sample::Index>()),
            any::<(bool, bool, bool)>(),
        )
            .prop_map(|(columns, aliases, rows, chaos, flags)| {
                write_inventory(&columns, &aliases, rows, chaos, flags)
            })
    })
}

/// Writes the generated inventory as CSV bytes.
fn write_inventory(
    columns: &[usize],
    aliases: &[prop::sample::Index],
    mut rows: Vec<RawRow>,
    (chaos, at): (u8, prop::sample::Index),
    (semicolon, crlf, bom): (bool, bool, bool),
) -> Vec<u8> {
    let delim = if semicolon { ";" } else { "," };
    let list = if semicolon { "|" } else { ";" };
    let end = if crlf { "\r\n" } else { "\n" };
    let name_at = columns.iter().position(|&c| c == 0).unwrap_or(0);
    // Most rows get a name of their own, so that links are rarely ambiguous.
    for (i, (cells, _, die)) in rows.iter_mut().enumerate() {
        if *die > 8 {
            cells[name_at] = format!("{} {}", cells[name_at], i + 1);
        }
    }
    let names: Vec<String> = rows.iter().map(|r| r.0[name_at].clone()).collect();
    if let Some(link_at) = columns.iter().position(|&c| c == CONNECTS_TO) {
        for (row, (cells, links, die)) in rows.iter_mut().enumerate() {
            if *die > 4 && !links.is_empty() {
                // A row links to itself only when its die says so.
                let targets: Vec<String> = links
                    .iter()
                    .map(|(i, _)| i.index(names.len()))
                    .filter(|&j| j != row || *die == 5)
                    .zip(links.iter().map(|l| l.1))
                    .map(|(j, folded)| {
                        if folded {
                            model::text::fold(&names[j])
                        } else {
                            names[j].clone()
                        }
                    })
                    .collect();
                cells[link_at] = targets.join(list);
            }
        }
    }
    let mut header: Vec<&str> = columns
        .iter()
        .zip(aliases)
        .map(|(&c, a)| *a.get(COLUMNS[c].0))
        .collect();
    match chaos {
        0 => header.push("ngân sách"),
        1 => header.push(header[at.index(header.len())]),
        2 => header.push(""),
        _ => {}
    }
    let mut s = String::new();
    if bom {
        s.push('\u{FEFF}');
    }
    s.push_str(&header.join(delim));
    for (cells, _, die) in rows {
        s.push_str(end);
        let mut written: Vec<String> = cells
            .into_iter()
            .map(|v| {
                let special = v.contains(['"', ',', ';', '\n', '\r']);
                if (special && die != 1) || die > 35 {
                    format!("\"{}\"", v.replace('"', "\"\""))
                } else {
                    v
                }
            })
            .collect();
        if header.len() > columns.len() || die == 0 {
            written.push(String::new());
        }
        s.push_str(&written.join(delim));
    }
    s.push_str(end);
    s.into_bytes()
}

/// Reads `bytes` both ways; panics (failing the property) only if a reader panics or returns an
/// unsound document.
fn read_both(bytes: &[u8]) {
    for kind in [Kind::Province, Kind::Other] {
        if let Ok(doc) = csv::read(bytes, kind, "Lâm Đồng") {
            assert_sound(&doc);
        }
    }
    if let Ok(doc) = json::read(&String::from_utf8_lossy(bytes)) {
        assert_sound(&doc);
    }
}

/// A name no reader would change: trimmed, NFC, without control characters, within the limit;
/// made so rather than filtered, as rejecting cases would end a long run early.
fn name() -> impl Strategy<Value = String> {
    let raw = prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"".to_owned()),
        Just("a \"quoted\" \\ name".to_owned()),
        Just("]]>".to_owned()),
        Just("=SUM(A1)".to_owned()),
        Just("Hệ thống một cửa điện tử".to_owned()),
        Just("Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)".to_owned()),
        Just("Cổng Dịch vụ công quốc gia".to_owned()),
        Just("dòng một\ndòng\thai".to_owned()),
        "[a-zA-Zđăâêôơưạảãàá ]{300}",
        "\\PC{1,40}",
        ".{1,20}",
    ];
    raw.prop_map(|s| {
        let kept: String = s
            .chars()
            .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
            .collect();
        let mut n = nfc(kept.trim());
        while nfc(n.trim()) != n {
            n = nfc(n.trim());
        }
        if n.is_empty() {
            n.push('x');
        }
        assert!(n.chars().count() <= MAX_NAME_CHARS);
        n
    })
}

/// A name, or empty as optional fields often are.
fn optional_name() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), name()]
}

/// A sound component with any values; its id is set by [`document`].
fn component() -> impl Strategy<Value = Component> {
    let position = proptest::option::of((-1_000_000i32..1_000_000, -1_000_000i32..1_000_000));
    let exemption = proptest::option::of((0usize..4, name()));
    (
        name(),
        optional_name(),
        1u8..=4,
        0usize..3,
        optional_name(),
        proptest::collection::vec(name(), 0..3),
        proptest::option::of("[AB]-[0-9]{2}"),
        position,
        exemption,
    )
        .prop_map(
            |(name, description, layer, status, owner, capabilities, platform, pos, ex)| {
                Component {
                    id: String::new(),
                    name,
                    description,
                    layer,
                    status: [Status::Existing, Status::Planned, Status::Retiring][status],
                    owner,
                    capabilities,
                    platform,
                    position: pos.map(|(x, y)| Point {
                        x: x as f32 / 100.0,
                        y: y as f32 / 100.0,
                    }),
                    exemption: ex.map(|(g, justification)| Exemption {
                        ground: [
                            ExemptionGround::Defence,
                            ExemptionGround::Security,
                            ExemptionGround::Cipher,
                            ExemptionGround::SectorLaw,
                        ][g],
                        justification,
                    }),
                }
            },
        )
}

/// A sound document with arbitrary names and connections between its components.
fn document() -> impl Strategy<Value = Document> {
    (
        name(),
        proptest::sample::select(&Kind::ALL[..]),
        optional_name(),
        proptest::collection::vec(component(), 0..12),
        proptest::collection::vec(
            (
                any::<usize>(),
                any::<usize>(),
                optional_name(),
                any::<bool>(),
            ),
            0..16,
        ),
    )
        .prop_map(|(title, kind, agency, mut components, edges)| {
            for (i, c) in components.iter_mut().enumerate() {
                c.id = format!("c{}", i + 1);
            }
            let n = components.len();
            let connections = if n == 0 {
                Vec::new()
            } else {
                edges
                    .into_iter()
                    .enumerate()
                    .map(|(i, (a, b, label, both))| Connection {
                        id: format!("e{}", i + 1),
                        from: components[a % n].id.clone(),
                        to: components[b % n].id.clone(),
                        label,
                        direction: if both {
                            Direction::Both
                        } else {
                            Direction::Forward
                        },
                    })
                    .collect()
            };
            Document {
                title,
                kind,
                agency,
                components,
                connections,
                reviews: Vec::new(),
                arrangement: None,
            }
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        read_both(&bytes);
    }

    #[test]
    fn csv_fragments_never_panic(s in soup(CSV_BITS, 200)) {
        read_both(s.as_bytes());
    }

    #[test]
    fn inventories_never_panic_and_read_soundly(bytes in inventory()) {
        read_both(&bytes);
    }

    #[test]
    fn json_fragments_never_panic(s in soup(JSON_BITS, 200)) {
        read_both(s.as_bytes());
    }

    #[test]
    fn mutated_framework_json_never_panics(
        doc in document(),
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), soup(JSON_BITS, 3)), 0..4),
    ) {
        let mut s = json::write(&doc);
        for (at, piece) in cuts {
            let mut i = at.index(s.len() + 1);
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            s.insert_str(i, &piece);
        }
        read_both(s.as_bytes());
    }

    #[test]
    fn written_json_reads_back_equal_and_rewrites_identically(doc in document()) {
        let written = json::write(&doc);
        let back = json::read(&written).unwrap_or_else(|e| panic!("{e} in\n{written}"));
        prop_assert_eq!(&back, &doc);
        prop_assert_eq!(json::write(&back), written);
    }
}

#[test]
fn deep_nesting_and_huge_inputs_are_refused_quietly() {
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    read_both(deep.as_bytes());
    let deep_object = "{\"a\":".repeat(100_000);
    read_both(deep_object.as_bytes());
    let wide = format!("name{}\n", ",name".repeat(100_000));
    assert!(csv::read(wide.as_bytes(), Kind::Province, "").is_err());
    let long_cell = format!("name\n\"{}\"\n", "x".repeat(5_000_000));
    assert!(csv::read(long_cell.as_bytes(), Kind::Province, "").is_err());
    let unclosed = format!("name\n\"{}", "a,b\n".repeat(100_000));
    assert!(csv::read(unclosed.as_bytes(), Kind::Province, "").is_err());
}

/// Regression: `json::read` checked the position bound on the f64 before narrowing to f32, so
/// 9999999.9 passed, became 10000000.0, and the file it had read could not be read back after
/// export. Found while writing these properties; the bound is now checked after narrowing.
#[test]
fn a_position_just_below_the_bound_survives_export() {
    let s = r#"{"schema": "khung/framework@1", "title": "t", "kind": "province",
        "components": [{"id": "c1", "name": "x", "layer": 1, "position": {"x": 9999999.9, "y": 0}}]}"#;
    if let Ok(doc) = json::read(s) {
        assert_sound(&doc);
    }
}
