//! Layout quality, measured on a drawn picture: connections through boxes that are not their
//! ends, crossing pairs, labels over boxes or labels, and size.
//!
//! The measures read the SVG itself, whichever tool drew it (Khung, Graphviz `dot`, layout-rs),
//! so that comparisons are fair: curves are sampled into polylines and every tool's picture is
//! judged by the same code. `scripts/bench-layout.sh` writes the figures to
//! `bench/layout-quality.txt`, and the property tests use the same code on Khung's output.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::{HashMap, HashSet};

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn shrunk(&self, by: f64) -> Rect {
        Rect {
            x0: self.x0 + by,
            y0: self.y0 + by,
            x1: self.x1 - by,
            y1: self.y1 - by,
        }
    }

    /// Whether the segment from `a` to `b` enters the rectangle's interior (Liang–Barsky).
    fn cut_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q <= 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 < t1
    }
}

/// A box of the picture, with the id its tool gave it (if any).
#[derive(Debug, Clone)]
pub struct BoxShape {
    /// Khung's `data-id` or dot's node `<title>`.
    pub id: String,
    /// Where it is drawn.
    pub rect: Rect,
}

/// A drawn connection as a polyline.
#[derive(Debug, Clone)]
pub struct Line {
    /// Source box id, when the markup says.
    pub from: Option<String>,
    /// Target box id, when the markup says.
    pub to: Option<String>,
    /// The drawn path, curves sampled.
    pub points: Vec<(f64, f64)>,
}

/// What the measures need of a picture.
#[derive(Debug, Clone, Default)]
pub struct Picture {
    /// Width as drawn (the viewBox).
    pub width: f64,
    /// Height as drawn.
    pub height: f64,
    /// Boxes.
    pub boxes: Vec<BoxShape>,
    /// Connections.
    pub lines: Vec<Line>,
    /// Connection labels, estimated from font size and length.
    pub labels: Vec<Rect>,
    /// Titles of bands or clusters, which connection labels must not cover either.
    pub titles: Vec<Rect>,
    /// Connection labels Khung found no free place for and left as the connection's tooltip.
    pub hidden_labels: usize,
}

/// The figures for one picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// (connection, box) pairs where the connection enters a box that is not one of its ends.
    pub pass_throughs: usize,
    /// Pairs of connections whose drawn lines cross.
    pub crossings: usize,
    /// Connection labels overlapping a box, a title or another connection label (pairs).
    pub label_overlaps: usize,
    /// Pairs of boxes that overlap.
    pub box_overlaps: usize,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// Labels left off the picture (see [`Picture::hidden_labels`]).
    pub hidden_labels: usize,
}

/// One group's state while reading: its translation and what it is.
#[derive(Clone, Default)]
struct Group {
    dx: f64,
    dy: f64,
    kind: GroupKind,
}

