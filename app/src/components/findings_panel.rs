//! The findings panel: every duplicate of a national platform and every breach of the
//! framework's rules, live as the user edits, filtered by severity and kind, each with the rule
//! it breaks and its source. A finding can be acted on: replace the component by the platform it
//! duplicates, or record an exemption with its justification, and a possible overlap can be
//! confirmed (it becomes an overlap) or dismissed; the decision is saved in the framework (all
//! undoable). Clicking a finding selects its box and brings it into view. The inspector shows the
//! same list, compact, for the selected box alone.

use crate::actions::{self, run};
use crate::context::{AsOf, Editor, Focus, FocusRequest, Notice, Selection};
use crate::i18n::t;
use crate::today;
use leptos::prelude::*;
use model::command::Command;
use model::document::{Decision, Exemption, ExemptionGround};
use model::rules::{Finding, FindingKind, Severity};

/// The finding kind's caption, as the filter names it.
fn kind_label(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Overlap => "Trùng lặp",
        FindingKind::Connection => "Kết nối nền tảng",
        FindingKind::Compliance => "Tuân thủ",
        FindingKind::PossibleOverlap => "Có thể trùng lặp",
        FindingKind::NationalComponent => "Thành phần dùng chung quốc gia",
    }
}

/// The panel, fed with the findings the editor computed for its diagram.
#[component]
pub(crate) fn FindingsPanel(
    /// Findings of the open framework, most severe first.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// Only the list: no heading, filters or date (the inspector's view of one box).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let focus: FocusRequest = expect_context();
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let selection: Selection = expect_context();
    let AsOf(day) = expect_context();
    let severity = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let exempting = RwSignal::new(None::<String>);
    let ground = RwSignal::new("security".to_owned());
    let justification = RwSignal::new(String::new());

    let shown = move || {
        let (s, k) = (severity.get(), kind.get());
        findings
            .get()
            .into_iter()
            .filter(|f| s.is_empty() || f.severity.as_str() == s)
            .filter(|f| k.is_empty() || f.kind.as_str() == k)
            .collect::<Vec<_>>()
    };
    let count = move |s: Severity| {
        findings.with(|f| f.iter().filter(|x| x.severity == s && !x.exempted).count())
    };

    let replace = move |component: String, platform: String| {
        let cat = today::catalogue_on(day.get_untracked());
        actions::replace_with_platform(editor, notice, selection, &cat, &component, &platform);
    };
    let review = move |component: String, platform: String, decision: Decision| {
        run(
            editor,
            notice,
            Command::ReviewOverlap {
                component,
                platform,
                decision: Some(decision),
            },
        );
    };
    let exempt = move |component: String| {
        let g =
            ExemptionGround::parse(&ground.get_untracked()).unwrap_or(ExemptionGround::Security);
        let e = Exemption {
            ground: g,
            justification: justification.get_untracked(),
        };
        if run(editor, notice, Command::SetExemption(component, Some(e))) {
            exempting.set(None);
            justification.set(String::new());
        }
    };

    view! {
        <section class="findings-panel" class:compact=compact aria-labelledby=if compact { "inspector-findings-title" } else { "findings-title" }>
            {(!compact).then(|| view! {
            <h3 id="findings-title">
                {move || t("Phát hiện")}
                <span class="counts">
                    <span class="c-violation">{move || format!("{} {}", count(Severity::Violation), t("vi phạm"))}</span>
                    <span class="c-warning">{move || format!("{} {}", count(Severity::Warning), t("cảnh báo"))}</span>
                </span>
            </h3>
            <p class="hint">{move || format!("{} {}", t("Tính theo ngày"), day.get())}</p>
            <div class="mini-filters">
                <select name="severity" aria-label=move || t("Mức") on:change=move |ev| severity.set(event_target_value(&ev))>
                    <option value="">{move || t("Mọi mức")}</option>
                    <option value="violation">{move || t("Vi phạm")}</option>
                    <option value="warning">{move || t("Cảnh báo")}</option>
                    <option value="info">{move || t("Thông tin")}</option>
                </select>
                <select name="finding-kind" aria-label=move || t("Loại") on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="">{move || t("Mọi loại")}</option>
                    <option value="overlap">{move || t("Trùng lặp")}</option>
                    <option value="connection">{move || t("Kết nối nền tảng")}</option>
                    <option value="compliance">{move || t("Tuân thủ")}</option>
                    <option value="possible_overlap">{move || t("Có thể trùng lặp")}</option>
                    <option value="national_component">{move || t("Thành phần dùng chung quốc gia")}</option>
                </select>
            </div>
            })}
            <ul class="findings">
                {move || {
                    let list = shown();
                    if list.is_empty() {
                        return view! { <li class="hint">{t("Không có phát hiện nào.")}</li> }.into_any();
                    }
                    list.into_iter()
                        .map(|f| {
                            let comp = f.component.clone();
                            let comp_sel = comp.clone();
                            let comp_rep = comp.clone();
                            let comp_ex = comp.clone();
                            let comp_unex = comp.clone();
                            let comp_form = comp.clone();
                            let comp_submit = comp.clone();
                            let platform = f.platform.clone();
                            let overlap = f.kind == FindingKind::Overlap && !f.exempted && platform.is_some();
                            let possible = f.kind == FindingKind::PossibleOverlap && platform.is_some();
                            let comp_yes = comp.clone();
                            let comp_no = comp.clone();
                            let exempted = f.exempted;
                            view! {
                                <li class=format!("finding {} {}", f.severity.as_str(), f.kind.as_str()) data-component=comp.clone() data-platform=platform.clone().unwrap_or_default()>
                                    <button class="link finding-head" on:click=move |_| { selection.only(Some(comp_sel.clone()).filter(|c| !c.is_empty())); focus.ask(Focus::Reveal); }>
                                        <span class="sev">{t(f.severity.label())}</span>
                                        {if exempted { format!(" · {}", t("đã miễn trừ")) } else { String::new() }}
                                        {compact.then(|| format!(" · {}", t(kind_label(f.kind))))}
                                        {(!compact).then(|| view! { " · " <strong>{f.component_name.clone()}</strong> })}
                                        {platform.clone().map(|p| format!(" ↔ {p}"))}
                                    </button>
                                    <p class="explanation">{f.explanation.clone()}</p>
                                    <p class="rule"><cite>{f.source.clone()}</cite>{f.go_live.clone().map(|g| format!(" · {}: {g}", t("Vận hành")))}</p>
                                    {overlap.then(|| {
                                        let p = platform.clone().unwrap_or_default();
                                        view! {
                                            <div class="finding-actions">
                                                <button class="replace" on:click=move |_| replace(comp_rep.clone(), p.clone())>{t("Thay bằng nền tảng")}</button>
                                                <button class="exempt" on:click=move |_| exempting.set(Some(comp_ex.clone()))>{t("Miễn trừ…")}</button>
                                            </div>
                                        }
                                    })}
                                    {possible.then(|| {
                                        let p_yes = platform.clone().unwrap_or_default();
                                        let p_no = p_yes.clone();
                                        view! {
                                            <div class="finding-actions">
                                                <button class="confirm" on:click=move |_| review(comp_yes.clone(), p_yes.clone(), Decision::Confirmed)>{t("Xác nhận trùng lặp")}</button>
                                                <button class="dismiss" on:click=move |_| review(comp_no.clone(), p_no.clone(), Decision::Dismissed)>{t("Không trùng")}</button>
                                            </div>
                                        }
                                    })}
                                    {exempted.then(|| view! {
                                        <button class="unexempt" on:click=move |_| { run(editor, notice, Command::SetExemption(comp_unex.clone(), None)); }>{t("Bỏ miễn trừ")}</button>
                                    })}
                                    <Show when={let c = comp_form.clone(); move || exempting.get().as_deref() == Some(c.as_str())}>
                                        {
                                            let c = comp_submit.clone();
                                            view! {
                                                <form class="exemption-form" on:submit=move |ev| { ev.prevent_default(); exempt(c.clone()); }>
                                                    <label>{t("Căn cứ (1132/QĐ-TTg Điều 2 khoản 2)")}
                                                        <select name="ground" on:change=move |ev| ground.set(event_target_value(&ev))>
                                                            <option value="security">"An ninh"</option>
                                                            <option value="defence">"Quốc phòng"</option>
                                                            <option value="cipher">"Cơ yếu"</option>
                                                            <option value="sector_law">"Pháp luật chuyên ngành"</option>
                                                        </select>
                                                    </label>
                                                    <label>{t("Lý do miễn trừ (bắt buộc)")}
                                                        <textarea name="justification" rows="2" required prop:value=justification on:input=move |ev| justification.set(event_target_value(&ev))></textarea>
                                                    </label>
                                                    <button type="submit" class="primary">{t("Ghi nhận miễn trừ")}</button>
                                                    <button type="button" on:click=move |_| exempting.set(None)>{t("Hủy")}</button>
                                                </form>
                                            }
                                        }
                                    </Show>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </section>
    }
}
