//! What the editor's buttons, keys and menus do, as plain functions on the editor context: every
//! change is a `model::command::Command` on the history (so undo, redo and autosave cover it),
//! and a refused command is reported to the user, never dropped. Components call these instead
//! of one another, so no two components import each other.

use crate::browser_io;
use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::command::Command;
use model::document::{Component, Connection, Direction, Point, Status};

/// What Ctrl+C put aside for Ctrl+V.
#[derive(Clone, Default)]
pub(crate) struct Clipboard(pub(crate) Vec<Component>, pub(crate) Vec<Connection>);

/// Applies `cmd`, reporting a refusal; returns whether it applied.
pub(crate) fn run(editor: Editor, notice: Notice, cmd: Command) -> bool {
    let mut result = Ok(());
    editor.history.update(|h| result = h.apply(cmd));
    match result {
        Ok(()) => true,
        Err(e) => {
            notice.error(e.to_string());
            false
        }
    }
}

/// Applies `cmds` as one undo step: all of them, or none if one is refused (reported).
pub(crate) fn run_all(editor: Editor, notice: Notice, cmds: Vec<Command>) -> bool {
    let mut result = Ok(());
    editor.history.update(|h| {
        h.begin();
        for cmd in cmds {
            result = h.apply(cmd);
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            h.commit();
        } else {
            h.abort();
        }
    });
    match result {
        Ok(()) => true,
        Err(e) => {
            notice.error(e.to_string());
            false
        }
    }
}

/// Copies the selected components and the connections among them.
pub(crate) fn copy(editor: Editor, selection: Selection) -> Clipboard {
    let ids = selection.0.get_untracked();
    editor.history.with_untracked(|h| {
        let d = h.doc();
        let comps: Vec<Component> = d
            .components
            .iter()
            .filter(|c| ids.contains(&c.id))
            .cloned()
            .collect();
        let conns = d
            .connections
            .iter()
            .filter(|e| ids.contains(&e.from) && ids.contains(&e.to))
            .cloned()
            .collect();
        Clipboard(comps, conns)
    })
}

/// Pastes `clip` with fresh ids, offset so the copies do not hide the originals.
pub(crate) fn paste(editor: Editor, notice: Notice, selection: Selection, clip: &Clipboard) {
    if clip.0.is_empty() {
        return;
    }
    let (comps, conns) = editor.history.with_untracked(|h| {
        let mut scratch = h.doc().clone();
        let mut map = std::collections::HashMap::new();
        let mut comps = Vec::new();
        for c in &clip.0 {
            let mut n = c.clone();
            n.id = scratch.fresh_id("c");
            n.position = c.position.map(|p| Point {
                x: p.x + 24.0,
                y: p.y + 24.0,
            });
            map.insert(c.id.clone(), n.id.clone());
            scratch.components.push(n.clone());
            comps.push(n);
        }
        let mut conns = Vec::new();
        for e in &clip.1 {
            let mut n = e.clone();
            n.id = scratch.fresh_id("e");
            n.from = map[&e.from].clone();
            n.to = map[&e.to].clone();
            scratch.connections.push(n.clone());
            conns.push(n);
        }
        (comps, conns)
    });
    let ids: Vec<String> = comps.iter().map(|c| c.id.clone()).collect();
    if run(editor, notice, Command::Paste(comps, conns)) {
        selection.0.set(ids);
    }
}

/// Deletes the selected components with their connections.
pub(crate) fn delete_selection(editor: Editor, notice: Notice, selection: Selection) {
    let ids = selection.0.get_untracked();
    if !ids.is_empty() && run(editor, notice, Command::RemoveComponents(ids)) {
        selection.only(None);
    }
}

/// Downloads the framework as canonical JSON.
pub(crate) fn export_json(editor: Editor, notice: Notice) {
    let (name, json) = editor.history.with_untracked(|h| {
        (
            browser_io::file_stem(&h.doc().title),
            model::io::json::write(h.doc()),
        )
    });
    match browser_io::download(&format!("{name}.json"), "application/json", json.as_bytes()) {
        Ok(()) => notice.info(format!("{} {name}.json", t("Đã xuất"))),
        Err(e) => notice.error(e),
    }
}

/// The component of the open framework that reuses platform `id`, if there is one.
pub(crate) fn box_of_platform(editor: Editor, id: &str) -> Option<String> {
    editor.history.with_untracked(|h| {
        h.doc()
            .components
            .iter()
            .find(|c| c.platform.as_deref() == Some(id))
            .map(|c| c.id.clone())
    })
}

/// Adds platform `id` to the open framework and selects it; when the framework already reuses
/// it, selects the box that is there instead of adding a second one.
pub(crate) fn add_platform(editor: Editor, notice: Notice, selection: Selection, id: &str) {
    if let Some(existing) = box_of_platform(editor, id) {
        selection.only(Some(existing));
        return notice.info(format!("{id}: {}", t("đã có trong khung, đã chọn ô đó.")));
    }
    let Some(c) = editor
        .history
        .with_untracked(|h| model::compose::reuse(today::catalogue(), id, h.doc()))
    else {
        return notice.error(format!("{} {id}.", t("Không có trong danh mục nền tảng:")));
    };
    let new_id = c.id.clone();
    let name = c.name.clone();
    if run(editor, notice, Command::AddComponent(c)) {
        selection.only(Some(new_id));
        notice.info(format!("{} {id} · {name}", t("Đã thêm")));
    }
}

