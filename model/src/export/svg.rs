//! The framework SVG: the diagram exactly as the screen draws it, carrying the framework it was
//! drawn from, so that a picture attached to an e-mail or a report can be opened in Khung again.
//!
//! The framework is the canonical framework JSON ([`crate::io::json::write`]) as escaped XML
//! text inside `<metadata><khung:framework xmlns:khung="https://khung.invalid/ns/1"
//! schema="khung/framework@1">`. SVG viewers ignore `<metadata>`, editors such as Inkscape keep
//! foreign-namespace metadata, and text escaping (unlike CDATA) holds any JSON, `]]>` included.
//!
//! Reading takes the first `khung:framework` element (by namespace, whatever its prefix) and
//! hands its text to [`crate::io::json::read`], so the JSON is checked exactly as a `.json` file
//! is. The XML is read with quick-xml, which expands no DTD and no external entity, so a hostile
//! SVG cannot make the reader fetch or blow up anything.

use crate::catalogue::Catalogue;
use crate::document::Document;
use crate::io::ReadError;
use crate::svg::{SvgWithFramework, KHUNG_NS};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

/// The local name of the element that holds the framework JSON.
const ELEMENT: &str = "framework";

/// Renders `doc` as a self-contained SVG (inline styles, text as `<text>`, `<title>` and
/// `<desc>`) that embeds the framework, through the same layout and render path as the screen.
///
/// ```
/// use model::{document::{Component, Document, Kind}, export, io, Catalogue};
/// let mut doc = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// doc.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let svg = export::svg::framework(Catalogue::get(), &doc);
/// let back = io::read_file("khung.svg", svg.as_bytes(), Kind::Other, "").unwrap();
/// assert_eq!(io::json::write(&back), io::json::write(&doc));
/// ```
///
/// Each component carries the mark of its findings against `cat`, as the editor shows it (the
/// export used to draw an unchecked scene, so a picture lost the marks the screen had).
pub fn framework(cat: &Catalogue, doc: &Document) -> String {
    let scene = marked_scene(cat, doc);
    let json = crate::io::json::write(doc);
    SvgWithFramework {
        scene: &scene,
        framework: &json,
    }
    .to_string()
}

/// The framework laid out with each component's finding mark, checked against `cat`.
///
/// A mark moves no box, so natively the rules and the layout run on two threads and the marks
/// are set on the laid-out nodes afterwards: an export of a large framework takes the longer of
/// the two, not their sum. In the browser (no threads) they run one after the other.
pub fn marked_scene(cat: &Catalogue, doc: &Document) -> crate::scene::Scene {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let no_marks = std::collections::HashMap::new();
        let (findings, mut scene) = std::thread::scope(|s| {
            let rules = s.spawn(|| crate::rules::check(doc, cat));
            let scene = crate::views::framework::scene_with_badges(cat, doc, &no_marks);
            (rules.join().expect("the rules do not panic"), scene)
        });
        let badges = crate::views::marks::badges(&findings);
        for n in &mut scene.nodes {
            n.badge = badges.get(n.id.as_str()).copied();
        }
        scene.badges = scene.nodes.iter().filter_map(|n| n.badge).collect();
        crate::sort::sort(&mut scene.badges);
        scene.badges.dedup();
        scene
    }
    #[cfg(target_arch = "wasm32")]
    {
        let findings = crate::rules::check(doc, cat);
        let badges = crate::views::marks::badges(&findings);
        crate::views::framework::scene_with_badges(cat, doc, &badges)
    }
}

/// [`framework`] ready for a document: the same drawing with the full legend and the title
/// block of [`super::sheet`] (made on `date`, captions in `lang`), still carrying the framework.
///
/// ```
/// use model::{captions::Lang, catalogue::Date, document::{Component, Document, Kind}, export, io, Catalogue};
/// let mut doc = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// doc.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let p = export::svg::document(Catalogue::get(), &doc, Date::parse("2026-11-29").unwrap(), Lang::Vi);
/// assert!(p.svg.contains("Lâm Đồng") && p.svg.contains("29/11/2026"));
/// let back = io::read_file("khung.svg", p.svg.as_bytes(), Kind::Other, "").unwrap();
/// assert_eq!(io::json::write(&back), io::json::write(&doc));
/// ```
pub fn document(
    cat: &Catalogue,
    doc: &Document,
    date: crate::catalogue::Date,
    lang: crate::captions::Lang,
) -> super::sheet::Picture {
    let scene = marked_scene(cat, doc);
    let json = crate::io::json::write(doc);
    let sheet = super::sheet::Sheet::new(cat, &doc.title, &agency(doc), date, lang);
    super::sheet::picture(&scene, Some(&json), &sheet)
}

/// The agency a title block names: the document's, or its kind when the agency is unnamed.
pub fn agency(doc: &Document) -> String {
    if doc.agency.is_empty() {
        doc.kind.label().to_owned()
    } else {
        doc.agency.clone()
    }
}

/// Reads the framework an SVG exported by Khung carries. An SVG without one, or broken XML, is
/// refused with a message saying so; errors in the embedded JSON name the line of the SVG file.
pub fn read(svg: &str) -> Result<Document, ReadError> {
    let (json, first_line) = framework_json(svg)?;
    crate::io::json::read(&json).map_err(|e| ReadError {
        line: e.line.map(|l| l + first_line - 1),
        ..e
    })
}

/// A message for broken XML, at the line where the reader stopped.
fn xml_error(svg: &str, at: u64, e: impl std::fmt::Display) -> ReadError {
    ReadError {
        line: Some(line_at(svg, at)),
        field: None,
        message: format!("is not well-formed SVG: {e}"),
    }
}

