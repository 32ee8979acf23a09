//! A view that needs the catalogue's reference seeds (principles, roadmap, glossary): a short
//! "Đang tải…" while index.html fetches them on first use, the reason and a retry button if
//! that fails, the view once they are there (see `references.rs`).

use crate::i18n::t;
use crate::references::{self, Status};
use leptos::prelude::*;

/// Shows `children` once the references are loaded.
#[component]
pub(crate) fn NeedsReferences(children: ChildrenFn) -> impl IntoView {
    move || match references::need() {
        Status::Ready => children().into_any(),
        Status::Loading => {
            view! { <p class="loading" role="status">{move || t("Đang tải…")}</p> }.into_any()
        }
        Status::Failed(why) => view! {
            <div class="load-error" role="alert">
                <p>{why}</p>
                <button on:click=move |_| references::retry()>{move || t("Thử lại")}</button>
            </div>
        }
        .into_any(),
    }
}
