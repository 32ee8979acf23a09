//! The CSV inventory: the list of systems that agencies keep in spreadsheets, imported as a
//! framework so that nobody retypes it.
//!
//! The first line names the columns; `name` is required, the others are optional and may come in
//! any order, in English or Vietnamese, with or without diacritics ("Tên hệ thống", "ten",
//! "Name"). Excel's quirks are accepted: a UTF-8 byte-order mark, CRLF or bare CR line ends, and
//! `;` as the delimiter, which Excel writes in locales (Vietnamese among them) whose decimal
//! separator is a comma.
//!
//! `connects_to` lists the names of other rows. With `,` as the delimiter the names are separated
//! by `;`. With `;` as the delimiter `;` cannot also separate names, so they are separated by `|`
//! when the field holds one, and otherwise by `,`, unless the whole field is itself the name of a
//! row (names such as "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)" hold commas).
//! `capabilities` is split the same way, without the whole-field rule.
//!
//! Like every reader, this one validates in two stages (rows first, then the links between them)
//! and never panics: a broken or hostile file yields a [`ReadError`] naming the line and column.

use super::json::{parse_status, text};
use super::{ReadError, MAX_COMPONENTS, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::document::{Component, Connection, Direction, Document, Kind};
use crate::text::fold;
use std::collections::{HashMap, HashSet};

/// The layer a row without one is put on: 3, applications, because most agency inventories are
/// lists of applications, and a default lets such a list import without editing every row.
pub const DEFAULT_LAYER: u8 = 3;

/// A column this reader knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Description,
    Layer,
    Status,
    Owner,
    ConnectsTo,
    Platform,
    Capabilities,
    /// Written by Khung's own CSV export; read and ignored, since findings are recomputed from
    /// the framework, so an exported inventory imports again unchanged.
    Findings,
}

impl Column {
    const ALL: [Column; 9] = [
        Column::Name,
        Column::Description,
        Column::Layer,
        Column::Status,
        Column::Owner,
        Column::ConnectsTo,
        Column::Platform,
        Column::Capabilities,
        Column::Findings,
    ];

    /// The English id, used as the field in errors.
    fn id(self) -> &'static str {
        self.names()[0]
    }

    /// Every header that names this column; the first is the id, the second the Vietnamese name
    /// shown in messages.
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["name", "tên", "tên hệ thống"],
            Column::Description => &["description", "mô tả"],
            Column::Layer => &["layer", "lớp"],
            Column::Status => &["status", "trạng thái"],
            Column::Owner => &["owner", "chủ quản", "đơn vị", "cơ quan chủ quản"],
            Column::ConnectsTo => &["connects_to", "kết nối"],
            Column::Platform => &["platform", "nền tảng"],
            Column::Capabilities => &["capabilities", "năng lực"],
            Column::Findings => &["findings", "phát hiện"],
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn from_header(h: &str) -> Option<Column> {
        let k = key(h);
        Column::ALL
            .into_iter()
            .find(|c| c.names().iter().any(|n| key(n) == k))
    }
}

/// A header folded for matching: no case, no diacritics, no spaces, `_` or `-`, so that
/// "Connects To", "connects_to" and "CONNECTS-TO" are one column.
fn key(h: &str) -> String {
    fold(h)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .collect()
}

