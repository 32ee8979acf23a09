//! A diagram made ready for an official document: under the drawing, the full legend (every
//! node look, finding outline, badge and kind of connection used) and a title block with the
//! framework's title, the agency, the date, the platform catalogue the findings were checked
//! against and the version of Khung that drew it, so that a figure pasted into a report says
//! where it comes from.
//!
//! The screen leaves this out (the editor shows the same facts around the drawing); SVG, PNG
//! and print all come from [`picture`], which joins these pieces to the very markup the screen
//! shows ([`crate::svg::Parts::to_svg_framed`]).

use crate::captions::{Caption, Lang};
use crate::catalogue::{Catalogue, Date};
use crate::layout::{wrap, LEGEND_H};
use crate::legend;
use crate::scene::Scene;
use crate::svg::{num, Frame, Parts};
use quick_xml::escape::escape;
use std::fmt::Write;

/// The title block's own styles; the legend's come with the diagram's stylesheet.
const STYLE: &str = ".sheet .legend-head{font-size:13px;font-weight:700;fill:#1b2a3a}\
.sheet .tb{fill:#fff;stroke:#1b2a3a;stroke-width:1.2}.sheet .tb-line{stroke:#1b2a3a;stroke-width:0.8}\
.sheet .tb-title{font-size:17px;font-weight:700;fill:#111}.sheet .tb-agency{font-size:14px;fill:#111}\
.sheet .tb-label{font-size:10px;fill:#475569;letter-spacing:0.02em}.sheet .tb-value{font-size:12.5px;fill:#111}";

/// Width of the title block's right-hand column of facts.
const FACTS_W: f32 = 330.0;
/// Line height of the title.
const TITLE_LINE: f32 = 21.0;
/// Average advance of one character of the bold 17 px title.
const TITLE_CHAR_W: f32 = 9.4;
/// Height of one fact (label and value).
const FACT_H: f32 = 27.0;

/// What the title block says.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The framework's (or view's) title.
    pub title: String,
    /// The agency; left out when empty (the national views).
    pub agency: String,
    /// The day the picture was made.
    pub date: Date,
    /// The day the findings were checked on (platforms operational on that day), when the user
    /// chose another day than `date`.
    pub checked_on: Option<Date>,
    /// The catalogue used, "1132/QĐ-TTg ngày 24/6/2026".
    pub catalogue: String,
    /// "Khung 0.1.0".
    pub drawn_with: String,
    /// The captions' language.
    pub lang: Lang,
}

/// A date as Vietnamese documents write it: 24/6/2026.
///
/// ```
/// let d = model::catalogue::Date::parse("2026-06-04").unwrap();
/// assert_eq!(model::export::sheet::day_month_year(d), "4/6/2026");
/// ```
pub fn day_month_year(d: Date) -> String {
    format!("{}/{}/{}", d.day, d.month, d.year)
}

impl Sheet {
    /// The title block for a picture of `title` by `agency`, made on `date`, checked against
    /// `cat`'s decision.
    pub fn new(cat: &Catalogue, title: &str, agency: &str, date: Date, lang: Lang) -> Sheet {
        let signed = Date::parse(&cat.decision.date)
            .map(day_month_year)
            .unwrap_or_else(|| cat.decision.date.clone());
        Sheet {
            title: title.to_owned(),
            agency: agency.to_owned(),
            date,
            checked_on: None,
            catalogue: format!(
                "{} {} {signed}",
                cat.decision.id,
                Caption::DatedOn.text(lang)
            ),
            drawn_with: format!("Khung {}", crate::VERSION),
            lang,
        }
    }
}

/// An exported picture: the SVG and its size in user units (CSS pixels at 1×).
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The SVG document.
    pub svg: String,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

