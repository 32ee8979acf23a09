//! What to do with a file just read: open it as a new framework (the previous one stays in "Khung
//! của tôi"), or merge it into the open framework after seeing what would change: components
//! and connections added, fields changed with their old and new values, how many match and
//! bring nothing new, and what could not be matched safely. The preview is
//! `model::import_into::preview`; merging is one undoable step, and closing the dialog changes
//! nothing.

use crate::actions;
use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::diff::{show, Element};
use model::document::Document;
use model::import_into::{preview, Preview};
use model::merge::Clash;

/// A file read and understood, waiting for the user's choice.
#[derive(Clone)]
pub(crate) struct Pending {
    /// The file's name.
    pub(crate) name: String,
    /// The framework it holds.
    pub(crate) doc: Document,
    /// Its bytes, for the version history a JSON file may carry.
    pub(crate) bytes: std::rc::Rc<Vec<u8>>,
}

/// The word for an element, in the UI's language.
fn what(e: Element) -> String {
    match e {
        Element::Framework => t("Khung"),
        Element::Component => t("Thành phần"),
        Element::Connection => t("Liên kết"),
    }
}

/// A clash, said for this import: why the file's element was added as new, not matched.
fn clash_text(c: &Clash) -> String {
    match c.field.as_str() {
        "id" => format!(
            "«{}»: {} {} {} «{}»; {}",
            show(&c.theirs),
            t("mã"),
            c.id,
            t("trong khung đang mở là"),
            show(&c.ours),
            t("đã thêm thành thành phần mới.")
        ),
        "name" => format!(
            "«{}»: {} ({}); {}",
            show(&c.theirs),
            t("nhiều thành phần trong khung đang mở cùng tên"),
            show(&c.ours),
            t("đã thêm thành thành phần mới.")
        ),
        _ => c.to_string(),
    }
}

/// The dialog.
#[component]
pub(crate) fn ImportDialog(
    /// The file read.
    pending: Pending,
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let open_title = editor.history.with_untracked(|h| h.doc().title.clone());
    let p: Preview = editor
        .history
        .with_untracked(|h| preview(h.doc(), &pending.doc));
    let count = |e: Element| p.diff.added.iter().filter(|i| i.element == e).count();
    let (new_components, new_connections) = (count(Element::Component), count(Element::Connection));
    let changed_elements = {
        let mut ids: Vec<(Element, &str)> = p
            .diff
            .changed
            .iter()
            .map(|c| (c.element, c.id.as_str()))
            .collect();
        ids.dedup();
        ids.len()
    };
    let summary = [
        (
            "added",
            format!(
                "{}: {new_components} {}, {new_connections} {}",
                t("Thêm"),
                t("thành phần"),
                t("kết nối")
            ),
        ),
        (
            "changed",
            format!(
                "{}: {} {} {changed_elements} {}",
                t("Thay đổi"),
                p.diff.changed.len(),
                t("trường ở"),
                t("phần tử")
            ),
        ),
        ("unchanged", format!("{}: {}", t("Không đổi"), p.unchanged)),
        (
            "clashes",
            format!("{}: {}", t("Cần xem lại"), p.clashes.len()),
        ),
    ];
    let added = p
        .diff
        .added
        .iter()
        .map(|i| view! { <li class="diff-added" data-id=i.id.clone()>{format!("+ {} «{}»", what(i.element), i.name)}</li> })
        .collect_view();
    let changed = p
        .diff
        .changed
        .iter()
        .map(|c| view! {
            <li class="diff-changed" data-id=c.id.clone() data-field=c.field>
                {format!("~ {} «{}» {}: {} → {}", what(c.element), c.name, c.field, show(&c.old), show(&c.new))}
            </li>
        })
        .collect_view();
    let clashes = p
        .clashes
        .iter()
        .map(|c| view! { <li class="clash" data-id=c.id.clone()>{clash_text(c)}</li> })
        .collect_view();
    let nothing = p.is_empty();
    let merged = StoredValue::new(p.doc);
    let (n_added, n_changed) = (p.diff.added.len(), p.diff.changed.len());

    let name = pending.name.clone();
    let as_new = {
        let pending = pending.clone();
        move |_| {
            actions::open_as_new(
                editor,
                notice,
                selection,
                &pending.name,
                pending.doc.clone(),
                &pending.bytes,
            );
            on_close.run(());
        }
    };
    let merge = {
        let name = pending.name.clone();
        move |_| {
            let doc = merged.get_value();
            if actions::run(
                editor,
                notice,
                model::command::Command::Restore(Box::new(doc)),
            ) {
                notice.info(format!(
                    "{} {name}: +{n_added}, ~{n_changed}. {}",
                    t("Đã gộp"),
                    t("Hoàn tác (Ctrl+Z) để quay lại.")
                ));
            }
            on_close.run(());
        }
    };
    // The keyboard starts in the dialog, on its first choice that can be made.
    let first = NodeRef::<leptos::html::Div>::new();
    request_animation_frame(move || {
        if let Some(b) = first
            .get_untracked()
            .and_then(|d| d.query_selector("button:not([disabled])").ok().flatten())
            .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
        {
            let _ = b.focus();
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            on_close.run(());
        }
    };

    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())></div>
        <div class="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" on:keydown=on_key>
            <h2 id="import-title">{format!("{} «{name}»", t("Nhập tệp"))}</h2>
            <p class="hint">{format!("{} «{}»; {} «{open_title}».", t("Tệp chứa khung"), pending.doc.title, t("khung đang mở là"))}</p>
            <h3>{format!("{} «{open_title}»", t("Nếu gộp vào khung đang mở"))}</h3>
            <ul class="import-summary">
                {summary.into_iter().map(|(k, s)| view! { <li data-count=k>{s}</li> }).collect_view()}
            </ul>
            <div class="diff-list import-changes">
                {nothing.then(|| view! { <p class="hint">{t("Tệp không mang thay đổi nào cho khung đang mở.")}</p> })}
                <ul>{added}{changed}</ul>
                <ul class="clashes">{clashes}</ul>
            </div>
            <div class="dialog-actions" node_ref=first>
                <button type="button" class="primary merge-import" on:click=merge disabled=nothing>{t("Gộp vào khung đang mở")}</button>
                <button type="button" class="new-import" on:click=as_new>{t("Mở thành khung mới")}</button>
                <button type="button" class="cancel-import" on:click=move |_| on_close.run(())>{t("Hủy")}</button>
            </div>
        </div>
    }
}
