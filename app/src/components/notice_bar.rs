//! The message bar: what went wrong (and that nothing was lost) or what worked. A confirmation
//! clears by itself after a few seconds; an error stays until the user dismisses it.

use crate::context::{Notice, NoticeLevel};
use crate::i18n::t;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// How long a confirmation stays.
const INFO_MS: u32 = 5000;

/// Shows the current notice.
#[component]
pub(crate) fn NoticeBar() -> impl IntoView {
    let Notice(notice) = expect_context();
    // The timer of the confirmation on show; a newer notice replaces (and so cancels) it.
    let timer = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        let current = notice.get();
        timer.set_value(None);
        if let Some((NoticeLevel::Info, _)) = current {
            let shown = current.clone();
            timer.set_value(Some(Timeout::new(INFO_MS, move || {
                // Only this notice: a newer one has its own timer.
                if notice.with_untracked(|n| *n == shown) {
                    notice.set(None);
                }
            })));
        }
    });
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
