//! The minimap's drawing: the scene's bands and boxes only, with no text, so that a large
//! diagram's overview costs a fraction of the full SVG to build and for the browser to parse.

use crate::scene::Scene;
use std::fmt::{self, Display, Formatter, Write};

/// A text-free SVG overview of a scene; `to_string()` gives the markup.
///
/// ```
/// use model::{layout, minimap::Minimap, scene::NodeKind};
/// let band = layout::BandInput { layer: 1, title: "Hạ tầng".into(), items: vec![
///     layout::Item::new("n1", "<b>", NodeKind::National)] };
/// let mini = Minimap(&layout::layered("t", "d", &[band], &[], 4)).to_string();
/// assert!(mini.starts_with("<svg") && !mini.contains("<b>") && !mini.contains("<text"));
/// ```
pub struct Minimap<'a>(pub &'a Scene);

impl Display for Minimap<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut out = String::with_capacity(128 + s.nodes.len() * 64);
        write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {h:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" aria-hidden=\"true\">",
            w = s.width,
            h = s.height
        )?;
        for b in &s.bands {
            write!(
                out,
                "<rect x=\"4\" y=\"{:.0}\" width=\"{:.0}\" height=\"{:.0}\" fill=\"#eef2f6\" stroke=\"#9aa8b8\"/>",
                b.y,
                s.width - 8.0,
                b.height
            )?;
        }
        out.push_str("<g fill=\"#1f4e79\" fill-opacity=\".35\">");
        for n in &s.nodes {
            write!(
                out,
                "<rect x=\"{:.0}\" y=\"{:.0}\" width=\"{:.0}\" height=\"{:.0}\"/>",
                n.x, n.y, n.w, n.h
            )?;
        }
        out.push_str("</g></svg>");
        f.write_str(&out)
    }
}
