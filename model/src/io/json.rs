//! The framework JSON format, `"schema": "khung/framework@1"`.
//!
//! Writing is canonical (fixed key order, two-space indent, one trailing newline), so exporting
//! an exported file again yields the same bytes. Reading accepts any `khung/framework@1.x`
//! minor revision, ignores fields it does not know (a later minor version may add them), and
//! refuses other major versions with a message saying which one it reads.
//!
//! A file may carry the framework's saved versions as an optional `history` (each a name, the
//! time it was saved and the framework as it then was); [`write`] never writes it, so the
//! canonical form is unchanged, and [`read`] ignores it. [`write_with_history`] and
//! [`read_with_history`] are for the user who chooses to export and import it.

use super::{ReadError, MAX_COMPONENTS, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::document::{
    Arrangement, Cell, Component, Connection, Decision, Direction, Document, Exemption,
    ExemptionGround, Kind, Point, Review, Status,
};
use crate::text::nfc;
use crate::versions::Version;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The schema this version writes.
pub const SCHEMA: &str = "khung/framework@1";

#[derive(Serialize, Deserialize)]
struct FileV1 {
    schema: String,
    title: String,
    kind: String,
    #[serde(default)]
    agency: String,
    #[serde(default)]
    components: Vec<ComponentV1>,
    #[serde(default)]
    connections: Vec<ConnectionV1>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    reviews: Vec<ReviewV1>,
    /// Columns of every band, when the framework keeps its grid (see
    /// [`crate::document::Arrangement`]); each component then names its `cell`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    columns: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    history: Vec<VersionV1>,
}

/// One saved version in a file's optional history.
#[derive(Serialize, Deserialize)]
struct VersionV1 {
    name: String,
    saved: String,
    framework: FileV1,
}

#[derive(Serialize, Deserialize)]
struct ReviewV1 {
    component: String,
    platform: String,
    decision: String,
}

#[derive(Serialize, Deserialize)]
struct ComponentV1 {
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    layer: i64,
    #[serde(default = "existing")]
    status: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    capabilities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    position: Option<PointV1>,
    /// Row and column inside the band's grid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cell: Option<[i64; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exemption: Option<ExemptionV1>,
}

#[derive(Serialize, Deserialize)]
struct ExemptionV1 {
    ground: String,
    justification: String,
}

fn existing() -> String {
    "existing".into()
}

#[derive(Serialize, Deserialize)]
struct PointV1 {
    x: f64,
    y: f64,
}

#[derive(Serialize, Deserialize)]
struct ConnectionV1 {
    id: String,
    from: String,
    to: String,
    #[serde(default)]
    label: String,
    #[serde(default = "forward")]
    direction: String,
}

fn forward() -> String {
    "forward".into()
}

#[derive(Deserialize)]
struct Header {
    schema: Option<serde_json::Value>,
}

/// Writes `doc` as canonical framework JSON.
pub fn write(doc: &Document) -> String {
    finish(&file(doc))
}

/// Writes `doc` with its saved versions as the file's `history`, oldest first. With no versions
/// it is [`write`].
pub fn write_with_history(doc: &Document, versions: &[Version]) -> String {
    let mut f = file(doc);
    f.history = versions
        .iter()
        .map(|v| VersionV1 {
            name: v.name.clone(),
            saved: v.saved.clone(),
            framework: file(&v.doc),
        })
        .collect();
    finish(&f)
}

fn finish(file: &FileV1) -> String {
    let mut s = serde_json::to_string_pretty(file).expect("framework JSON always serialises");
    s.push('\n');
    s
}

fn file(doc: &Document) -> FileV1 {
    FileV1 {
        schema: SCHEMA.into(),
        title: doc.title.clone(),
        kind: doc.kind.as_str().into(),
        agency: doc.agency.clone(),
        components: doc
            .components
            .iter()
            .map(|c| ComponentV1 {
                id: c.id.clone(),
                name: c.name.clone(),
                description: c.description.clone(),
                layer: i64::from(c.layer),
                status: status_str(c.status).into(),
                owner: c.owner.clone(),
                capabilities: c.capabilities.clone(),
                platform: c.platform.clone(),
                position: c.position.map(|p| PointV1 {
                    x: round(p.x),
                    y: round(p.y),
                }),
                cell: doc
                    .arrangement
                    .as_ref()
                    .and_then(|a| a.cells.get(&c.id))
                    .map(|at| [i64::from(at.row), i64::from(at.col)]),
                exemption: c.exemption.as_ref().map(|e| ExemptionV1 {
                    ground: e.ground.as_str().into(),
                    justification: e.justification.clone(),
                }),
            })
            .collect(),
        connections: doc
            .connections
            .iter()
            .map(|e| ConnectionV1 {
                id: e.id.clone(),
                from: e.from.clone(),
                to: e.to.clone(),
                label: e.label.clone(),
                direction: match e.direction {
                    Direction::Forward => "forward",
                    Direction::Both => "both",
                }
                .into(),
            })
            .collect(),
        reviews: doc
            .reviews
            .iter()
            .map(|r| ReviewV1 {
                component: r.component.clone(),
                platform: r.platform.clone(),
                decision: r.decision.as_str().into(),
            })
            .collect(),
        columns: doc.arrangement.as_ref().map(|a| i64::from(a.columns)),
        history: Vec::new(),
    }
}

fn round(v: f32) -> f64 {
    (f64::from(v) * 100.0).round() / 100.0
}

fn status_str(s: Status) -> &'static str {
    s.as_str()
}

