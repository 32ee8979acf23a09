//! SVG rendering: a pure function from [`Scene`] to a self-contained SVG document.
//!
//! The app puts this very string on screen and the exports write it, so the two cannot differ.
//! All user text is XML-escaped and drawn as `<text>`, never markup, so a hostile name stays text.

use crate::scene::Scene;
use quick_xml::escape::{escape, partial_escape};
use std::fmt::{self, Display, Formatter, Write};

/// Font stack with full Vietnamese coverage on Windows, macOS, Linux and Android.
pub const FONT_STACK: &str =
    "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

/// Styles, inlined so the SVG renders the same when exported or embedded. Colours keep WCAG AA
/// contrast and stay distinct in greyscale print (fill lightness and stroke style differ).
const STYLE: &str = "\
.band{stroke:#5b6b7f;stroke-width:1}\
.band-1{fill:#eef3f8}.band-2{fill:#eef7f1}.band-3{fill:#fbf6ea}.band-4{fill:#f6eff8}\
.band-title{font-weight:700;font-size:14px;fill:#1b2a3a}\
.node rect,.legend rect{stroke-width:1.5}\
.node text{font-size:12px;fill:#111}\
.k-national rect{fill:#ffffff;stroke:#1f4e79}\
.k-platform-live rect{fill:#dbeafe;stroke:#1d4ed8}\
.k-platform-planned rect{fill:#ffffff;stroke:#1d4ed8;stroke-dasharray:5 3}\
.k-reference rect{fill:#f1f5f9;stroke:#334155}\
.k-own rect{fill:#fff7ed;stroke:#9a3412}\
.k-own-planned rect{fill:#ffffff;stroke:#9a3412;stroke-dasharray:5 3}\
.k-own-retiring rect{fill:#f3f4f6;stroke:#6b7280;stroke-dasharray:2 2}\
.edge path{fill:none;stroke:#475569;stroke-width:1.3}\
.edge text{font-size:11px;fill:#334155;paint-order:stroke;stroke:#fff;stroke-width:3px}\
.legend text{font-size:12px;fill:#1b2a3a}\
.node:focus rect,.node.selected rect{stroke:#c2410c;stroke-width:3}\
.flag-violation>rect{stroke:#b91c1c;stroke-width:3}\
.flag-warning>rect{stroke:#a16207;stroke-width:2.5;stroke-dasharray:6 2}\
.badge circle{stroke:#fff;stroke-width:1.5}.badge text{font-size:12px;font-weight:700;fill:#fff;text-anchor:middle}\
.flag-violation .badge circle,.legend .flag-violation circle{fill:#b91c1c}\
.flag-warning .badge circle,.legend .flag-warning circle{fill:#a16207}\
.flag-info .badge circle,.legend .flag-info circle{fill:#1d4ed8}";

/// The opening `<svg>` tag every Khung diagram shares: its size, an ARIA group (diagrams hold
/// focusable nodes, which `role="img"` would hide) labelled by its title and description, and
/// the Vietnamese font stack.
pub(crate) fn svg_tag(width: &str, height: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"group\" aria-roledescription=\"sơ đồ\" aria-labelledby=\"k-title k-desc\" font-family=\"{font}\">",
        font = escape(FONT_STACK)
    )
}

/// The `<title>` and `<desc>` the `<svg>` tag points at, escaped.
pub(crate) fn title_desc(title: &str, desc: &str) -> String {
    format!(
        "<title id=\"k-title\">{}</title><desc id=\"k-desc\">{}</desc>",
        escape(title),
        escape(desc)
    )
}

/// An arrowhead marker, for `marker-end="url(#id)"`.
pub(crate) fn arrow_marker(id: &str, fill: &str) -> String {
    format!(
        "<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" \
         markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"{fill}\"/></marker>"
    )
}

/// An SVG document for a scene; `to_string()` gives the markup.
///
/// ```
/// use model::{layout, scene::NodeKind, svg::Svg};
/// let band = layout::BandInput { layer: 1, title: "Hạ tầng".into(), items: vec![
///     layout::Item::new("n1", "<b>", NodeKind::National)] };
/// let svg = Svg(&layout::layered("Tiêu đề", "Mô tả", &[band], &[], 4)).to_string();
/// assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
/// ```
pub struct Svg<'a>(pub &'a Scene);

