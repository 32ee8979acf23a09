//! The roadmap: when each national shared platform goes live, against the three phases of
//! 3090/QĐ-BKHCN III.1, and which of them operate on a day the user picks.
//!
//! 1132/QĐ-TTg gives a platform's start of operation in three forms, and the timeline draws
//! each as what it commits to: "Đã vận hành" as operating from before the decision was signed
//! (an arrow out of the left edge), a day ("01/7/2026") as a diamond on that day, a span of
//! years ("Năm 2027 - 2028") as a bar over the span, since the text promises only "within".
//! From the day a platform certainly operates ([`crate::catalogue::Start::certain_from`]) a
//! thin line runs on to the end. A vertical line marks the chosen day, and every platform is
//! drawn operating or not on that day. Rows are grouped by owner. The SVG is self-contained
//! like [`crate::svg`], all text escaped, each platform a focusable node selectable by
//! `data-id`.

use crate::catalogue::{Catalogue, Date, Platform, StartKind};
use crate::layout::wrap;
use crate::svg::{num, svg_tag, title_desc};
use crate::text::fold;
use quick_xml::escape::escape;
use std::fmt::Write;

/// Left column (owner and platform labels), then the timeline.
const LABEL_W: f32 = 420.0;
const TIMELINE_W: f32 = 720.0;
const RIGHT: f32 = 24.0;
const HEADER_H: f32 = 72.0;
const ROW_H: f32 = 24.0;
const FOOTER_H: f32 = 96.0;
/// Characters of a platform's name that fit beside its id in the left column.
const NAME_CHARS: usize = 46;
/// Characters of an owner's name that fit in the left column.
const OWNER_CHARS: usize = 56;
/// Approximate width of one 12px character, for fitting phase names into their bands.
const CHAR_W: f32 = 6.6;

const STYLE: &str = "\
.phase{stroke:none}.phase-0{fill:#eef3f8}.phase-1{fill:#eef7f1}.phase-2{fill:#fbf6ea}.phase-3{fill:#f6eff8}\
.phase-title{font-size:12px;font-weight:700;fill:#1b2a3a}\
.tick{stroke:#cbd5e1;stroke-width:1}.year{font-size:12px;fill:#334155}\
.owner text{font-size:12px;font-weight:700;fill:#1b2a3a}\
.node text{font-size:12px;fill:#111}.node .pid{font-weight:700}\
.node .hit{fill:transparent}.node:hover .hit{fill:#f1f5f9}\
.span{stroke:#1d4ed8;stroke-width:1.5}\
.k-live .span{fill:#bfdbfe}.k-planned .span{fill:#ffffff;stroke-dasharray:4 2}\
.run{stroke:#1d4ed8;stroke-width:2}\
.dot{stroke:#1d4ed8;stroke-width:1.5}.k-live .dot{fill:#1d4ed8}.k-planned .dot{fill:#ffffff}\
.signed{stroke:#9a3412;stroke-width:1;stroke-dasharray:2 3}\
.on{stroke:#c2410c;stroke-width:2}.on-label{font-size:12px;font-weight:700;fill:#9a3412}\
.signed-label{font-size:11px;fill:#9a3412}\
.legend text{font-size:12px;fill:#1b2a3a}\
.node:focus .hit,.node.selected .hit{fill:#ffedd5;stroke:#c2410c;stroke-width:2}";