/// The 1-based line of byte offset `at`.
fn line_at(svg: &str, at: u64) -> usize {
    let at = usize::try_from(at).unwrap_or(usize::MAX).min(svg.len());
    1 + svg.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
}

/// The unescaped text of the first `khung:framework` element and the line it starts on.
fn framework_json(svg: &str) -> Result<(String, usize), ReadError> {
    let mut reader = NsReader::from_str(svg);
    let ns = Namespace(KHUNG_NS);
    loop {
        let at = reader.buffer_position();
        match reader.read_resolved_event() {
            Err(e) => return Err(xml_error(svg, reader.error_position().max(at), e)),
            Ok((ResolveResult::Bound(n), Event::Start(e)))
                if n == ns && e.local_name().as_ref() == ELEMENT =>
            {
                let first_line = line_at(svg, reader.buffer_position());
                return text_until_end(&mut reader, svg).map(|json| (json, first_line));
            }
            Ok((ResolveResult::Bound(n), Event::Empty(e)))
                if n == ns && e.local_name().as_ref() == ELEMENT =>
            {
                return Ok((String::new(), line_at(svg, reader.buffer_position())));
            }
            Ok((_, Event::Eof)) => {
                return Err(ReadError {
                    line: None,
                    field: None,
                    message: "is an SVG without a Khung framework in it; only SVGs exported by \
                              Khung can be opened (export the framework as SVG from Khung, or \
                              open its .json or .csv file)"
                        .into(),
                })
            }
            Ok(_) => {}
        }
    }
}

/// Collects the text of the element just opened, resolving entity and character references.
fn text_until_end(reader: &mut NsReader<&[u8]>, svg: &str) -> Result<String, ReadError> {
    let mut out = String::new();
    let mut depth = 0usize;
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| xml_error(svg, reader.error_position().max(at), e))?;
        match event {
            Event::Text(t) => out.push_str(&t.xml10_content()),
            Event::CData(t) => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(|e| xml_error(svg, at, e))? {
                    out.push(c);
                } else if let Some(s) = resolve_predefined_entity(&r) {
                    out.push_str(s);
                } else {
                    return Err(xml_error(
                        svg,
                        at,
                        format!("the entity &{}; is not one XML defines", &*r),
                    ));
                }
            }
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => return Ok(out),
            Event::End(_) => depth -= 1,
            Event::Eof => {
                return Err(xml_error(
                    svg,
                    at,
                    "the khung:framework element is never closed",
                ))
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Component, Connection, Direction, Kind};

    fn doc() -> Document {
        let mut d = Document::new("Khung ]]> <script>", Kind::Province, "Lâm Đồng");
        d.components = vec![
            Component::new("c1", "=cmd|' /C calc'!A0", 3),
            Component::new("c2", "]]><script>alert(1)</script>", 2),
        ];
        d.connections = vec![Connection {
            id: "e1".into(),
            from: "c1".into(),
            to: "c2".into(),
            label: "\"&amp;\" <b>".into(),
            direction: Direction::Both,
        }];
        d
    }

    /// Marks set after the layout draw exactly what marks given to the layout draw.
    #[test]
    fn marks_set_after_layout_draw_the_same_scene() {
        let cat = Catalogue::get();
        for d in [doc(), crate::synth::framework(120, 1.5)] {
            let findings = crate::rules::check(&d, cat);
            let badges = crate::views::marks::badges(&findings);
            let one_pass = crate::views::framework::scene_with_badges(cat, &d, &badges);
            assert_eq!(marked_scene(cat, &d), one_pass);
        }
        let d = crate::synth::framework(120, 1.5);
        assert!(
            !marked_scene(cat, &d).badges.is_empty(),
            "the sample has findings"
        );
    }

    #[test]
    fn embedded_framework_reads_back_to_the_same_json() {
        let d = doc();
        let svg = framework(Catalogue::get(), &d);
        assert!(!svg.contains("<script"));
        assert_eq!(
            crate::io::json::write(&read(&svg).unwrap()),
            crate::io::json::write(&d)
        );
    }

    #[test]
    fn any_prefix_and_cdata_are_read() {
        let json = crate::io::json::write(&doc());
        let cdata = json.replace("]]>", "]]]]><![CDATA[>");
        let svg = format!(
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>\
             <k:framework xmlns:k=\"{KHUNG_NS}\"><![CDATA[{cdata}]]></k:framework></metadata></svg>"
        );
        assert_eq!(crate::io::json::write(&read(&svg).unwrap()), json);
    }

    #[test]
    fn svg_without_framework_is_refused_by_name() {
        let e =
            read("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>").unwrap_err();
        assert!(e.message.contains("without a Khung framework"), "{e}");
        // The element name alone is not enough: the namespace must be Khung's.
        let e = read("<svg><metadata><framework>{}</framework></metadata></svg>").unwrap_err();
        assert!(e.message.contains("without a Khung framework"), "{e}");
    }

    #[test]
    fn broken_xml_and_unknown_entities_are_refused() {
        let e = read("<svg>\n<metadata>\n<a></b></metadata></svg>").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let svg = format!(
            "<!DOCTYPE svg [<!ENTITY x \"boom\">]><svg><k:framework xmlns:k=\"{KHUNG_NS}\">&x;</k:framework></svg>"
        );
        assert!(read(&svg).unwrap_err().message.contains("&x;"));
    }

    #[test]
    fn json_errors_name_the_svg_line() {
        let svg = format!(
            "<svg>\n<metadata>\n<k:framework xmlns:k=\"{KHUNG_NS}\">{{\n\"schema\": \"khung/framework@1\",\n\"title\": 5\n}}</k:framework></metadata></svg>"
        );
        let e = read(&svg).unwrap_err();
        assert_eq!(e.line, Some(5), "{e}");
    }
}