/// The columns, for messages: `name (tên), description (mô tả), …`.
fn accepted() -> String {
    Column::ALL
        .iter()
        .map(|c| format!("{} ({})", c.names()[0], c.names()[1]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value as shown in a message: at most 80 characters and no control characters, so that a
/// hostile value cannot flood or garble the message.
fn shown(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(80)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(80).is_some() {
        out.push('…');
    }
    out
}

fn on_line(line: usize, e: ReadError) -> ReadError {
    ReadError {
        line: Some(line),
        ..e
    }
}

fn error(line: usize, field: Option<&str>, message: impl Into<String>) -> ReadError {
    ReadError {
        line: Some(line),
        field: field.map(str::to_owned),
        message: message.into(),
    }
}

/// Turns the byte offset where the csv crate starts a record into that record's 1-based line.
///
/// The csv crate's own line numbers point before the blank lines it skips, so lines are counted
/// here instead, over the text whose line ends are all `\n`. Offsets come in order, so counting
/// is linear over the whole file.
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl Lines<'_> {
    fn line_at(&mut self, byte: usize) -> usize {
        let mut start = byte.min(self.text.len());
        while self.text.get(start) == Some(&b'\n') {
            start += 1;
        }
        if start < self.at {
            self.at = 0;
            self.line = 1;
        }
        self.line += self.text[self.at..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.at = start;
        self.line
    }
}

/// CRLF and bare CR become LF, so the csv crate and the line count agree on what a line is and
/// values from cells with line breaks hold `\n` alone. CR and LF never occur inside a multi-byte
/// UTF-8 sequence, so this is safe before UTF-8 is checked.
fn unify_line_ends(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut bytes = input.iter().peekable();
    while let Some(&b) = bytes.next() {
        if b == b'\r' {
            if bytes.peek() == Some(&&b'\n') {
                bytes.next();
            }
            out.push(b'\n');
        } else {
            out.push(b);
        }
    }
    out
}

/// `;` when the first non-blank line holds `;` but no `,`, as Excel writes in Vietnamese locales.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    }
}

/// One data row, checked on its own, before the links between rows are resolved.
struct Row {
    line: usize,
    component: Component,
    connects_to: String,
}

/// Reads a CSV inventory as a framework of `kind` for `agency`.
///
/// Rows become components `c1`, `c2`, … in order (blank rows are skipped) and `connects_to`
/// becomes connections `e1`, `e2`, …, each running forward and unlabelled. Any error names the
/// line and the column.
pub fn read(input: &[u8], kind: Kind, agency: &str) -> Result<Document, ReadError> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let bytes = unify_line_ends(input);
    let content = std::str::from_utf8(&bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        ReadError {
            line: Some(line),
            field: None,
            message: "is not UTF-8 text; in Excel, save it as \"CSV UTF-8 (Comma delimited)\""
                .into(),
        }
    })?;
    let delim = delimiter(content);
    let mut lines = Lines {
        text: content.as_bytes(),
        at: 0,
        line: 1,
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delim)
        .from_reader(content.as_bytes());
    let mut records = reader.records();
    let mut next =
        |lines: &mut Lines<'_>| -> Result<Option<(usize, ::csv::StringRecord)>, ReadError> {
            match records.next() {
                None => Ok(None),
                Some(Ok(r)) => {
                    let byte = r.position().map_or(0, |p| p.byte());
                    let line = lines.line_at(usize::try_from(byte).unwrap_or(usize::MAX));
                    Ok(Some((line, r)))
                }
                Some(Err(e)) => Err(ReadError {
                    line: e
                        .position()
                        .map(|p| lines.line_at(usize::try_from(p.byte()).unwrap_or(usize::MAX))),
                    field: None,
                    message: format!("is not valid CSV: {e}"),
                }),
            }
        };

    let Some((header_line, header)) = next(&mut lines)? else {
        return Err(ReadError {
            line: None,
            field: None,
            message: "is empty; its first line must name the columns, such as name,layer,status"
                .into(),
        });
    };
    let columns = columns(&header, header_line)?;

    let mut rows: Vec<Row> = Vec::new();
    while let Some((line, record)) = next(&mut lines)? {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != columns.len() {
            return Err(error(
                line,
                None,
                format!(
                    "has {} fields but the header has {}; look for a missing or extra '{}' or an \
                     unclosed quote",
                    record.len(),
                    columns.len(),
                    delim as char
                ),
            ));
        }
        if rows.len() == MAX_COMPONENTS {
            return Err(error(
                line,
                None,
                format!(
                    "has more than {MAX_COMPONENTS} rows; at most {MAX_COMPONENTS} components are \
                     allowed"
                ),
            ));
        }
        let id = format!("c{}", rows.len() + 1);
        rows.push(row(id, line, &columns, &record, delim).map_err(|e| on_line(line, e))?);
    }

    let agency = text("agency".into(), agency, MAX_NAME_CHARS, false)?;
    let mut doc = Document::new(title(kind, &agency), kind, agency);
    doc.connections = connect(&rows, delim)?;
    doc.components = rows.into_iter().map(|r| r.component).collect();
    Ok(doc)
}