/// The namespace of Khung's own markup inside an SVG's `<metadata>`.
pub const KHUNG_NS: &str = "https://khung.invalid/ns/1";

/// An SVG document for a scene that also carries the framework it was drawn from: the same
/// markup as [`Svg`] (one render path, so the export looks exactly like the screen), plus
/// `<metadata><khung:framework xmlns:khung="…" schema="khung/framework@1">…</khung:framework></metadata>`
/// holding the framework JSON as escaped XML text, which `model::io::read_file` reads back.
/// `model::export::svg::framework` builds one from a document.
///
/// ```
/// use model::{layout, svg::SvgWithFramework};
/// let scene = layout::layered("t", "d", &[], &[], 4);
/// let svg = SvgWithFramework { scene: &scene, framework: "{\"a\": \"<b>]]>\"}" }.to_string();
/// assert!(svg.contains("{\"a\": \"&lt;b&gt;]]&gt;\"}</khung:framework></metadata>"));
/// ```
pub struct SvgWithFramework<'a> {
    /// The laid-out framework.
    pub scene: &'a Scene,
    /// Its canonical framework JSON (`model::io::json::write`).
    pub framework: &'a str,
}

/// A coordinate with two decimals at most and no trailing zeros: small, stable output, shared
/// by every diagram renderer so that their numbers read alike.
pub(crate) fn num(v: f32) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

impl Display for Svg<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Svg::render(f, self.0, None)
    }
}

impl Display for SvgWithFramework<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Svg::render(f, self.scene, Some(self.framework))
    }
}

impl Svg<'_> {
    /// The one render path, shared by the screen and every SVG export.
    fn render(f: &mut Formatter<'_>, s: &Scene, framework: Option<&str>) -> fmt::Result {
        f.write_str(&Parts::of(s).to_svg(framework))
    }
}

/// One node's markup: its `<g …` opening (without the position) and its content, drawn at local
/// coordinates so that moving a node changes only its `transform`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodePart {
    /// The node's id.
    pub id: String,
    /// Left edge, as written.
    pub x: String,
    /// Top edge, as written.
    pub y: String,
    /// `<g class=… data-id=… …` without the closing `>` or the transform.
    pub open: String,
    /// Everything inside the `<g>`.
    pub body: String,
}

impl NodePart {
    /// The position, as the `transform` attribute's value.
    pub fn transform(&self) -> String {
        format!("translate({} {})", self.x, self.y)
    }

    /// The whole `<g>` element.
    pub fn markup(&self) -> String {
        format!(
            "{} transform=\"{}\">{}</g>",
            self.open,
            self.transform(),
            self.body
        )
    }
}

/// The SVG of a scene in pieces, so that the app can patch only what an edit changed (a moved
/// node is one attribute write, not a re-parse of the whole drawing), while [`Svg`] joins the
/// very same pieces for the screen's first paint and for every export.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parts {
    /// Width, as written.
    pub width: String,
    /// Height, as written.
    pub height: String,
    /// `<title>` and `<desc>`.
    pub head: String,
    /// Inside `<g class="bands">`: the background and the layer bands.
    pub bands: String,
    /// The nodes, in drawing order.
    pub nodes: Vec<NodePart>,
    /// The connections, as (id, `<g class="edge" …>…</g>`), in drawing order.
    pub edges: Vec<(String, String)>,
    /// The whole `<g class="legend">`.
    pub legend: String,
}

