//! Readers and writers for framework files. Wire formats are types of their own, apart from the
//! internal [`crate::document::Document`], and every reader validates in two stages: raw data
//! first, then a checked document. Errors name the file's line and the field.

pub mod csv;
pub mod json;
pub mod share;

use std::fmt;

/// Why a file could not be read: where, and what is wrong, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The field, as a path like `components[3].layer`, when known.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ReadError {
    pub(crate) fn at(field: impl Into<String>, message: impl Into<String>) -> Self {
        ReadError {
            line: None,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// The message prefixed with the file name: `khung.json:12: components[3].layer: …`.
    pub fn in_file(&self, file: &str) -> String {
        let mut s = file.to_owned();
        if let Some(l) = self.line {
            s.push_str(&format!(":{l}"));
        }
        s.push_str(": ");
        if let Some(f) = &self.field {
            s.push_str(f);
            s.push_str(": ");
        }
        s.push_str(&self.message);
        s
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_file("input"))
    }
}

impl std::error::Error for ReadError {}

/// Most characters a name or other single-line field may hold; longer is surely not a name.
pub const MAX_NAME_CHARS: usize = 1_000;
/// Most characters a description may hold.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most components a framework may hold, to keep a hostile file from exhausting the browser.
pub const MAX_COMPONENTS: usize = 20_000;

/// Reads a framework from a file the user picked or named: a framework JSON, an SVG exported by
/// Khung (by its `.svg` name, or by content that starts with `<`, as `<svg` and `<?xml` do), which
/// carries its framework (see [`crate::export::svg`]), or a CSV inventory (by its `.csv` name, or
/// by content that starts like neither). `kind` and `agency` describe the agency for a CSV
/// inventory, which does not say. Invalid UTF-8 is reported with its line.
pub fn read_file(
    name: &str,
    bytes: &[u8],
    kind: crate::document::Kind,
    agency: &str,
) -> Result<crate::document::Document, ReadError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let name = crate::text::fold(name);
    let is_svg = name.ends_with(".svg") || (!name.ends_with(".csv") && first == Some(b'<'));
    let is_csv = !is_svg && (name.ends_with(".csv") || !matches!(first, Some(b'{') | None));
    if is_csv {
        return csv::read(bytes, kind, agency);
    }
    let text = std::str::from_utf8(body).map_err(|e| {
        let line = body[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        ReadError {
            line: Some(line),
            field: None,
            message: "not UTF-8 text; save the file as UTF-8".into(),
        }
    })?;
    if is_svg {
        return crate::export::svg::read(text);
    }
    json::read(text)
}