#[derive(Clone, Copy, Default, PartialEq)]
enum GroupKind {
    #[default]
    Other,
    Node,
    Edge,
    Cluster,
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| AsRef::<str>::as_ref(&a.key) == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn num(s: &str) -> f64 {
    s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .unwrap_or(0.0)
}

/// The numbers of a `translate(…)` in a transform attribute.
fn translate(t: &str) -> (f64, f64) {
    let Some(start) = t.find("translate(") else {
        return (0.0, 0.0);
    };
    let rest = &t[start + 10..];
    let inner = &rest[..rest.find(')').unwrap_or(rest.len())];
    let v: Vec<f64> = inner
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(num)
        .collect();
    (
        v.first().copied().unwrap_or(0.0),
        v.get(1).copied().unwrap_or(0.0),
    )
}

/// Samples an SVG path (M, L, H, V, C, Q, Z, absolute or relative) into a polyline.
pub fn path_points(d: &str) -> Vec<(f64, f64)> {
    let mut tokens: Vec<Result<char, f64>> = Vec::new();
    let mut numbuf = String::new();
    let flush = |buf: &mut String, tokens: &mut Vec<Result<char, f64>>| {
        if !buf.is_empty() {
            tokens.push(Err(buf.parse().unwrap_or(0.0)));
            buf.clear();
        }
    };
    for c in d.chars() {
        if c.is_ascii_alphabetic() && c != 'e' && c != 'E' {
            flush(&mut numbuf, &mut tokens);
            tokens.push(Ok(c));
        } else if c == ',' || c.is_whitespace() {
            flush(&mut numbuf, &mut tokens);
        } else if c == '-' && !numbuf.is_empty() && !numbuf.ends_with(['e', 'E']) {
            flush(&mut numbuf, &mut tokens);
            numbuf.push(c);
        } else {
            numbuf.push(c);
        }
    }
    flush(&mut numbuf, &mut tokens);
    let mut out: Vec<(f64, f64)> = Vec::new();
    let (mut cur, mut start) = ((0.0, 0.0), (0.0, 0.0));
    let mut i = 0;
    let mut cmd = 'M';
    let take = |i: &mut usize, n: usize| -> Option<Vec<f64>> {
        let v: Vec<f64> = tokens
            .get(*i..*i + n)?
            .iter()
            .map(|t| t.err())
            .collect::<Option<_>>()?;
        *i += n;
        Some(v)
    };
    const STEPS: usize = 12;
    while i < tokens.len() {
        if let Ok(c) = tokens[i] {
            cmd = c;
            i += 1;
            if c == 'Z' || c == 'z' {
                out.push(start);
                cur = start;
                continue;
            }
        }
        let rel = cmd.is_ascii_lowercase();
        let off = |p: (f64, f64), cur: (f64, f64)| if rel { (p.0 + cur.0, p.1 + cur.1) } else { p };
        let n = match cmd.to_ascii_uppercase() {
            'M' | 'L' | 'T' => 2,
            'H' | 'V' => 1,
            'C' => 6,
            'Q' | 'S' => 4,
            'A' => 7,
            _ => return out,
        };
        let Some(v) = take(&mut i, n) else {
            return out;
        };
        match cmd.to_ascii_uppercase() {
            'M' => {
                cur = off((v[0], v[1]), cur);
                start = cur;
                out.push(cur);
                cmd = if rel { 'l' } else { 'L' };
            }
            'L' | 'T' => {
                cur = off((v[0], v[1]), cur);
                out.push(cur);
            }
            'H' => {
                cur.0 = if rel { cur.0 + v[0] } else { v[0] };
                out.push(cur);
            }
            'V' => {
                cur.1 = if rel { cur.1 + v[0] } else { v[0] };
                out.push(cur);
            }
            'A' => {
                cur = off((v[5], v[6]), cur);
                out.push(cur);
            }
            'C' | 'S' | 'Q' => {
                let pts: Vec<(f64, f64)> = v.chunks(2).map(|c| off((c[0], c[1]), cur)).collect();
                let p0 = cur;
                for k in 1..=STEPS {
                    let t = k as f64 / STEPS as f64;
                    let u = 1.0 - t;
                    let p = if pts.len() == 3 {
                        (
                            u * u * u * p0.0
                                + 3.0 * u * u * t * pts[0].0
                                + 3.0 * u * t * t * pts[1].0
                                + t * t * t * pts[2].0,
                            u * u * u * p0.1
                                + 3.0 * u * u * t * pts[0].1
                                + 3.0 * u * t * t * pts[1].1
                                + t * t * t * pts[2].1,
                        )
                    } else {
                        (
                            u * u * p0.0 + 2.0 * u * t * pts[0].0 + t * t * pts[1].0,
                            u * u * p0.1 + 2.0 * u * t * pts[0].1 + t * t * pts[1].1,
                        )
                    };
                    out.push(p);
                }
                cur = *pts.last().unwrap_or(&cur);
            }
            _ => return out,
        }
    }
    out
}

/// Reads the picture from an SVG drawn by Khung or by Graphviz.
///
/// Khung marks boxes as `g.node[data-id]` with a `rect`, connections as
/// `g.edge[data-from][data-to]` with a `path` and an optional `text` label; Graphviz marks them
/// as `g.node` and `g.edge` with a `<title>` naming the node or `from->to`, a `polygon` box and
/// a `path`. Anything else (legend, bands, arrowheads) is ignored.
pub fn read_svg(svg: &str) -> Result<Picture, String> {
    let mut reader = Reader::from_str(svg);
    let mut pic = Picture::default();
    let mut stack: Vec<Group> = vec![Group::default()];
    // The element whose text is being read: a title, a label or a band title.
    let mut text_of: Option<(&'static str, f64, f64, f64, bool)> = None;
    let mut cur_title = String::new();
    let mut text_buf = String::new();
    let mut boxed = false;
    let mut bare: (Vec<BoxShape>, Vec<Line>) = (Vec::new(), Vec::new());
    let mut cur_id: Option<String> = None;
    let mut cur_ends: (Option<String>, Option<String>) = (None, None);
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| format!("SVG at byte {}: {e}", reader.buffer_position()))?;
        let (e, empty) = match &ev {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::Text(t) => {
                if text_of.is_some() {
                    text_buf.push_str(&t.xml10_content());
                }
                continue;
            }
            Event::GeneralRef(r) => {
                if text_of.is_some() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        text_buf.push(c);
                    } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(r) {
                        text_buf.push_str(s);
                    }
                }
                continue;
            }
            Event::End(end) => {
                match AsRef::<str>::as_ref(&end.name()) {
                    "g" => {
                        let g = stack.pop().unwrap_or_default();
                        if g.kind == GroupKind::Node && cur_id.is_none() && !cur_title.is_empty() {
                            // A Graphviz node whose polygon came before we knew its title.
                            if let Some(b) = pic.boxes.last_mut() {
                                if b.id.is_empty() {
                                    b.id = cur_title.clone();
                                }
                            }
                        }
                        if g.kind != GroupKind::Other {
                            cur_title.clear();
                            cur_id = None;
                            cur_ends = (None, None);
                        }
                    }
                    "text" | "title" => {
                        if let Some((what, x, y, fs, middle)) = text_of.take() {
                            let t = std::mem::take(&mut text_buf);
                            if what == "title" {
                                cur_title = t;
                            } else if !t.trim().is_empty() {
                                pic_text(&mut pic, what, t.trim(), x, y, fs, middle);
                            }
                        }
                    }
                    _ => {}
                }
                continue;
            }
            Event::Eof => {
                if pic.boxes.is_empty() {
                    // No marked nodes: the bare shapes, less a background as large as the
                    // picture and markers' shapes.
                    let (w, h) = (pic.width, pic.height);
                    pic.boxes = bare
                        .0
                        .into_iter()
                        .filter(|b| {
                            b.rect.x1 - b.rect.x0 < w * 0.9 || b.rect.y1 - b.rect.y0 < h * 0.9
                        })
                        .collect();
                    pic.lines = bare.1.into_iter().filter(|l| l.points.len() > 1).collect();
                }
                break;
            }
            _ => continue,
        };
        let name = e.name();
        let (dx, dy) = {
            let top = stack.last().cloned().unwrap_or_default();
            (top.dx, top.dy)
        };
        let kind = stack.last().map(|g| g.kind).unwrap_or_default();
        match AsRef::<str>::as_ref(&name) {
            "svg" => {
                let vb: Vec<f64> = attr(e, "viewBox")
                    .unwrap_or_default()
                    .split([' ', ','])
                    .filter(|s| !s.is_empty())
                    .map(num)
                    .collect();
                if vb.len() == 4 {
                    pic.width = vb[2];
                    pic.height = vb[3];
                } else {
                    pic.width = num(&attr(e, "width").unwrap_or_default());
                    pic.height = num(&attr(e, "height").unwrap_or_default());
                }
            }
            "g" if !empty => {
                let (tx, ty) = translate(&attr(e, "transform").unwrap_or_default());
                let class = attr(e, "class").unwrap_or_default();
                let first = class.split(' ').next().unwrap_or("");
                let kind = match first {
                    "node" => GroupKind::Node,
                    "edge" => GroupKind::Edge,
                    "cluster" | "layer" => GroupKind::Cluster,
                    _ => kind,
                };
                if first == "node" {
                    boxed = false;
                    cur_id = attr(e, "data-id");
                }
                if first == "edge" {
                    cur_ends = (attr(e, "data-from"), attr(e, "data-to"));
                }
                stack.push(Group {
                    dx: dx + tx,
                    dy: dy + ty,
                    kind,
                });
            }
            // Markup without node and edge groups (layout-rs): every rect a box, every path a
            // line, used only if the picture has no marked nodes at all.
            "rect" if kind == GroupKind::Other => {
                let x = num(&attr(e, "x").unwrap_or_default()) + dx;
                let y = num(&attr(e, "y").unwrap_or_default()) + dy;
                let w = num(&attr(e, "width").unwrap_or_default());
                let h = num(&attr(e, "height").unwrap_or_default());
                bare.0.push(BoxShape {
                    id: String::new(),
                    rect: Rect {
                        x0: x,
                        y0: y,
                        x1: x + w,
                        y1: y + h,
                    },
                });
            }
            "path" if kind == GroupKind::Other => {
                let points = path_points(&attr(e, "d").unwrap_or_default())
                    .into_iter()
                    .map(|(x, y)| (x + dx, y + dy))
                    .collect();
                bare.1.push(Line {
                    from: None,
                    to: None,
                    points,
                });
            }
            "title" if !empty && kind != GroupKind::Other => {
                // Khung names a connection by its data attributes; a title there is its label.
                if kind == GroupKind::Edge && cur_ends.0.is_some() {
                    pic.hidden_labels += 1;
                }
                text_buf.clear();
                text_of = Some(("title", 0.0, 0.0, 0.0, false));
            }
            "rect" if kind == GroupKind::Node && !boxed => {
                // The node's first rect is its box (a badge or a mark may follow).
                boxed = true;
                let x = num(&attr(e, "x").unwrap_or_default()) + dx;
                let y = num(&attr(e, "y").unwrap_or_default()) + dy;
                let w = num(&attr(e, "width").unwrap_or_default());
                let h = num(&attr(e, "height").unwrap_or_default());
                pic.boxes.push(BoxShape {
                    id: cur_id.clone().unwrap_or_else(|| cur_title.clone()),
                    rect: Rect {
                        x0: x,
                        y0: y,
                        x1: x + w,
                        y1: y + h,
                    },
                });
            }
            "polygon" if kind == GroupKind::Node => {
                let pts: Vec<f64> = attr(e, "points")
                    .unwrap_or_default()
                    .split([' ', ','])
                    .filter(|s| !s.is_empty())
                    .map(num)
                    .collect();
                let xs = pts.iter().step_by(2).map(|x| x + dx);
                let ys = pts.iter().skip(1).step_by(2).map(|y| y + dy);
                let r = Rect {
                    x0: xs.clone().fold(f64::INFINITY, f64::min),
                    x1: xs.fold(f64::NEG_INFINITY, f64::max),
                    y0: ys.clone().fold(f64::INFINITY, f64::min),
                    y1: ys.fold(f64::NEG_INFINITY, f64::max),
                };
                pic.boxes.push(BoxShape {
                    id: cur_title.clone(),
                    rect: r,
                });
            }
            "path" if kind == GroupKind::Edge => {
                let pts = path_points(&attr(e, "d").unwrap_or_default())
                    .into_iter()
                    .map(|(x, y)| (x + dx, y + dy))
                    .collect();
                let (from, to) = match &cur_ends {
                    (Some(a), Some(b)) => (Some(a.clone()), Some(b.clone())),
                    _ => match cur_title.split_once("->") {
                        Some((a, b)) => (Some(a.to_owned()), Some(b.to_owned())),
                        None => (None, None),
                    },
                };
                pic.lines.push(Line {
                    from,
                    to,
                    points: pts,
                });
            }
            "tspan" => {
                // A line of a text of several: its own rectangle.
                if let Some((what, x, y, fs, middle)) = text_of {
                    if what != "title" {
                        let t = std::mem::take(&mut text_buf);
                        if !t.trim().is_empty() {
                            pic_text(&mut pic, what, t.trim(), x, y, fs, middle);
                        }
                        let nx = attr(e, "x").map(|v| num(&v) + dx).unwrap_or(x);
                        let ny = attr(e, "y").map(|v| num(&v) + dy).unwrap_or(y);
                        text_of = Some((what, nx, ny, fs, middle));
                    }
                }
            }
            "text" if !empty => {
                let class = attr(e, "class").unwrap_or_default();
                let x = num(&attr(e, "x").unwrap_or_default()) + dx;
                let y = num(&attr(e, "y").unwrap_or_default()) + dy;
                let middle = attr(e, "text-anchor").as_deref() == Some("middle");
                let what = match kind {
                    GroupKind::Edge => Some("label"),
                    GroupKind::Cluster => Some("band"),
                    _ if class == "band-title" => Some("band"),
                    _ => None,
                };
                let fs = attr(e, "font-size").map(|s| num(&s)).unwrap_or(match what {
                    Some("label") => 11.0,
                    _ => 14.0,
                });
                text_buf.clear();
                text_of = what.map(|w| (w, x, y, fs, middle));
            }
            _ => {}
        }
    }
    Ok(pic)
}

