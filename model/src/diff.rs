//! What changed between two versions of a framework, matched by component and connection id.
//!
//! Reviewers ask "what changed since the version we approved?": the answer names each element
//! added or removed and, for an element on both sides, each field whose value differs, with the
//! old and the new value. Positions are reported apart (`moved`), since moving a box changes the
//! picture, not the framework. The same [`Diff`] feeds `khung diff`, the browser's version
//! comparison and its diagram colours, so the three never disagree.

use crate::document::{Component, Connection, Direction, Document, Status};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;

/// Which kind of element a difference is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Element {
    /// The framework's own fields: title, kind, agency.
    Framework,
    /// A component.
    Component,
    /// A connection.
    Connection,
}

impl Element {
    /// The Vietnamese word the text report uses.
    pub fn label(self) -> &'static str {
        match self {
            Element::Framework => "khung",
            Element::Component => "thành phần",
            Element::Connection => "liên kết",
        }
    }
}

/// An element present on one side only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Component or connection.
    #[serde(rename = "type")]
    pub element: Element,
    /// The document's id.
    pub id: String,
    /// The component's name, or a connection's "from → to" by component names.
    pub name: String,
}

/// One field of one element whose value differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Framework, component or connection.
    #[serde(rename = "type")]
    pub element: Element,
    /// The element's id (empty for the framework).
    pub id: String,
    /// The element's name in the newer version.
    pub name: String,
    /// The field: `name`, `layer`, `status`, `owner`, `platform`, `capabilities`, ….
    pub field: &'static str,
    /// The value in the older version.
    pub old: Value,
    /// The value in the newer version.
    pub new: Value,
}

/// The difference from `a` (older) to `b` (newer).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Diff {
    /// Elements only in `b`.
    pub added: Vec<Item>,
    /// Elements only in `a`.
    pub removed: Vec<Item>,
    /// Fields that differ, one entry per field.
    pub changed: Vec<Change>,
    /// Components on both sides whose manual position differs.
    pub moved: Vec<String>,
}

impl Diff {
    /// Whether the two versions are the same (positions included).
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.moved.is_empty()
    }

    /// How the element `id` of kind `element` differs, for colouring a diagram of the newer
    /// version (removed elements are not in it).
    pub fn status_of(&self, element: Element, id: &str) -> Option<Mark> {
        if self
            .added
            .iter()
            .any(|i| i.element == element && i.id == id)
        {
            Some(Mark::Added)
        } else if self
            .removed
            .iter()
            .any(|i| i.element == element && i.id == id)
        {
            Some(Mark::Removed)
        } else if self
            .changed
            .iter()
            .any(|c| c.element == element && c.id == id)
        {
            Some(Mark::Changed)
        } else {
            None
        }
    }

    /// The text report `khung diff` prints: one line per element added or removed, one per field
    /// changed.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        if self.is_empty() {
            s.push_str("Hai phiên bản giống nhau.\n");
            return s;
        }
        let _ = writeln!(
            s,
            "Thêm {}, bớt {}, sửa {} trường, dời {} thành phần.",
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            self.moved.len()
        );
        for i in &self.added {
            let _ = writeln!(s, "+ {} {} «{}»", i.element.label(), i.id, i.name);
        }
        for i in &self.removed {
            let _ = writeln!(s, "- {} {} «{}»", i.element.label(), i.id, i.name);
        }
        for c in &self.changed {
            let _ = writeln!(
                s,
                "~ {} {} «{}» {}: {} → {}",
                c.element.label(),
                c.id,
                c.name,
                c.field,
                show(&c.old),
                show(&c.new)
            );
        }
        if !self.moved.is_empty() {
            let _ = writeln!(s, "Dời vị trí: {}", self.moved.join(", "));
        }
        s
    }
}

/// How an element differs, as the diagram colours it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
    /// In both, with a field changed.
    Changed,
}

impl Mark {
    /// The CSS class the diagram gives the element.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Added => "diff-added",
            Mark::Removed => "diff-removed",
            Mark::Changed => "diff-changed",
        }
    }
}

/// A field's value as one line of text: strings in «», lists joined with "; ", none as "∅".
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => "∅".into(),
        Value::String(s) => format!("«{s}»"),
        Value::Array(a) => format!("[{}]", a.iter().map(show).collect::<Vec<_>>().join("; ")),
        other => other.to_string(),
    }
}

/// A status as JSON writes it.
pub fn status_value(s: Status) -> Value {
    Value::from(s.as_str())
}

/// A direction as JSON writes it.
pub fn direction_value(d: Direction) -> Value {
    Value::from(match d {
        Direction::Forward => "forward",
        Direction::Both => "both",
    })
}

fn opt(v: &Option<String>) -> Value {
    v.as_ref().map_or(Value::Null, |s| Value::from(s.as_str()))
}

