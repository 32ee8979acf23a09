//! "Phiên bản": saves named snapshots of the open framework, lists them, restores one (an
//! undoable edit), compares any two (or one with the current state) on a diagram coloured by
//! what was added, removed or changed, with the same differences listed beside it, and exports
//! the framework JSON with its versions as an optional history.

use crate::actions::run;
use crate::components::static_diagram::StaticDiagram;
use crate::context::{Editor, Notice};
use crate::i18n::t;
use crate::{browser_io, version_store};
use leptos::prelude::*;
use model::command::Command;
use model::diff::{show, Diff, Element};
use model::document::Document;
use model::versions::Version;

/// What the comparison's "older" or "newer" side shows: a saved version, or the framework as
/// it is now (`usize::MAX`).
const CURRENT: usize = usize::MAX;

/// The dialog.
#[component]
pub(crate) fn VersionsDialog(
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    // Versions are kept under the framework's storage id; an unsaved framework gets one now.
    let id = editor.storage_id.get_untracked().unwrap_or_else(|| {
        let id = crate::storage::new_id();
        editor.storage_id.set(Some(id.clone()));
        id
    });
    let versions = RwSignal::new(version_store::list(&id).unwrap_or_else(|e| {
        notice.error(e);
        Vec::new()
    }));
    let name = RwSignal::new(String::new());
    let older = RwSignal::new(None::<usize>);
    let newer = RwSignal::new(CURRENT);

    let id_save = id.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let doc = editor.history.with_untracked(|h| h.doc().clone());
        let label = model::text::nfc(name.get_untracked().trim());
        let label = if label.is_empty() {
            format!(
                "{} {}",
                t("Phiên bản"),
                versions.with_untracked(Vec::len) + 1
            )
        } else {
            label
        };
        let mut list = versions.get_untracked();
        list.push(Version {
            name: label.clone(),
            saved: version_store::now(),
            doc: doc.clone(),
        });
        match version_store::save(&id_save, &doc, &list) {
            Ok(()) => {
                versions.set(list);
                name.set(String::new());
                notice.info(format!("{} «{label}»", t("Đã lưu phiên bản")));
            }
            Err(e) => notice.error(e),
        }
    };
    let restore = move |i: usize| {
        let Some(v) = versions.with_untracked(|l| l.get(i).cloned()) else {
            return;
        };
        if run(editor, notice, Command::Restore(Box::new(v.doc))) {
            notice.info(format!(
                "{} «{}». {}",
                t("Đã khôi phục phiên bản"),
                v.name,
                t("Hoàn tác (Ctrl+Z) để quay lại.")
            ));
        }
    };
    let export = move |_| {
        let (stem, json) = editor.history.with_untracked(|h| {
            (
                browser_io::file_stem(&h.doc().title),
                versions.with_untracked(|v| model::io::json::write_with_history(h.doc(), v)),
            )
        });
        let file = format!("{stem}.json");
        match browser_io::download(&file, "application/json", json.as_bytes()) {
            Ok(()) => notice.info(format!("{} {file}", t("Đã xuất kèm lịch sử phiên bản"))),
            Err(e) => notice.error(e),
        }
    };
    let side = move |i: usize| -> Option<Document> {
        if i == CURRENT {
            Some(editor.history.with(|h| h.doc().clone()))
        } else {
            versions.with(|l| l.get(i).map(|v| v.doc.clone()))
        }
    };
    let comparison = Memo::new(move |_| {
        let (a, b) = (side(older.get()?)?, side(newer.get())?);
        let cat = model::Catalogue::get();
        let (scene, diff) = model::views::compare::scene(cat, &a, &b);
        Some((model::svg::Svg(&scene).to_string(), diff))
    });
    let svg = Signal::derive(move || {
        comparison.with(|c| c.as_ref().map(|(s, _)| s.clone()).unwrap_or_default())
    });
    let options = move || {
        let mut o: Vec<(usize, String)> = versions.with(|l| {
            l.iter()
                .enumerate()
                .map(|(i, v)| {
                    (
                        i,
                        format!("{} ({})", v.name, version_store::shown(&v.saved)),
                    )
                })
                .collect()
        });
        o.push((CURRENT, t("Hiện tại")));
        o
    };
    let pick = |signal: RwSignal<usize>| {
        move |ev: leptos::ev::Event| {
            if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                signal.set(i);
            }
        }
    };

    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())></div>
        <div class="dialog versions-dialog" role="dialog" aria-modal="true" aria-labelledby="versions-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) }>
            <h2 id="versions-title">{move || t("Phiên bản của khung")}</h2>
            <form class="save-version" on:submit=save>
                <input name="version-name" placeholder=move || t("Tên phiên bản, ví dụ: Bản trình thẩm định") aria-label=move || t("Tên phiên bản")
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="submit">{move || t("Lưu phiên bản")}</button>
            </form>
            <Show when=move || versions.with(Vec::is_empty)>
                <p class="hint">{move || t("Chưa có phiên bản nào. Lưu một phiên bản để so sánh về sau.")}</p>
            </Show>
            <ul class="version-list">
                <For each=move || versions.with(|l| (0..l.len()).map(|i| (i, l[i].name.clone(), l[i].saved.clone())).collect::<Vec<_>>())
                    key=|v| v.clone() let:v>
                    {
                        let (i, label, saved) = v;
                        view! {
                            <li data-version=i>
                                <span class="name">{label}</span>
                                <span class="updated">{version_store::shown(&saved)}</span>
                                <button class="restore" on:click=move |_| restore(i)>{move || t("Khôi phục")}</button>
                                <button class="compare" on:click=move |_| { older.set(Some(i)); newer.set(CURRENT); }>{move || t("So với hiện tại")}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || !versions.with(Vec::is_empty)>
                <div class="compare-pick">
                    <label>{move || t("So sánh bản cũ")}
                        <select name="older" on:change=move |ev| { if let Ok(i) = event_target_value(&ev).parse::<usize>() { older.set(Some(i)) } }>
                            <option value="" selected=move || older.get().is_none()>"—"</option>
                            {move || options().into_iter().map(|(i, l)| view! { <option value=i.to_string() selected=move || older.get() == Some(i)>{l}</option> }).collect_view()}
                        </select>
                    </label>
                    <label>{move || t("với bản mới")}
                        <select name="newer" on:change=pick(newer)>
                            {move || options().into_iter().map(|(i, l)| view! { <option value=i.to_string() selected=move || newer.get() == i>{l}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
            </Show>
            <Show when=move || comparison.with(Option::is_some)>
                <div class="comparison">
                    <StaticDiagram svg=svg />
                    <DiffList diff=Signal::derive(move || comparison.with(|c| c.as_ref().map(|(_, d)| d.clone()).unwrap_or_default())) />
                </div>
            </Show>
            <div class="dialog-actions">
                <button type="button" class="export-history" on:click=export title=move || t("Tệp JSON kèm các phiên bản đã lưu; bình thường \"Xuất JSON\" không kèm")>{move || t("Xuất JSON kèm lịch sử")}</button>
                <button type="button" on:click=move |_| on_close.run(())>{move || t("Đóng")}</button>
            </div>
        </div>
    }
}

/// The differences as a list beside the diagram, in the diagram's colours.
#[component]
fn DiffList(diff: Signal<Diff>) -> impl IntoView {
    let what = |e: Element| match e {
        Element::Framework => t("Khung"),
        Element::Component => t("Thành phần"),
        Element::Connection => t("Liên kết"),
    };
    view! {
        <div class="diff-list" aria-live="polite">
            {move || diff.with(|d| {
                if d.is_empty() {
                    return view! { <p class="hint">{t("Hai phiên bản giống nhau.")}</p> }.into_any();
                }
                let added = d.added.iter().map(|i| view! {
                    <li class="diff-added" data-id=i.id.clone()>{format!("+ {} «{}»", what(i.element), i.name)}</li>
                }).collect_view();
                let removed = d.removed.iter().map(|i| view! {
                    <li class="diff-removed" data-id=i.id.clone()>{format!("− {} «{}»", what(i.element), i.name)}</li>
                }).collect_view();
                let changed = d.changed.iter().map(|c| view! {
                    <li class="diff-changed" data-id=c.id.clone() data-field=c.field>
                        {format!("~ {} «{}» {}: {} → {}", what(c.element), c.name, c.field, show(&c.old), show(&c.new))}
                    </li>
                }).collect_view();
                let moved = (!d.moved.is_empty()).then(|| view! {
                    <li class="diff-moved">{format!("{}: {}", t("Dời vị trí"), d.moved.len())}</li>
                });
                view! { <ul>{added}{removed}{changed}{moved}</ul> }.into_any()
            })}
        </div>
    }
}
