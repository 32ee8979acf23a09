//! Edits as values. Every change to a framework is a [`Command`] applied by
//! [`Document::apply`], which checks it first and leaves the document untouched when it is
//! refused; [`crate::history::History`] records the results for undo and redo.

use crate::document::{Component, Connection, Decision, Document, Exemption, Point, Review};
use crate::io::{MAX_COMPONENTS, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::text::nfc;
use std::collections::HashSet;
use std::fmt;

/// One edit.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Adds a component (its id must be new).
    AddComponent(Component),
    /// Replaces the component with the same id (name, layer, status, … all at once).
    UpdateComponent(Component),
    /// Removes components and every connection that touches them.
    RemoveComponents(Vec<String>),
    /// Adds a connection between two existing components.
    AddConnection(Connection),
    /// Removes connections.
    RemoveConnections(Vec<String>),
    /// Places components by hand (a drag); `None` returns one to auto-layout.
    MoveComponents(Vec<(String, Option<Point>)>),
    /// Drops components by hand, each into a layer and a position at once (a box dragged into
    /// another band changes its layer), so that the whole drop is one undo step; `None` leaves
    /// the position to the layout.
    Place(Vec<(String, u8, Option<Point>)>),
    /// Returns every component to auto-layout.
    AutoLayout,
    /// Adds pasted components and connections, whose ids must be new.
    Paste(Vec<Component>, Vec<Connection>),
    /// Replaces a reused component's own definition by the catalogue platform it duplicates:
    /// the component keeps its id, place and connections.
    ReplaceWithPlatform {
        /// The component.
        id: String,
        /// The replacement, already filled from the catalogue.
        with: Component,
    },
    /// Records or clears an exemption.
    SetExemption(String, Option<Exemption>),
    /// Records a person's decision on a possible overlap of a component with a catalogue
    /// platform (confirmed: it is an overlap; dismissed: it is not), or clears it with `None`.
    ReviewOverlap {
        /// The component.
        component: String,
        /// The platform (`A-10`).
        platform: String,
        /// The decision, or `None` to forget it.
        decision: Option<Decision>,
    },
    /// Replaces the whole framework by a saved version ([`crate::versions::Version`]), as one
    /// undoable step. The version was checked when it was saved or read.
    Restore(Box<Document>),
    /// Renames the framework or changes its agency.
    SetMeta {
        /// Title.
        title: String,
        /// Agency.
        agency: String,
    },
}

/// Why an edit was refused, in words the user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandError(pub String);