/// Parses a status as written in JSON or a spreadsheet (English ids or Vietnamese words, with
/// or without diacritics and punctuation: "Mở rộng, nâng cấp").
///
/// ```
/// use model::{document::Status, io::json::parse_status};
/// assert_eq!(parse_status("Mở rộng, nâng cấp"), Some(Status::Expanding));
/// assert_eq!(parse_status("expanding"), Some(Status::Expanding));
/// assert_eq!(parse_status("đã hủy"), None);
/// ```
pub fn parse_status(s: &str) -> Option<Status> {
    let folded = crate::text::fold(s);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    match words.join(" ").as_str() {
        "" | "existing" | "hien co" | "dang van hanh" | "hien tai" => Some(Status::Existing),
        "planned" | "ke hoach" | "du kien" | "xay dung moi" | "dau tu moi" => Some(Status::Planned),
        "expanding" | "mo rong" | "nang cap" | "mo rong nang cap" | "nang cap mo rong" => {
            Some(Status::Expanding)
        }
        "retiring" | "sap dung" | "ngung" | "dung" => Some(Status::Retiring),
        _ => None,
    }
}

fn line_of(e: &serde_json::Error) -> Option<usize> {
    (e.line() > 0).then_some(e.line())
}

pub(crate) fn text(
    field: String,
    s: &str,
    max: usize,
    required: bool,
) -> Result<String, ReadError> {
    let s = nfc(s.trim());
    if required && s.is_empty() {
        return Err(ReadError::at(field, "must not be empty"));
    }
    let n = s.chars().count();
    if n > max {
        return Err(ReadError::at(
            field,
            format!("is {n} characters long; at most {max} are allowed"),
        ));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(ReadError::at(field, "holds control characters"));
    }
    Ok(s)
}

/// Reads framework JSON. Any error names the line (for syntax) or the field (for content).
/// A `history` the file carries is ignored (see [`read_with_history`]).
pub fn read(input: &str) -> Result<Document, ReadError> {
    read_with_history(input).map(|(doc, _)| doc)
}

/// Reads framework JSON and the saved versions its optional `history` carries, each checked as
/// a framework is; an error in one names it (`history[2].framework.components[0].layer`).
pub fn read_with_history(input: &str) -> Result<(Document, Vec<Version>), ReadError> {
    let header: Header = serde_json::from_str(input).map_err(|e| ReadError {
        line: line_of(&e),
        field: None,
        message: format!("not valid framework JSON: {e}"),
    })?;
    match header.schema {
        None => {
            return Err(ReadError::at(
                "schema",
                format!("missing; a Khung framework file starts with \"schema\": \"{SCHEMA}\""),
            ))
        }
        Some(serde_json::Value::String(s))
            if s == SCHEMA || s.starts_with("khung/framework@1.") => {}
        Some(other) => {
            return Err(ReadError::at(
                "schema",
                format!("{other} is not a schema this version of Khung reads (it reads {SCHEMA})"),
            ))
        }
    }
    let mut raw: FileV1 = serde_json::from_str(input).map_err(|e| ReadError {
        line: line_of(&e),
        field: None,
        message: e.to_string(),
    })?;
    let history = std::mem::take(&mut raw.history);
    let doc = check(raw)?;
    let mut versions = Vec::with_capacity(history.len());
    for (i, v) in history.into_iter().enumerate() {
        let at = |e: ReadError| ReadError {
            field: Some(format!(
                "history[{i}].{}",
                e.field.as_deref().unwrap_or("framework")
            )),
            ..e
        };
        let name = text(format!("history[{i}].name"), &v.name, MAX_NAME_CHARS, true)?;
        let saved = text(
            format!("history[{i}].saved"),
            &v.saved,
            MAX_NAME_CHARS,
            false,
        )?;
        let doc = check(v.framework).map_err(|e| {
            at(ReadError {
                field: e.field.as_ref().map(|f| format!("framework.{f}")),
                ..e
            })
        })?;
        versions.push(Version { name, saved, doc });
    }
    Ok((doc, versions))
}

