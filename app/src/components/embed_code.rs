//! "Copy embed code": the `<iframe>` snippet that shows the current view read-only in a portal,
//! with the portal origins whose `postMessage` requests the embed will answer.

use crate::context::{CurrentView, Editor, Notice, View};
use crate::i18n::t;
use leptos::prelude::*;

/// The embed URL for `view` on this deployment (`embed.html` beside the app), declaring
/// `origins`.
fn embed_url(view: &View, origins: &str) -> String {
    let loc = web_sys::window().map(|w| w.location());
    let base = loc
        .map(|l| {
            let path = l.pathname().unwrap_or_default();
            let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
            format!("{}{dir}", l.origin().unwrap_or_default())
        })
        .unwrap_or_default();
    let origins: Vec<String> = origins
        .split([',', ' ', '\n'])
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(|o| String::from(js_sys::encode_uri_component(o.trim_end_matches('/'))))
        .collect();
    let mut url = format!("{base}embed.html");
    if !origins.is_empty() {
        url.push_str("?origins=");
        url.push_str(&origins.join(","));
    }
    url.push_str(&view.hash());
    url
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

crate::lazy::split_point!(
    /// The dialog, from index.html's `view_head` chunk (with the export menu's items): fetched
    /// when either first opens.
    view_head,
    load,
    (RwSignal<bool>, Signal<String>),
    |(open, title)| view! { <EmbedDialog open=open title=title /> }.into_any()
);

/// The button, and its dialog while open.
#[component]
pub(crate) fn EmbedCode(
    /// The title the iframe announces to screen readers.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button class="embed-button" on:click=move |_| open.set(true)>{move || t("Mã nhúng…")}</button>
        <Show when=move || open.get()>
            {crate::lazy::lazy_view("Mã nhúng", load, (open, title))}
        </Show>
    }
}

/// The dialog: the portal origins, and the snippet to copy. Setting `open` to false closes it.
#[component]
fn EmbedDialog(open: RwSignal<bool>, title: Signal<String>) -> impl IntoView {
    let CurrentView(view) = expect_context();
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let origins = RwSignal::new(String::new());
    let snippet = move || {
        // The editor's framework travels in the URL, compressed. Only the editor page shows the
        // editor (index.html opens editor.html for it), so the viewer links no deflate.
        let v = match view.get() {
            View::Editor if cfg!(feature = "editor") => {
                View::Shared(editor.history.with(|h| model::io::share::encode(h.doc())))
            }
            v => v,
        };
        let url = embed_url(&v, &origins.get());
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" style=\"border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>",
            escape_attr(&url),
            escape_attr(&title.get())
        )
    };
    let copy = move |_| {
        let text = snippet();
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text);
            notice.info("Đã chép mã nhúng vào bộ nhớ tạm.");
        }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| open.set(false)></div>
        <div class="dialog embed-dialog" role="dialog" aria-modal="true" aria-labelledby="embed-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { open.set(false) }>
            <h2 id="embed-title">{move || t("Nhúng sơ đồ vào cổng thông tin")}</h2>
            <label>
                {move || t("Nguồn (origin) của cổng được phép điều khiển sơ đồ qua postMessage")}
                <input name="origins" placeholder="https://congthongtin.example.gov.vn" prop:value=origins
                    on:input=move |ev| origins.set(event_target_value(&ev)) />
            </label>
            <label>
                {move || t("Mã nhúng")}
                <textarea class="embed-snippet" readonly rows="5" prop:value=snippet></textarea>
            </label>
            <div class="dialog-actions">
                <button class="primary" on:click=copy>{move || t("Sao chép")}</button>
                <button on:click=move |_| open.set(false)>{move || t("Đóng")}</button>
            </div>
        </div>
    }
}
