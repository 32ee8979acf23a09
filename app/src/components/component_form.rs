//! The component form: add the agency's own component, or edit the selected one (name,
//! description, layer, status, owner, capability terms).

use crate::actions::run;
use crate::context::{Editor, Notice, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::command::Command;
use model::document::{Component, Status};

/// The form's fields, as text.
#[derive(Clone, Default, PartialEq)]
struct Fields {
    name: String,
    description: String,
    layer: u8,
    status: String,
    owner: String,
    capabilities: String,
}

impl Fields {
    fn of(c: &Component) -> Self {
        Fields {
            name: c.name.clone(),
            description: c.description.clone(),
            layer: c.layer,
            status: c.status.as_str().into(),
            owner: c.owner.clone(),
            capabilities: c.capabilities.join("; "),
        }
    }

    fn fill(&self, c: &mut Component) {
        c.name = self.name.clone();
        c.description = self.description.clone();
        c.layer = self.layer;
        c.status = model::io::json::parse_status(&self.status).unwrap_or_default();
        c.owner = self.owner.clone();
        c.capabilities = self
            .capabilities
            .split([';', ','])
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
    }
}

/// The form.
#[component]
pub(crate) fn ComponentForm() -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    // The component being edited: the single selected one, if it is in the framework.
    let editing = Memo::new(move |_| {
        let sel = selection.0.get();
        match sel.as_slice() {
            [id] => editor.history.with(|h| h.doc().component(id).cloned()),
            _ => None,
        }
    });
    let fields = RwSignal::new(Fields {
        layer: 3,
        status: "planned".into(),
        ..Fields::default()
    });
    Effect::new(move |_| match editing.get() {
        Some(c) => fields.set(Fields::of(&c)),
        None => fields.set(Fields {
            layer: 3,
            status: "planned".into(),
            ..Fields::default()
        }),
    });
    let agency = move || editor.history.with(|h| h.doc().agency.clone());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = fields.get_untracked();
        match editing.get_untracked() {
            Some(mut c) => {
                f.fill(&mut c);
                run(editor, notice, Command::UpdateComponent(c));
            }
            None => {
                let id = editor.history.with_untracked(|h| h.doc().fresh_id("c"));
                let mut c = Component {
                    id: id.clone(),
                    name: String::new(),
                    description: String::new(),
                    layer: 3,
                    status: Status::Planned,
                    owner: agency(),
                    capabilities: Vec::new(),
                    platform: None,
                    position: None,
                    exemption: None,
                };
                f.fill(&mut c);
                if c.owner.is_empty() {
                    c.owner = editor.history.with_untracked(|h| h.doc().agency.clone());
                }
                if run(editor, notice, Command::AddComponent(c)) {
                    selection.only(Some(id));
                }
            }
        }
    };
    let set = move |f: fn(&mut Fields, String)| {
        move |ev: leptos::ev::Event| fields.update(|x| f(x, event_target_value(&ev)))
    };
    let reused = move || editing.with(|c| c.as_ref().and_then(|c| c.platform.clone()));

    view! {
        <form class="component-form" on:submit=submit aria-labelledby="form-title">
            <h3 id="form-title">{move || t(if editing.with(Option::is_some) { "Sửa thành phần" } else { "Thêm thành phần của cơ quan" })}</h3>
            {move || reused().map(|p| view! { <p class="hint">{format!("{}: {p}.", t("Thành phần dùng lại nền tảng trong danh mục 1132/QĐ-TTg"))}</p> })}
            <label>"Tên" <input id="component-name" name="name" required prop:value=move || fields.with(|f| f.name.clone()) on:input=set(|f, v| f.name = v) /></label>
            <label>"Mô tả" <textarea name="description" rows="3" prop:value=move || fields.with(|f| f.description.clone()) on:input=set(|f, v| f.description = v)></textarea></label>
            <div class="row">
                <label>"Lớp"
                    <select name="layer" prop:value=move || fields.with(|f| f.layer.to_string()) on:change=set(|f, v| f.layer = v.parse().unwrap_or(3))>
                        <option value="1">{move || t("1 · Hạ tầng số")}</option>
                        <option value="2">{move || t("2 · Dữ liệu, nền tảng lõi")}</option>
                        <option value="3">{move || t("3 · Ứng dụng, nghiệp vụ")}</option>
                        <option value="4">{move || t("4 · Kênh tương tác")}</option>
                    </select>
                </label>
                <label>"Trạng thái"
                    <select name="status" prop:value=move || fields.with(|f| f.status.clone()) on:change=set(|f, v| f.status = v)>
                        <option value="existing">{move || t("Hiện có")}</option>
                        <option value="planned">{move || t("Kế hoạch")}</option>
                        <option value="expanding">{move || t("Mở rộng, nâng cấp")}</option>
                        <option value="retiring">{move || t("Sắp dừng")}</option>
                    </select>
                </label>
            </div>
            <label>"Đơn vị chủ quản" <input name="owner" prop:value=move || fields.with(|f| f.owner.clone()) on:input=set(|f, v| f.owner = v) /></label>
            <label>"Năng lực (ngăn bởi ;)" <input name="capabilities" prop:value=move || fields.with(|f| f.capabilities.clone()) on:input=set(|f, v| f.capabilities = v) /></label>
            <div class="form-actions">
                <button type="submit" class="primary">{move || t(if editing.with(Option::is_some) { "Lưu" } else { "Thêm" })}</button>
                <Show when=move || editing.with(Option::is_some)>
                    <button type="button" on:click=move |_| selection.only(None)>{move || t("Thêm mới…")}</button>
                </Show>
            </div>
        </form>
    }
}
