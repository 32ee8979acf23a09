//! Filters for the catalogue map: layer, group, owner and operational status.

use crate::context::{CatalogueFilter, FilterState};
use crate::i18n::t;
use leptos::prelude::*;
use model::catalogue::Group;

/// The filter bar above the catalogue map.
#[component]
pub(crate) fn CatalogueFilters() -> impl IntoView {
    let CatalogueFilter(filter) = expect_context();
    let mut owners: Vec<String> = model::Catalogue::get()
        .platforms
        .iter()
        .map(|p| p.owner.clone())
        .collect();
    model::sort::sort(&mut owners);
    owners.dedup();
    let owner_options = owners
        .into_iter()
        .map(|o| {
            let label = o.clone();
            view! { <option value=o>{label}</option> }
        })
        .collect_view();
    view! {
        <form class="filters" aria-label=move || t("Lọc nền tảng") on:submit=|ev| ev.prevent_default()>
            <label>
                {move || t("Lớp ")}
                <select
                    name="layer"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.layer = v.parse().ok());
                    }
                >
                    <option value="">{move || t("Tất cả")}</option>
                    <option value="1">{move || t("Lớp 1")}</option>
                    <option value="2">{move || t("Lớp 2")}</option>
                    <option value="3">{move || t("Lớp 3")}</option>
                    <option value="4">{move || t("Lớp 4")}</option>
                </select>
            </label>
            <label>
                {move || t("Nhóm ")}
                <select
                    name="group"
                    on:change=move |ev| {
                        let g = match event_target_value(&ev).as_str() {
                            "A" => Some(Group::A),
                            "B" => Some(Group::B),
                            _ => None,
                        };
                        filter.update(|f| f.group = g);
                    }
                >
                    <option value="">{move || t("Tất cả")}</option>
                    <option value="A">{move || t("Nhóm A")}</option>
                    <option value="B">{move || t("Nhóm B")}</option>
                </select>
            </label>
            <label>
                {move || t("Cơ quan chủ quản ")}
                <select name="owner" on:change=move |ev| filter.update(|f| f.owner = event_target_value(&ev))>
                    <option value="">{move || t("Tất cả")}</option>
                    {owner_options}
                </select>
            </label>
            <label>
                {move || t("Trạng thái ")}
                <select
                    name="status"
                    on:change=move |ev| {
                        let s = match event_target_value(&ev).as_str() {
                            "live" => Some(true),
                            "planned" => Some(false),
                            _ => None,
                        };
                        filter.update(|f| f.operational = s);
                    }
                >
                    <option value="">{move || t("Tất cả")}</option>
                    <option value="live">{move || t("Đang vận hành")}</option>
                    <option value="planned">{move || t("Chưa vận hành")}</option>
                </select>
            </label>
            <button type="reset" on:click=move |_| filter.set(FilterState::default())>{move || t("Bỏ lọc")}</button>
        </form>
    }
}