/// `scene` as a document figure: the screen's markup with the legend and title block of
/// `sheet` under it, carrying `framework` (canonical JSON) in `<metadata>` when given.
///
/// ```
/// use model::{captions::Lang, catalogue::Date, export::sheet, layout, Catalogue};
/// let scene = layout::layered("Khung", "d", &[], &[], 4);
/// let s = sheet::Sheet::new(Catalogue::get(), "Khung <1>", "Lâm Đồng", Date::parse("2026-11-29").unwrap(), Lang::Vi);
/// let p = sheet::picture(&scene, None, &s);
/// assert!(p.svg.contains("Khung &lt;1&gt;") && p.svg.contains("1132/QĐ-TTg ngày 24/6/2026"));
/// assert!(p.height > scene.height);
/// ```
pub fn picture(scene: &Scene, framework: Option<&str>, sheet: &Sheet) -> Picture {
    let frame = frame(scene, sheet);
    Picture {
        svg: Parts::of(scene).to_svg_framed(framework, Some(&frame)),
        width: scene.width,
        height: frame.height,
    }
}

/// The legend and title block under `scene`, starting where the screen's legend rows start.
pub fn frame(scene: &Scene, sheet: &Sheet) -> Frame {
    let width = scene.width;
    let top = scene.height - LEGEND_H;
    let mut out = String::with_capacity(4096);
    let _ = write!(out, "<style>{STYLE}</style><g class=\"sheet\">");
    let items = legend::swatches(scene, false);
    let mut y = top + 4.0;
    if !items.is_empty() {
        let _ = write!(
            out,
            "<text class=\"legend-head\" x=\"16\" y=\"{}\">{}</text>",
            num(y + 12.0),
            Caption::Legend.text(sheet.lang)
        );
        out.push_str("<g class=\"legend\">");
        legend::write(&mut out, &items, 16.0, y + 20.0, width - 32.0, sheet.lang);
        out.push_str("</g>");
        y += 20.0 + legend::height(&items, width - 32.0, sheet.lang) + 6.0;
    }
    y += title_block(&mut out, sheet, 4.0, y, width - 8.0);
    out.push_str("</g>");
    Frame {
        height: y + 8.0,
        markup: out,
    }
}

/// Draws the title block at (`x`, `y`), `w` wide: title and agency on the left, the facts on
/// the right (under them when the drawing is narrow). Returns its height.
fn title_block(out: &mut String, s: &Sheet, x: f32, y: f32, w: f32) -> f32 {
    let side_by_side = w >= FACTS_W * 2.0;
    let left_w = if side_by_side { w - FACTS_W } else { w };
    // The title is never cut: a long one takes more lines.
    let title = wrap(
        &s.title,
        ((left_w - 28.0) / TITLE_CHAR_W).max(8.0) as usize,
        usize::MAX,
    );
    let agency = (!s.agency.is_empty()).then(|| {
        format!(
            "{}: {}",
            Caption::Agency.text(s.lang),
            escape(s.agency.as_str())
        )
    });
    let left_h = 14.0 + title.len() as f32 * TITLE_LINE + agency.as_ref().map_or(0.0, |_| 20.0);
    let mut facts = vec![(Caption::Date, day_month_year(s.date))];
    if let Some(day) = s.checked_on.filter(|&d| d != s.date) {
        facts.push((Caption::CheckedOn, day_month_year(day)));
    }
    facts.push((Caption::Catalogue, s.catalogue.clone()));
    facts.push((Caption::DrawnWith, s.drawn_with.clone()));
    let facts_h = facts.len() as f32 * FACT_H + 8.0;
    let h = if side_by_side {
        left_h.max(facts_h)
    } else {
        left_h + facts_h
    };
    let _ = write!(
        out,
        "<g class=\"title-block\"><rect class=\"tb\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>",
        x = num(x),
        y = num(y),
        w = num(w),
        h = num(h),
    );
    let mut ty = y + 8.0;
    for line in &title {
        ty += TITLE_LINE;
        let _ = write!(
            out,
            "<text class=\"tb-title\" x=\"{}\" y=\"{}\">{}</text>",
            num(x + 14.0),
            num(ty - 4.0),
            escape(line.as_str())
        );
    }
    if let Some(a) = agency {
        let _ = write!(
            out,
            "<text class=\"tb-agency\" x=\"{}\" y=\"{}\">{a}</text>",
            num(x + 14.0),
            num(ty + 16.0),
        );
    }
    let (fx, fy) = if side_by_side {
        rule(out, x + left_w, y, 'v', h);
        (x + left_w, y)
    } else {
        rule(out, x, y + left_h, 'h', w);
        (x, y + left_h)
    };
    for (i, (label, value)) in facts.iter().enumerate() {
        let row = fy + 4.0 + i as f32 * FACT_H;
        if i > 0 && side_by_side {
            rule(out, fx, row, 'h', FACTS_W);
        }
        let _ = write!(
            out,
            "<text class=\"tb-label\" x=\"{lx}\" y=\"{ly}\">{l}</text>\
             <text class=\"tb-value\" x=\"{lx}\" y=\"{vy}\">{v}</text>",
            lx = num(fx + 12.0),
            ly = num(row + 11.0),
            vy = num(row + 24.0),
            l = escape(label.text(s.lang)),
            v = escape(value.as_str()),
        );
    }
    out.push_str("</g>");
    h
}

