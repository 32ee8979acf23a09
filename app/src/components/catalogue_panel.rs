//! The editor's palette, on its left: a new own component of the agency, and the national
//! platforms to reuse, searched (diacritic- and case-insensitive) and filtered. Platforms the
//! framework already reuses are marked; adding one of them again selects its box.

use crate::actions;
use crate::context::{Editor, FocusRequest, Notice, Renaming, Selection};
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::catalogue::Group;
use model::views::catalogue_map::Filter;

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
    let Renaming(renaming) = expect_context();
    let focus: FocusRequest = expect_context();
    let own_layer = RwSignal::new(3u8);
    // The platforms the framework reuses already.
    let present = Memo::new(move |_| {
        editor.history.with(|h| {
            h.doc()
                .components
                .iter()
                .filter_map(|c| c.platform.clone())
                .collect::<std::collections::HashSet<_>>()
        })
    });
    let add = move |id: &str| {
        actions::add_platform(editor, notice, selection, id);
        focus.ask(crate::context::Focus::Reveal);
    };
    let add_own = move |_| {
        if let Some(id) = actions::add_own(editor, notice, selection, own_layer.get_untracked()) {
            focus.ask(crate::context::Focus::Reveal);
            renaming.set(Some(id));
        }
    };
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
        <section class="own-new" aria-labelledby="own-title">
            <h3 id="own-title">{move || t("Thành phần của cơ quan")}</h3>
            <div class="own-row">
                <select aria-label=move || t("Lớp của thành phần mới") on:change=move |ev| own_layer.set(event_target_value(&ev).parse().unwrap_or(3)) prop:value=move || own_layer.get().to_string()>
                    <option value="1">{move || t("1 · Hạ tầng số")}</option>
                    <option value="2">{move || t("2 · Dữ liệu, nền tảng lõi")}</option>
                    <option value="3">{move || t("3 · Ứng dụng, nghiệp vụ")}</option>
                    <option value="4">{move || t("4 · Kênh tương tác")}</option>
                </select>
                <button class="new-own primary" on:click=add_own title=move || t("Thêm một thành phần của cơ quan rồi gõ tên ngay trên sơ đồ")>{move || t("+ Thành phần mới")}</button>
            </div>
        </section>
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
                        let mark_id = id.clone();
                        let label_id = id.clone();
                        let is_present = Memo::new(move |_| present.with(|p| p.contains(&mark_id)));
                        view! {
                            <li
                                class="platform-item"
                                class:present=is_present
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
                                {move || is_present.get().then(|| view! { <span class="present-mark">{t("✓ Đã có trong khung")}</span> })}
                                <button class="add" on:click=move |_| add(&add_id) aria-label=move || format!("{} {label_id}", t(if is_present.get() { "Chọn" } else { "Thêm" }))>{move || t(if is_present.get() { "Chọn" } else { "Thêm" })}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
