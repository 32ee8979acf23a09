//! Graphviz DOT output of a framework, for comparison with `dot` and for users' own tooling.
//! A wrapper that implements `Display`, like petgraph's `Dot`.

use crate::document::{Direction, Document};
use std::fmt::{self, Display, Formatter};

/// A document in DOT; `to_string()` gives the text.
///
/// ```
/// use model::document::{Document, Kind};
/// let d = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// assert!(model::dot::Dot(&d).to_string().starts_with("digraph"));
/// ```
pub struct Dot<'a>(pub &'a Document);

/// Quotes `s` as a DOT string: backslashes and quotes escaped, newlines as `\n`.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Display for Dot<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.0;
        writeln!(f, "digraph {} {{", quote(&d.title))?;
        writeln!(
            f,
            "  rankdir=BT; newrank=true; node [shape=box, fontname=\"Noto Sans\"];"
        )?;
        for layer in 1..=4u8 {
            writeln!(
                f,
                "  subgraph cluster_layer{layer} {{ label={}; rank=same;",
                quote(&format!("Lớp {layer}"))
            )?;
            for c in d.components.iter().filter(|c| c.layer == layer) {
                writeln!(f, "    {} [label={}];", quote(&c.id), quote(&c.name))?;
            }
            writeln!(f, "  }}")?;
        }
        for e in &d.connections {
            let dir = if e.direction == Direction::Both {
                ", dir=both"
            } else {
                ""
            };
            writeln!(
                f,
                "  {} -> {} [label={}{dir}];",
                quote(&e.from),
                quote(&e.to),
                quote(&e.label)
            )?;
        }
        writeln!(f, "}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_hostile_text() {
        assert_eq!(quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }
}
