//! The framework document: hostile names stay text in the Word file and the print page, the
//! Word file is a well-formed package, and `khung report` writes both formats. Opening the Word
//! file in LibreOffice is `scripts/test-report.sh` (the test command runs it).
#![cfg(all(feature = "report", feature = "raster"))]

use model::catalogue::Date;
use model::document::Document;
use model::{io, report, Catalogue};
use std::io::Read;

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 29,
};
const HOSTILE: &str = "<script>alert('x')</script> ]]> &amp; Hệ thống «lạ»";

fn fixture() -> Document {
    let text = include_str!("data/report/lam-dong.json");
    io::json::read(text).expect("fixture reads")
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip package");
    let mut s = String::new();
    zip.by_name(name)
        .expect("part present")
        .read_to_string(&mut s)
        .expect("UTF-8");
    s
}

/// Every text node of an XML document, unescaped, and a check that it parses to the end.
fn xml_text(xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Text(t) => {
                out.push_str(&t.xml10_content());
            }
            quick_xml::events::Event::GeneralRef(r) => {
                match r.resolve_char_ref().expect("char ref") {
                    Some(c) => out.push(c),
                    None => out.push_str(
                        quick_xml::escape::resolve_predefined_entity(&r).expect("known entity"),
                    ),
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn input<'a>(doc: &'a Document, cat: &'a Catalogue) -> report::Input<'a> {
    report::Input {
        doc,
        cat,
        day: DAY,
        today: DAY,
    }
}

#[test]
fn hostile_names_stay_text_in_the_word_file() {
    let doc = fixture();
    let cat = Catalogue::get().as_of(DAY);
    let svg = model::export::svg::framework(&cat, &doc);
    let png = report::raster::png(&svg, Some(1.0)).expect("raster");
    let bytes = report::docx(&input(&doc, &cat), Some(&png)).expect("docx");
    let xml = part(&bytes, "word/document.xml");
    let text = xml_text(&xml);
    assert!(text.contains(HOSTILE), "the name reads back as written");
    assert!(
        text.contains("</w:t></w:r><w:r><w:t>chèn"),
        "markup in a description is text"
    );
    assert!(!xml.contains("<script>"));
    // The diagram is in the package, and header rows repeat.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    assert!((0..zip.len()).any(|i| zip.by_index(i).unwrap().name().starts_with("word/media/")));
    assert!(xml.contains("<w:tblHeader />"));
}

#[test]
fn hostile_names_stay_text_in_the_print_page() {
    let doc = fixture();
    let cat = Catalogue::get().as_of(DAY);
    let page = report::html(&input(&doc, &cat));
    assert!(
        !page.contains("<script"),
        "no script, not even a hostile one"
    );
    assert!(page.contains(
        "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; ]]&gt; &amp;amp; Hệ thống «lạ»"
    ));
    assert!(page.contains("&lt;/w:t&gt;"));
    // Print rules the issue asks for.
    for rule in [
        "size:A4",
        "thead{display:table-header-group}",
        "break-before:page",
    ] {
        assert!(page.contains(rule), "{rule}");
    }
}

#[test]
fn the_word_file_holds_what_the_rules_found() {
    let doc = fixture();
    let cat = Catalogue::get().as_of(DAY);
    let findings = model::rules::check(&doc, &cat);
    assert!(!findings.is_empty(), "the fixture has findings");
    let bytes = report::docx(&input(&doc, &cat), None).expect("docx");
    let text = xml_text(&part(&bytes, "word/document.xml"));
    for f in &findings {
        assert!(text.contains(&f.explanation), "{}", f.rule);
        assert!(text.contains(&f.source), "{}", f.source);
    }
    assert!(text.contains("Xử lý văn bản mật theo Luật Bảo vệ bí mật nhà nước."));
    assert!(text.contains("Sở <Khoa học> & \"Công nghệ\""));
}

#[test]
fn khung_report_writes_both_formats() {
    let dir = std::env::temp_dir().join(format!("khung-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = dir.join("lam-dong.json");
    std::fs::write(&json, include_str!("data/report/lam-dong.json")).unwrap();
    for format in ["docx", "html"] {
        let out = dir.join(format!("out.{format}"));
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_khung"))
            .args(["report", json.to_str().unwrap(), "--format", format, "-o"])
            .arg(&out)
            .args(["--date", "2026-11-29"])
            .status()
            .unwrap();
        assert!(status.success(), "{format}");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.len() > 10_000, "{format}: {} bytes", bytes.len());
    }
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_khung"))
        .args(["report", json.to_str().unwrap(), "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("expected: docx, html"));
    std::fs::remove_dir_all(&dir).ok();
}