fn check(raw: FileV1) -> Result<Document, ReadError> {
    let kind = Kind::parse(raw.kind.trim()).ok_or_else(|| {
        let ids: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        ReadError::at(
            "kind",
            format!("'{}' is not one of {}", raw.kind, ids.join(", ")),
        )
    })?;
    if raw.components.len() > MAX_COMPONENTS {
        return Err(ReadError::at(
            "components",
            format!(
                "{} components; at most {MAX_COMPONENTS} are allowed",
                raw.components.len()
            ),
        ));
    }
    let mut doc = Document::new(
        text("title".into(), &raw.title, MAX_NAME_CHARS, false)?,
        kind,
        text("agency".into(), &raw.agency, MAX_NAME_CHARS, false)?,
    );
    let columns = match raw.columns {
        None => None,
        Some(n) if (1..=MAX_COLUMNS).contains(&n) => Some(n as u16),
        Some(n) => {
            return Err(ReadError::at(
                "columns",
                format!("{n} columns; a band has 1 to {MAX_COLUMNS}"),
            ))
        }
    };
    let mut cells = std::collections::BTreeMap::new();
    let mut ids = HashSet::new();
    for (i, c) in raw.components.into_iter().enumerate() {
        let f = |name: &str| format!("components[{i}].{name}");
        let id = text(f("id"), &c.id, MAX_NAME_CHARS, true)?;
        if !ids.insert(id.clone()) {
            return Err(ReadError::at(
                f("id"),
                format!("'{id}' is used by an earlier component"),
            ));
        }
        if !(1..=4).contains(&c.layer) {
            return Err(ReadError::at(
                f("layer"),
                format!("{} is not a layer; layers are 1 to 4", c.layer),
            ));
        }
        let status = parse_status(&c.status).ok_or_else(|| {
            ReadError::at(
                f("status"),
                format!(
                    "'{}' is not existing, planned, expanding or retiring",
                    c.status
                ),
            )
        })?;
        let position = match c.position {
            // Checked after narrowing to f32, the type the document keeps, so a position the
            // reader accepts always survives export and import again.
            Some(p)
                if [p.x as f32, p.y as f32]
                    .iter()
                    .all(|v| v.is_finite() && v.abs() < 1e7) =>
            {
                Some(Point {
                    x: p.x as f32,
                    y: p.y as f32,
                })
            }
            Some(_) => {
                return Err(ReadError::at(
                    f("position"),
                    "coordinates must be finite numbers below 10 000 000",
                ))
            }
            None => None,
        };
        if let Some([row, col]) = c.cell {
            let Some(columns) = columns else {
                return Err(ReadError::at(
                    f("cell"),
                    "a cell needs the file's \"columns\", which is missing",
                ));
            };
            if !(0..i64::from(MAX_ROWS)).contains(&row) || !(0..i64::from(columns)).contains(&col) {
                return Err(ReadError::at(
                    f("cell"),
                    format!(
                        "[{row}, {col}] is outside the grid: rows 0 to {}, columns 0 to {}",
                        MAX_ROWS - 1,
                        columns - 1
                    ),
                ));
            }
            cells.insert(
                id.clone(),
                Cell {
                    layer: c.layer as u8,
                    row: row as u16,
                    col: col as u16,
                },
            );
        }
        let mut capabilities = Vec::with_capacity(c.capabilities.len());
        for (j, t) in c.capabilities.iter().enumerate() {
            capabilities.push(text(
                format!("components[{i}].capabilities[{j}]"),
                t,
                MAX_NAME_CHARS,
                true,
            )?);
        }
        let exemption = match c.exemption {
            None => None,
            Some(e) => Some(Exemption {
                ground: ExemptionGround::parse(e.ground.trim()).ok_or_else(|| {
                    ReadError::at(
                        f("exemption.ground"),
                        format!(
                            "'{}' is not defence, security, cipher or sector_law",
                            e.ground
                        ),
                    )
                })?,
                justification: text(
                    f("exemption.justification"),
                    &e.justification,
                    MAX_TEXT_CHARS,
                    true,
                )?,
            }),
        };
        doc.components.push(Component {
            id,
            name: text(f("name"), &c.name, MAX_NAME_CHARS, true)?,
            description: text(f("description"), &c.description, MAX_TEXT_CHARS, false)?,
            layer: c.layer as u8,
            status,
            owner: text(f("owner"), &c.owner, MAX_NAME_CHARS, false)?,
            capabilities,
            platform: match c.platform {
                Some(p) => Some(text(f("platform"), &p, 16, true)?),
                None => None,
            },
            position,
            exemption,
        });
    }
    let mut edge_ids = HashSet::new();
    for (i, e) in raw.connections.into_iter().enumerate() {
        let f = |name: &str| format!("connections[{i}].{name}");
        let id = text(f("id"), &e.id, MAX_NAME_CHARS, true)?;
        if !edge_ids.insert(id.clone()) {
            return Err(ReadError::at(
                f("id"),
                format!("'{id}' is used by an earlier connection"),
            ));
        }
        let from = text(f("from"), &e.from, MAX_NAME_CHARS, true)?;
        let to = text(f("to"), &e.to, MAX_NAME_CHARS, true)?;
        for (name, end) in [("from", &from), ("to", &to)] {
            if !ids.contains(end) {
                return Err(ReadError::at(
                    f(name),
                    format!("no component has the id '{end}'"),
                ));
            }
        }
        let direction = match e.direction.as_str() {
            "forward" | "" => Direction::Forward,
            "both" => Direction::Both,
            other => {
                return Err(ReadError::at(
                    f("direction"),
                    format!("'{other}' is not forward or both"),
                ))
            }
        };
        doc.connections.push(Connection {
            id,
            from,
            to,
            label: text(f("label"), &e.label, MAX_NAME_CHARS, false)?,
            direction,
        });
    }
    for (i, r) in raw.reviews.into_iter().enumerate() {
        let f = |name: &str| format!("reviews[{i}].{name}");
        let component = text(f("component"), &r.component, MAX_NAME_CHARS, true)?;
        if !ids.contains(&component) {
            return Err(ReadError::at(
                f("component"),
                format!("no component has the id '{component}'"),
            ));
        }
        let platform = text(f("platform"), &r.platform, 16, true)?;
        let decision = Decision::parse(r.decision.trim()).ok_or_else(|| {
            ReadError::at(
                f("decision"),
                format!("'{}' is not confirmed or dismissed", r.decision),
            )
        })?;
        if doc.review(&component, &platform).is_some() {
            return Err(ReadError::at(
                f("platform"),
                format!("'{component}' already has a decision on {platform}"),
            ));
        }
        doc.reviews.push(Review {
            component,
            platform,
            decision,
        });
    }
    if let Some(columns) = columns {
        doc.arrangement = Some(Arrangement { columns, cells });
        // A component the file gives no cell, or a cell another holds, gets a free one.
        crate::layout::arrange::settle(&mut doc);
    }
    Ok(doc)
}

