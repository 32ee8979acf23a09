//! The inspector, on the editor's right: what the user selected on the diagram, with its
//! findings first (why the box is flagged, the rule, its source, and the actions "replace with
//! platform" and "exempt"), its properties to edit, and its connections. A second tab holds the
//! findings and KPI scores of the whole framework.

use crate::actions::run;
use crate::components::component_form::ComponentForm;
use crate::components::findings_panel::FindingsPanel;
use crate::components::kpi_table::KpiTable;
use crate::context::{Editor, Focus, FocusRequest, Inspecting, InspectorTab, Notice, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::command::Command;
use model::document::Direction;
use model::rules::{Finding, Severity};

/// One connection of the selected box, as the inspector lists it.
#[derive(Clone, PartialEq)]
struct Link {
    id: String,
    other: String,
    other_name: String,
    outgoing: bool,
    both: bool,
    label: String,
}

/// The inspector.
#[component]
pub(crate) fn Inspector(
    /// Findings of the whole framework, most severe first.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// Per KPI group: id, name and score, `None` when nothing could be assessed.
    #[prop(into)]
    scores: Signal<Vec<(String, String, Option<u8>)>>,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let focus: FocusRequest = expect_context();
    let Inspecting(tab) = expect_context();

    // The one selected component of the framework, if exactly one is selected.
    let selected = Memo::new(move |_| {
        let sel = selection.0.get();
        match sel.as_slice() {
            [id] => editor.history.with(|h| {
                h.doc()
                    .component(id)
                    .map(|c| (c.id.clone(), c.name.clone(), c.platform.clone()))
            }),
            _ => None,
        }
    });
    let mine = Signal::derive(move || {
        let id = selected.with(|s| s.as_ref().map(|s| s.0.clone()));
        match id {
            Some(id) => {
                findings.with(|f| f.iter().filter(|x| x.component == id).cloned().collect())
            }
            None => Vec::new(),
        }
    });
    let open_count = move || {
        findings.with(|f| {
            f.iter()
                .filter(|x| !x.exempted && x.severity != Severity::Info)
                .count()
        })
    };
    let links = Memo::new(move |_| {
        let Some((id, _, _)) = selected.get() else {
            return Vec::new();
        };
        editor.history.with(|h| {
            let d = h.doc();
            d.connections
                .iter()
                .filter(|e| e.from == id || e.to == id)
                .map(|e| {
                    let outgoing = e.from == id;
                    let other = if outgoing { &e.to } else { &e.from };
                    Link {
                        id: e.id.clone(),
                        other: other.clone(),
                        other_name: d
                            .component(other)
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        outgoing,
                        both: e.direction == Direction::Both,
                        label: e.label.clone(),
                    }
                })
                .collect()
        })
    });
    let many = move || selection.0.with(|s| s.len());
    let tab_button = move |which: InspectorTab, id: &'static str, panel: &'static str| {
        view! {
            <button
                role="tab"
                id=id
                class="inspector-tab"
                aria-controls=panel
                aria-selected=move || (tab.get() == which).to_string()
                class:current=move || tab.get() == which
                on:click=move |_| tab.set(which)
            >
                {move || match which {
                    InspectorTab::Selection => t("Thành phần"),
                    InspectorTab::Framework => format!("{} ({})", t("Phát hiện và KPI"), open_count()),
                }}
            </button>
        }
    };

    view! {
        <aside class="inspector" aria-label=move || t("Thuộc tính và phát hiện")>
            <div class="inspector-tabs" role="tablist">
                {tab_button(InspectorTab::Selection, "tab-selection", "panel-selection")}
                {tab_button(InspectorTab::Framework, "tab-framework", "panel-framework")}
            </div>
            // Both panels stay in the page (hidden), so each tab's aria-controls names one.
            <div id="panel-selection" role="tabpanel" aria-labelledby="tab-selection" class="inspector-panel" hidden=move || tab.get() != InspectorTab::Selection>
                    {move || match (selected.get(), many()) {
                        (Some((_, name, platform)), _) => view! {
                            <h3 class="inspector-name">{name}</h3>
                            <p class="hint">{match platform {
                                Some(p) => format!("{} {p} · {}", t("Nền tảng"), t("dùng lại từ danh mục 1132/QĐ-TTg")),
                                None => t("Thành phần của cơ quan"),
                            }}</p>
                            <section class="inspector-findings" aria-labelledby="inspector-findings-title">
                                <h4 id="inspector-findings-title">{move || format!("{} ({})", t("Phát hiện"), mine.with(Vec::len))}</h4>
                                <Show when=move || mine.with(|m| !m.is_empty()) fallback=|| view! { <p class="hint">{t("Không có phát hiện nào về thành phần này.")}</p> }>
                                    <FindingsPanel findings=mine compact=true />
                                </Show>
                            </section>
                        }.into_any(),
                        (None, 0) => view! {
                            <p class="hint">{t("Chọn một ô trên sơ đồ để xem phát hiện, thuộc tính và kết nối của nó; hoặc thêm thành phần của cơ quan dưới đây.")}</p>
                        }.into_any(),
                        (None, n) => view! {
                            <h3 class="inspector-name">{format!("{n} {}", t("thành phần đã chọn"))}</h3>
                            <p class="hint">{t("Chọn đúng hai thành phần để kết nối chúng bằng nút \"Kết nối\", hoặc kéo đầu nối → của một ô đến ô khác.")}</p>
                        }.into_any(),
                    }}
                    <Show when=move || many() <= 1>
                        <ComponentForm />
                    </Show>
                    <Show when=move || selected.with(Option::is_some)>
                        <section class="connections" aria-labelledby="connections-title">
                            <h4 id="connections-title">{move || format!("{} ({})", t("Các kết nối"), links.with(Vec::len))}</h4>
                            <Show when=move || links.with(Vec::is_empty)>
                                <p class="hint">{move || t("Chưa có kết nối. Kéo đầu nối → ở cạnh phải của ô đến ô khác.")}</p>
                            </Show>
                            <ul class="connection-list">
                                <For each=move || links.get() key=|l| (l.id.clone(), l.other.clone(), l.label.clone()) let:l>
                                    {
                                        let other = l.other.clone();
                                        let gone = l.id.clone();
                                        let other_name = l.other_name.clone();
                                        let arrow = if l.both { "↔" } else if l.outgoing { "→" } else { "←" };
                                        view! {
                                            <li data-connection=l.id.clone()>
                                                <span class="arrow">{arrow}</span>
                                                <button class="link" on:click=move |_| { selection.only(Some(other.clone())); focus.ask(Focus::Reveal); }>{l.other_name.clone()}</button>
                                                {(!l.label.is_empty()).then(|| view! { <span class="hint">{format!(" · {}", l.label)}</span> })}
                                                <button class="remove-connection" aria-label=move || format!("{} {}", t("Bỏ kết nối với"), other_name) on:click=move |_| { run(editor, notice, Command::RemoveConnections(vec![gone.clone()])); }>"×"</button>
                                            </li>
                                        }
                                    }
                                </For>
                            </ul>
                        </section>
                    </Show>
            </div>
            <div id="panel-framework" role="tabpanel" aria-labelledby="tab-framework" class="inspector-panel" hidden=move || tab.get() != InspectorTab::Framework>
                // Built only while its tab is open: one list of the findings in the page at a
                // time, and nothing to redraw on each edit while hidden.
                <Show when=move || tab.get() == InspectorTab::Framework>
                    <FindingsPanel findings=findings />
                    <KpiTable scores=scores />
                </Show>
            </div>
        </aside>
    }
}
