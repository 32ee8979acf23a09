//! The first visit's short path: look at the national model, then start your own framework. It
//! stays until the user has a framework (started, imported or opened) or closes it, and never
//! shows again after that.

use crate::context::{CurrentView, Editor, Selection, StartNew, View};
use crate::i18n::t;
use leptos::prelude::*;

const SEEN: &str = "khung.first-visit-done";

/// The path, shown on a first visit.
#[component]
pub(crate) fn FirstVisit() -> impl IntoView {
    let CurrentView(view) = expect_context();
    let selection: Selection = expect_context();
    let StartNew(start) = expect_context();
    let shown = RwSignal::new(crate::storage::get_text(SEEN).is_none());
    let done = move || {
        shown.set(false);
        // A browser that refuses storage just shows the path again next time.
        crate::storage::set_text(SEEN, "true");
    };
    // Whoever has a framework open (imported a file, opened a saved one) is past the first
    // step: the path would only push them back to it.
    let editor: Editor = expect_context();
    Effect::new(move |_| {
        let has_framework = editor.storage_id.with(Option::is_some)
            || editor.history.with(|h| !h.doc().components.is_empty());
        if has_framework && shown.get_untracked() {
            done();
        }
    });
    view! {
        <Show when=move || shown.get()>
            <section class="first-visit" aria-labelledby="first-visit-title">
                <h2 id="first-visit-title">{move || t("Bắt đầu từ đâu?")}</h2>
                <ol>
                    <li>
                        <button class="link step-national" class:done=move || view.get() == View::National on:click=move |_| { selection.only(None); view.set(View::National) }>
                            {move || t("Xem mô hình kiến trúc số quốc gia (4 lớp)")}
                        </button>
                    </li>
                    <li>
                        <button class="primary step-start" on:click=move |_| {
                            selection.only(None);
                            view.set(View::Editor);
                            start.set(true);
                            done();
                        }>
                            {move || t("Bắt đầu khung kiến trúc của cơ quan bạn")}
                        </button>
                    </li>
                </ol>
                <button class="dismiss" aria-label=move || t("Đóng hướng dẫn") on:click=move |_| done()>"×"</button>
            </section>
        </Show>
    }
}
