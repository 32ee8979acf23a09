//! The seven core principles as a cycle diagram, its text alternative, and the details panel
//! for any principle.
//!
//! 05-QĐ/BCĐTW describes the principles as a closed loop in which each makes the next
//! possible, with security (principle 6) as the footing of all the others. The diagram draws
//! exactly the `feeds` relation of the seeds: a principle that feeds every other one is drawn
//! at the centre as that footing, the rest on a circle in the order the loop walks, so the
//! arrows of the loop run round the rim instead of across it. The SVG is self-contained like
//! [`crate::svg`]: inline style, every text escaped, each principle a focusable node the app can
//! select by `data-id`.

use crate::catalogue::{Catalogue, CorePrinciple};
use crate::layout::{wrap, LINE_H};
use crate::svg::{arrow_marker, num, svg_tag, title_desc};
use crate::views::details::Details;
use quick_xml::escape::escape;
use std::fmt::Write;

/// Box size and the ellipse the ring of boxes sits on.
const BOX_W: f32 = 200.0;
const WRAP_CHARS: usize = 27;
const MAX_LINES: usize = 5;
const PAD: f32 = 10.0;
const RX: f32 = 300.0;
const RY: f32 = 245.0;
const MARGIN: f32 = 40.0;
const LEGEND_H: f32 = 36.0;
/// Gap between an arrow's end and the box it points at.
const GAP: f32 = 5.0;

const STYLE: &str = "\
.node rect{fill:#eef3f8;stroke:#1f4e79;stroke-width:1.5}\
.node.foundation rect{fill:#fbf6ea;stroke:#9a3412}\
.node text{font-size:12px;fill:#111}\
.node .badge{fill:#1f4e79;stroke:none}\
.node.foundation .badge{fill:#9a3412}\
.node .num{font-size:12px;font-weight:700;fill:#fff}\
.edge path{fill:none;stroke:#475569;stroke-width:1.5}\
.edge.edge-foundation path{stroke:#9a3412;stroke-dasharray:5 3;stroke-width:1.2}\
.legend text{font-size:12px;fill:#1b2a3a}\
.legend path{fill:none;stroke-width:1.5}\
.node:focus rect,.node.selected rect{stroke:#c2410c;stroke-width:3}";

/// "Nguyên tắc 1: Quản trị dựa trên kết quả": how the texts refer to a core principle.
fn label(p: &CorePrinciple) -> String {
    format!("Nguyên tắc {}: {}", p.number, p.name)
}

/// The Vietnamese heading of an implementation principle group, as 3090/QĐ-BKHCN II.2.h
/// titles it, so the palette and the details panel name the group the way the text does.
///
/// ```
/// use model::views::principles::group_heading;
/// assert_eq!(group_heading("design"), "Nguyên tắc thiết kế");
/// assert_eq!(group_heading("investment"), "Nguyên tắc về nguồn lực và đầu tư");
/// ```
pub fn group_heading(group: &str) -> &'static str {
    match group {
        "operations" => "Nguyên tắc vận hành",
        "design" => "Nguyên tắc thiết kế",
        "resources" | "investment" => "Nguyên tắc về nguồn lực và đầu tư",
        _ => "Nguyên tắc triển khai",
    }
}

/// The core principle drawn at the centre: the first that feeds every other one (principle 6
/// in the seeds), if there are at least three principles.
fn hub(core: &[CorePrinciple]) -> Option<usize> {
    if core.len() < 3 {
        return None;
    }
    core.iter().position(|p| {
        core.iter()
            .filter(|o| o.id != p.id)
            .all(|o| p.feeds.contains(&o.id))
    })
}

/// The ring's order: start at a principle no other ring principle feeds (the lowest number
/// among them), follow `feeds` while it leads to a principle not yet placed, and when it does
/// not, go on with the lowest-numbered one left.
fn ring_order(core: &[CorePrinciple], hub: Option<usize>) -> Vec<usize> {
    let ring: Vec<usize> = (0..core.len()).filter(|&i| Some(i) != hub).collect();
    let by_number =
        |v: &mut Vec<usize>| crate::sort::sort_by_key(v, |&i| (core[i].number, core[i].id.clone()));
    let fed_in_ring = |i: usize| {
        ring.iter()
            .any(|&j| j != i && core[j].feeds.contains(&core[i].id))
    };
    let mut left = ring.clone();
    by_number(&mut left);
    let mut order = Vec::with_capacity(ring.len());
    let mut next = left
        .iter()
        .copied()
        .find(|&i| !fed_in_ring(i))
        .or_else(|| left.first().copied());
    while let Some(i) = next {
        order.push(i);
        left.retain(|&j| j != i);
        next = core[i]
            .feeds
            .iter()
            .find_map(|f| left.iter().copied().find(|&j| &core[j].id == f))
            .or_else(|| left.first().copied());
    }
    order
}