/// The title of an imported framework, cut to [`MAX_NAME_CHARS`] so that it always reads back.
fn title(kind: Kind, agency: &str) -> String {
    let of = if agency.is_empty() {
        kind.label()
    } else {
        agency
    };
    let t = format!("Khung kiến trúc số của {of}");
    if t.chars().count() <= MAX_NAME_CHARS {
        return t;
    }
    let mut cut: String = t.chars().take(MAX_NAME_CHARS - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Maps each header cell to its column; `None` for a cell left empty, which Excel writes for a
/// formatted but unused column. Refuses unknown and repeated columns and a missing `name`.
fn columns(header: &::csv::StringRecord, line: usize) -> Result<Vec<Option<Column>>, ReadError> {
    let mut seen: [Option<&str>; Column::ALL.len()] = [None; Column::ALL.len()];
    let mut out = Vec::with_capacity(header.len());
    for h in header {
        if h.trim().is_empty() {
            out.push(None);
            continue;
        }
        let Some(c) = Column::from_header(h) else {
            return Err(error(
                line,
                Some(&shown(h.trim())),
                format!(
                    "is not a column Khung reads; the columns are {}",
                    accepted()
                ),
            ));
        };
        if let Some(first) = seen[c.index()] {
            return Err(error(
                line,
                Some(&shown(h.trim())),
                format!(
                    "is the same column as '{}'; each column may appear once",
                    shown(first.trim())
                ),
            ));
        }
        seen[c.index()] = Some(h);
        out.push(Some(c));
    }
    if seen[Column::Name.index()].is_none() {
        return Err(error(
            line,
            Some("name"),
            format!(
                "no column is named name (tên); the first line must name the columns, such as \
                 name,layer,status; the columns are {}",
                accepted()
            ),
        ));
    }
    Ok(out)
}

/// Each known column's value in `record`, empty for columns the header lacks; refuses a value
/// under an empty header cell.
fn cells<'r>(
    columns: &[Option<Column>],
    record: &'r ::csv::StringRecord,
) -> Result<[&'r str; Column::ALL.len()], ReadError> {
    let mut v = [""; Column::ALL.len()];
    for (i, (c, value)) in columns.iter().zip(record.iter()).enumerate() {
        match c {
            Some(c) => v[c.index()] = value,
            None if !value.trim().is_empty() => {
                return Err(ReadError::at(
                    format!("column {}", i + 1),
                    "holds a value but has no header; name the column or empty it",
                ))
            }
            None => {}
        }
    }
    Ok(v)
}

/// The separators of a list inside a cell; see the module header.
fn list_separators(delim: u8, value: &str) -> &'static [char] {
    if delim != b';' {
        &[';']
    } else if value.contains('|') {
        &['|']
    } else {
        &[',']
    }
}

/// Checks one row on its own: every value, but not yet the names it connects to.
fn row(
    id: String,
    line: usize,
    columns: &[Option<Column>],
    record: &::csv::StringRecord,
    delim: u8,
) -> Result<Row, ReadError> {
    let v = cells(columns, record)?;
    let get = |c: Column| v[c.index()];
    let field = |c: Column, max: usize, required: bool| text(c.id().into(), get(c), max, required);

    let name = field(Column::Name, MAX_NAME_CHARS, true)?;
    let description = field(Column::Description, MAX_TEXT_CHARS, false)?;
    let layer_text = field(Column::Layer, MAX_NAME_CHARS, false)?;
    let layer = layer(&layer_text).map_err(|m| ReadError::at("layer", m))?;
    let status_text = field(Column::Status, MAX_NAME_CHARS, false)?;
    let status = parse_status(&status_text).ok_or_else(|| {
        ReadError::at(
            "status",
            format!(
                "'{}' is not a status; use existing, planned, expanding or retiring (hiện có, \
                 kế hoạch, mở rộng, sắp dừng)",
                shown(&status_text)
            ),
        )
    })?;
    let owner = field(Column::Owner, MAX_NAME_CHARS, false)?;
    let platform_text = field(Column::Platform, MAX_NAME_CHARS, false)?;
    let platform = if platform_text.is_empty() {
        None
    } else {
        let p = platform_text.to_ascii_uppercase();
        let b = p.as_bytes();
        let ok = b.len() == 4
            && matches!(b[0], b'A' | b'B')
            && b[1] == b'-'
            && b[2].is_ascii_digit()
            && b[3].is_ascii_digit();
        if !ok {
            return Err(ReadError::at(
                "platform",
                format!(
                    "'{}' is not a catalogue platform id such as A-01 or B-12",
                    shown(&platform_text)
                ),
            ));
        }
        Some(p)
    };
    let caps = get(Column::Capabilities);
    let mut capabilities = Vec::new();
    for item in caps.split(list_separators(delim, caps)) {
        let t = text("capabilities".into(), item, MAX_NAME_CHARS, false)?;
        if !t.is_empty() {
            capabilities.push(t);
        }
    }
    Ok(Row {
        line,
        component: Component {
            id,
            name,
            description,
            layer,
            status,
            owner,
            capabilities,
            platform,
            position: None,
            exemption: None,
        },
        connects_to: get(Column::ConnectsTo).to_owned(),
    })
}

