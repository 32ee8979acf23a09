//! The legend: one swatch and caption for every mark a drawing uses, and the badge shapes
//! themselves, drawn by the same function on the boxes and in the legend so that the two cannot
//! disagree.
//!
//! Finding badges differ by shape as well as colour (circle, hollow circle, square, diamond,
//! hexagon, each with its own glyph), so a greyscale print still tells an overlap from an
//! exemption.

use crate::captions::{Caption, Lang};
use crate::scene::{Level, Mark, NodeKind, Scene};
use crate::svg::num;
use quick_xml::escape::escape;
use std::fmt::Write;

/// Height of one legend row.
pub const ROW_H: f32 = 18.0;
/// Average advance of one character of a 12 px caption.
const CHAR_W: f32 = 7.1;

/// One thing the legend explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A node's look.
    Kind(NodeKind),
    /// A flagged node's outline.
    Level(Level),
    /// A finding badge.
    Mark(Mark),
    /// A connection, with arrow heads at both ends or one.
    Arrow {
        /// Both ends.
        both: bool,
    },
}

impl Swatch {
    /// What the caption says.
    pub fn caption(self) -> Caption {
        match self {
            Swatch::Kind(k) => Caption::Kind(k),
            Swatch::Level(l) => Caption::Level(l),
            Swatch::Mark(m) => Caption::Mark(m),
            Swatch::Arrow { both: true } => Caption::BothWays,
            Swatch::Arrow { both: false } => Caption::OneWay,
        }
    }
}

/// Every mark `s` uses: node looks in first-use order, then the outlines and the badges of its
/// findings, most severe first, then its kinds of connection. `compact` leaves out outlines and
/// connections, for the two legend rows under the diagram on screen.
pub fn swatches(s: &Scene, compact: bool) -> Vec<Swatch> {
    let mut out: Vec<Swatch> = s.legend.iter().copied().map(Swatch::Kind).collect();
    if !compact {
        // Information draws no outline, so it has nothing to explain.
        let mut levels: Vec<Level> = s
            .badges
            .iter()
            .map(|b| b.level)
            .filter(|&l| l != Level::Info)
            .collect();
        crate::sort::sort(&mut levels);
        levels.dedup();
        out.extend(levels.into_iter().map(Swatch::Level));
    }
    let mut marks: Vec<Mark> = s.badges.iter().map(|b| b.mark).collect();
    crate::sort::sort(&mut marks);
    marks.dedup();
    out.extend(marks.into_iter().map(Swatch::Mark));
    if !compact {
        for both in [false, true] {
            if s.edges.iter().any(|e| e.both == both) {
                out.push(Swatch::Arrow { both });
            }
        }
    }
    out
}

/// The badge of `mark` centred on (`cx`, `cy`), 18 units across: a shape in the mark's colour
/// and a white glyph.
pub fn badge_shape(out: &mut String, mark: Mark, cx: f32, cy: f32) {
    let (x, y) = (num(cx), num(cy));
    let _ = match mark {
        Mark::Overlap | Mark::PossibleOverlap => write!(
            out,
            "<circle class=\"shape{hollow}\" cx=\"{x}\" cy=\"{y}\" r=\"9\"/>\
             <path class=\"glyph thin\" d=\"M{a} {a2}h6v6h-6zM{b} {b2}h6v6h-6z\"/>",
            a = num(cx - 5.0),
            a2 = num(cy - 5.0),
            b = num(cx - 1.0),
            b2 = num(cy - 1.0),
            hollow = if mark == Mark::PossibleOverlap {
                " hollow"
            } else {
                ""
            },
        ),
        Mark::Compliance => write!(
            out,
            "<rect class=\"shape\" x=\"{a}\" y=\"{b}\" width=\"16\" height=\"16\" rx=\"2\"/>\
             <path class=\"glyph\" d=\"M{x} {c}v6M{x} {d}v1\"/>",
            a = num(cx - 8.0),
            b = num(cy - 8.0),
            c = num(cy - 5.0),
            d = num(cy + 3.5),
        ),
        Mark::Connection => write!(
            out,
            "<path class=\"shape\" d=\"M{x} {t}L{r} {y}L{x} {bt}L{l} {y}z\"/>\
             <path class=\"glyph\" d=\"M{a} {y}h9M{a} {y}l3 -3M{a} {y}l3 3M{e} {y}l-3 -3M{e} {y}l-3 3\"/>",
            t = num(cy - 10.5),
            r = num(cx + 10.5),
            bt = num(cy + 10.5),
            l = num(cx - 10.5),
            a = num(cx - 4.5),
            e = num(cx + 4.5),
        ),
        Mark::Exempted => write!(
            out,
            "<path class=\"shape\" d=\"M{l} {y}L{a} {t}H{e}L{r} {y}L{e} {bt}H{a}z\"/>\
             <path class=\"glyph\" d=\"M{g} {y}l3 3l5 -6\"/>",
            l = num(cx - 9.5),
            a = num(cx - 4.75),
            t = num(cy - 8.5),
            e = num(cx + 4.75),
            r = num(cx + 9.5),
            bt = num(cy + 8.5),
            g = num(cx - 4.5),
        ),
    };
}

