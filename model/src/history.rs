//! Undo and redo by capped snapshots of the whole document: simple, obviously correct, and
//! cheap at the size of an agency's framework. A transaction makes one drag a single step.

use crate::command::{Command, CommandError};
use crate::document::Document;

/// How many steps back a user can go.
pub const DEPTH: usize = 200;

/// A document with its undo and redo stacks.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    doc: Document,
    undo: Vec<Document>,
    redo: Vec<Document>,
    /// The state before an open transaction.
    pending: Option<Document>,
}

impl History {
    /// Starts a history at `doc`.
    pub fn new(doc: Document) -> Self {
        History {
            doc,
            undo: Vec::new(),
            redo: Vec::new(),
            pending: None,
        }
    }

    /// The current document.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Applies `cmd` as one undoable step (or as part of the open transaction).
    pub fn apply(&mut self, cmd: Command) -> Result<(), CommandError> {
        let before = self.doc.clone();
        self.doc.apply(cmd)?;
        if self.doc == before {
            return Ok(());
        }
        if self.pending.is_none() {
            self.push_undo(before);
        }
        Ok(())
    }

    fn push_undo(&mut self, before: Document) {
        self.undo.push(before);
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Opens a transaction: edits until [`History::commit`] make one undo step.
    pub fn begin(&mut self) {
        if self.pending.is_none() {
            self.pending = Some(self.doc.clone());
        }
    }

    /// Closes the transaction as one step (none if nothing changed).
    pub fn commit(&mut self) {
        if let Some(before) = self.pending.take() {
            if before != self.doc {
                self.push_undo(before);
            }
        }
    }

    /// Cancels the transaction, restoring the state before it (a drag ended with Escape).
    pub fn abort(&mut self) {
        if let Some(before) = self.pending.take() {
            self.doc = before;
        }
    }

    /// Whether a transaction is open.
    pub fn in_transaction(&self) -> bool {
        self.pending.is_some()
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.commit();
        match self.undo.pop() {
            Some(prev) => {
                self.redo.push(std::mem::replace(&mut self.doc, prev));
                true
            }
            None => false,
        }
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.commit();
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.doc, next));
                true
            }
            None => false,
        }
    }

    /// Whether [`History::undo`] would do anything.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.pending.as_ref().is_some_and(|p| *p != self.doc)
    }

    /// Whether [`History::redo`] would do anything.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Component, Kind, Point};

    fn comp(id: &str) -> Component {
        Component::new(id, format!("Thành phần {id}"), 3)
    }

    #[test]
    fn undo_then_redo_restores_each_state() {
        let mut h = History::new(Document::new("K", Kind::Commune, ""));
        h.apply(Command::AddComponent(comp("a"))).unwrap();
        h.apply(Command::AddComponent(comp("b"))).unwrap();
        assert!(h.undo());
        assert_eq!(h.doc().components.len(), 1);
        assert!(h.undo());
        assert!(h.doc().components.is_empty());
        assert!(!h.undo());
        assert!(h.redo() && h.redo());
        assert_eq!(h.doc().components.len(), 2);
        assert!(!h.redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::new(Document::new("K", Kind::Commune, ""));
        h.apply(Command::AddComponent(comp("a"))).unwrap();
        h.undo();
        h.apply(Command::AddComponent(comp("b"))).unwrap();
        assert!(!h.can_redo());
    }

    #[test]
    fn a_drag_is_one_step_and_escape_cancels_it() {
        let mut h = History::new(Document::new("K", Kind::Commune, ""));
        h.apply(Command::AddComponent(comp("a"))).unwrap();
        h.begin();
        for x in 0..10 {
            h.apply(Command::MoveComponents(vec![(
                "a".into(),
                Some(Point {
                    x: x as f32,
                    y: 0.0,
                }),
            )]))
            .unwrap();
        }
        h.commit();
        assert!(h.undo());
        assert_eq!(h.doc().component("a").unwrap().position, None);
        h.begin();
        h.apply(Command::MoveComponents(vec![(
            "a".into(),
            Some(Point { x: 5.0, y: 5.0 }),
        )]))
        .unwrap();
        h.abort();
        assert_eq!(h.doc().component("a").unwrap().position, None);
    }

    #[test]
    fn refused_commands_record_nothing() {
        let mut h = History::new(Document::new("K", Kind::Commune, ""));
        assert!(h
            .apply(Command::AddComponent(Component {
                layer: 9,
                ..comp("a")
            }))
            .is_err());
        assert!(!h.can_undo());
    }

    #[test]
    fn depth_is_capped() {
        let mut h = History::new(Document::new("K", Kind::Commune, ""));
        for i in 0..DEPTH + 20 {
            h.apply(Command::AddComponent(comp(&i.to_string())))
                .unwrap();
        }
        let mut steps = 0;
        while h.undo() {
            steps += 1;
        }
        assert_eq!(steps, DEPTH);
    }
}
