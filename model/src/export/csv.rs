//! The component inventory as CSV, for the spreadsheets agencies report in.
//!
//! The columns are those [`crate::io::csv`] reads, under their English ids: `name`,
//! `description`, `layer`, `status`, `owner`, `platform`, `capabilities`, `connects_to`, and,
//! when the caller supplies findings, a last `findings` column. Lists inside a cell are joined
//! by `"; "`, which the reader splits on.
//!
//! The file is what Excel opens without asking: UTF-8 with a byte-order mark (without one, Excel
//! reads Vietnamese as mojibake in the system code page), CRLF line ends, and fields quoted per
//! RFC 4180 when they hold a comma, a quote or a line break.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
//! so that a spreadsheet shows it as text instead of running it as a formula (OWASP, "CSV
//! Injection"). Re-importing such a file keeps the `'`: a component named `=SUM(A1)` comes back
//! as `'=SUM(A1)`. Names inside `connects_to` get the same prefix, so links still resolve.
//!
//! Re-importing through [`crate::io::csv::read`] gives the same components (name, description,
//! layer, status, owner, platform, capabilities) and the same links, with these limits of the
//! CSV form: ids become `c1`, `c2`, … and `e1`, `e2`, …; connections run forward, unlabelled;
//! positions and exemptions are not carried; and names must tell the rows apart (the reader
//! resolves `connects_to` by name) and hold no `;` (which separates names in a list), as must
//! capability terms. The framework JSON carries everything; this file is for spreadsheets.
//!
//! The `findings` column is for people reading the sheet: the CSV reader does not know it (it
//! refuses unknown columns), so a file meant to be imported again is written without findings.

use crate::document::{Component, Document};
use std::collections::HashMap;

/// The header, in the order the columns are written.
pub const COLUMNS: [&str; 8] = [
    "name",
    "description",
    "layer",
    "status",
    "owner",
    "platform",
    "capabilities",
    "connects_to",
];

/// The header of the optional last column.
pub const FINDINGS: &str = "findings";

/// The characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `s` as a spreadsheet will show it: prefixed with `'` when it would start a formula.
///
/// ```
/// use model::export::csv::defuse;
/// assert_eq!(defuse("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(defuse("Cổng dịch vụ công"), "Cổng dịch vụ công");
/// ```
pub fn defuse(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(FORMULA_START) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Writes the inventory of `doc`, with a `findings` column filled by `findings` when given (the
/// caller passes what the rules found for each component, as text).
///
/// Rows follow the document's order; `connects_to` lists, in the document's order, the names of
/// the components each row's outgoing connections reach (a two-way connection is listed once,
/// on the row it starts from); connections whose ends are missing are left out.
///
/// ```
/// use model::document::{Component, Document, Kind};
/// let mut doc = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// doc.components.push(Component::new("c1", "Hệ thống một cửa", 3));
/// let csv = model::export::csv::write(&doc, None);
/// assert!(csv.starts_with("\u{FEFF}name,description,layer,"));
/// assert!(csv.ends_with("Hệ thống một cửa,,3,existing,,,,\r\n"));
/// ```
///
/// # Complexity
/// O(n + m) for n components and m connections, plus the text written.
pub fn write(doc: &Document, findings: Option<&dyn Fn(&Component) -> String>) -> String {
    let names: HashMap<&str, &str> = doc
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let mut targets: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in &doc.connections {
        if let (true, Some(to)) = (
            names.contains_key(e.from.as_str()),
            names.get(e.to.as_str()),
        ) {
            targets.entry(e.from.as_str()).or_default().push(to);
        }
    }

    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header: Vec<&str> = COLUMNS.to_vec();
    if findings.is_some() {
        header.push(FINDINGS);
    }
    out.write_record(&header)
        .expect("writing to memory cannot fail");
    for c in &doc.components {
        let list = |items: &[&str]| {
            items
                .iter()
                .map(|s| defuse(s))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let capabilities: Vec<&str> = c.capabilities.iter().map(String::as_str).collect();
        let mut row: Vec<String> = vec![
            defuse(&c.name).into_owned(),
            defuse(&c.description).into_owned(),
            c.layer.to_string(),
            status(c).to_owned(),
            defuse(&c.owner).into_owned(),
            defuse(c.platform.as_deref().unwrap_or("")).into_owned(),
            list(&capabilities),
            list(targets.get(c.id.as_str()).map_or(&[], Vec::as_slice)),
        ];
        if let Some(f) = findings {
            row.push(defuse(&f(c)).into_owned());
        }
        out.write_record(&row)
            .expect("writing to memory cannot fail");
    }
    let bytes = out.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("every cell is UTF-8 text")
}

/// The status id the JSON uses, which the CSV reader also accepts.
fn status(c: &Component) -> &'static str {
    c.status.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Connection, Direction, Kind, Status};
    use crate::io::json;

    #[test]
    fn every_formula_start_is_defused() {
        for s in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(defuse(s).starts_with('\''), "{s:?}");
        }
        for s in ["", "1", "a=b", " =x", "'x"] {
            assert_eq!(defuse(s), s);
        }
    }

    #[test]
    fn statuses_read_back() {
        for s in Status::ALL {
            let mut c = Component::new("c", "n", 1);
            c.status = s;
            assert_eq!(json::parse_status(status(&c)), Some(s));
        }
    }

    #[test]
    fn dangling_connections_are_left_out() {
        let mut d = Document::new("t", Kind::Province, "");
        d.components = vec![Component::new("a", "A", 1)];
        d.connections = vec![Connection {
            id: "e".into(),
            from: "a".into(),
            to: "zz".into(),
            label: String::new(),
            direction: Direction::Forward,
        }];
        assert!(write(&d, None).ends_with("A,,1,existing,,,,\r\n"));
    }
}