/// Adds a new own component of the agency in `layer`, selects it, and returns its id so the
/// caller can start editing its name in place.
pub(crate) fn add_own(
    editor: Editor,
    notice: Notice,
    selection: Selection,
    layer: u8,
) -> Option<String> {
    let (id, owner) = editor
        .history
        .with_untracked(|h| (h.doc().fresh_id("c"), h.doc().agency.clone()));
    let c = Component {
        id: id.clone(),
        name: t("Thành phần mới"),
        description: String::new(),
        layer,
        status: Status::Planned,
        owner,
        capabilities: Vec::new(),
        platform: None,
        position: None,
        exemption: None,
    };
    run(editor, notice, Command::AddComponent(c)).then(|| {
        selection.only(Some(id.clone()));
        id
    })
}

/// Renames component `id`; an unchanged or blank name changes nothing.
pub(crate) fn rename(editor: Editor, notice: Notice, id: &str, name: &str) -> bool {
    let name = model::text::nfc(name.trim());
    let Some(mut c) = editor
        .history
        .with_untracked(|h| h.doc().component(id).cloned())
    else {
        return false;
    };
    if name.is_empty() || name == c.name {
        return false;
    }
    c.name = name;
    run(editor, notice, Command::UpdateComponent(c))
}

/// Connects `from` to `to`, refusing a loop or a connection that is already there.
pub(crate) fn connect(
    editor: Editor,
    notice: Notice,
    from: &str,
    to: &str,
    label: String,
    both: bool,
) -> bool {
    if from == to {
        return false;
    }
    let (id, exists) = editor.history.with_untracked(|h| {
        let d = h.doc();
        let exists = d
            .connections
            .iter()
            .any(|e| (e.from == from && e.to == to) || (e.from == to && e.to == from));
        (d.fresh_id("e"), exists)
    });
    if exists {
        notice.info(t("Hai thành phần này đã được kết nối."));
        return false;
    }
    let e = Connection {
        id,
        from: from.to_owned(),
        to: to.to_owned(),
        label,
        direction: if both {
            Direction::Both
        } else {
            Direction::Forward
        },
    };
    run(editor, notice, Command::AddConnection(e))
}

/// Moves the selected boxes by (`dx`, `dy`) diagram units from where the scene shows them, as
/// one undo step.
pub(crate) fn nudge(
    editor: Editor,
    notice: Notice,
    selection: Selection,
    scene: &model::scene::Scene,
    dx: f32,
    dy: f32,
) -> bool {
    let ids = selection.0.get_untracked();
    let moves: Vec<(String, Option<Point>)> = scene
        .nodes
        .iter()
        .filter(|n| ids.contains(&n.id))
        .map(|n| {
            (
                n.id.clone(),
                Some(Point {
                    x: (n.x + dx).max(0.0),
                    y: (n.y + dy).max(0.0),
                }),
            )
        })
        .collect();
    !moves.is_empty() && run(editor, notice, Command::MoveComponents(moves))
}

/// Replaces `component` by catalogue platform `platform`. When the framework already has a
/// box for that platform, the duplicate is removed and its connections move to that box, as
/// one undo step, so the platform is never there twice.
pub(crate) fn replace_with_platform(
    editor: Editor,
    notice: Notice,
    selection: Selection,
    cat: &model::Catalogue,
    component: &str,
    platform: &str,
) -> bool {
    if let Some(existing) = box_of_platform(editor, platform).filter(|e| e != component) {
        let cmds = editor.history.with_untracked(|h| {
            let d = h.doc();
            let mut scratch = d.clone();
            let touching: Vec<&Connection> = d
                .connections
                .iter()
                .filter(|e| e.from == component || e.to == component)
                .collect();
            let mut moved = Vec::new();
            for e in &touching {
                let swap = |end: &str| {
                    if end == component {
                        existing.clone()
                    } else {
                        end.to_owned()
                    }
                };
                let (from, to) = (swap(&e.from), swap(&e.to));
                let dup = from == to
                    || d.connections
                        .iter()
                        .chain(moved.iter())
                        .any(|x| x.from == from && x.to == to);
                if !dup {
                    let id = scratch.fresh_id("e");
                    let n = Connection {
                        id,
                        from,
                        to,
                        ..(*e).clone()
                    };
                    scratch.connections.push(n.clone());
                    moved.push(n);
                }
            }
            let mut cmds = vec![Command::RemoveComponents(vec![component.to_owned()])];
            cmds.extend(moved.into_iter().map(Command::AddConnection));
            cmds
        });
        if run_all(editor, notice, cmds) {
            selection.only(Some(existing));
            notice.info(format!(
                "{platform}: {}",
                t("đã có trong khung; thành phần trùng đã được gộp vào ô đó.")
            ));
            return true;
        }
        return false;
    }
    let with = editor
        .history
        .with_untracked(|h| model::compose::reuse(cat, platform, h.doc()));
    let Some(with) = with else {
        notice.error(format!(
            "{} {platform}.",
            t("Không có trong danh mục nền tảng:")
        ));
        return false;
    };
    let ok = run(
        editor,
        notice,
        Command::ReplaceWithPlatform {
            id: component.to_owned(),
            with,
        },
    );
    if ok {
        notice.info(format!("{} {platform}", t("Đã thay bằng nền tảng")));
        selection.only(Some(component.to_owned()));
    }
    ok
}