/// Where a ray from a box's centre in direction (dx, dy) leaves the box, as a multiple of the
/// direction vector.
fn exit(hw: f32, hh: f32, dx: f32, dy: f32) -> f32 {
    let tx = if dx.abs() > f32::EPSILON {
        hw / dx.abs()
    } else {
        f32::INFINITY
    };
    let ty = if dy.abs() > f32::EPSILON {
        hh / dy.abs()
    } else {
        f32::INFINITY
    };
    tx.min(ty)
}

/// The seven core principles as a self-contained SVG cycle diagram: numbered boxes, an arrow
/// for every `feeds` entry, and the cycle paragraph of 05-QĐ/BCĐTW as `<desc>`. Each principle
/// is a `<g class="node" data-id="P1" tabindex="0" role="button" aria-label="…">`, as in
/// [`crate::svg`], so the app can select it and show [`describe_principle`].
///
/// ```
/// let svg = model::views::principles::svg(model::Catalogue::get());
/// assert_eq!(svg.matches("<g class=\"node").count(), 7);
/// assert!(svg.contains("data-id=\"P6\""));
/// ```
///
/// # Complexity
/// O(n + f) for n principles and f `feeds` entries, plus O(n²) to find the centre one.
pub fn svg(cat: &Catalogue) -> String {
    let core = &cat.principles.core;
    let hub = hub(core);
    let order = ring_order(core, hub);

    let lines: Vec<Vec<String>> = core
        .iter()
        .map(|p| wrap(&p.name, WRAP_CHARS, MAX_LINES))
        .collect();
    let max_lines = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let box_h = max_lines as f32 * LINE_H + PAD * 2.0;
    let (hw, hh) = (BOX_W / 2.0, box_h / 2.0);
    let width = 2.0 * RX + BOX_W + 2.0 * MARGIN;
    let height = 2.0 * RY + box_h + 2.0 * MARGIN + LEGEND_H;
    let (cx, cy) = (width / 2.0, MARGIN + RY + hh);

    // Centres, by index into `core`.
    let mut centre = vec![(cx, cy); core.len()];
    let n = order.len().max(1) as f32;
    for (k, &i) in order.iter().enumerate() {
        let a = -std::f32::consts::FRAC_PI_2 + k as f32 * std::f32::consts::TAU / n;
        centre[i] = (cx + RX * a.cos(), cy + RY * a.sin());
    }

    let mut out = String::with_capacity(8_192);
    out.push_str(&svg_tag(&num(width), &num(height)));
    out.push_str(&title_desc(
        &format!("{} nguyên tắc cốt lõi của Mô hình", core.len()),
        &cat.principles.cycle.text,
    ));
    let _ = write!(
        out,
        "<style>{STYLE}</style><defs>{}{}</defs><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
        arrow_marker("k-arrow", "#475569"),
        arrow_marker("k-arrow-f", "#9a3412"),
        w = num(width),
        h = num(height),
    );

    // Edges first, so boxes sit on top of any arrow that passes close by.
    for (i, p) in core.iter().enumerate() {
        for f in &p.feeds {
            let Some(j) = core.iter().position(|o| &o.id == f) else {
                continue;
            };
            if i == j {
                continue;
            }
            let ((x0, y0), (x1, y1)) = (centre[i], centre[j]);
            let (dx, dy) = (x1 - x0, y1 - y0);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let (ux, uy) = (dx / len, dy / len);
            // Two principles feeding each other get two parallel arrows, not one on the other.
            let both = core[j].feeds.contains(&p.id);
            let (ox, oy) = if both {
                (-uy * 6.0, ux * 6.0)
            } else {
                (0.0, 0.0)
            };
            // All boxes are the same size, so the arrow leaves one and enters the other at the
            // same distance from their centres.
            let t = exit(hw, hh, ux, uy) + GAP;
            let foundation = Some(i) == hub;
            let _ = write!(
                out,
                "<g class=\"edge{cls}\" data-from=\"{from}\" data-to=\"{to}\"><path d=\"M{} {}L{} {}\" marker-end=\"url(#{m})\"/></g>",
                num(x0 + ux * t + ox),
                num(y0 + uy * t + oy),
                num(x1 - ux * t + ox),
                num(y1 - uy * t + oy),
                cls = if foundation { " edge-foundation" } else { "" },
                from = escape(p.id.as_str()),
                to = escape(core[j].id.as_str()),
                m = if foundation { "k-arrow-f" } else { "k-arrow" },
            );
        }
    }

    for (i, p) in core.iter().enumerate() {
        let (x, y) = (centre[i].0 - hw, centre[i].1 - hh);
        // The number badge sits on the corner facing away from the centre, where no arrow
        // arrives; the centre box has arrows at every corner, so its badge sits mid-left.
        let (bx, by) = if Some(i) == hub {
            (x, centre[i].1)
        } else {
            let (dx, dy) = (centre[i].0 - cx, centre[i].1 - cy);
            (
                if dx > 1.0 { x + BOX_W } else { x },
                if dy > 1.0 { y + box_h } else { y },
            )
        };
        let name = escape(label(p));
        let _ = write!(
            out,
            "<g class=\"node{cls}\" data-id=\"{id}\" tabindex=\"0\" role=\"button\" aria-label=\"{name}\">\
             <title>{name}</title><rect x=\"{x}\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" rx=\"6\"/>\
             <circle class=\"badge\" cx=\"{bx}\" cy=\"{by}\" r=\"12\"/>\
             <text class=\"num\" x=\"{bx}\" y=\"{ny}\" text-anchor=\"middle\">{n}</text><text>",
            cls = if Some(i) == hub { " foundation" } else { "" },
            id = escape(p.id.as_str()),
            x = num(x),
            y = num(y),
            bw = num(BOX_W),
            bh = num(box_h),
            bx = num(bx),
            by = num(by),
            ny = num(by + 4.0),
            n = p.number,
        );
        // Centre the block of lines vertically inside the box.
        let top = centre[i].1 - lines[i].len() as f32 * LINE_H / 2.0;
        for (k, line) in lines[i].iter().enumerate() {
            let _ = write!(
                out,
                "<tspan x=\"{x}\" y=\"{y}\" text-anchor=\"middle\">{t}</tspan>",
                x = num(centre[i].0),
                y = num(top + 11.0 + k as f32 * LINE_H),
                t = escape(line.as_str()),
            );
        }
        out.push_str("</text></g>");
    }

    // Legend.
    let ly = height - LEGEND_H + 8.0;
    let _ = write!(
        out,
        "<g class=\"legend\" aria-hidden=\"true\">\
         <path d=\"M16 {y}H52\" stroke=\"#475569\" marker-end=\"url(#k-arrow)\"/>\
         <text x=\"60\" y=\"{ty}\">tạo điều kiện cho</text>",
        y = num(ly + 6.0),
        ty = num(ly + 10.0),
    );
    if hub.is_some() {
        let _ = write!(
            out,
            "<path d=\"M200 {y}H236\" stroke=\"#9a3412\" stroke-dasharray=\"5 3\" marker-end=\"url(#k-arrow-f)\"/>\
             <text x=\"244\" y=\"{ty}\">là nền tảng cho các nguyên tắc còn lại</text>",
            y = num(ly + 6.0),
            ty = num(ly + 10.0),
        );
    }
    out.push_str("</g></svg>");
    out
}