/// "1/7/2026": a day the way the documents write it.
fn vi_date(d: Date) -> String {
    format!("{}/{}/{}", d.day, d.month, d.year)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The day as a fractional year: 2026-07-01 is about 2026.5.
fn year_pos(d: Date) -> f32 {
    const BEFORE: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let m = usize::from(d.month.clamp(1, 12));
    let leap = is_leap(d.year);
    let doy = BEFORE[m - 1] + u16::from(leap && m > 2) + u16::from(d.day.max(1)) - 1;
    let days = if leap { 366.0 } else { 365.0 };
    d.year as f32 + f32::from(doy) / days
}

fn jan1(year: i32) -> Date {
    Date {
        year,
        month: 1,
        day: 1,
    }
}

/// The platforms operating on `on`, in catalogue order. Unlike [`Catalogue::as_of`] this
/// borrows rather than clones, for a count or a list beside the timeline.
///
/// ```
/// use model::{catalogue::Date, views::roadmap::operational_on, Catalogue};
/// let ids = |d| operational_on(Catalogue::get(), Date::parse(d).unwrap())
///     .iter().any(|p| p.id == "B-30");
/// assert!(!ids("2026-06-30"));
/// assert!(ids("2026-07-01"));
/// ```
pub fn operational_on(cat: &Catalogue, on: Date) -> Vec<&Platform> {
    cat.platforms
        .iter()
        .filter(|p| p.start.operational_on(on))
        .collect()
}

/// Every owner agency of a platform, once, sorted as a Vietnamese reader expects (by the
/// folded name, so "Đài …" sorts among the D's), for the roadmap's owner filter.
///
/// ```
/// let owners = model::views::roadmap::owners(model::Catalogue::get());
/// assert!(owners.contains(&"Bộ Công an".to_owned()));
/// assert!(owners.windows(2).all(|w| w[0] != w[1]));
/// ```
pub fn owners(cat: &Catalogue) -> Vec<String> {
    let mut v: Vec<(String, String)> = cat
        .platforms
        .iter()
        .map(|p| (fold(&p.owner), p.owner.clone()))
        .collect();
    crate::sort::sort(&mut v);
    v.dedup_by(|a, b| a.1 == b.1);
    v.into_iter().map(|(_, o)| o).collect()
}

/// The years the timeline spans: the phases' (2025–2030), widened to any platform's span.
fn years(cat: &Catalogue) -> (i32, i32) {
    let mut from = cat
        .roadmap
        .iter()
        .map(|p| p.from_year)
        .min()
        .unwrap_or(2025);
    let mut to = cat.roadmap.iter().map(|p| p.to_year).max().unwrap_or(2030);
    for p in &cat.platforms {
        match &p.start.when {
            StartKind::Operational => {}
            StartKind::Date { .. } => {
                if let Some(d) = p.start.certain_from() {
                    from = from.min(d.year);
                    to = to.max(d.year);
                }
            }
            StartKind::Year { from_year, to_year } => {
                from = from.min(*from_year);
                to = to.max(*to_year);
            }
        }
    }
    (from, to.max(from))
}

/// The roadmap as a self-contained SVG: the phases of 3090/QĐ-BKHCN III.1 as bands, each
/// platform (only those of `owner`, compared exactly, when given) on a row under its owner at
/// its start of operation, the signing date of 1132/QĐ-TTg and the day `on` as vertical lines,
/// and each platform drawn operating or not on `on`. Each platform is a
/// `<g class="node k-live|k-planned" data-id="A-01" data-operational="true|false" …>`.
///
/// ```
/// use model::{catalogue::Date, views::roadmap::svg, Catalogue};
/// let on = Date::parse("2026-07-01").unwrap();
/// let all = svg(Catalogue::get(), on, None);
/// assert_eq!(all.matches("<g class=\"node").count(), 79);
/// let one = svg(Catalogue::get(), on, Some("Bộ Tư pháp"));
/// assert_eq!(one.matches("<g class=\"node").count(), 3);
/// ```
///
/// # Complexity
/// O(P log P) for P platforms (grouping by owner), plus one clone of the catalogue for
/// [`Catalogue::as_of`].
pub fn svg(cat: &Catalogue, on: Date, owner: Option<&str>) -> String {
    let cat = cat.as_of(on);
    let (y0, y1) = years(&cat);
    let span = (y1 + 1 - y0) as f32;
    let tl_x = LABEL_W;
    let x_of = |d: Date| {
        let t = ((year_pos(d) - y0 as f32) / span).clamp(0.0, 1.0);
        tl_x + t * TIMELINE_W
    };
    let x_end = tl_x + TIMELINE_W;

    // Rows: owners in order, each with its platforms in catalogue order.
    let groups: Vec<(String, Vec<&Platform>)> = owners(&cat)
        .into_iter()
        .filter(|o| owner.is_none_or(|w| w == o))
        .map(|o| {
            let ps = cat.platforms.iter().filter(|p| p.owner == o).collect();
            (o, ps)
        })
        .collect();
    let shown: usize = groups.iter().map(|g| g.1.len()).sum();
    let live = groups
        .iter()
        .flat_map(|g| g.1.iter())
        .filter(|p| p.operational)
        .count();
    let rows = groups.len() + shown;
    let rows_h = (rows.max(1) as f32) * ROW_H;
    let width = LABEL_W + TIMELINE_W + RIGHT;
    let height = HEADER_H + rows_h + FOOTER_H;
    let rows_top = HEADER_H;
    let rows_bottom = HEADER_H + rows_h;

    let title = match owner {
        Some(o) => format!("Lộ trình vận hành nền tảng số dùng chung quốc gia – {o}"),
        None => "Lộ trình vận hành nền tảng số dùng chung quốc gia".to_owned(),
    };
    let phases: Vec<String> = cat.roadmap.iter().map(|p| p.name.clone()).collect();
    let desc = format!(
        "Các giai đoạn theo 3090/QĐ-BKHCN Phần III.1: {}. {} nền tảng theo 1132/QĐ-TTg; ngày {}: {} đang vận hành, {} chưa vận hành.",
        phases.join("; "),
        shown,
        vi_date(on),
        live,
        shown - live,
    );

    let mut out = String::with_capacity(16_384 + shown * 700);
    out.push_str(&svg_tag(&num(width), &num(height)));
    out.push_str(&title_desc(&title, &desc));
    let _ = write!(
        out,
        "<style>{STYLE}</style><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>",
        w = num(width),
        h = num(height),
    );

    // Phase bands, behind everything, with their names in the header.
    for (k, ph) in cat.roadmap.iter().enumerate() {
        let (bx0, bx1) = (x_of(jan1(ph.from_year)), x_of(jan1(ph.to_year + 1)));
        let mut name = ph.name.clone();
        if !name.contains(&ph.from_year.to_string()) {
            name = format!("{} ({}–{})", name.trim(), ph.from_year, ph.to_year)
                .trim_start()
                .to_owned();
        }
        let fit = (((bx1 - bx0) - 8.0) / CHAR_W).max(4.0) as usize;
        let _ = write!(
            out,
            "<g class=\"phase-band\" data-phase=\"{id}\"><rect class=\"phase phase-{c}\" x=\"{x}\" y=\"4\" width=\"{bw}\" height=\"{bh}\"/>\
             <text class=\"phase-title\">",
            id = escape(ph.id.as_str()),
            c = k % 4,
            x = num(bx0),
            bw = num((bx1 - bx0).max(0.0)),
            bh = num(rows_bottom - 4.0),
        );
        for (i, line) in wrap(&name, fit, 2).iter().enumerate() {
            let _ = write!(
                out,
                "<tspan x=\"{x}\" y=\"{y}\">{t}</tspan>",
                x = num(bx0 + 4.0),
                y = num(20.0 + i as f32 * 15.0),
                t = escape(line.as_str()),
            );
        }
        out.push_str("</text></g>");
    }

    // Year ticks and labels.
    for year in y0..=y1 + 1 {
        let x = x_of(jan1(year));
        let _ = write!(
            out,
            "<line class=\"tick\" x1=\"{x}\" y1=\"50\" x2=\"{x}\" y2=\"{b}\"/>",
            x = num(x),
            b = num(rows_bottom),
        );
        if year <= y1 {
            let _ = write!(
                out,
                "<text class=\"year\" x=\"{x}\" y=\"64\" text-anchor=\"middle\">{year}</text>",
                x = num((x + x_of(jan1(year + 1))) / 2.0),
            );
        }
    }

    // The day 1132/QĐ-TTg was signed: what "Đã vận hành" refers to.
    let xs = x_of(Catalogue::SIGNED);
    let _ = write!(
        out,
        "<line class=\"signed\" x1=\"{x}\" y1=\"{t}\" x2=\"{x}\" y2=\"{b}\"/>",
        x = num(xs),
        t = num(rows_top),
        b = num(rows_bottom),
    );

    // Rows.
    let mut y = rows_top;
    for (o, ps) in &groups {
        let label = wrap(&format!("{o} ({})", ps.len()), OWNER_CHARS, 1).join("");
        let _ = write!(
            out,
            "<g class=\"owner\"><text x=\"16\" y=\"{ty}\">{t}</text></g>",
            ty = num(y + 16.0),
            t = escape(label.as_str()),
        );
        y += ROW_H;
        for p in ps {
            platform_row(&mut out, p, y, on, &x_of, x_end);
            y += ROW_H;
        }
    }
    if groups.is_empty() {
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{y}\" font-size=\"12\" fill=\"#334155\">Không có nền tảng nào của cơ quan này.</text>",
            y = num(rows_top + 16.0),
        );
    }

    // The chosen day, on top of the rows. Its label sits just under its line, the signing
    // date's on the line below, and neither line reaches the other's label, so the two never
    // collide however close the days are.
    let xo = x_of(on);
    let _ = write!(
        out,
        "<g class=\"on-day\" data-date=\"{on}\"><line class=\"on\" x1=\"{x}\" y1=\"68\" x2=\"{x}\" y2=\"{b}\"/>\
         <text class=\"on-label\" x=\"{x}\" y=\"{ty}\" text-anchor=\"{anchor}\">Ngày xem: {d}</text></g>\
         <text class=\"signed-label\" x=\"{xs}\" y=\"{sy}\" text-anchor=\"{sanchor}\">1132/QĐ-TTg ký ngày {sd}</text>",
        x = num(xo),
        b = num(rows_bottom + 8.0),
        ty = num(rows_bottom + 22.0),
        anchor = if xo > x_end - 80.0 { "end" } else if xo < tl_x + 80.0 { "start" } else { "middle" },
        d = vi_date(on),
        xs = num(xs),
        sy = num(rows_bottom + 40.0),
        sanchor = if xs > x_end - 90.0 {
            "end"
        } else if xs < tl_x + 90.0 {
            "start"
        } else {
            "middle"
        },
        sd = vi_date(Catalogue::SIGNED),
    );

    legend(&mut out, height - 24.0, on);
    out.push_str("</svg>");
    out
}