impl Parts {
    /// Renders every piece of `s`.
    pub fn of(s: &Scene) -> Parts {
        let mut p = Parts {
            width: num(s.width),
            height: num(s.height),
            ..Parts::default()
        };
        p.head = title_desc(&s.title, &s.description);
        let _ = write!(
            p.bands,
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
            w = p.width,
            h = p.height
        );
        for b in &s.bands {
            let _ = write!(
                p.bands,
                "<g class=\"layer\" data-layer=\"{l}\"><rect class=\"band band-{l}\" x=\"4\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" rx=\"6\"/>\
                 <text class=\"band-title\" x=\"16\" y=\"{ty}\">{t}</text></g>",
                l = b.layer,
                y = num(b.y),
                bw = num(s.width - 8.0),
                bh = num(b.height),
                ty = num(b.y + 22.0),
                t = escape(b.title.as_str()),
            );
        }
        for n in &s.nodes {
            let name = escape(n.name.as_str());
            let mut node = NodePart {
                id: n.id.clone(),
                x: num(n.x),
                y: num(n.y),
                ..NodePart::default()
            };
            let _ = write!(
                node.open,
                "<g class=\"node {cls}{flag}\" data-id=\"{id}\" tabindex=\"0\" role=\"button\" aria-label=\"{name}\"{described}",
                cls = n.kind.class(),
                flag = n.badge.map(|b| format!(" {}", b.class())).unwrap_or_default(),
                described = n
                    .badge
                    .map(|b| format!(" data-flag=\"{}\" aria-description=\"{}\"", b.class(), escape(b.caption())))
                    .unwrap_or_default(),
                id = escape(n.id.as_str()),
            );
            let _ = write!(
                node.body,
                "<title>{name}</title><rect width=\"{w}\" height=\"{h}\" rx=\"4\"/><text>",
                w = num(n.w),
                h = num(n.h),
            );
            for (i, line) in n.lines.iter().enumerate() {
                let _ = write!(
                    node.body,
                    "<tspan x=\"8\" y=\"{y}\">{t}</tspan>",
                    y = num(10.0 + 12.0 + i as f32 * crate::layout::LINE_H),
                    t = escape(line.as_str()),
                );
            }
            node.body.push_str("</text>");
            if let Some(b) = n.badge {
                let cx = n.w - 2.0;
                let _ = write!(
                    node.body,
                    "<g class=\"badge\" aria-hidden=\"true\"><circle cx=\"{x}\" cy=\"2\" r=\"9\"/><text x=\"{x}\" y=\"6\">{l}</text></g>",
                    x = num(cx),
                    l = b.letter(),
                );
            }
            p.nodes.push(node);
        }
        for e in &s.edges {
            let mut m = String::new();
            let _ = write_edge(&mut m, e);
            p.edges.push((e.id.clone(), m));
        }
        let _ = write_legend(&mut p.legend, s);
        p
    }

    /// The opening `<svg>` tag.
    pub fn svg_open(&self) -> String {
        svg_tag(&self.width, &self.height)
    }

    /// The whole SVG document, with the framework JSON in `<metadata>` when given.
    pub fn to_svg(&self, framework: Option<&str>) -> String {
        let mut out = String::with_capacity(4096 + self.nodes.len() * 400 + self.edges.len() * 160);
        out.push_str(&self.svg_open());
        out.push_str(&self.head);
        if let Some(json) = framework {
            // Escaped as text rather than put in CDATA, which could not hold "]]>".
            let _ = write!(
                out,
                "<metadata><khung:framework xmlns:khung=\"{KHUNG_NS}\" schema=\"{schema}\">{}</khung:framework></metadata>",
                partial_escape(json),
                schema = crate::io::json::SCHEMA,
            );
        }
        let _ = write!(out, "<style>{STYLE}</style>");
        out.push_str("<defs>");
        out.push_str(&arrow_marker("k-arrow", "#475569"));
        out.push_str("</defs>");
        out.push_str("<g class=\"bands\">");
        out.push_str(&self.bands);
        out.push_str("</g><g class=\"nodes\">");
        for n in &self.nodes {
            out.push_str(&n.markup());
        }
        out.push_str("</g><g class=\"edges\">");
        for (_, e) in &self.edges {
            out.push_str(e);
        }
        out.push_str("</g>");
        out.push_str(&self.legend);
        out.push_str("</svg>");
        out
    }
}

