//! The editor: the user's framework as a diagram with its toolbar, the catalogue panel and the
//! component form. Every change goes through a `model::command::Command` on the history, so
//! undo, redo and autosave cover all of them.

use crate::browser_io;
use crate::components::catalogue_panel::CataloguePanel;
use crate::components::component_form::ComponentForm;
use crate::components::context_menu::{ContextMenu, MenuAt};
use crate::components::diagram::Diagram;
use crate::components::drop_hint::{self, DropHint, DropTarget};
use crate::components::editor_toolbar::EditorToolbar;
use crate::components::embed_code::EmbedCode;
use crate::components::export_menu::ExportMenu;
use crate::components::findings_panel::FindingsPanel;
use crate::components::outline::Outline;
use crate::context::{AsOf, CurrentView, Editor, Notice, Selection, View};
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::command::Command;
use model::document::{Component, Connection, Point};
use model::views::framework;
use wasm_bindgen::JsCast;

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

fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// The editor pane.
#[component]
pub(crate) fn EditorPane() -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let CurrentView(view) = expect_context();
    let clipboard = StoredValue::new(Clipboard::default());
    let menu = RwSignal::new(None::<MenuAt>);

    // Findings follow every edit, on the day chosen on the roadmap (today by default).
    let AsOf(day) = expect_context();
    // What the rules read: a drag changes nothing here, so it does not re-run them.
    let relevant = Memo::new(move |_| editor.history.with(|h| model::rules::relevant(h.doc())));
    // One analysis of the document serves both the findings and the KPI scores.
    let checked = Memo::new(move |_| {
        let cat = today::catalogue_on(day.get());
        relevant.with(|doc| {
            let analysis = model::rules::Analysis::new(doc, &cat);
            let findings = model::rules::check_with(&analysis);
            let scores = model::rules::kpi::kpi_scores_with(&analysis, &findings);
            (findings, scores)
        })
    });
    let findings = Signal::derive(move || checked.with(|c| c.0.clone()));
    let scores = Signal::derive(move || checked.with(|c| c.1.clone()));
    let scene = Memo::new(move |_| {
        let cat = today::catalogue_on(day.get());
        checked.with(|(fs, _)| {
            let badges = model::views::marks::badges(fs);
            editor
                .history
                .with(|h| framework::scene_with_badges(&cat, h.doc(), &badges))
        })
    });

    let drop_target = DropTarget(RwSignal::new(None));
    let on_drag = drop_hint::on_drag(editor, scene, drop_target);
    let on_context =
        Callback::new(move |(id, x, y): (String, i32, i32)| menu.set(Some(MenuAt { id, x, y })));

    // Keyboard shortcuts, while the editor is open and the user is not typing in a field.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if view.get_untracked() != View::Editor || typing_in_a_field(&ev) {
            return;
        }
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let key = ev.key().to_lowercase();
        let done =
            match (ctrl, ev.shift_key(), key.as_str()) {
                (true, false, "z") => {
                    editor.history.update(|h| {
                        h.undo();
                    });
                    true
                }
                (true, true, "z") | (true, _, "y") => {
                    editor.history.update(|h| {
                        h.redo();
                    });
                    true
                }
                (true, _, "c") => {
                    clipboard.set_value(copy(editor, selection));
                    true
                }
                (true, _, "v") => {
                    paste(editor, notice, selection, &clipboard.get_value());
                    true
                }
                (true, _, "s") => {
                    export_json(editor, notice);
                    true
                }
                (true, _, "a") => {
                    selection.0.set(editor.history.with_untracked(|h| {
                        h.doc().components.iter().map(|c| c.id.clone()).collect()
                    }));
                    true
                }
                (false, _, "delete") | (false, _, "backspace") => {
                    delete_selection(editor, notice, selection);
                    true
                }
                _ => false,
            };
        if done {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());

    // Dropping a platform dragged from the catalogue panel adds it.
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let Some(id) = ev
            .data_transfer()
            .and_then(|d| d.get_data("text/x-khung-platform").ok())
        else {
            return;
        };
        crate::components::catalogue_panel::add_platform(editor, notice, selection, &id);
    };

    view! {
        <section class="view editor" aria-labelledby="view-title">
            <div class="view-head">
                <h2 id="view-title">{move || editor.history.with(|h| h.doc().title.clone())}</h2>
                <ExportMenu scene=scene doc=Signal::derive(move || editor.history.with(|h| h.doc().clone())) />
                <EmbedCode title=Signal::derive(move || editor.history.with(|h| h.doc().title.clone())) />
            </div>
            <EditorToolbar />
            <div
                class="drop-zone"
                on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <Diagram scene=scene on_drag=on_drag on_context=on_context />
                <DropHint target=drop_target />
            </div>
            <ContextMenu at=menu clipboard=clipboard />
            <Outline scene=scene />
        </section>
        <aside class="side">
            <FindingsPanel findings=findings scores=scores />
            <ComponentForm />
            <CataloguePanel />
        </aside>
    }
}