/// One platform's row: label, go-live glyph, the line from its certain start, and its status
/// dot on the chosen day.
fn platform_row(
    out: &mut String,
    p: &Platform,
    y: f32,
    on: Date,
    x_of: &impl Fn(Date) -> f32,
    x_end: f32,
) {
    let mid = y + ROW_H / 2.0;
    let status = if p.operational {
        "đang vận hành"
    } else {
        "chưa vận hành"
    };
    let aria = format!(
        "{} {} – {} – {} ngày {}",
        p.id,
        p.name,
        p.start.text,
        status,
        vi_date(on)
    );
    let tip = format!(
        "{} {}\nThời gian bắt đầu vận hành: {}\nNgày {}: {}",
        p.id,
        p.name,
        p.start.text,
        vi_date(on),
        status
    );
    let short = wrap(&p.name, NAME_CHARS, 1).join("");
    let _ = write!(
        out,
        "<g class=\"node {cls}\" data-id=\"{id}\" data-operational=\"{op}\" tabindex=\"0\" role=\"button\" aria-label=\"{aria}\">\
         <title>{tip}</title><rect class=\"hit\" x=\"8\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"3\"/>\
         <text class=\"pid\" x=\"28\" y=\"{ty}\">{id}</text><text x=\"76\" y=\"{ty}\">{short}</text>",
        cls = if p.operational { "k-live" } else { "k-planned" },
        id = escape(p.id.as_str()),
        op = p.operational,
        aria = escape(aria.as_str()),
        tip = escape(tip.as_str()),
        y = num(y + 1.0),
        w = num(x_end + 8.0),
        h = num(ROW_H - 2.0),
        ty = num(y + 16.0),
        short = escape(short.as_str()),
    );
    let run_from = match &p.start.when {
        StartKind::Operational => {
            // Operating since before the signing: an arrow out of the left edge.
            let x = x_end - TIMELINE_W;
            let _ = write!(
                out,
                "<path class=\"span\" d=\"M{x0} {m}L{x1} {t}L{x1} {b}Z\"/>",
                x0 = num(x),
                x1 = num(x + 10.0),
                m = num(mid),
                t = num(mid - 6.0),
                b = num(mid + 6.0),
            );
            x + 10.0
        }
        StartKind::Date { .. } => {
            let Some(d) = p.start.certain_from() else {
                return close(out);
            };
            let x = x_of(d);
            let _ = write!(
                out,
                "<path class=\"span\" d=\"M{x} {t}L{r} {m}L{x} {b}L{l} {m}Z\"/>",
                x = num(x),
                l = num(x - 6.0),
                r = num(x + 6.0),
                m = num(mid),
                t = num(mid - 6.0),
                b = num(mid + 6.0),
            );
            x + 6.0
        }
        StartKind::Year { from_year, to_year } => {
            let (x0, x1) = (x_of(jan1(*from_year)), x_of(jan1(*to_year + 1)));
            let _ = write!(
                out,
                "<rect class=\"span\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"10\" rx=\"3\"/>",
                x = num(x0 + 1.0),
                y = num(mid - 5.0),
                w = num((x1 - x0 - 2.0).max(2.0)),
            );
            x1
        }
    };
    if run_from < x_end - 1.0 {
        let _ = write!(
            out,
            "<line class=\"run\" x1=\"{a}\" y1=\"{m}\" x2=\"{b}\" y2=\"{m}\"/>",
            a = num(run_from),
            b = num(x_end),
            m = num(mid),
        );
    }
    let _ = write!(
        out,
        "<circle class=\"dot\" cx=\"{x}\" cy=\"{m}\" r=\"4\"/>",
        x = num(x_of(on)),
        m = num(mid),
    );
    close(out)
}

