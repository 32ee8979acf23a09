//! Saved versions as the browser uses them: restoring one is an edit that undo takes back, and
//! the comparison of two lists and marks the same differences.

use model::command::Command;
use model::document::{Component, Document, Kind};
use model::history::History;

#[test]
fn restoring_a_version_is_one_undoable_step() {
    let mut doc = Document::new("Khung", Kind::Province, "Lâm Đồng");
    doc.components.push(Component::new("c1", "LGSP tỉnh", 2));
    let saved = doc.clone();
    let mut h = History::new(doc);
    h.apply(Command::AddComponent(Component::new(
        "c2",
        "Kho dữ liệu",
        2,
    )))
    .unwrap();
    let edited = h.doc().clone();
    h.apply(Command::Restore(Box::new(saved.clone()))).unwrap();
    assert_eq!(h.doc(), &saved);
    assert!(h.undo());
    assert_eq!(h.doc(), &edited);
    assert!(h.redo());
    assert_eq!(h.doc(), &saved);
}