/// The diagram as text, for screen readers and for a list beside the picture: for each core
/// principle in number order, its id, its label ("Nguyên tắc 1: …") and the labels of the
/// principles it feeds.
///
/// ```
/// let outline = model::views::principles::outline(model::Catalogue::get());
/// assert_eq!(outline.len(), 7);
/// assert_eq!(outline[0].0, "P1");
/// assert!(outline[0].1.starts_with("Nguyên tắc 1: "));
/// assert!(outline[0].2[0].starts_with("Nguyên tắc 5: "));
/// ```
pub fn outline(cat: &Catalogue) -> Vec<(String, String, Vec<String>)> {
    let core = &cat.principles.core;
    let mut out: Vec<(u8, String, String, Vec<String>)> = core
        .iter()
        .map(|p| {
            let feeds = p
                .feeds
                .iter()
                .filter_map(|f| core.iter().find(|o| &o.id == f))
                .map(label)
                .collect();
            (p.number, p.id.clone(), label(p), feeds)
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    out.into_iter().map(|(_, id, l, f)| (id, l, f)).collect()
}

/// Details of a core principle (`P1` … `P7`) or an implementation principle (`IMP-…`) for the
/// details panel: the text verbatim, its group and English name, and for a core principle the
/// principles it feeds and is fed by, with the source to cite. `None` for any other id.
///
/// ```
/// let d = model::views::principles::describe_principle(model::Catalogue::get(), "P6").unwrap();
/// assert_eq!(d.related.len(), 6);
/// assert!(model::views::principles::describe_principle(model::Catalogue::get(), "A-01").is_none());
/// ```
pub fn describe_principle(cat: &Catalogue, id: &str) -> Option<Details> {
    let core = &cat.principles.core;
    if let Some(p) = core.iter().find(|p| p.id == id) {
        let feeds: Vec<&CorePrinciple> = p
            .feeds
            .iter()
            .filter_map(|f| core.iter().find(|o| &o.id == f))
            .collect();
        let fed_by: Vec<&CorePrinciple> = core
            .iter()
            .filter(|o| o.id != p.id && o.feeds.contains(&p.id))
            .collect();
        let numbers = |v: &[&CorePrinciple]| {
            v.iter()
                .map(|o| format!("Nguyên tắc {}", o.number))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut facts = vec![
            ("Nhóm".to_owned(), "Nguyên tắc cốt lõi".to_owned()),
            ("Số thứ tự".to_owned(), format!("Nguyên tắc {}", p.number)),
        ];
        if !p.name_en.is_empty() {
            facts.push(("Tên tiếng Anh".into(), p.name_en.clone()));
        }
        if !feeds.is_empty() {
            facts.push(("Tạo điều kiện cho".into(), numbers(&feeds)));
        }
        if !fed_by.is_empty() {
            facts.push(("Được hỗ trợ bởi".into(), numbers(&fed_by)));
        }
        let mut related: Vec<(String, String)> = Vec::new();
        for o in feeds.iter().chain(fed_by.iter()) {
            if !related.iter().any(|(rid, _)| rid == &o.id) {
                related.push((o.id.clone(), o.name.clone()));
            }
        }
        return Some(Details {
            id: p.id.clone(),
            name: p.name.clone(),
            kind: "Nguyên tắc cốt lõi".into(),
            description: p.description.clone(),
            facts,
            related,
            sources: vec![p.source.clone()],
            ocr_fixes: crate::views::details::fixes(&p.ocr_fixes),
        });
    }
    let p = cat.principles.implementation.iter().find(|p| p.id == id)?;
    let mut facts = vec![("Nhóm".to_owned(), group_heading(&p.group).to_owned())];
    if !p.name_en.is_empty() && p.name_en != p.name {
        facts.push(("Tên tiếng Anh".into(), p.name_en.clone()));
    }
    Some(Details {
        id: p.id.clone(),
        name: p.name.clone(),
        kind: "Nguyên tắc triển khai".into(),
        description: p.text.clone(),
        facts,
        related: Vec::new(),
        sources: vec![p.source.clone()],
        ocr_fixes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principle_six_is_the_hub_and_the_loop_walks_the_rim() {
        let core = &Catalogue::get().principles.core;
        let hub = hub(core).map(|i| core[i].id.as_str());
        assert_eq!(hub, Some("P6"));
        let ring: Vec<&str> = ring_order(core, Some(5))
            .into_iter()
            .map(|i| core[i].id.as_str())
            .collect();
        assert_eq!(ring, ["P3", "P2", "P4", "P1", "P5", "P7"]);
    }

    #[test]
    fn without_a_hub_all_sit_on_the_ring() {
        let mut c = Catalogue::get().clone();
        for p in &mut c.principles.core {
            p.feeds.retain(|f| f != "P1");
        }
        assert_eq!(hub(&c.principles.core), None);
        assert_eq!(ring_order(&c.principles.core, None).len(), 7);
        let svg = svg(&c);
        assert!(!svg.contains("foundation\""));
    }

    #[test]
    fn implementation_principles_have_details() {
        let d = describe_principle(Catalogue::get(), "IMP-DES-1").unwrap();
        assert_eq!(d.name, "API First");
        assert_eq!(d.kind, "Nguyên tắc triển khai");
        assert_eq!(d.facts[0].1, "Nguyên tắc thiết kế");
        assert_eq!(d.sources[0].document, "3090/QĐ-BKHCN");
    }

    #[test]
    fn core_details_name_both_directions() {
        let d = describe_principle(Catalogue::get(), "P2").unwrap();
        let fact = |k: &str| d.facts.iter().find(|f| f.0 == k).map(|f| f.1.as_str());
        assert_eq!(fact("Tạo điều kiện cho"), Some("Nguyên tắc 4"));
        assert_eq!(
            fact("Được hỗ trợ bởi"),
            Some("Nguyên tắc 3, Nguyên tắc 6, Nguyên tắc 7")
        );
        let ids: Vec<&str> = d.related.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(ids, ["P4", "P3", "P6", "P7"]);
    }

    #[test]
    fn an_empty_principle_list_still_renders() {
        let mut c = Catalogue::get().clone();
        c.principles.core.clear();
        let svg = svg(&c);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