/// Columns a file may give its bands.
const MAX_COLUMNS: i64 = 64;
/// Rows a band may have in a file.
const MAX_ROWS: u16 = 10_000;

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
  "schema": "khung/framework@1",
  "title": "Khung kiến trúc số tỉnh Lâm Đồng",
  "kind": "province",
  "agency": "Lâm Đồng",
  "components": [
    {"id": "c1", "name": "Cổng Dịch vụ công quốc gia", "layer": 4, "platform": "A-01"},
    {"id": "c2", "name": "LGSP tỉnh", "layer": 2, "status": "planned", "position": {"x": 10.5, "y": 20}}
  ],
  "connections": [{"id": "e1", "from": "c2", "to": "c1", "label": "tích hợp"}]
}"#;

    #[test]
    fn round_trips_to_the_same_bytes() {
        let once = write(&read(SAMPLE).unwrap());
        assert_eq!(write(&read(&once).unwrap()), once);
        assert!(once.ends_with("}\n"));
    }

    #[test]
    fn the_kept_grid_survives_export_and_import() {
        let mut doc = read(SAMPLE).unwrap();
        doc.apply(crate::command::Command::AutoLayout).unwrap();
        let text = write(&doc);
        assert!(text.contains("\"columns\": 4") && text.contains("\"cell\": ["));
        assert_eq!(read(&text).unwrap(), doc);
    }

    #[test]
    fn a_cell_outside_the_grid_names_its_component() {
        let with = |cell: &str| {
            SAMPLE
                .replace(
                    "\"agency\": \"Lâm Đồng\",",
                    "\"agency\": \"Lâm Đồng\", \"columns\": 4,",
                )
                .replace(
                    "\"platform\": \"A-01\"}",
                    &format!("\"platform\": \"A-01\", \"cell\": {cell}}}"),
                )
        };
        assert!(read(&with("[0, 3]")).is_ok());
        let e = read(&with("[0, 4]")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("components[0].cell"));
        assert!(e.message.contains("columns 0 to 3"), "{}", e.message);
        let e = read(&with("[0, 0]").replace("\"columns\": 4,", "")).unwrap_err();
        assert!(e.message.contains("columns"), "{}", e.message);
        let e = read(&with("[0, 0]").replace("\"columns\": 4", "\"columns\": 0")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("columns"));
    }

    #[test]
    fn reads_a_later_minor_version_with_unknown_fields() {
        let later = SAMPLE.replace("framework@1\"", "framework@1.3\", \"theme\": \"dark\"");
        assert_eq!(read(&later).unwrap().components.len(), 2);
    }

    #[test]
    fn refuses_another_major_version_by_name() {
        let e = read(&SAMPLE.replace("framework@1", "framework@2")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("schema"));
        assert!(e.message.contains("khung/framework@2"));
    }

    #[test]
    fn layer_seven_names_the_field() {
        let e = read(&SAMPLE.replace("\"layer\": 4", "\"layer\": 7")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("components[0].layer"));
        assert!(e.message.contains('7'));
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let e =
            read(&SAMPLE.replace("\"kind\": \"province\",", "\"kind\": \"province\"")).unwrap_err();
        assert_eq!(e.line, Some(5));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = format!(
            "{{\"schema\": \"khung/framework@1\", \"x\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(read(&deep).is_err());
    }

    #[test]
    fn dangling_connection_is_refused() {
        let e = read(&SAMPLE.replace("\"to\": \"c1\"", "\"to\": \"c9\"")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("connections[0].to"));
    }

    #[test]
    fn history_is_optional_and_off_by_default() {
        let doc = read(SAMPLE).unwrap();
        assert_eq!(write_with_history(&doc, &[]), write(&doc));
        assert!(!write(&doc).contains("history"));
        let mut older = doc.clone();
        older.components.pop();
        older.connections.clear();
        let v = Version {
            name: "Bản trình duyệt".into(),
            saved: "2026-11-20T08:00:00Z".into(),
            doc: older.clone(),
        };
        let with = write_with_history(&doc, std::slice::from_ref(&v));
        let (back, versions) = read_with_history(&with).unwrap();
        assert_eq!(back, doc);
        assert_eq!(versions, [v]);
        // A reader that knows nothing of history reads the framework alone.
        assert_eq!(read(&with).unwrap(), doc);
        assert_eq!(write(&read(&with).unwrap()), write(&doc));
    }

    #[test]
    fn an_error_in_a_saved_version_names_it() {
        let doc = read(SAMPLE).unwrap();
        let v = Version {
            name: "v1".into(),
            saved: String::new(),
            doc: doc.clone(),
        };
        let mut bad = write_with_history(&doc, &[v]);
        let at = bad.rfind("\"layer\": 4").unwrap();
        bad.replace_range(at..at + 10, "\"layer\": 9");
        let e = read_with_history(&bad).unwrap_err();
        assert_eq!(
            e.field.as_deref(),
            Some("history[0].framework.components[0].layer")
        );
    }

    #[test]
    fn a_review_survives_export_and_import() {
        let mut d = Document::new("t", Kind::Province, "Tỉnh Lâm Đồng");
        d.components.push(Component::new("c1", "Trợ lý ảo tỉnh", 4));
        d.reviews.push(Review {
            component: "c1".into(),
            platform: "A-10".into(),
            decision: Decision::Dismissed,
        });
        let back = read(&write(&d)).unwrap();
        assert_eq!(back, d);
        assert_eq!(write(&back), write(&d));
        let dangling = write(&d).replace("\"component\": \"c1\"", "\"component\": \"zz\"");
        let e = read(&dangling).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("reviews[0].component"));
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        let d = read(&SAMPLE.replace("LGSP tỉnh", "LGSP ti\u{309}nh")).unwrap();
        assert_eq!(d.components[1].name, "LGSP tỉnh");
    }
}