/// The width a swatch and its caption take in a legend row.
fn advance(sw: Swatch, lang: Lang) -> f32 {
    40.0 + sw.caption().text(lang).chars().count() as f32 * CHAR_W
}

/// How tall [`write`] draws `items` within `width`.
pub fn height(items: &[Swatch], width: f32, lang: Lang) -> f32 {
    rows(items, width, lang).len() as f32 * ROW_H
}

/// `items` split into rows that fit `width`.
fn rows(items: &[Swatch], width: f32, lang: Lang) -> Vec<Vec<Swatch>> {
    let mut out: Vec<Vec<Swatch>> = Vec::new();
    let mut x = 0.0;
    for &sw in items {
        let w = advance(sw, lang);
        match out.last_mut() {
            Some(row) if x + w <= width => row.push(sw),
            _ => {
                out.push(vec![sw]);
                x = 0.0;
            }
        }
        x += w;
    }
    out
}

/// Draws `items` from (`x0`, `y0`), wrapping within `width`; the `<g>` elements carry the same
/// classes as the marks they explain, so one stylesheet draws both.
pub fn write(out: &mut String, items: &[Swatch], x0: f32, y0: f32, width: f32, lang: Lang) {
    for (r, row) in rows(items, width, lang).into_iter().enumerate() {
        let y = y0 + r as f32 * ROW_H;
        let mut x = x0;
        for sw in row {
            let caption = escape(sw.caption().text(lang));
            let (tx, ty) = (num(x + 28.0), num(y + 12.0));
            let _ = match sw {
                Swatch::Kind(k) => write!(
                    out,
                    "<g class=\"{cls}\"><rect x=\"{rx}\" y=\"{ry}\" width=\"22\" height=\"14\" rx=\"3\"/>",
                    cls = k.class(),
                    rx = num(x),
                    ry = num(y),
                ),
                Swatch::Level(l) => write!(
                    out,
                    "<g class=\"lvl {cls}\"><rect x=\"{rx}\" y=\"{ry}\" width=\"22\" height=\"14\" rx=\"3\"/>",
                    cls = l.class(),
                    rx = num(x + 1.0),
                    ry = num(y + 1.0),
                ),
                Swatch::Mark(m) => {
                    let _ = write!(out, "<g class=\"{}\"><g class=\"badge swatch\">", m.class());
                    badge_shape(out, m, x + 11.0, y + 7.0);
                    out.push_str("</g>");
                    Ok(())
                }
                Swatch::Arrow { both } => write!(
                    out,
                    "<g class=\"arrow\"><path d=\"M{a} {b}h20\" marker-end=\"url(#k-arrow)\"{start}/>",
                    a = num(x + 1.0),
                    b = num(y + 7.0),
                    start = if both {
                        " marker-start=\"url(#k-arrow)\""
                    } else {
                        ""
                    },
                ),
            };
            let _ = write!(out, "<text x=\"{tx}\" y=\"{ty}\">{caption}</text></g>");
            x += advance(sw, lang);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{Badge, Edge};

    fn scene() -> Scene {
        let mut s = crate::layout::layered("t", "d", &[], &[], 4);
        s.legend = vec![NodeKind::OwnExisting, NodeKind::PlatformOperational];
        s.badges = vec![
            Badge {
                level: Level::Violation,
                mark: Mark::Overlap,
            },
            Badge {
                level: Level::Info,
                mark: Mark::Exempted,
            },
        ];
        s.edges = vec![Edge {
            id: "e".into(),
            from: "a".into(),
            to: "b".into(),
            label: String::new(),
            both: true,
            mark: None,
            points: vec![(0.0, 0.0), (0.0, 10.0)],
            label_at: None,
        }];
        s
    }

    #[test]
    fn the_full_legend_names_every_mark_used_and_nothing_else() {
        let items = swatches(&scene(), false);
        assert_eq!(
            items,
            [
                Swatch::Kind(NodeKind::OwnExisting),
                Swatch::Kind(NodeKind::PlatformOperational),
                Swatch::Level(Level::Violation),
                Swatch::Mark(Mark::Overlap),
                Swatch::Mark(Mark::Exempted),
                Swatch::Arrow { both: true },
            ]
        );
        assert_eq!(swatches(&scene(), true).len(), 4);
    }

    #[test]
    fn rows_wrap_within_the_width() {
        let items = swatches(&scene(), false);
        let mut out = String::new();
        write(&mut out, &items, 16.0, 0.0, 600.0, Lang::En);
        assert!(height(&items, 600.0, Lang::En) > ROW_H);
        assert_eq!(height(&items, 1e6, Lang::En), ROW_H);
        assert!(out.contains("Exempted, with a written justification"));
        assert_eq!(out.matches("class=\"shape\"").count(), 2);
    }

    #[test]
    fn every_badge_has_its_own_shape() {
        let mut shapes: Vec<String> = Mark::ALL
            .iter()
            .map(|&m| {
                let mut s = String::new();
                badge_shape(&mut s, m, 0.0, 0.0);
                s[..s.find("/>").unwrap()].to_owned()
            })
            .collect();
        shapes.sort();
        shapes.dedup();
        assert_eq!(shapes.len(), Mark::ALL.len());
    }
}
