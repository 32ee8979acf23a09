//! The KPI scores of 3090/QĐ-BKHCN III.3.4, one row per group; a group with nothing to assess
//! yet (an empty framework) says so instead of claiming a perfect score.

use crate::i18n::t;
use leptos::prelude::*;

/// The table.
#[component]
pub(crate) fn KpiTable(
    /// Per KPI group: id, name, and score 0–100 or `None` when nothing could be assessed.
    #[prop(into)]
    scores: Signal<Vec<(String, String, Option<u8>)>>,
) -> impl IntoView {
    view! {
        <h4>{move || t("Điểm theo nhóm KPI (3090 III.3.4)")}</h4>
        <table class="kpi">
            <tbody>
                {move || scores.get().into_iter().map(|(id, name, score)| view! {
                    <tr data-kpi=id class:unassessed=score.is_none()>
                        <td>{name}</td>
                        <td class="score">{match score {
                            Some(s) => view! { <meter min="0" max="100" value=s.to_string()></meter>" "{s} }.into_any(),
                            None => view! { <span class="hint">{t("chưa đánh giá")}</span> }.into_any(),
                        }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
