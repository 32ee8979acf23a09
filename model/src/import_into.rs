//! Importing a file into the open framework instead of opening it as a new one: an updated
//! inventory, or another architect's copy, brought into the framework the user is working on.
//!
//! The file and the open framework share no ancestor, so the file's elements are first matched to
//! the open ones: a component by id when the names agree too (a copy of this framework), else by
//! name, diacritics and case aside (an inventory, whose rows are numbered `c1`, `c2`, … whatever
//! the framework holds); a connection by its two ends. Matched elements then go through
//! [`crate::merge::merge`] with the open version as the base, so the file's changes are taken
//! field by field, a field the file leaves empty (a spreadsheet without a description column)
//! keeps the open value, and nothing the file lacks is deleted: an import only adds and updates.
//!
//! What cannot be matched safely is listed as a [`Clash`] and added as a new element rather than
//! guessed: an id the open framework gives to another component, a name two open components
//! share. [`Preview`] says what will change before anything does, with [`crate::diff::diff`]'s
//! added and changed lists, so the screen and `khung diff` describe changes the same way.

use crate::diff::{diff, Diff, Element};
use crate::document::{Component, Connection, Document};
use crate::merge::{merge, Clash};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// What importing a file into the open framework would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The framework after the import.
    pub doc: Document,
    /// From the open framework to [`Preview::doc`]: added elements and changed fields (nothing
    /// is removed).
    pub diff: Diff,
    /// The file's components and connections that match open ones and bring no change.
    pub unchanged: usize,
    /// What could not be matched safely, and was added as new; and any clash of the merge.
    pub clashes: Vec<Clash>,
}

impl Preview {
    /// Whether the import would change nothing.
    pub fn is_empty(&self) -> bool {
        self.diff.added.is_empty() && self.diff.changed.is_empty()
    }
}

/// Matches the file's components to the open ones: file id → open id, with the clashes found.
fn match_components(open: &Document, file: &Document) -> (HashMap<String, String>, Vec<Clash>) {
    let fold = |s: &str| crate::text::fold(s.trim());
    let mut by_name: HashMap<String, Vec<&Component>> = HashMap::new();
    for c in &open.components {
        by_name.entry(fold(&c.name)).or_default().push(c);
    }
    let mut map = HashMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut clashes = Vec::new();
    for c in &file.components {
        let name = fold(&c.name);
        let same_id = open.component(&c.id).filter(|o| fold(&o.name) == name);
        let found = match (same_id, by_name.get(&name).map(Vec::as_slice)) {
            (Some(o), _) => Some(o),
            (None, Some([o])) => Some(*o),
            (None, Some(several)) if several.len() > 1 => {
                clashes.push(Clash {
                    element: Element::Component,
                    id: c.id.clone(),
                    field: "name".into(),
                    base: Value::Null,
                    ours: Value::from(several.iter().map(|o| o.id.clone()).collect::<Vec<_>>()),
                    theirs: Value::from(c.name.as_str()),
                });
                None
            }
            _ => None,
        };
        match found {
            Some(o) if taken.insert(o.id.clone()) => {
                map.insert(c.id.clone(), o.id.clone());
            }
            _ => {
                if let Some(o) = open.component(&c.id) {
                    if fold(&o.name) != name {
                        clashes.push(Clash {
                            element: Element::Component,
                            id: c.id.clone(),
                            field: "id".into(),
                            base: Value::Null,
                            ours: Value::from(o.name.as_str()),
                            theirs: Value::from(c.name.as_str()),
                        });
                    }
                }
            }
        }
    }
    (map, clashes)
}

/// An id for a new element: the file's own when the framework does not use it, else a fresh one.
fn new_id(wanted: &str, prefix: &str, used: &mut HashSet<String>) -> String {
    let id = if used.contains(wanted) {
        let mut n = used.len() + 1;
        loop {
            let id = format!("{prefix}{n}");
            if !used.contains(&id) {
                break id;
            }
            n += 1;
        }
    } else {
        wanted.to_owned()
    };
    used.insert(id.clone());
    id
}

