//! Khung in the browser: mounts the app. All rules live in the `model` crate; this crate holds
//! state, components and browser I/O only.

// Leptos's #[component] macro emits `pub` props structs even for crate-private components.
#![allow(unreachable_pub)]

mod actions;
mod app;
mod browser_io;
mod components;
mod context;
mod debounce;
mod editor_state;
mod entry;
mod extras;
mod i18n;
mod js_tree;
mod lazy;
mod print;
mod raster;
mod references;
#[cfg(feature = "editor")]
mod report;
mod storage;
mod svg_dom;
mod today;
mod unicode;
mod version_store;
mod viewport;
mod worker_io;

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    unicode::install();
    mount_to_body(app::App);
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen_test::*;
    wasm_bindgen_test_configure!(run_in_browser);

    /// Waits `ms` milliseconds, letting the app's effects draw.
    async fn tick(ms: i32) {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }

    /// Smoke test in a real browser: the app mounts and draws the four layers from the seeds.
    #[wasm_bindgen_test]
    async fn app_mounts_and_draws_the_four_layers() {
        leptos::mount::mount_to_body(crate::app::App);
        tick(50).await;
        let doc = web_sys::window().unwrap().document().unwrap();
        let titles = doc.query_selector_all(".diagram svg .band-title").unwrap();
        assert_eq!(titles.length(), 4);
        let text = doc.body().unwrap().text_content().unwrap();
        assert!(text.contains("Kênh tương tác và đo lường hiệu quả"));
    }
}