fn close(out: &mut String) {
    out.push_str("</g>");
}

fn legend(out: &mut String, y: f32, on: Date) {
    let _ = write!(
        out,
        "<g class=\"legend\" aria-hidden=\"true\">\
         <g class=\"k-live\"><circle class=\"dot\" cx=\"22\" cy=\"{m}\" r=\"4\"/></g>\
         <text x=\"32\" y=\"{t}\">Đang vận hành ngày {d}</text>\
         <g class=\"k-planned\"><circle class=\"dot\" cx=\"212\" cy=\"{m}\" r=\"4\"/></g>\
         <text x=\"222\" y=\"{t}\">Chưa vận hành</text>\
         <g class=\"k-live\"><path class=\"span\" d=\"M330 {m}L340 {a}L340 {b}Z\"/></g>\
         <text x=\"346\" y=\"{t}\">Đã vận hành trước khi 1132/QĐ-TTg được ký</text>\
         <g class=\"k-live\"><path class=\"span\" d=\"M630 {a}L636 {m}L630 {b}L624 {m}Z\"/></g>\
         <text x=\"642\" y=\"{t}\">Từ ngày</text>\
         <g class=\"k-live\"><rect class=\"span\" x=\"706\" y=\"{r}\" width=\"26\" height=\"10\" rx=\"3\"/></g>\
         <text x=\"738\" y=\"{t}\">Trong khoảng năm</text>\
         <g class=\"k-live\"><line class=\"run\" x1=\"860\" y1=\"{m}\" x2=\"886\" y2=\"{m}\"/></g>\
         <text x=\"892\" y=\"{t}\">Chắc chắn đã vận hành</text></g>",
        m = num(y),
        a = num(y - 6.0),
        b = num(y + 6.0),
        r = num(y - 5.0),
        t = num(y + 4.0),
        d = vi_date(on),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn year_positions_are_monotonic_and_exact_on_new_year() {
        assert_eq!(year_pos(d("2026-01-01")), 2026.0);
        assert!(year_pos(d("2026-06-30")) < year_pos(d("2026-07-01")));
        assert!(year_pos(d("2024-12-31")) < 2025.0);
        assert!((year_pos(d("2028-12-31")) - 2028.997).abs() < 0.01);
    }

    #[test]
    fn the_timeline_spans_the_phases() {
        assert_eq!(years(Catalogue::get()), (2025, 2030));
    }

    #[test]
    fn owners_sort_folded_and_unique() {
        let o = owners(Catalogue::get());
        let folded: Vec<String> = o.iter().map(|x| fold(x)).collect();
        assert!(folded.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(o.len(), 20);
    }

    #[test]
    fn an_unknown_owner_draws_an_empty_timeline() {
        let svg = svg(Catalogue::get(), d("2026-07-01"), Some("Không ai"));
        assert_eq!(svg.matches("<g class=\"node").count(), 0);
        assert!(svg.contains("Không có nền tảng"));
    }

    #[test]
    fn a_day_outside_the_phases_is_clamped_to_the_edge() {
        let svg = svg(Catalogue::get(), d("2040-01-01"), None);
        assert!(svg.contains("data-date=\"2040-01-01\""));
        assert!(!svg.contains("data-operational=\"false\""));
    }
}