/// Adds a label's estimated rectangle: an average advance of 0.55 em per character.
fn pic_text(pic: &mut Picture, what: &str, t: &str, x: f64, y: f64, fs: f64, middle: bool) {
    let w = t.chars().count() as f64 * fs * 0.55;
    let x0 = if middle { x - w / 2.0 } else { x };
    let r = Rect {
        x0,
        y0: y - fs * 0.8,
        x1: x0 + w,
        y1: y + fs * 0.2,
    };
    if what == "label" {
        pic.labels.push(r);
    } else {
        pic.titles.push(r);
    }
}

/// A uniform grid of buckets over the picture, to find nearby shapes without comparing all
/// pairs.
struct Buckets {
    cell: f64,
    map: HashMap<(i64, i64), Vec<usize>>,
}

impl Buckets {
    fn new(cell: f64) -> Self {
        Buckets {
            cell,
            map: HashMap::new(),
        }
    }

    fn cells(&self, r: &Rect) -> impl Iterator<Item = (i64, i64)> {
        let c = self.cell;
        let (x0, x1) = ((r.x0 / c).floor() as i64, (r.x1 / c).floor() as i64);
        let (y0, y1) = ((r.y0 / c).floor() as i64, (r.y1 / c).floor() as i64);
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn insert(&mut self, r: &Rect, i: usize) {
        let cells: Vec<_> = self.cells(r).collect();
        for k in cells {
            self.map.entry(k).or_default().push(i);
        }
    }

    fn near(&self, r: &Rect) -> HashSet<usize> {
        self.cells(r)
            .filter_map(|k| self.map.get(&k))
            .flatten()
            .copied()
            .collect()
    }
}

fn seg_rect(a: (f64, f64), b: (f64, f64)) -> Rect {
    Rect {
        x0: a.0.min(b.0),
        y0: a.1.min(b.1),
        x1: a.0.max(b.0),
        y1: a.1.max(b.1),
    }
}

fn orient(a: (f64, f64), b: (f64, f64), c: (f64, f64)) -> f64 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

type Seg = (usize, (f64, f64), (f64, f64));

/// How close to a box two of its own lines may cross without it counting as a crossing.
const NEAR_SHARED_END: f64 = 12.0;

/// Where two segments cross at one point inside both (touching or running along each other is
/// not a crossing).
fn crossing(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> Option<(f64, f64)> {
    const E: f64 = 1e-6;
    let (o1, o2) = (orient(a, b, c), orient(a, b, d));
    let (o3, o4) = (orient(c, d, a), orient(c, d, b));
    let proper = ((o1 > E && o2 < -E) || (o1 < -E && o2 > E))
        && ((o3 > E && o4 < -E) || (o3 < -E && o4 > E));
    proper.then(|| {
        let t = o3 / (o3 - o4);
        (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
    })
}

/// The ends of a line: its named boxes, or else the boxes nearest its first and last points.
fn ends(pic: &Picture, line: &Line, by_id: &HashMap<&str, usize>) -> [Option<usize>; 2] {
    let nearest = |p: (f64, f64)| {
        pic.boxes
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let dx = (b.rect.x0 - p.0).max(p.0 - b.rect.x1).max(0.0);
                let dy = (b.rect.y0 - p.1).max(p.1 - b.rect.y1).max(0.0);
                (dx * dx + dy * dy, i)
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, i)| i)
    };
    let named = |id: &Option<String>, p: Option<&(f64, f64)>| match id {
        Some(id) => by_id.get(id.as_str()).copied(),
        None => p.and_then(|&p| nearest(p)),
    };
    [
        named(&line.from, line.points.first()),
        named(&line.to, line.points.last()),
    ]
}

/// Measures a picture.
///
/// # Complexity
/// About O(S + P) for S line segments and P pairs of segments sharing a grid cell.
pub fn measure(pic: &Picture) -> Measures {
    let by_id: HashMap<&str, usize> = pic
        .boxes
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.as_str(), i))
        .collect();
    let mut boxes = Buckets::new(150.0);
    for (i, b) in pic.boxes.iter().enumerate() {
        boxes.insert(&b.rect, i);
    }
    let mut pass_throughs = 0;
    let mut line_ends: Vec<[Option<usize>; 2]> = Vec::with_capacity(pic.lines.len());
    let mut segs = Buckets::new(60.0);
    // (line, start, end) of every segment.
    let mut seg_list: Vec<Seg> = Vec::new();
    for (li, line) in pic.lines.iter().enumerate() {
        let own = ends(pic, line, &by_id);
        line_ends.push(own);
        let mut hit: HashSet<usize> = HashSet::new();
        for w in line.points.windows(2) {
            let r = seg_rect(w[0], w[1]);
            for bi in boxes.near(&r) {
                if own.contains(&Some(bi)) || hit.contains(&bi) {
                    continue;
                }
                if pic.boxes[bi].rect.shrunk(1.0).cut_by(w[0], w[1]) {
                    hit.insert(bi);
                }
            }
            segs.insert(&r, seg_list.len());
            seg_list.push((li, w[0], w[1]));
        }
        pass_throughs += hit.len();
    }
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    for list in segs.map.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                let (a, b) = (&seg_list[i], &seg_list[j]);
                if a.0 == b.0 {
                    continue;
                }
                let key = (a.0.min(b.0), a.0.max(b.0));
                if pairs.contains(&key) {
                    continue;
                }
                if let Some(p) = crossing(a.1, a.2, b.1, b.2) {
                    // Lines that meet at a box they share cross there by construction (Graphviz
                    // aims them all at one point); only a crossing away from it is counted.
                    let shared = line_ends[a.0]
                        .iter()
                        .flatten()
                        .filter(|e| line_ends[b.0].contains(&Some(**e)));
                    let near = shared.into_iter().any(|&e| {
                        let r = pic.boxes[e].rect;
                        let dx = (r.x0 - p.0).max(p.0 - r.x1).max(0.0);
                        let dy = (r.y0 - p.1).max(p.1 - r.y1).max(0.0);
                        dx.max(dy) < NEAR_SHARED_END
                    });
                    if !near {
                        pairs.insert(key);
                    }
                }
            }
        }
    }
    let mut label_overlaps = 0;
    for (i, l) in pic.labels.iter().enumerate() {
        let l = l.shrunk(0.5);
        label_overlaps += boxes
            .near(&l)
            .into_iter()
            .filter(|&b| pic.boxes[b].rect.overlaps(&l))
            .count();
        label_overlaps += pic.labels[i + 1..]
            .iter()
            .filter(|o| o.overlaps(&l))
            .count();
        label_overlaps += pic.titles.iter().filter(|o| o.overlaps(&l)).count();
    }
    let mut box_overlaps = 0;
    for (i, b) in pic.boxes.iter().enumerate() {
        let r = b.rect.shrunk(0.5);
        box_overlaps += boxes
            .near(&r)
            .into_iter()
            .filter(|&j| j > i && pic.boxes[j].rect.overlaps(&r))
            .count();
    }
    Measures {
        pass_throughs,
        crossings: pairs.len(),
        label_overlaps,
        box_overlaps,
        width: pic.width,
        height: pic.height,
        hidden_labels: pic.hidden_labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_curves_and_relative_paths() {
        let p = path_points("M0,0 C0,10 10,10 10,0 l5-5");
        assert_eq!(p.first(), Some(&(0.0, 0.0)));
        assert_eq!(p.last(), Some(&(15.0, -5.0)));
        assert!(p.iter().any(|&(_, y)| y > 7.0), "the curve bulges");
    }

    #[test]
    fn counts_a_pass_through_a_crossing_and_a_label_on_a_box() {
        let svg = r#"<svg viewBox="0 0 300 300">
            <g class="node" data-id="a" transform="translate(0 0)"><rect width="20" height="20"/></g>
            <g class="node" data-id="b" transform="translate(200 0)"><rect width="20" height="20"/></g>
            <g class="node" data-id="c" transform="translate(100 0)"><rect width="20" height="20"/></g>
            <g class="edge" data-from="a" data-to="b"><path d="M20 10L200 10"/></g>
            <g class="edge" data-from="c" data-to="c"><path d="M110 -50L110 100"/>
              <text x="210" y="15" text-anchor="middle">nhãn</text></g>
        </svg>"#;
        let m = measure(&read_svg(svg).unwrap());
        assert_eq!((m.pass_throughs, m.crossings, m.label_overlaps), (1, 1, 1));
        assert_eq!((m.width, m.height), (300.0, 300.0));
    }

    #[test]
    fn reads_graphviz_nodes_and_edges() {
        let svg = r#"<svg width="100pt" height="50pt" viewBox="0.00 0.00 100.00 50.00">
          <g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 46)">
          <g id="node1" class="node"><title>a</title><polygon points="0,-40 20,-40 20,-20 0,-20 0,-40"/></g>
          <g id="node2" class="node"><title>b</title><polygon points="60,-40 80,-40 80,-20 60,-20 60,-40"/></g>
          <g id="edge1" class="edge"><title>a&#45;&gt;b</title><path d="M20,-30C30,-30 50,-30 60,-30"/></g>
          </g></svg>"#;
        let pic = read_svg(svg).unwrap();
        assert_eq!(pic.boxes.len(), 2);
        assert_eq!(pic.boxes[0].id, "a");
        assert_eq!(pic.lines[0].from.as_deref(), Some("a"));
        assert_eq!(pic.lines[0].to.as_deref(), Some("b"));
        assert_eq!(pic.boxes[1].rect.y0, 6.0);
        assert_eq!(measure(&pic).pass_throughs, 0);
    }
}