/// Parses a layer as written in a spreadsheet: `2`, `Lớp 2`, `layer 2`; empty is
/// [`DEFAULT_LAYER`]. The error is the message for the user.
fn layer(s: &str) -> Result<u8, String> {
    if s.is_empty() {
        return Ok(DEFAULT_LAYER);
    }
    let f = fold(s);
    let n = f
        .strip_prefix("lop")
        .or_else(|| f.strip_prefix("layer"))
        .unwrap_or(&f)
        .trim();
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("'{}' is not a layer; layers are 1 to 4", shown(s)));
    }
    match n.parse::<u8>() {
        Ok(l @ 1..=4) => Ok(l),
        _ => Err(format!("{} is not a layer; layers are 1 to 4", shown(n))),
    }
}

/// Where to find rows by name: exactly (after NFC) and folded.
struct Names {
    exact: HashMap<String, Vec<usize>>,
    folded: HashMap<String, Vec<usize>>,
}

impl Names {
    fn new(rows: &[Row]) -> Self {
        let mut exact: HashMap<String, Vec<usize>> = HashMap::new();
        let mut folded: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            exact.entry(r.component.name.clone()).or_default().push(i);
            folded.entry(fold(&r.component.name)).or_default().push(i);
        }
        Names { exact, folded }
    }

    /// The rows `name` may mean: an exact match wins over folded ones.
    fn find(&self, name: &str) -> &[usize] {
        match self.exact.get(name) {
            Some(v) => v,
            None => self.folded.get(&fold(name)).map_or(&[], Vec::as_slice),
        }
    }
}