/// What importing `file` into `open` would give: the file's elements matched to the open ones,
/// merged, and the difference from `open`. `open` itself is not changed.
///
/// ```
/// use model::{document::*, import_into::preview};
/// let mut open = Document::new("Khung", Kind::Province, "Lâm Đồng");
/// open.components.push(Component::new("c1", "LGSP tỉnh", 2));
/// let mut file = Document::new("Kiểm kê", Kind::Province, "Lâm Đồng");
/// file.components.push(Component::new("c1", "Kho dữ liệu tỉnh", 2));
/// file.components.push(Component::new("c2", "LGSP TỈNH", 3));
/// let p = preview(&open, &file);
/// // "LGSP TỈNH" is the open c1, renamed in capitals and moved to layer 3; "Kho dữ liệu tỉnh"
/// // is new, with a new id.
/// assert_eq!(p.diff.changed.len(), 2);
/// assert_eq!(p.diff.added.len(), 1);
/// assert_eq!(p.doc.components.len(), 2);
/// assert_eq!(p.clashes.len(), 1); // c1 names another component in the file
/// ```
///
/// # Complexity
/// O(n + m) hash lookups for n components and m connections on both sides, plus the merge's.
pub fn preview(open: &Document, file: &Document) -> Preview {
    let (map, mut clashes) = match_components(open, file);
    let mut used: HashSet<String> = open
        .components
        .iter()
        .map(|c| c.id.clone())
        .chain(open.connections.iter().map(|e| e.id.clone()))
        .collect();
    let mut theirs = Document::new(open.title.clone(), open.kind, open.agency.clone());
    let mut ids: HashMap<String, String> = HashMap::new();
    for c in &file.components {
        let mut t = c.clone();
        match map.get(&c.id).and_then(|id| open.component(id)) {
            Some(o) => {
                t.id = o.id.clone();
                // What the file leaves empty, and where the box sits, stay as they are.
                if t.description.trim().is_empty() {
                    t.description = o.description.clone();
                }
                if t.owner.trim().is_empty() {
                    t.owner = o.owner.clone();
                }
                if t.capabilities.is_empty() {
                    t.capabilities = o.capabilities.clone();
                }
                if t.platform.is_none() {
                    t.platform = o.platform.clone();
                }
                if t.exemption.is_none() {
                    t.exemption = o.exemption.clone();
                }
                t.position = o.position;
            }
            None => {
                t.id = new_id(&c.id, "c", &mut used);
                // Laid out with the framework, not where another drawing had it.
                t.position = None;
            }
        }
        ids.insert(c.id.clone(), t.id.clone());
        theirs.components.push(t);
    }
    let open_ends: HashMap<(&str, &str), &Connection> = open
        .connections
        .iter()
        .map(|e| ((e.from.as_str(), e.to.as_str()), e))
        .collect();
    for e in &file.connections {
        let (Some(from), Some(to)) = (ids.get(&e.from), ids.get(&e.to)) else {
            continue;
        };
        let mut t = e.clone();
        t.from = from.clone();
        t.to = to.clone();
        t.id = match open_ends.get(&(from.as_str(), to.as_str())) {
            Some(o) => o.id.clone(),
            None => new_id(&e.id, "e", &mut used),
        };
        if theirs.connections.iter().any(|x| x.id == t.id) {
            continue;
        }
        theirs.connections.push(t);
    }
    theirs.reviews = open.reviews.clone();
    for r in &file.reviews {
        if let Some(id) = ids.get(&r.component) {
            let mut r = r.clone();
            r.component = id.clone();
            if !theirs
                .reviews
                .iter()
                .any(|x| x.component == r.component && x.platform == r.platform)
            {
                theirs.reviews.push(r);
            }
        }
    }
    // The base is the open framework as far as the file matched it: the file's changes win
    // there, and what only the open framework has stays.
    let matched: HashSet<&str> = theirs.components.iter().map(|c| c.id.as_str()).collect();
    let matched_edges: HashSet<&str> = theirs.connections.iter().map(|e| e.id.as_str()).collect();
    let mut base = open.clone();
    base.components.retain(|c| matched.contains(c.id.as_str()));
    base.connections
        .retain(|e| matched_edges.contains(e.id.as_str()));
    let merged = merge(&base, open, &theirs);
    clashes.extend(merged.clashes);
    let d = diff(open, &merged.doc);
    let changed: HashSet<(Element, &str)> = d
        .changed
        .iter()
        .map(|c| (c.element, c.id.as_str()))
        .collect();
    let added: HashSet<(Element, &str)> =
        d.added.iter().map(|i| (i.element, i.id.as_str())).collect();
    let unchanged = theirs
        .components
        .iter()
        .map(|c| (Element::Component, c.id.as_str()))
        .chain(
            theirs
                .connections
                .iter()
                .map(|e| (Element::Connection, e.id.as_str())),
        )
        .filter(|k| !changed.contains(k) && !added.contains(k))
        .count();
    Preview {
        doc: merged.doc,
        diff: d,
        unchanged,
        clashes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Direction, Kind, Status};

    /// The fixture of [`crate::diff`]'s tests, its LGSP described.
    fn open() -> Document {
        let mut d = crate::diff::tests::doc();
        d.title = "Khung Lâm Đồng".into();
        d.components[0].description = "Nền tảng tích hợp, chia sẻ dữ liệu".into();
        d
    }

    #[test]
    fn an_inventory_adds_and_updates_and_never_deletes() {
        let open = open();
        // A spreadsheet numbered from c1, as every CSV is: c1 here is a new system.
        let mut file = Document::new("Kiểm kê", Kind::Province, "Lâm Đồng");
        let mut kho = Component::new("c1", "Kho dữ liệu dùng chung tỉnh", 2);
        kho.status = Status::Planned;
        let mut lgsp = Component::new("c2", "lgsp tinh", 2);
        lgsp.status = Status::Expanding;
        file.components = vec![kho, lgsp];
        let p = preview(&open, &file);
        assert_eq!(p.doc.components.len(), 3, "nothing deleted, one added");
        let lgsp = p.doc.component("c1").unwrap();
        assert_eq!(lgsp.status, Status::Expanding, "the file's status is taken");
        assert_eq!(lgsp.description, "Nền tảng tích hợp, chia sẻ dữ liệu");
        assert_eq!(lgsp.name, "lgsp tinh");
        assert!(p
            .diff
            .changed
            .iter()
            .any(|c| c.id == "c1" && c.field == "status"));
        assert_eq!(p.diff.added.len(), 1);
        assert!(p.diff.removed.is_empty());
        assert_eq!(p.doc.connections.len(), 1);
        assert_eq!(
            p.doc.title, "Khung Lâm Đồng",
            "the open framework keeps its title"
        );
        // c1 of the file is another component than c1 here: listed, added under a new id.
        assert!(p.clashes.iter().any(|c| c.id == "c1" && c.field == "id"));
        let added = &p.diff.added[0];
        assert_ne!(added.id, "c1");
        assert_eq!(added.name, "Kho dữ liệu dùng chung tỉnh");
    }

    #[test]
    fn importing_the_framework_itself_changes_nothing() {
        let open = open();
        let p = preview(&open, &open);
        assert!(p.is_empty(), "{:?}", p.diff);
        assert_eq!(p.unchanged, 3);
        assert!(p.clashes.is_empty());
        assert_eq!(p.doc, open);
    }

    #[test]
    fn a_name_two_components_share_is_not_guessed() {
        let mut open = open();
        open.components
            .push(Component::new("c3", "Cổng dịch vụ công", 4));
        let mut file = Document::new("x", Kind::Province, "Lâm Đồng");
        file.components = vec![Component::new("k9", "CỔNG DỊCH VỤ CÔNG", 3)];
        let p = preview(&open, &file);
        assert!(p.clashes.iter().any(|c| c.field == "name"));
        assert_eq!(p.doc.components.len(), 4, "added as new");
        assert!(p.doc.component("k9").is_some());
    }

    #[test]
    fn a_connection_is_matched_by_its_ends_and_new_ones_join() {
        let open = open();
        let mut file = Document::new("x", Kind::Province, "Lâm Đồng");
        file.components = vec![
            Component::new("a", "LGSP tỉnh", 2),
            Component::new("b", "Cổng dịch vụ công", 4),
            Component::new("c", "Ứng dụng một cửa", 3),
        ];
        file.connections = vec![
            Connection {
                id: "x1".into(),
                from: "a".into(),
                to: "b".into(),
                label: "API".into(),
                direction: Direction::Forward,
            },
            Connection {
                id: "e1".into(),
                from: "c".into(),
                to: "a".into(),
                label: String::new(),
                direction: Direction::Forward,
            },
        ];
        let p = preview(&open, &file);
        assert!(p
            .diff
            .changed
            .iter()
            .any(|c| c.id == "e1" && c.field == "label"));
        assert_eq!(p.doc.connections.len(), 2);
        let new = p.doc.connections.iter().find(|e| e.id != "e1").unwrap();
        let c = p
            .doc
            .components
            .iter()
            .find(|x| x.name == "Ứng dụng một cửa")
            .unwrap();
        assert_eq!((new.from.as_str(), new.to.as_str()), (c.id.as_str(), "c1"));
    }
}