fn write_edge(out: &mut String, e: &crate::scene::Edge) -> fmt::Result {
    {
        let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = e.points;
        write!(
            out,
            "<g class=\"edge\" data-id=\"{id}\" data-from=\"{from}\" data-to=\"{to}\"><path d=\"M{} {}C{} {} {} {} {} {}\" marker-end=\"url(#k-arrow)\"{start}/>",
            num(x0), num(y0), num(x1), num(y1), num(x2), num(y2), num(x3), num(y3),
            id = escape(e.id.as_str()),
            from = escape(e.from.as_str()),
            to = escape(e.to.as_str()),
            start = if e.both { " marker-start=\"url(#k-arrow)\"" } else { "" },
        )?;
        if !e.label.is_empty() {
            // Midpoint of the cubic Bézier at t = 0.5.
            let mx = (x0 + 3.0 * x1 + 3.0 * x2 + x3) / 8.0;
            let my = (y0 + 3.0 * y1 + 3.0 * y2 + y3) / 8.0;
            write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(mx),
                num(my),
                escape(e.label.as_str())
            )?;
        }
        out.push_str("</g>");
    }
    Ok(())
}

fn write_legend(out: &mut String, s: &Scene) -> fmt::Result {
    let mut y = s.height - crate::layout::LEGEND_H + 12.0;
    out.push_str("<g class=\"legend\" aria-hidden=\"true\">");
    let mut x = 16.0;
    for kind in &s.legend {
        write!(
            out,
            "<g class=\"{cls}\"><rect x=\"{x}\" y=\"{y}\" width=\"22\" height=\"14\" rx=\"3\"/>\
             <text x=\"{tx}\" y=\"{ty}\">{c}</text></g>",
            cls = kind.class(),
            x = num(x),
            y = num(y),
            tx = num(x + 28.0),
            ty = num(y + 12.0),
            c = escape(kind.caption()),
        )?;
        x += 40.0 + kind.caption().chars().count() as f32 * 6.6;
        if x > s.width - 200.0 {
            x = 16.0;
            y += 20.0;
        }
    }
    for b in &s.badges {
        write!(
            out,
            "<g class=\"{cls}\"><circle cx=\"{cx}\" cy=\"{cy}\" r=\"7\"/><text x=\"{tx}\" y=\"{ty}\">{c}</text></g>",
            cls = b.class(),
            cx = num(x + 11.0),
            cy = num(y + 7.0),
            tx = num(x + 28.0),
            ty = num(y + 12.0),
            c = escape(b.caption()),
        )?;
        x += 40.0 + b.caption().chars().count() as f32 * 6.6;
        if x > s.width - 200.0 {
            x = 16.0;
            y += 20.0;
        }
    }
    out.push_str("</g>");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{layered, BandInput, Item};
    use crate::scene::NodeKind;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.001), "0");
    }

    #[test]
    fn hostile_names_stay_text() {
        let name = "\"><img src=x onerror=alert(1)>]]><script>alert(1)</script>";
        let band = BandInput {
            layer: 3,
            title: "<script>".into(),
            items: vec![Item::new("x\"y", name, NodeKind::National)],
        };
        let svg = Svg(&layered("t", "d", &[band], &[], 4)).to_string();
        assert!(!svg.contains("<img"));
        assert!(!svg.contains("<script"));
        assert!(svg.contains("data-id=\"x&quot;y\""));
    }

    #[test]
    fn moving_a_node_changes_only_its_position() {
        // The app patches the screen on this property: a drag is one transform per node.
        use crate::document::{Component, Document, Kind, Point};
        let mut d = Document::new("t", Kind::Province, "");
        d.components = vec![Component::new("a", "A", 2), Component::new("b", "B", 2)];
        let before = Parts::of(&crate::views::framework::scene(crate::Catalogue::get(), &d));
        d.components[0].position = Some(Point { x: 700.0, y: 40.0 });
        let after = Parts::of(&crate::views::framework::scene(crate::Catalogue::get(), &d));
        let (a0, a1) = (&before.nodes[0], &after.nodes[0]);
        assert_eq!(
            (a0.open.as_str(), a0.body.as_str()),
            (a1.open.as_str(), a1.body.as_str())
        );
        assert_eq!((a1.x.as_str(), a1.y.as_str()), ("700", "40"));
        assert_eq!(before.nodes[1], after.nodes[1]);
        assert_eq!(
            after.to_svg(None),
            Svg(&crate::views::framework::scene(crate::Catalogue::get(), &d)).to_string()
        );
    }
}
