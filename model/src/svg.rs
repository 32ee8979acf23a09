//! SVG rendering: a pure function from [`Scene`] to a self-contained SVG document.
//!
//! The app puts this very string on screen and the exports write it, so the two cannot differ.
//! All user text is XML-escaped and drawn as `<text>`, never markup, so a hostile name stays text.

use crate::scene::{Edge, Node, Scene};
use quick_xml::escape::{escape, partial_escape};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::fmt::{self, Display, Formatter, Write};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

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
.badge .shape{stroke:#fff;stroke-width:1.5}.badge .glyph{fill:none;stroke:#fff;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}.badge .thin{stroke-width:1.4}\
.mark-overlap .badge .shape{fill:#b91c1c}.badge .hollow{fill:#fff;stroke:#b91c1c;stroke-width:1.8}.mark-possible .badge .glyph{stroke:#b91c1c}.mark-compliance .badge .shape{fill:#b45309}\
.mark-connection .badge .shape{fill:#6d28d9}.mark-exempted .badge .shape{fill:#0f766e}\
.legend .lvl>rect{fill:#fff}.legend .arrow path{fill:none;stroke:#475569;stroke-width:1.3}";

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
///
/// The same digits as `format!("{v:.2}")` with the zeros trimmed, which every export has always
/// written, but without the general float formatter: a redraw writes thousands of these, and
/// the formatter's exact mode was a tenth of the screen's time per edit. `v × 100` is exact in
/// `f64` (a 24-bit mantissa times a 7-bit constant), so rounding it half-to-even rounds `v`
/// exactly as the formatter does.
pub(crate) fn num(v: f32) -> String {
    let mut s = String::with_capacity(8);
    push_num(&mut s, v);
    s
}

/// Appends [`num`]`(v)` to `out`, without a string of its own: a redraw writes thousands.
pub(crate) fn push_num(out: &mut String, v: f32) {
    let hundredths = (f64::from(v) * 100.0).round_ties_even();
    if !hundredths.is_finite() || hundredths.abs() >= 1e15 {
        return out.push_str(&num_slow(v));
    }
    let h = hundredths as i64;
    let (int, frac) = (h.unsigned_abs() / 100, h.unsigned_abs() % 100);
    if h < 0 {
        out.push('-');
    }
    let _ = match frac {
        0 => write!(out, "{int}"),
        f if f % 10 == 0 => write!(out, "{int}.{}", f / 10),
        f => write!(out, "{int}.{f:02}"),
    };
}

/// `num` by the general formatter, for what the fast path does not cover.
fn num_slow(v: f32) -> String {
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
    /// `<g class=… data-id=… …` without the closing `>` or the transform; shared with the
    /// renders before and after an edit that only moves the node.
    pub open: Arc<str>,
    /// The box's height, as written: rows take their tallest node's height, so an edit that
    /// moves a node to another row may change only this.
    pub h: String,
    /// Everything inside the `<g>`, split around the box's height: the name's `<title>` and
    /// `<rect … height="`, then the rest; shared like `open`.
    pub body: Arc<(String, String)>,
    /// A fingerprint of what `open` and `body` were rendered from (all of the node but its
    /// position and height), so that the next render reuses them when only those changed
    /// ([`Parts::of_reusing`]).
    pub look: u64,
    /// Position and height as laid out, to tell a node that did not move.
    pub at: [u32; 3],
}

impl NodePart {
    /// Renders one node.
    pub fn of(n: &Node) -> NodePart {
        let name = escape(n.name.as_str());
        let mut open = String::new();
        let mut body = (String::new(), String::new());
        let _ = write!(
            open,
            "<g class=\"node {cls}{flag}{mark}\" data-id=\"{id}\" tabindex=\"0\" role=\"button\" aria-label=\"{name}\"{described}",
            cls = n.kind.class(),
            flag = n.badge.map(|b| format!(" {}", b.class())).unwrap_or_default(),
            mark = n.mark.map(|m| format!(" {m}")).unwrap_or_default(),
            described = n
                .badge
                .map(|b| format!(
                    " data-flag=\"{}\" data-mark=\"{}\" aria-description=\"{}\"",
                    b.level.class(),
                    b.mark.class(),
                    escape(b.caption().as_str())
                ))
                .unwrap_or_default(),
            id = escape(n.id.as_str()),
        );
        let _ = write!(
            body.0,
            "<title>{name}</title><rect width=\"{w}\" height=\"",
            w = num(n.w),
        );
        body.1.push_str("\" rx=\"4\"/><text>");
        for (i, line) in n.lines.iter().enumerate() {
            let _ = write!(
                body.1,
                "<tspan x=\"8\" y=\"{y}\">{t}</tspan>",
                y = num(10.0 + 12.0 + i as f32 * crate::layout::LINE_H),
                t = escape(line.as_str()),
            );
        }
        body.1.push_str("</text>");
        if let Some(b) = n.badge {
            body.1.push_str("<g class=\"badge\" aria-hidden=\"true\">");
            crate::legend::badge_shape(&mut body.1, b.mark, n.w - 2.0, 2.0);
            body.1.push_str("</g>");
        }
        NodePart {
            id: n.id.clone(),
            x: num(n.x),
            y: num(n.y),
            h: num(n.h),
            open: open.into(),
            body: Arc::new(body),
            look: look(n),
            at: at(n),
        }
    }

    /// This node's markup for `n`, the same node moved.
    fn moved(&self, n: &Node) -> NodePart {
        NodePart {
            id: self.id.clone(),
            x: num(n.x),
            y: num(n.y),
            h: num(n.h),
            open: self.open.clone(),
            body: self.body.clone(),
            look: self.look,
            at: at(n),
        }
    }

    /// The position, as the `transform` attribute's value.
    pub fn transform(&self) -> String {
        format!("translate({} {})", self.x, self.y)
    }

    /// The whole `<g>` element.
    pub fn markup(&self) -> String {
        format!(
            "{} transform=\"{}\">{}{}{}</g>",
            self.open,
            self.transform(),
            self.body.0,
            self.h,
            self.body.1
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
    /// The diagram's title, as text (escaped when written).
    pub title: String,
    /// Its description, as text.
    pub desc: String,
    /// Inside `<g class="bands">`: the background and the layer bands.
    pub bands: String,
    /// The nodes, in drawing order; a node an edit left alone is shared with the render before.
    pub nodes: Vec<Arc<NodePart>>,
    /// The connections, in drawing order, shared likewise.
    pub edges: Vec<Arc<EdgePart>>,
    /// The whole `<g class="legend">`.
    pub legend: String,
}

impl Parts {
    /// Renders every piece of `s`.
    pub fn of(s: &Scene) -> Parts {
        Parts::of_reusing(s, None)
    }

    /// Renders every piece of `s`, reusing from `prev` (the render of the scene before an
    /// edit) the markup of every node and connection that only moved: the same output as
    /// [`Parts::of`], for a fraction of the formatting.
    pub fn of_reusing(s: &Scene, prev: Option<&Parts>) -> Parts {
        let mut p = Parts {
            width: num(s.width),
            height: num(s.height + legend_overflow(s)),
            ..Parts::default()
        };
        p.title = s.title.clone();
        p.desc = s.description.clone();
        let _ = write!(
            p.bands,
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
            w = p.width,
            h = p.height
        );
        for b in &s.bands {
            // The title in lines that end above the first column, so that connections pass it;
            // each line but the last keeps its trailing space, so the text reads whole.
            let lines = crate::layout::band_title_lines(&b.title);
            let mut t = String::new();
            for (i, line) in lines.iter().enumerate() {
                let _ = write!(
                    t,
                    "<tspan x=\"{x}\" y=\"{y}\">{l}{sp}</tspan>",
                    x = num(crate::layout::TITLE_X),
                    y = num(b.y + 22.0 + i as f32 * crate::layout::TITLE_LINE_H),
                    l = escape(line.as_str()),
                    sp = if i + 1 < lines.len() { " " } else { "" },
                );
            }
            let _ = write!(
                p.bands,
                "<g class=\"layer\" data-layer=\"{l}\"><rect class=\"band band-{l}\" x=\"4\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" rx=\"6\"/>\
                 <text class=\"band-title\">{t}</text></g>",
                l = b.layer,
                y = num(b.y),
                bw = num(s.width - 8.0),
                bh = num(b.height),
            );
        }
        p.nodes = reuse(
            prev.map(|p| p.nodes.as_slice()),
            &s.nodes,
            |old: &NodePart| &old.id,
            |n: &Node| &n.id,
            |old, n| match old.filter(|old| old.look == look(n)) {
                Some(old) if old.at == at(n) => Arc::clone(old),
                Some(old) => Arc::new(old.moved(n)),
                None => Arc::new(NodePart::of(n)),
            },
        );
        p.edges = reuse(
            prev.map(|p| p.edges.as_slice()),
            &s.edges,
            |old: &EdgePart| &old.id,
            |e: &Edge| &e.id,
            |old, e| match old.filter(|old| old.look == ends(e)) {
                Some(old) if old.points == points(e) => Arc::clone(old),
                Some(old) => Arc::new(old.moved(e)),
                None => Arc::new(EdgePart::of(e)),
            },
        );
        write_legend(&mut p.legend, s);
        p
    }

    /// The opening `<svg>` tag.
    pub fn svg_open(&self) -> String {
        svg_tag(&self.width, &self.height)
    }

    /// The whole SVG document, with the framework JSON in `<metadata>` when given.
    pub fn to_svg(&self, framework: Option<&str>) -> String {
        self.to_svg_framed(framework, None)
    }

    /// The whole SVG document; with a `frame`, the document is that frame's height and the
    /// frame's markup (a document's legend and title block) takes the place of the two legend
    /// rows the screen draws.
    pub fn to_svg_framed(&self, framework: Option<&str>, frame: Option<&Frame>) -> String {
        let mut out = String::with_capacity(4096 + self.nodes.len() * 400 + self.edges.len() * 160);
        match frame {
            Some(f) => out.push_str(&svg_tag(&self.width, &num(f.height))),
            None => out.push_str(&self.svg_open()),
        }
        out.push_str(&title_desc(&self.title, &self.desc));
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
        for e in &self.edges {
            e.write(&mut out);
        }
        out.push_str("</g>");
        match frame {
            Some(f) => out.push_str(&f.markup),
            None => out.push_str(&self.legend),
        }
        out.push_str("</svg>");
        out
    }
}

/// What an export adds under the diagram in place of the screen's legend rows: drawn by
/// `model::export::sheet`, joined here so that the export shares every other piece of markup
/// with the screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// The whole document's height.
    pub height: f32,
    /// The markup, drawn over the diagram's legend area and below it.
    pub markup: String,
}

/// A fingerprint of how a node is drawn, but for its position and height. Two nodes drawn
/// differently share one with a chance of 2⁻⁶⁴, which is the price of not keeping (and
/// cloning, on every edit) a copy of each node to compare with.
fn look(n: &Node) -> u64 {
    let mut h = DefaultHasher::new();
    (
        &n.id,
        &n.name,
        &n.lines,
        n.kind,
        n.badge,
        n.mark,
        n.w.to_bits(),
    )
        .hash(&mut h);
    h.finish()
}

/// Renders `items`, each given the piece of the same id in `prev` (if any) to reuse.
fn reuse<'a, P, S>(
    prev: Option<&'a [Arc<P>]>,
    items: &[S],
    prev_id: impl Fn(&P) -> &str,
    id: impl Fn(&S) -> &str,
    render: impl Fn(Option<&'a Arc<P>>, &S) -> Arc<P>,
) -> Vec<Arc<P>> {
    let old: HashMap<&str, &Arc<P>> = prev
        .unwrap_or_default()
        .iter()
        .map(|p| (prev_id(p), p))
        .collect();
    items
        .iter()
        .map(|item| render(old.get(id(item)).copied(), item))
        .collect()
}

/// A node's position and height, exactly.
fn at(n: &Node) -> [u32; 3] {
    [n.x.to_bits(), n.y.to_bits(), n.h.to_bits()]
}

/// A connection's route and label position, exactly.
fn points(e: &Edge) -> Vec<u32> {
    e.points
        .iter()
        .chain(e.label_at.iter())
        .flat_map(|&(x, y)| [x.to_bits(), y.to_bits()])
        .collect()
}

/// Radius of a connection's rounded corners.
const CORNER: f32 = 6.0;

/// The path of an orthogonal polyline with rounded corners: straight runs joined by quarter
/// curves (quadratic, with the corner as control point), each no larger than half of either
/// run it joins.
fn rounded_path(d: &mut String, pts: &[(f32, f32)]) {
    let Some(&(x0, y0)) = pts.first() else {
        return;
    };
    d.push('M');
    push_num(d, x0);
    d.push(' ');
    push_num(d, y0);
    for k in 1..pts.len() {
        let (px, py) = pts[k - 1];
        let (cx, cy) = pts[k];
        let Some(&(nx, ny)) = pts.get(k + 1) else {
            d.push('L');
            push_num(d, cx);
            d.push(' ');
            push_num(d, cy);
            break;
        };
        let len_in = (cx - px).abs() + (cy - py).abs();
        let len_out = (nx - cx).abs() + (ny - cy).abs();
        let r = CORNER.min(len_in / 2.0).min(len_out / 2.0);
        // The direction from a to b along one axis (f32::signum gives 1 for 0).
        let unit = |a: f32, b: f32| {
            if b > a {
                1.0
            } else if b < a {
                -1.0
            } else {
                0.0
            }
        };
        let (ax, ay) = (cx - unit(px, cx) * r, cy - unit(py, cy) * r);
        let (bx, by) = (cx + unit(cx, nx) * r, cy + unit(cy, ny) * r);
        for (c, v) in [
            ('L', ax),
            (' ', ay),
            ('Q', cx),
            (' ', cy),
            (' ', bx),
            (' ', by),
        ] {
            d.push(c);
            push_num(d, v);
        }
    }
}

/// A fingerprint of how a connection is drawn, but for its route; see [`look`].
fn ends(e: &Edge) -> u64 {
    let mut h = DefaultHasher::new();
    (&e.id, &e.from, &e.to, &e.label, e.both, e.mark).hash(&mut h);
    h.finish()
}

/// One connection's markup in pieces, so that a connection whose ends moved is patched with
/// new coordinates instead of re-parsed: `open` + `d` + `rest`, then the label at `label_x`,
/// `label_y`, then `</g>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EdgePart {
    /// The connection's id.
    pub id: String,
    /// A fingerprint of what the markup around the coordinates was rendered from (all of the
    /// connection but its route), so that the next render reuses it ([`Parts::of_reusing`]).
    pub look: u64,
    /// `<g class="edge" …><path d="`; shared with the renders before and after an edit that
    /// only reroutes the connection.
    pub open: Arc<str>,
    /// The path's geometry.
    pub d: String,
    /// The path's other attributes, from the closing quote of `d` to `/>`.
    pub rest: &'static str,
    /// The label's position, as written (empty when there is no label).
    pub label_x: String,
    /// See `label_x`.
    pub label_y: String,
    /// The label, escaped (empty when there is none); shared like `open`.
    pub label: Arc<str>,
    /// The route and label position as laid out, to tell a connection that did not move.
    pub points: Vec<u32>,
}

impl EdgePart {
    /// Renders one routed connection.
    pub fn of(e: &Edge) -> EdgePart {
        let mut part = EdgePart {
            id: e.id.clone(),
            open: format!(
                "<g class=\"edge{mark}\" data-id=\"{id}\" data-from=\"{from}\" data-to=\"{to}\"><path d=\"",
                mark = e.mark.map(|m| format!(" {m}")).unwrap_or_default(),
                id = escape(e.id.as_str()),
                from = escape(e.from.as_str()),
                to = escape(e.to.as_str()),
            )
            .into(),
            rest: if e.both {
                "\" marker-end=\"url(#k-arrow)\" marker-start=\"url(#k-arrow)\"/>"
            } else {
                "\" marker-end=\"url(#k-arrow)\"/>"
            },
            label: escape(e.label.as_str()).into(),
            look: ends(e),
            ..EdgePart::default()
        };
        part.route(e);
        part
    }

    /// This connection's markup for `e`, the same connection routed anew.
    fn moved(&self, e: &Edge) -> EdgePart {
        let mut part = EdgePart {
            open: self.open.clone(),
            rest: self.rest,
            label: self.label.clone(),
            id: self.id.clone(),
            look: self.look,
            ..EdgePart::default()
        };
        part.route(e);
        part
    }

    /// Writes the geometry of `e`: the path, and the label where the layout put it.
    fn route(&mut self, e: &Edge) {
        let mut d = String::with_capacity(24 + e.points.len() * 40);
        rounded_path(&mut d, &e.points);
        self.d = d;
        if let (false, Some((x, y))) = (e.label.is_empty(), e.label_at) {
            self.label_x = num(x);
            self.label_y = num(y);
        }
        self.points = points(e);
    }

    /// Whether `other` differs from this one only in where it is drawn.
    pub fn same_but_geometry(&self, other: &EdgePart) -> bool {
        (&self.open, self.rest, &self.label) == (&other.open, other.rest, &other.label)
    }

    /// Appends the whole `<g>` element to `out`.
    pub fn write(&self, out: &mut String) {
        out.push_str(&self.open);
        out.push_str(&self.d);
        out.push_str(self.rest);
        if !self.label.is_empty() {
            if self.label_x.is_empty() {
                // No free place on the picture: the label is the connection's tooltip.
                let _ = write!(out, "<title>{}</title>", self.label);
            } else {
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    self.label_x, self.label_y, self.label
                );
            }
        }
        out.push_str("</g>");
    }

    /// The whole `<g>` element.
    pub fn markup(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// The legend rows under the diagram on screen: node looks and finding badges. Exports draw
/// the full legend in their title block instead ([`Frame`]).
fn write_legend(out: &mut String, s: &Scene) {
    out.push_str("<g class=\"legend\" aria-hidden=\"true\">");
    crate::legend::write(
        out,
        &crate::legend::swatches(s, true),
        16.0,
        s.height - crate::layout::LEGEND_H + 4.0,
        s.width - 32.0,
        crate::captions::Lang::Vi,
    );
    out.push_str("</g>");
}

/// How far the screen's legend reaches below the room the layout leaves for it (three rows),
/// so that a narrow drawing with many marks grows rather than cutting its legend off.
fn legend_overflow(s: &Scene) -> f32 {
    let items = crate::legend::swatches(s, true);
    let h = crate::legend::height(&items, s.width - 32.0, crate::captions::Lang::Vi);
    (4.0 + h - crate::layout::LEGEND_H).max(0.0)
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
    fn fast_numbers_match_the_formatter() {
        // Ties (k/8), negatives, tiny values, and a sweep of ordinary coordinates.
        let mut cases: Vec<f32> = (-2000..2000).map(|k| k as f32 / 8.0).collect();
        cases.extend([
            0.004,
            -0.004,
            0.005,
            -0.005,
            0.015,
            1e-9,
            -1e-9,
            1e9,
            3.0e12,
            f32::MAX,
        ]);
        let mut x: u32 = 0x1234_5678;
        for _ in 0..200_000 {
            // xorshift: reproducible, spread over every exponent a diagram can use.
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let v = f32::from_bits(x);
            if v.is_finite() && v.abs() < 1e7 {
                cases.push(v);
            }
            cases.push((x % 4_000_000) as f32 / 997.0 - 2000.0);
        }
        for v in cases {
            assert_eq!(num(v), num_slow(v), "{v:e}");
        }
    }

    #[test]
    fn reusing_the_previous_render_gives_the_same_parts() {
        // The app renders each edit from the one before; it must equal a render from scratch.
        use crate::document::{Component, Connection, Direction, Document, Kind};
        let cat = crate::Catalogue::get();
        let mut d = Document::new("t", Kind::Province, "Tỉnh Huế");
        d.components = (0..30)
            .map(|i| {
                Component::new(
                    format!("c{i}"),
                    format!("Hệ thống <{i}> & \"x\""),
                    1 + i as u8 % 4,
                )
            })
            .collect();
        d.connections = (0..29)
            .map(|i| Connection {
                id: format!("e{i}"),
                from: format!("c{i}"),
                to: format!("c{}", i + 1),
                label: String::new(),
                direction: Direction::Forward,
            })
            .collect();
        d.connections[3].label = "dữ liệu".into();
        let before = Parts::of(&crate::views::framework::scene(cat, &d));
        // An edit that shifts rows, renames one node, relabels and removes connections.
        d.components
            .insert(2, Component::new("new", "Thành phần mới", 1));
        d.components[5].name = "Đổi tên".into();
        d.connections[3].label = "khác".into();
        d.connections.remove(7);
        let scene = crate::views::framework::scene(cat, &d);
        let reused = Parts::of_reusing(&scene, Some(&before));
        assert_eq!(reused, Parts::of(&scene));
        assert_eq!(reused.to_svg(None), Svg(&scene).to_string());
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
    fn a_narrow_drawing_with_many_marks_grows_to_hold_its_legend() {
        use crate::scene::{Badge, Level, Mark};
        let items = [
            NodeKind::OwnExisting,
            NodeKind::OwnPlanned,
            NodeKind::OwnRetiring,
            NodeKind::PlatformOperational,
            NodeKind::PlatformPlanned,
        ]
        .iter()
        .enumerate()
        .map(|(i, &k)| {
            let mut it = Item::new(format!("n{i}"), "x", k);
            it.badge = Some(Badge {
                level: Level::Warning,
                mark: Mark::ALL[i],
            });
            it
        })
        .collect();
        let band = BandInput {
            layer: 2,
            title: "L2".into(),
            items,
        };
        let s = layered("t", "d", &[band], &[], 4);
        let p = Parts::of(&s);
        let height: f32 = p.height.parse().unwrap();
        assert!(height > s.height, "{height} ≤ {}", s.height);
        let last_row = p
            .legend
            .split("y=\"")
            .skip(1)
            .filter_map(|t| t.split('"').next()?.parse::<f32>().ok())
            .fold(0.0, f32::max);
        assert!(last_row < height, "{last_row} ≥ {height}");
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
        assert_eq!((&a0.open, &a0.h, &a0.body), (&a1.open, &a1.h, &a1.body));
        assert_eq!((a1.x.as_str(), a1.y.as_str()), ("700", "40"));
        assert_eq!(before.nodes[1], after.nodes[1]);
        assert_eq!(
            after.to_svg(None),
            Svg(&crate::views::framework::scene(crate::Catalogue::get(), &d)).to_string()
        );
    }
}
