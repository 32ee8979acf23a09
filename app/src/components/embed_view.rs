//! The read-only embed: one view with zoom and pan, no editing chrome, reporting its height to
//! the portal and answering its `postMessage` requests (see `crate::embed`).

use crate::components::diagram::Diagram;
use crate::components::view_pane::scene_for;
use crate::context::CurrentView;
use crate::embed::{handle, post, EmbedConfig};
use crate::i18n::t;
use leptos::prelude::*;
use serde_json::json;

/// The embed page.
#[component]
pub(crate) fn EmbedView(
    /// How the page was opened.
    cfg: EmbedConfig,
) -> impl IntoView {
    let CurrentView(view) = expect_context();
    let scene = Memo::new(move |_| scene_for(&view.get(), &Default::default()));
    let ratio = move || scene.with(|s| format!("{} / {}", s.width.max(1.0), s.height.max(1.0)));

    // Report the content height after every change of size.
    let cfg_h = StoredValue::new(cfg.clone());
    let last = StoredValue::new(0i32);
    let report = move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(root) = doc.document_element() else {
            return;
        };
        let h = root.scroll_height();
        if h != last.get_value() {
            last.set_value(h);
            post(
                &cfg_h.get_value(),
                &json!({"type": "khung:height", "height": h}),
                None,
            );
        }
    };
    Effect::new(move |_| {
        scene.track();
        request_animation_frame(report);
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| report());

    let cfg_m = cfg.clone();
    let on_message =
        window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
            let origin = ev.origin();
            let reply = handle(&cfg_m, view, &origin, &ev.data(), || {
                scene.with_untracked(|s| model::svg::Svg(s).to_string())
            });
            if let Some(r) = reply {
                post(&cfg_m, &r, Some(&origin));
            }
        });
    on_cleanup(move || {
        on_resize.remove();
        on_message.remove();
    });

    view! {
        <main class="embed" style=move || format!("--ar: {}", ratio())>
            <h1 class="embed-title">{move || scene.with(|s| s.title.clone())}</h1>
            <Diagram scene=scene />
            <p class="embed-credit">{move || t("Khung · Kiến trúc tổng thể quốc gia số")}</p>
        </main>
    }
}
