//! The catalogue panel: search the national platforms (diacritic- and case-insensitive), filter
//! them, and add one to the framework as a reused component by click or by drag.

use crate::components::editor::run;
use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::catalogue::Group;
use model::command::Command;
use model::views::catalogue_map::Filter;

/// Adds platform `id` to the open framework and selects it.
pub(crate) fn add_platform(editor: Editor, notice: Notice, selection: Selection, id: &str) {
    let Some(c) = editor
        .history
        .with_untracked(|h| model::compose::reuse(today::catalogue(), id, h.doc()))
    else {
        return notice.error(format!("Không có nền tảng {id} trong danh mục."));
    };
    let new_id = c.id.clone();
    let name = c.name.clone();
    if run(editor, notice, Command::AddComponent(c)) {
        selection.only(Some(new_id));
        notice.info(format!("{} {id} · {name}", t("Đã thêm")));
    }
}

/// The panel.
#[component]
pub(crate) fn CataloguePanel() -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let query = RwSignal::new(String::new());
    let group = RwSignal::new(None::<Group>);
    let layer = RwSignal::new(None::<u8>);
    let live = RwSignal::new(None::<bool>);
    let results = Memo::new(move |_| {
        let f = Filter {
            layers: layer.get().map(|l| vec![l]),
            group: group.get(),
            owner: None,
            operational: live.get(),
            query: Some(query.get()).filter(|q| !q.trim().is_empty()),
        };
        today::catalogue()
            .platforms
            .iter()
            .filter(|p| f.accepts(p))
            .map(|p| (p.id.clone(), p.name.clone(), p.owner.clone(), p.operational))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="catalogue-panel" aria-labelledby="cat-panel-title">
            <h3 id="cat-panel-title">{move || t("Danh mục nền tảng dùng chung")}</h3>
            <input type="search" class="catalogue-search" placeholder=move || t("Tìm: cong dich vu, VNeID, đấu thầu…") aria-label=move || t("Tìm nền tảng")
                prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            <div class="mini-filters">
                <select aria-label=move || t("Nhóm") on:change=move |ev| group.set(match event_target_value(&ev).as_str() { "A" => Some(Group::A), "B" => Some(Group::B), _ => None })>
                    <option value="">{move || t("Nhóm A và B")}</option>
                    <option value="A">{move || t("Nhóm A")}</option>
                    <option value="B">{move || t("Nhóm B")}</option>
                </select>
                <select aria-label=move || t("Lớp") on:change=move |ev| layer.set(event_target_value(&ev).parse().ok())>
                    <option value="">{move || t("Mọi lớp")}</option>
                    <option value="1">{move || t("Lớp 1")}</option>
                    <option value="2">{move || t("Lớp 2")}</option>
                    <option value="3">{move || t("Lớp 3")}</option>
                    <option value="4">{move || t("Lớp 4")}</option>
                </select>
                <select aria-label=move || t("Trạng thái") on:change=move |ev| live.set(match event_target_value(&ev).as_str() { "live" => Some(true), "planned" => Some(false), _ => None })>
                    <option value="">{move || t("Mọi trạng thái")}</option>
                    <option value="live">{move || t("Đang vận hành")}</option>
                    <option value="planned">{move || t("Chưa vận hành")}</option>
                </select>
            </div>
            <p class="count" aria-live="polite">{move || format!("{} {}", results.with(Vec::len), t("nền tảng"))}</p>
            <ul class="platform-list">
                <For each=move || results.get() key=|p| p.0.clone() let:p>
                    {
                        let (id, name, owner, operational) = p;
                        let drag_id = id.clone();
                        let add_id = id.clone();
                        view! {
                            <li
                                class="platform-item"
                                data-platform=id.clone()
                                draggable="true"
                                on:dragstart=move |ev: web_sys::DragEvent| {
                                    if let Some(dt) = ev.data_transfer() {
                                        let _ = dt.set_data("text/x-khung-platform", &drag_id);
                                    }
                                }
                            >
                                <span class="pid">{id.clone()}</span>
                                <span class="pname">{name}</span>
                                <span class="powner">{owner}{move || format!(" · {}", t(if operational { "đang vận hành" } else { "chưa vận hành" }))}</span>
                                <button class="add" on:click=move |_| add_platform(editor, notice, selection, &add_id) aria-label=format!("{} {id}", t("Thêm"))>{move || t("Thêm")}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
