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

fn num(v: f32) -> String {
    // Two decimals at most, no trailing zeros: small, stable output.
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
        let mut out = String::with_capacity(256 + s.nodes.len() * 320);
        let (w, h) = (num(s.width), num(s.height));
        write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
             role=\"group\" aria-roledescription=\"sơ đồ\" aria-labelledby=\"k-title k-desc\" font-family=\"{font}\">",
            font = escape(FONT_STACK)
        )?;
        write!(
            out,
            "<title id=\"k-title\">{}</title>",
            escape(s.title.as_str())
        )?;
        write!(
            out,
            "<desc id=\"k-desc\">{}</desc>",
            escape(s.description.as_str())
        )?;
        if let Some(json) = framework {
            // Escaped as text rather than put in CDATA, which could not hold "]]>".
            write!(
                out,
                "<metadata><khung:framework xmlns:khung=\"{KHUNG_NS}\" schema=\"{schema}\">{}</khung:framework></metadata>",
                partial_escape(json),
                schema = crate::io::json::SCHEMA,
            )?;
        }
        write!(out, "<style>{STYLE}</style>")?;
        out.push_str(
            "<defs><marker id=\"k-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" \
             markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#475569\"/></marker></defs>",
        );
        write!(out, "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>")?;
        for b in &s.bands {
            write!(
                out,
                "<g class=\"layer\" data-layer=\"{l}\"><rect class=\"band band-{l}\" x=\"4\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" rx=\"6\"/>\
                 <text class=\"band-title\" x=\"16\" y=\"{ty}\">{t}</text></g>",
                l = b.layer,
                y = num(b.y),
                bw = num(s.width - 8.0),
                bh = num(b.height),
                ty = num(b.y + 22.0),
                t = escape(b.title.as_str()),
            )?;
        }
        for n in &s.nodes {
            let id = escape(n.id.as_str());
            write!(
                out,
                "<g class=\"node {cls}{flag}\" data-id=\"{id}\" tabindex=\"0\" role=\"button\" aria-label=\"{name}\"{described}>\
                 <title>{name}</title><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"4\"/><text>",
                cls = n.kind.class(),
                flag = n.badge.map(|b| format!(" {}", b.class())).unwrap_or_default(),
                described = n
                    .badge
                    .map(|b| format!(" data-flag=\"{}\" aria-description=\"{}\"", b.class(), escape(b.caption())))
                    .unwrap_or_default(),
                name = escape(n.name.as_str()),
                x = num(n.x),
                y = num(n.y),
                w = num(n.w),
                h = num(n.h),
            )?;
            for (i, line) in n.lines.iter().enumerate() {
                write!(
                    out,
                    "<tspan x=\"{x}\" y=\"{y}\">{t}</tspan>",
                    x = num(n.x + 8.0),
                    y = num(n.y + 10.0 + 12.0 + i as f32 * crate::layout::LINE_H),
                    t = escape(line.as_str()),
                )?;
            }
            out.push_str("</text>");
            if let Some(b) = n.badge {
                let (cx, cy) = (n.x + n.w - 2.0, n.y + 2.0);
                write!(
                    out,
                    "<g class=\"badge\" aria-hidden=\"true\"><circle cx=\"{x}\" cy=\"{y}\" r=\"9\"/><text x=\"{x}\" y=\"{ty}\">{l}</text></g>",
                    x = num(cx),
                    y = num(cy),
                    ty = num(cy + 4.0),
                    l = b.letter(),
                )?;
            }
            out.push_str("</g>");
        }
        write_edges(&mut out, s)?;
        write_legend(&mut out, s)?;
        out.push_str("</svg>");
        f.write_str(&out)
    }
}

fn write_edges(out: &mut String, s: &Scene) -> fmt::Result {
    for e in &s.edges {
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
}