/// Resolves every row's `connects_to` to connections.
fn connect(rows: &[Row], delim: u8) -> Result<Vec<Connection>, ReadError> {
    let names = Names::new(rows);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, r) in rows.iter().enumerate() {
        let raw = r.connects_to.as_str();
        let whole = text("connects_to".into(), raw, MAX_NAME_CHARS, false);
        let items: Vec<&str> = match whole {
            Ok(w) if delim == b';' && !raw.contains('|') && !names.find(&w).is_empty() => {
                vec![raw]
            }
            _ => raw.split(list_separators(delim, raw)).collect(),
        };
        for item in items {
            let target = text("connects_to".into(), item, MAX_NAME_CHARS, false)
                .map_err(|e| on_line(r.line, e))?;
            if target.is_empty() {
                continue;
            }
            let j = match names.find(&target) {
                [] => {
                    return Err(error(
                        r.line,
                        Some("connects_to"),
                        format!("no row is named '{}'", shown(&target)),
                    ))
                }
                [j] => *j,
                many => {
                    let lines: Vec<String> =
                        many.iter().map(|&k| rows[k].line.to_string()).collect();
                    return Err(error(
                        r.line,
                        Some("connects_to"),
                        format!(
                            "'{}' is ambiguous: rows on lines {} have that name; make the names \
                             differ",
                            shown(&target),
                            lines.join(", ")
                        ),
                    ));
                }
            };
            if j == i {
                return Err(error(
                    r.line,
                    Some("connects_to"),
                    format!(
                        "'{}' is this row itself; a row cannot connect to itself",
                        shown(&target)
                    ),
                ));
            }
            if seen.insert((i, j)) {
                out.push(Connection {
                    id: format!("e{}", out.len() + 1),
                    from: r.component.id.clone(),
                    to: rows[j].component.id.clone(),
                    label: String::new(),
                    direction: Direction::Forward,
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Status;

    fn read_str(s: &str) -> Result<Document, ReadError> {
        read(s.as_bytes(), Kind::Province, "Lâm Đồng")
    }

    fn err(s: &str) -> ReadError {
        read_str(s).unwrap_err()
    }

    #[test]
    fn reads_an_excel_file_with_bom_and_crlf() {
        let file = "\u{FEFF}name,description,layer,status,owner,connects_to\r\n\
            Hệ thống một cửa điện tử,Tiếp nhận hồ sơ,3,existing,Văn phòng UBND tỉnh,LGSP tỉnh\r\n\
            LGSP tỉnh,,2,planned,Sở Khoa học và Công nghệ,\r\n";
        let d = read_str(file).unwrap();
        assert_eq!(d.title, "Khung kiến trúc số của Lâm Đồng");
        assert_eq!(d.agency, "Lâm Đồng");
        assert_eq!(d.components.len(), 2);
        let c = &d.components[0];
        assert_eq!(c.id, "c1");
        assert_eq!(c.name, "Hệ thống một cửa điện tử");
        assert_eq!(c.description, "Tiếp nhận hồ sơ");
        assert_eq!(c.owner, "Văn phòng UBND tỉnh");
        assert_eq!((c.layer, c.status), (3, Status::Existing));
        assert_eq!(
            (d.components[1].layer, d.components[1].status),
            (2, Status::Planned)
        );
        assert_eq!(d.connections.len(), 1);
        let e = &d.connections[0];
        assert_eq!(
            (e.id.as_str(), e.from.as_str(), e.to.as_str()),
            ("e1", "c1", "c2")
        );
        assert_eq!((e.label.as_str(), e.direction), ("", Direction::Forward));
    }

    #[test]
    fn reads_vietnamese_headers_in_any_case_and_spelling() {
        let file = "Tên hệ thống,MÔ TẢ,lop,Trạng thái,Cơ quan chủ quản,Kết nối,Nền tảng,Năng lực\n\
            Cổng dịch vụ công tỉnh,,Lớp 4,Kế hoạch,Văn phòng UBND tỉnh,,A-01,định danh; thanh toán\n";
        let d = read_str(file).unwrap();
        let c = &d.components[0];
        assert_eq!(c.layer, 4);
        assert_eq!(c.status, Status::Planned);
        assert_eq!(c.owner, "Văn phòng UBND tỉnh");
        assert_eq!(c.platform.as_deref(), Some("A-01"));
        assert_eq!(c.capabilities, ["định danh", "thanh toán"]);
        let spaced = read_str("Connects To,ten\n,x\n").unwrap();
        assert_eq!(spaced.components[0].name, "x");
    }

    #[test]
    fn reads_semicolon_delimited_files_and_their_lists() {
        let file = "tên;lớp;kết nối\n\
            Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP);2;\n\
            Hệ thống một cửa điện tử;3;Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)\n\
            Cổng dịch vụ công tỉnh;4;Hệ thống một cửa điện tử|LGSP\n\
            Kho dữ liệu dùng chung;2;Hệ thống một cửa điện tử, Cổng dịch vụ công tỉnh\n";
        let e = read_str(file).unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e.message.contains("'LGSP'"), "{e}");
        let d = read_str(&file.replace("|LGSP", "|Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)"))
            .unwrap();
        assert_eq!(
            d.components[0].name,
            "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)"
        );
        let pairs: Vec<(&str, &str)> = d
            .connections
            .iter()
            .map(|e| (e.from.as_str(), e.to.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("c2", "c1"),
                ("c3", "c2"),
                ("c3", "c1"),
                ("c4", "c2"),
                ("c4", "c3")
            ]
        );
    }

    #[test]
    fn layer_seven_names_line_and_field() {
        let e = err("name,layer\nHệ thống một cửa điện tử,3\nLGSP tỉnh,7\n");
        assert_eq!(e.line, Some(3));
        assert_eq!(e.field.as_deref(), Some("layer"));
        assert_eq!(e.message, "7 is not a layer; layers are 1 to 4");
        assert_eq!(
            e.in_file("kiemke.csv"),
            "kiemke.csv:3: layer: 7 is not a layer; layers are 1 to 4"
        );
        assert!(err("name,layer\nx,Lớp 9\n").message.starts_with("9 is not"));
        assert!(err("name,layer\nx,cao\n")
            .message
            .starts_with("'cao' is not"));
    }

    #[test]
    fn empty_layer_is_the_application_layer() {
        let d = read_str("name,layer\nx,\ny,Layer 1\n").unwrap();
        assert_eq!(d.components[0].layer, DEFAULT_LAYER);
        assert_eq!(d.components[1].layer, 1);
    }

    #[test]
    fn unknown_column_is_named_with_the_accepted_ones() {
        let e = err("name,Ngân sách\nx,1\n");
        assert_eq!(e.line, Some(1));
        assert_eq!(e.field.as_deref(), Some("Ngân sách"));
        assert!(e.message.contains("connects_to (kết nối)"), "{e}");
        assert!(e.message.contains("name (tên)"), "{e}");
    }

    #[test]
    fn missing_and_repeated_columns_are_refused() {
        let e = err("mô tả,layer\nx,1\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(1), Some("name")));
        let e = err("name,Tên\nx,y\n");
        assert_eq!(e.field.as_deref(), Some("Tên"));
        assert!(e.message.contains("'name'"), "{e}");
    }

    #[test]
    fn empty_file_and_blank_rows() {
        assert!(read_str("").is_err());
        assert!(read_str("\u{FEFF}\r\n").is_err());
        let d = read_str("name,layer\n,\n\nx,2\n , \n").unwrap();
        assert_eq!(d.components.len(), 1);
        assert_eq!(d.components[0].id, "c1");
    }

    #[test]
    fn unnamed_columns_must_be_empty() {
        assert_eq!(read_str("name,,\nx,,\n").unwrap().components.len(), 1);
        let e = err("name,\nx,\ny,z\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("column 2")));
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut file = b"name,layer\r\nx,1\r\n".to_vec();
        file.extend_from_slice(b"H\xe1 th\xf4ng,2\r\n");
        let e = read(&file, Kind::Province, "").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("UTF-8"), "{e}");
    }

    #[test]
    fn wrong_field_count_names_its_line() {
        let e = err("name,layer\r\nx,1\r\ny,2,3\r\n");
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("3 fields"), "{e}");
    }

    #[test]
    fn line_numbers_count_quoted_line_breaks_and_blank_lines() {
        let file = "name,description,layer\r\n\
            \"Hệ thống một cửa điện tử\",\"Tiếp nhận,\r\ntrả kết quả\r\nhồ sơ\",3\r\n\
            \r\n\
            \"LGSP tỉnh\",\"\",9\r\n";
        let e = err(file);
        assert_eq!(e.line, Some(6));
        let d = read_str(&file.replace(",9", ",2")).unwrap();
        assert_eq!(
            d.components[0].description,
            "Tiếp nhận,\ntrả kết quả\nhồ sơ"
        );
        let cr_only = "name,layer\rx,1\r\ry,8\r";
        assert_eq!(err(cr_only).line, Some(4));
    }

    #[test]
    fn connects_to_matches_without_diacritics() {
        let file = "name,connects_to\n\
            Hệ thống một cửa điện tử,lgsp  TINH ; Cổng dịch vụ công tỉnh\n\
            LGSP tỉnh,\n\
            Cổng dịch vụ công tỉnh,LGSP tỉnh\n";
        let d = read_str(file).unwrap();
        let pairs: Vec<(&str, &str)> = d
            .connections
            .iter()
            .map(|e| (e.from.as_str(), e.to.as_str()))
            .collect();
        assert_eq!(pairs, [("c1", "c2"), ("c1", "c3"), ("c3", "c2")]);
        assert_eq!(d.connections[2].id, "e3");
    }

    #[test]
    fn exact_name_wins_over_folded_ones() {
        let d = read_str("name,connects_to\nCổng,\nCong,\nx,Cổng\n").unwrap();
        assert_eq!(d.connections[0].to, "c1");
    }

    #[test]
    fn unknown_ambiguous_and_self_connections_are_refused() {
        let e = err("name,connects_to\nLGSP tỉnh,\nx,Trục liên thông văn bản\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(3), Some("connects_to")));
        assert!(e.message.contains("'Trục liên thông văn bản'"), "{e}");

        let e = err("name,connects_to\nLGSP tỉnh,\nLGSP tinh,\nx,lgsp tinh\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(4), Some("connects_to")));
        assert!(e.message.contains("ambiguous"), "{e}");
        assert!(e.message.contains("lines 2, 3"), "{e}");

        let e = err("name,connects_to\nLGSP tỉnh,lgsp tinh\n");
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("itself"), "{e}");
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        let decomposed = "He\u{323}\u{302} tho\u{302}\u{301}ng mo\u{323}\u{302}t cu\u{31B}\u{309}a";
        let file = format!(
            "te\u{302}n,ke\u{302}\u{301}t no\u{302}\u{301}i\n{decomposed},\nx,{decomposed}\n"
        );
        let d = read(file.as_bytes(), Kind::Commune, "").unwrap();
        assert_eq!(d.components[0].name, "Hệ thống một cửa");
        assert_eq!(d.connections.len(), 1);
        assert_eq!(d.title, "Khung kiến trúc số của Cấp xã");
    }

    #[test]
    fn bad_values_name_their_field() {
        let e = err("name,status\nx,đã hủy\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(2), Some("status")));
        assert!(e.message.contains("'đã hủy'"), "{e}");
        let e = err("name,platform\nx,C-01\n");
        assert_eq!(e.field.as_deref(), Some("platform"));
        let e = err("name,layer\n  ,2\n");
        assert_eq!((e.line, e.field.as_deref()), (Some(2), Some("name")));
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        let e = err(&format!("name\n{long}\n"));
        assert_eq!((e.line, e.field.as_deref()), (Some(2), Some("name")));
        let e = err("name\n\"a\u{7}b\"\n");
        assert!(e.message.contains("control"), "{e}");
    }

    #[test]
    fn platform_ids_are_upper_cased() {
        let d = read_str("name,platform\nVNeID,a-03\n").unwrap();
        assert_eq!(d.components[0].platform.as_deref(), Some("A-03"));
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut file = String::from("name\n");
        for i in 0..=MAX_COMPONENTS {
            file.push_str(&format!("r{i}\n"));
        }
        let e = err(&file);
        assert_eq!(e.line, Some(MAX_COMPONENTS + 2));
    }

    #[test]
    fn long_agency_still_gives_a_title_that_reads_back() {
        let agency = "Ủy ban nhân dân ".repeat(62);
        let d = read(b"name\nx\n", Kind::Province, &agency).unwrap();
        assert!(d.title.chars().count() <= MAX_NAME_CHARS);
        let json = crate::io::json::write(&d);
        assert_eq!(crate::io::json::read(&json).unwrap(), d);
    }

    #[test]
    fn the_findings_column_of_an_export_is_ignored() {
        let input = "name,layer,findings\r\nHệ thống một cửa điện tử,3,trùng B-02\r\n";
        let d = read(input.as_bytes(), Kind::Province, "Lâm Đồng").unwrap();
        assert_eq!(d.components.len(), 1);
        assert_eq!(d.components[0].name, "Hệ thống một cửa điện tử");
    }

    #[test]
    fn expanding_is_read_in_english_and_vietnamese() {
        for word in ["expanding", "mở rộng", "Nâng cấp", "mo rong, nang cap"] {
            let d = read_str(&format!("name,layer,status\nHệ thống A,3,\"{word}\"\n")).unwrap();
            assert_eq!(d.components[0].status, Status::Expanding, "{word}");
        }
    }
}
