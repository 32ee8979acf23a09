//! The message bar: what went wrong (and that nothing was lost) or what worked.

use crate::context::{Notice, NoticeLevel};
use crate::i18n::t;
use leptos::prelude::*;

/// Shows the current notice until dismissed.
#[component]
pub(crate) fn NoticeBar() -> impl IntoView {
    let Notice(notice) = expect_context();
    move || {
        notice.get().map(|(level, msg)| {
            let (class, role) = match level {
                NoticeLevel::Error => ("notice error", "alert"),
                NoticeLevel::Info => ("notice info", "status"),
            };
            view! {
                <div class=class role=role>
                    <span class="notice-text">{msg}</span>
                    <button class="dismiss" aria-label=move || t("Đóng thông báo") on:click=move |_| notice.set(None)>{move || t("×")}</button>
                </div>
            }
        })
    }
}