impl Command {
    /// Whether applying it can change which boxes there are, their layer or their order: the
    /// edits after which the layout would otherwise re-flow the picture.
    fn may_move_boxes(&self) -> bool {
        matches!(
            self,
            Command::AddComponent(_)
                | Command::UpdateComponent(_)
                | Command::RemoveComponents(_)
                | Command::AddConnection(_)
                | Command::RemoveConnections(_)
                | Command::MoveComponents(_)
                | Command::Place(_)
                | Command::Paste(..)
                | Command::ReplaceWithPlatform { .. }
        )
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CommandError {}

fn err<T>(msg: impl Into<String>) -> Result<T, CommandError> {
    Err(CommandError(msg.into()))
}

/// Checks and normalises a component: NFC text, a name, a layer 1–4, bounded lengths.
fn clean(mut c: Component) -> Result<Component, CommandError> {
    c.name = nfc(c.name.trim());
    c.description = nfc(c.description.trim());
    c.owner = nfc(c.owner.trim());
    c.capabilities = c
        .capabilities
        .iter()
        .map(|t| nfc(t.trim()))
        .filter(|t| !t.is_empty())
        .collect();
    if c.id.trim().is_empty() {
        return err("Thành phần thiếu mã định danh.");
    }
    if c.name.is_empty() {
        return err("Tên thành phần không được để trống.");
    }
    if c.name.chars().count() > MAX_NAME_CHARS || c.owner.chars().count() > MAX_NAME_CHARS {
        return err(format!("Tên hoặc đơn vị dài quá {MAX_NAME_CHARS} ký tự."));
    }
    if c.description.chars().count() > MAX_TEXT_CHARS {
        return err(format!("Mô tả dài quá {MAX_TEXT_CHARS} ký tự."));
    }
    if !(1..=4).contains(&c.layer) {
        return err(format!(
            "Lớp {} không tồn tại; chỉ có lớp 1 đến 4.",
            c.layer
        ));
    }
    if let Some(e) = &c.exemption {
        if e.justification.trim().is_empty() {
            return err("Miễn trừ phải có lý do bằng văn bản.");
        }
    }
    Ok(c)
}

impl Document {
    /// A fresh id with `prefix` that no component or connection uses yet.
    pub fn fresh_id(&self, prefix: &str) -> String {
        let used: HashSet<&str> = self
            .components
            .iter()
            .map(|c| c.id.as_str())
            .chain(self.connections.iter().map(|e| e.id.as_str()))
            .collect();
        (self.components.len() + self.connections.len() + 1..)
            .map(|n| format!("{prefix}{n}"))
            .find(|id| !used.contains(id.as_str()))
            .expect("an unused id exists")
    }

    fn check_connection(&self, e: &Connection, taken: &HashSet<&str>) -> Result<(), CommandError> {
        if taken.contains(e.id.as_str()) {
            return err(format!("Mã kết nối '{}' đã được dùng.", e.id));
        }
        for end in [&e.from, &e.to] {
            if self.component(end).is_none() {
                return err(format!("Không có thành phần '{end}' để kết nối."));
            }
        }
        if e.label.chars().count() > MAX_NAME_CHARS {
            return err("Nhãn kết nối quá dài.");
        }
        Ok(())
    }

    /// Applies `cmd`. On error the document is unchanged.
    ///
    /// ```
    /// use model::command::Command;
    /// use model::document::{Document, Kind};
    /// let mut d = Document::new("Khung", Kind::Province, "Lâm Đồng");
    /// assert!(d.apply(Command::RemoveComponents(vec!["x".into()])).is_ok());
    /// assert!(d.apply(Command::SetMeta { title: " ".into(), agency: String::new() }).is_err());
    /// ```
    pub fn apply(&mut self, cmd: Command) -> Result<(), CommandError> {
        // The first edit that can move a box freezes the picture the user has been looking at,
        // so that this edit and every later one move only what they touch.
        let frozen = (self.arrangement.is_none() && cmd.may_move_boxes())
            .then(|| crate::layout::arrange::auto(self));
        self.perform(cmd)?;
        if frozen.is_some() {
            self.arrangement = frozen;
        }
        crate::layout::arrange::settle(self);
        Ok(())
    }

    fn perform(&mut self, cmd: Command) -> Result<(), CommandError> {
        match cmd {
            Command::AddComponent(c) => {
                let c = clean(c)?;
                if self.component(&c.id).is_some() {
                    return err(format!("Mã '{}' đã được dùng.", c.id));
                }
                if self.components.len() >= MAX_COMPONENTS {
                    return err(format!(
                        "Khung đã có {MAX_COMPONENTS} thành phần, không thêm được nữa."
                    ));
                }
                self.components.push(c);
            }
            Command::UpdateComponent(c) => {
                let c = clean(c)?;
                let Some(slot) = self.components.iter_mut().find(|x| x.id == c.id) else {
                    return err(format!("Không còn thành phần '{}'.", c.id));
                };
                *slot = c;
            }
            Command::RemoveComponents(ids) => {
                let gone: HashSet<&str> = ids.iter().map(String::as_str).collect();
                self.components.retain(|c| !gone.contains(c.id.as_str()));
                self.connections
                    .retain(|e| !gone.contains(e.from.as_str()) && !gone.contains(e.to.as_str()));
                self.reviews
                    .retain(|r| !gone.contains(r.component.as_str()));
            }
            Command::AddConnection(mut e) => {
                e.label = nfc(e.label.trim());
                let taken: HashSet<&str> = self.connections.iter().map(|x| x.id.as_str()).collect();
                self.check_connection(&e, &taken)?;
                self.connections.push(e);
            }
            Command::RemoveConnections(ids) => {
                let gone: HashSet<&str> = ids.iter().map(String::as_str).collect();
                self.connections.retain(|e| !gone.contains(e.id.as_str()));
            }
            Command::MoveComponents(moves) => {
                for (_, p) in &moves {
                    if p.is_some_and(|p| !(p.x.is_finite() && p.y.is_finite())) {
                        return err("Vị trí không hợp lệ.");
                    }
                }
                for (id, p) in moves {
                    if let Some(c) = self.components.iter_mut().find(|c| c.id == id) {
                        c.position = p;
                    }
                }
            }
            Command::Place(places) => {
                for (id, layer, p) in &places {
                    if !(1..=4).contains(layer) {
                        return err(format!("Lớp {layer} không tồn tại; chỉ có lớp 1 đến 4."));
                    }
                    if p.is_some_and(|p| !(p.x.is_finite() && p.y.is_finite())) {
                        return err("Vị trí không hợp lệ.");
                    }
                    if self.component(id).is_none() {
                        return err(format!("Không còn thành phần '{id}'."));
                    }
                }
                for (id, layer, p) in places {
                    if let Some(c) = self.components.iter_mut().find(|c| c.id == id) {
                        c.layer = layer;
                        c.position = p;
                    }
                }
            }
            Command::AutoLayout => {
                self.components.iter_mut().for_each(|c| c.position = None);
                self.arrangement = Some(crate::layout::arrange::auto(self));
            }
            Command::Paste(components, connections) => {
                let mut next = self.clone();
                for c in components {
                    next.perform(Command::AddComponent(c))?;
                }
                for e in connections {
                    next.perform(Command::AddConnection(e))?;
                }
                *self = next;
            }
            Command::ReplaceWithPlatform { id, mut with } => {
                let Some(old) = self.component(&id) else {
                    return err(format!("Không còn thành phần '{id}'."));
                };
                if with.platform.is_none() {
                    return err("Thành phần thay thế phải là một nền tảng trong danh mục.");
                }
                with.id = id;
                with.position = old.position;
                self.perform(Command::UpdateComponent(with))?;
            }
            Command::SetExemption(id, exemption) => {
                let Some(c) = self.component(&id) else {
                    return err(format!("Không còn thành phần '{id}'."));
                };
                let mut c = c.clone();
                c.exemption = exemption;
                self.perform(Command::UpdateComponent(c))?;
            }
            Command::ReviewOverlap {
                component,
                platform,
                decision,
            } => {
                if self.component(&component).is_none() {
                    return err(format!("Không còn thành phần '{component}'."));
                }
                if platform.trim().is_empty() || platform.chars().count() > 16 {
                    return err("Mã nền tảng không hợp lệ.");
                }
                self.reviews
                    .retain(|r| !(r.component == component && r.platform == platform));
                if let Some(decision) = decision {
                    self.reviews.push(Review {
                        component,
                        platform,
                        decision,
                    });
                }
            }
            Command::Restore(doc) => *self = *doc,
            Command::SetMeta { title, agency } => {
                let title = nfc(title.trim());
                if title.is_empty() {
                    return err("Tên khung không được để trống.");
                }
                if title.chars().count() > MAX_NAME_CHARS || agency.chars().count() > MAX_NAME_CHARS
                {
                    return err(format!("Tên dài quá {MAX_NAME_CHARS} ký tự."));
                }
                self.title = title;
                self.agency = nfc(agency.trim());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Direction, Kind, Status};

    fn comp(id: &str, name: &str, layer: u8) -> Component {
        Component {
            status: Status::Planned,
            ..Component::new(id, name, layer)
        }
    }

    fn conn(id: &str, from: &str, to: &str) -> Connection {
        Connection {
            id: id.into(),
            from: from.into(),
            to: to.into(),
            label: String::new(),
            direction: Direction::Forward,
        }
    }

    fn doc() -> Document {
        let mut d = Document::new("Khung", Kind::Province, "Lâm Đồng");
        d.apply(Command::AddComponent(comp("a", "LGSP tỉnh", 2)))
            .unwrap();
        d.apply(Command::AddComponent(comp(
            "b",
            "Hệ thống một cửa điện tử",
            3,
        )))
        .unwrap();
        d.apply(Command::AddConnection(conn("e", "b", "a")))
            .unwrap();
        d
    }

    #[test]
    fn removing_a_component_removes_its_connections() {
        let mut d = doc();
        d.apply(Command::RemoveComponents(vec!["a".into()]))
            .unwrap();
        assert_eq!(d.components.len(), 1);
        assert!(d.connections.is_empty());
    }

    #[test]
    fn refused_edits_leave_the_document_untouched() {
        let mut d = doc();
        let before = d.clone();
        assert!(d
            .apply(Command::AddComponent(comp("a", "trùng mã", 1)))
            .is_err());
        assert!(d
            .apply(Command::AddComponent(comp("z", "lớp bảy", 7)))
            .is_err());
        assert!(d.apply(Command::AddComponent(comp("z", "  ", 1))).is_err());
        assert!(d
            .apply(Command::AddConnection(conn("e2", "a", "nowhere")))
            .is_err());
        // A paste is all or nothing.
        assert!(d
            .apply(Command::Paste(
                vec![comp("p", "P", 1)],
                vec![conn("e3", "p", "missing")]
            ))
            .is_err());
        assert_eq!(d, before);
    }

    #[test]
    fn text_is_normalised() {
        let mut d = doc();
        d.apply(Command::AddComponent(comp("n", " Cô\u{309}ng  ", 4)))
            .unwrap();
        assert_eq!(d.component("n").unwrap().name, "Cổng");
    }

    #[test]
    fn fresh_ids_are_unused() {
        let d = doc();
        let id = d.fresh_id("c");
        assert!(d.component(&id).is_none() && d.connections.iter().all(|e| e.id != id));
    }

    #[test]
    fn a_drop_into_another_layer_is_one_step_and_refused_whole() {
        let mut h = crate::history::History::new(doc());
        let at = Some(Point { x: 16.0, y: 40.0 });
        h.apply(Command::Place(vec![("b".into(), 2, at)])).unwrap();
        let b = h.doc().component("b").unwrap();
        assert_eq!((b.layer, b.position), (2, at));
        assert!(h.undo());
        let b = h.doc().component("b").unwrap();
        assert_eq!((b.layer, b.position), (3, None));
        let before = h.doc().clone();
        for bad in [
            vec![("a".into(), 2, at), ("b".into(), 5, at)],
            vec![("a".into(), 2, at), ("gone".into(), 2, at)],
            vec![(
                "a".into(),
                2,
                Some(Point {
                    x: f32::NAN,
                    y: 0.0,
                }),
            )],
        ] {
            assert!(h.apply(Command::Place(bad)).is_err());
            assert_eq!(h.doc(), &before);
        }
    }

    #[test]
    fn replace_with_platform_keeps_id_and_connections() {
        let mut d = doc();
        let mut with = comp("ignored", "Nền tảng NDXP", 2);
        with.platform = Some("A-06".into());
        d.apply(Command::ReplaceWithPlatform {
            id: "a".into(),
            with,
        })
        .unwrap();
        assert_eq!(d.component("a").unwrap().platform.as_deref(), Some("A-06"));
        assert_eq!(d.connections.len(), 1);
    }

    #[test]
    fn a_review_is_recorded_replaced_cleared_and_follows_its_component() {
        let mut d = Document::new("t", Kind::Province, "Tỉnh Lâm Đồng");
        d.apply(Command::AddComponent(Component::new("c", "Trợ lý ảo", 4)))
            .unwrap();
        let review = |decision| Command::ReviewOverlap {
            component: "c".into(),
            platform: "A-10".into(),
            decision,
        };
        d.apply(review(Some(Decision::Dismissed))).unwrap();
        d.apply(review(Some(Decision::Confirmed))).unwrap();
        assert_eq!(d.reviews.len(), 1);
        assert_eq!(d.review("c", "A-10"), Some(Decision::Confirmed));
        d.apply(review(None)).unwrap();
        assert!(d.reviews.is_empty());
        d.apply(review(Some(Decision::Dismissed))).unwrap();
        d.apply(Command::RemoveComponents(vec!["c".into()]))
            .unwrap();
        assert!(d.reviews.is_empty());
        assert!(d.apply(review(Some(Decision::Dismissed))).is_err());
    }
}
