//! The root of `embed.html`: the session state the read-only embed needs (the view from the URL
//! fragment, a selection for the diagram) and nothing of the editor, so that the embed's wasm
//! holds only what drawing one view takes.

use crate::components::embed_view::EmbedView;
use crate::embed::EmbedConfig;
use leptos::prelude::*;

/// The embed page.
#[component]
pub(crate) fn EmbedPage() -> impl IntoView {
    crate::context::provide_view();
    crate::i18n::set(crate::i18n::signal().get_untracked());
    view! { <EmbedView cfg=EmbedConfig::from_location() /> }
}
