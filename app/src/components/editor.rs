//! The editor, in three panes as in draw.io: the palette (a new own component, the national
//! platforms) on the left, the framework's diagram with its toolbar in the centre, and the
//! inspector of the selection on the right. Every change goes through a
//! `model::command::Command` on the history (see [`crate::actions`]), so undo, redo and autosave
//! cover all of them.

use crate::actions::{copy, delete_selection, export_json, nudge, paste, Clipboard};
use crate::components::catalogue_panel::CataloguePanel;
use crate::components::context_menu::{ContextMenu, MenuAt};
use crate::components::diagram::Diagram;
use crate::components::drop_hint::{self, DropHint, DropTarget};
use crate::components::editor_toolbar::EditorToolbar;
use crate::components::embed_code::EmbedCode;
use crate::components::export_menu::ExportMenu;
use crate::components::find_bar::FindBar;
use crate::components::inspector::Inspector;
use crate::components::outline::Outline;
use crate::context::{
    AsOf, CurrentView, Editor, Focus, FocusRequest, Notice, Renaming, Selection, View,
};
use crate::today;
use leptos::prelude::*;
use model::views::framework;
use wasm_bindgen::JsCast;

/// Opens the diagram's text outline and scrolls to it: one tap from the top on a phone.
fn open_outline() {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(".view.editor details.outline")
            .ok()
            .flatten()
    }) else {
        return;
    };
    let _ = el.set_attribute("open", "");
    el.scroll_into_view();
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
            let scores = model::rules::kpi::kpi_assessment_with(&analysis, &findings);
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

    let Renaming(renaming) = expect_context();
    let focus: FocusRequest = expect_context();
    let finding = RwSignal::new(false);
    // Keyboard shortcuts, while the editor is open and the user is not typing in a field.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if view.get_untracked() != View::Editor {
            return;
        }
        let ctrl = ev.ctrl_key() || ev.meta_key();
        // Ctrl+F finds in the diagram, even from a field.
        if ctrl && !ev.alt_key() && ev.key().to_lowercase() == "f" {
            ev.prevent_default();
            finding.set(true);
            return;
        }
        if typing_in_a_field(&ev) || ev.default_prevented() {
            return;
        }
        let step = if ev.shift_key() { 40.0 } else { 8.0 };
        let arrow = match ev.key().as_str() {
            "ArrowLeft" => Some((-step, 0.0)),
            "ArrowRight" => Some((step, 0.0)),
            "ArrowUp" => Some((0.0, -step)),
            "ArrowDown" => Some((0.0, step)),
            _ => None,
        };
        if let (Some((dx, dy)), false, false) = (arrow, ctrl, ev.alt_key()) {
            if selection.0.with_untracked(|s| !s.is_empty()) {
                ev.prevent_default();
                scene.with_untracked(|s| nudge(editor, notice, selection, s, dx, dy));
                focus.ask(Focus::Reveal);
            }
            return;
        }
        if ev.key() == "F2" {
            if let Some(id) = selection.primary() {
                ev.prevent_default();
                renaming.set(Some(id));
            }
            return;
        }
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
        crate::actions::add_platform(editor, notice, selection, &id);
    };

    view! {
        <aside class="palette" aria-label=move || crate::i18n::t("Bảng thành phần")>
            <CataloguePanel />
        </aside>
        <section class="view editor" aria-labelledby="view-title">
            <div class="view-head">
                <h2 id="view-title">{move || editor.history.with(|h| h.doc().title.clone())}</h2>
                <ExportMenu scene=scene doc=Signal::derive(move || editor.history.with(|h| h.doc().clone())) />
                <EmbedCode title=Signal::derive(move || editor.history.with(|h| h.doc().title.clone())) />
                <button class="outline-button" on:click=move |_| open_outline() title=move || crate::i18n::t("Dàn ý văn bản của sơ đồ")>{move || crate::i18n::t("Dàn ý")}</button>
            </div>
            <EditorToolbar />
            <FindBar open=finding scene=scene />
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
        <Inspector findings=findings scores=scores />
    }
}