/// A ruled line of the title block from (`x`, `y`), `len` long, `h`orizontal or `v`ertical.
fn rule(out: &mut String, x: f32, y: f32, dir: char, len: f32) {
    let _ = write!(
        out,
        "<path class=\"tb-line\" d=\"M{} {}{dir}{}\"/>",
        num(x),
        num(y),
        num(len)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{layered, BandInput, Item};
    use crate::scene::NodeKind;

    fn sheet(lang: Lang) -> Sheet {
        Sheet::new(
            Catalogue::get(),
            "Khung kiến trúc số tỉnh Lâm Đồng phiên bản 4.0 giai đoạn 2026–2030 <dự thảo>",
            "UBND tỉnh Lâm Đồng",
            Date::parse("2026-11-29").unwrap(),
            lang,
        )
    }

    fn scene() -> Scene {
        let band = BandInput {
            layer: 2,
            title: "Lớp 2".into(),
            items: vec![Item::new("a", "LGSP tỉnh", NodeKind::OwnExisting)],
        };
        layered("t", "d", &[band], &[], 4)
    }

    #[test]
    fn the_title_block_says_what_where_when_against_what_and_by_what() {
        let p = picture(&scene(), None, &sheet(Lang::Vi));
        for text in [
            "&lt;dự thảo&gt;",
            "Cơ quan: UBND tỉnh Lâm Đồng",
            "29/11/2026",
            "1132/QĐ-TTg ngày 24/6/2026",
            &format!("Khung {}", crate::VERSION),
            "Chú giải",
        ] {
            assert!(p.svg.contains(text), "{text}");
        }
        // The long title wraps instead of being cut.
        assert!(!p.svg.contains('…'));
        assert!(p.svg.matches("class=\"tb-title\"").count() >= 2);
        assert!(p.svg.contains(&format!("height=\"{}\"", num(p.height))));
    }

    #[test]
    fn findings_checked_on_another_day_say_so() {
        let mut sh = sheet(Lang::Vi);
        let plain = picture(&scene(), None, &sh);
        assert!(!plain.svg.contains("tính theo ngày"));
        sh.checked_on = Date::parse("2027-01-01");
        let p = picture(&scene(), None, &sh);
        assert!(p.svg.contains("Phát hiện tính theo ngày") && p.svg.contains("1/1/2027"));
        assert!(p.height > plain.height);
    }

    #[test]
    fn english_captions_keep_the_data_vietnamese() {
        let p = picture(&scene(), None, &sheet(Lang::En));
        assert!(p.svg.contains("Agency: UBND tỉnh Lâm Đồng"));
        assert!(p.svg.contains("1132/QĐ-TTg of 24/6/2026"));
        assert!(p.svg.contains("Legend"));
    }

    #[test]
    fn a_narrow_drawing_stacks_the_facts_under_the_title() {
        let mut s = scene();
        s.width = 400.0;
        let wide = frame(&scene(), &sheet(Lang::Vi)).height;
        let narrow = frame(&s, &sheet(Lang::Vi)).height;
        assert!(narrow > wide, "{narrow} ≤ {wide}");
    }
}