/// Every compared field of a component, with its value, in the order reports list them. The
/// position is left out: it is reported as `moved`.
pub fn component_fields(c: &Component) -> [(&'static str, Value); 8] {
    [
        ("name", Value::from(c.name.as_str())),
        ("layer", Value::from(c.layer)),
        ("status", status_value(c.status)),
        ("owner", Value::from(c.owner.as_str())),
        ("platform", opt(&c.platform)),
        ("capabilities", Value::from(c.capabilities.clone())),
        ("description", Value::from(c.description.as_str())),
        (
            "exemption",
            c.exemption.as_ref().map_or(Value::Null, |e| {
                serde_json::json!({"ground": e.ground.as_str(), "justification": e.justification})
            }),
        ),
    ]
}

/// Every compared field of a connection, with its value.
pub fn connection_fields(e: &Connection) -> [(&'static str, Value); 4] {
    [
        ("from", Value::from(e.from.as_str())),
        ("to", Value::from(e.to.as_str())),
        ("label", Value::from(e.label.as_str())),
        ("direction", direction_value(e.direction)),
    ]
}

/// The framework's own fields; `reviews` lists the recorded overlap decisions, sorted, as
/// "component platform: decision".
pub fn framework_fields(d: &Document) -> [(&'static str, Value); 4] {
    let mut reviews: Vec<String> = d
        .reviews
        .iter()
        .map(|r| format!("{} {}: {}", r.component, r.platform, r.decision.as_str()))
        .collect();
    crate::sort::sort(&mut reviews);
    [
        ("title", Value::from(d.title.as_str())),
        ("kind", Value::from(d.kind.as_str())),
        ("agency", Value::from(d.agency.as_str())),
        ("reviews", Value::from(reviews)),
    ]
}

fn connection_name(e: &Connection, names: &HashMap<&str, &str>) -> String {
    let n = |id: &str| names.get(id).copied().unwrap_or(id).to_owned();
    format!("{} → {}", n(&e.from), n(&e.to))
}

/// Pushes one [`Change`] per field whose value differs between `old` and `new`.
fn field_changes<const N: usize>(
    out: &mut Diff,
    (element, id, name): (Element, &str, &str),
    old: [(&'static str, Value); N],
    new: [(&'static str, Value); N],
) {
    for ((field, o), (_, n)) in old.into_iter().zip(new) {
        if o != n {
            out.changed.push(Change {
                element,
                id: id.to_owned(),
                name: name.to_owned(),
                field,
                old: o,
                new: n,
            });
        }
    }
}

/// The difference from `a` to `b`, elements in the order of `b` (added, changed) and of `a`
/// (removed).
///
/// ```
/// use model::{diff::diff, document::*};
/// let a = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// let mut b = a.clone();
/// b.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let d = diff(&a, &b);
/// assert_eq!(d.added[0].id, "c1");
/// assert!(diff(&b, &b).is_empty());
/// ```
///
/// # Complexity
/// O(n + m) for n components and m connections on the two sides.
pub fn diff(a: &Document, b: &Document) -> Diff {
    let mut out = Diff::default();
    field_changes(
        &mut out,
        (Element::Framework, "", &b.title),
        framework_fields(a),
        framework_fields(b),
    );

    let a_comp: HashMap<&str, &Component> =
        a.components.iter().map(|c| (c.id.as_str(), c)).collect();
    let b_ids: HashMap<&str, ()> = b.components.iter().map(|c| (c.id.as_str(), ())).collect();
    for c in &b.components {
        match a_comp.get(c.id.as_str()) {
            None => out.added.push(Item {
                element: Element::Component,
                id: c.id.clone(),
                name: c.name.clone(),
            }),
            Some(old) => {
                field_changes(
                    &mut out,
                    (Element::Component, &c.id, &c.name),
                    component_fields(old),
                    component_fields(c),
                );
                if old.position != c.position {
                    out.moved.push(c.id.clone());
                }
            }
        }
    }
    for c in a
        .components
        .iter()
        .filter(|c| !b_ids.contains_key(c.id.as_str()))
    {
        out.removed.push(Item {
            element: Element::Component,
            id: c.id.clone(),
            name: c.name.clone(),
        });
    }

    let a_names: HashMap<&str, &str> = a
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let b_names: HashMap<&str, &str> = b
        .components
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    let a_conn: HashMap<&str, &Connection> =
        a.connections.iter().map(|e| (e.id.as_str(), e)).collect();
    let b_conn: HashMap<&str, ()> = b.connections.iter().map(|e| (e.id.as_str(), ())).collect();
    for e in &b.connections {
        let name = connection_name(e, &b_names);
        match a_conn.get(e.id.as_str()) {
            None => out.added.push(Item {
                element: Element::Connection,
                id: e.id.clone(),
                name,
            }),
            Some(old) => field_changes(
                &mut out,
                (Element::Connection, &e.id, &name),
                connection_fields(old),
                connection_fields(e),
            ),
        }
    }
    for e in a
        .connections
        .iter()
        .filter(|e| !b_conn.contains_key(e.id.as_str()))
    {
        out.removed.push(Item {
            element: Element::Connection,
            id: e.id.clone(),
            name: connection_name(e, &a_names),
        });
    }
    out
}

/// `b` with the elements only `a` has added back (components after `b`'s, connections likewise),
/// so one diagram can show what was removed, coloured as removed, beside what was added.
pub fn union(a: &Document, b: &Document) -> Document {
    let mut out = b.clone();
    let ids: std::collections::HashSet<&str> = b.components.iter().map(|c| c.id.as_str()).collect();
    out.components.extend(
        a.components
            .iter()
            .filter(|c| !ids.contains(c.id.as_str()))
            .cloned(),
    );
    let eids: std::collections::HashSet<&str> =
        b.connections.iter().map(|e| e.id.as_str()).collect();
    out.connections.extend(
        a.connections
            .iter()
            .filter(|e| !eids.contains(e.id.as_str()))
            .cloned(),
    );
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::document::{Kind, Point};

    /// Two components and a connection between them, the fixture of this module's,
    /// [`crate::merge`]'s and [`crate::import_into`]'s tests.
    pub(crate) fn doc() -> Document {
        let mut d = Document::new("Khung", Kind::Province, "Lâm Đồng");
        d.components = vec![
            Component::new("c1", "LGSP tỉnh", 2),
            Component::new("c2", "Cổng dịch vụ công", 4),
        ];
        d.connections = vec![Connection {
            id: "e1".into(),
            from: "c1".into(),
            to: "c2".into(),
            label: String::new(),
            direction: Direction::Forward,
        }];
        d
    }

    #[test]
    fn a_version_against_itself_is_empty() {
        let d = doc();
        assert!(diff(&d, &d).is_empty());
        assert_eq!(diff(&d, &d).to_text(), "Hai phiên bản giống nhau.\n");
    }

    #[test]
    fn each_changed_field_is_listed_with_old_and_new() {
        let a = doc();
        let mut b = doc();
        b.components[0].layer = 3;
        b.components[0].capabilities = vec!["tích hợp".into()];
        b.components[1].platform = Some("A-01".into());
        let d = diff(&a, &b);
        let fields: Vec<_> = d.changed.iter().map(|c| (c.id.as_str(), c.field)).collect();
        assert_eq!(
            fields,
            [("c1", "layer"), ("c1", "capabilities"), ("c2", "platform")]
        );
        assert_eq!(d.changed[0].old, Value::from(2));
        assert_eq!(d.changed[0].new, Value::from(3));
        assert_eq!(d.changed[2].old, Value::Null);
        assert_eq!(d.status_of(Element::Component, "c2"), Some(Mark::Changed));
        assert_eq!(d.status_of(Element::Connection, "e1"), None);
    }

    #[test]
    fn added_and_removed_components_and_connections_are_named() {
        let a = doc();
        let mut b = doc();
        b.components.remove(1);
        b.connections.clear();
        b.components.push(Component::new("c3", "Kho dữ liệu", 2));
        let d = diff(&a, &b);
        assert_eq!(d.added.len(), 1);
        assert_eq!(d.added[0].name, "Kho dữ liệu");
        let removed: Vec<_> = d
            .removed
            .iter()
            .map(|i| (i.element, i.id.as_str()))
            .collect();
        assert_eq!(
            removed,
            [(Element::Component, "c2"), (Element::Connection, "e1")]
        );
        assert_eq!(d.removed[1].name, "LGSP tỉnh → Cổng dịch vụ công");
        assert!(d.to_text().contains("- liên kết e1"));
        let u = union(&a, &b);
        assert_eq!(u.components.len(), 3);
        assert_eq!(u.connections.len(), 1);
    }

    #[test]
    fn a_moved_box_is_moved_not_changed() {
        let a = doc();
        let mut b = doc();
        b.components[0].position = Some(Point { x: 1.0, y: 2.0 });
        let d = diff(&a, &b);
        assert!(d.changed.is_empty());
        assert_eq!(d.moved, ["c1"]);
        assert!(!d.is_empty());
    }

    #[test]
    fn framework_fields_are_compared() {
        let a = doc();
        let mut b = doc();
        b.agency = "Tỉnh Lâm Đồng".into();
        let d = diff(&a, &b);
        assert_eq!(d.changed[0].element, Element::Framework);
        assert_eq!(d.changed[0].field, "agency");
    }
}
