//! Views split off index.html's first load. Each split point hands back a view constructor
//! whose code lives in a wasm chunk of its own (scripts/split-wasm.mjs cuts the chunks out after
//! the link, with the tool in tools/wasm-split); the chunk is fetched the first time a user
//! opens the view, and a failed fetch shows why with a retry button instead of aborting the
//! app. Without the `lazy` feature (the editor page, the wasm tests) a split point is a plain
//! call, so the same code runs unsplit.
//!
//! The constructor, not the view, crosses the split: the view must be built under the calling
//! component's reactive owner (for its context), which an async call would lose.

use crate::i18n::t;
use leptos::prelude::*;
pub(crate) use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

/// Builds a view from its props `P`; its code is in a chunk when it came through a split point.
pub(crate) type Ctor<P = ()> = fn(P) -> AnyView;

/// Declares `async fn $name(args) -> Result<T, E>` whose body runs in the chunk `$chunk` (one
/// chunk per name; split points sharing a name share the chunk), fetched on the first call; a
/// failed fetch returns `E::from(SplitLoaderError)`, and the next call fetches again. With
/// `preload $preload`, also declares `async fn $preload() -> Result<(), SplitLoaderError>`,
/// which only fetches the chunk.
macro_rules! split_fn {
    ($(#[$attr:meta])* $chunk:ident, $(preload $preload:ident,)?
     fn $name:ident($($arg:ident: $ty:ty),*) -> Result<$ok:ty, $err:ty> $body:block) => {
        $(#[$attr])*
        #[cfg(feature = "lazy")]
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible
            $(, preload(#[allow(dead_code)] $preload))?
        )]
        pub(crate) fn $name($($arg: $ty),*) -> Result<$ok, $err> $body
        $(#[$attr])*
        #[cfg(not(feature = "lazy"))]
        pub(crate) async fn $name($($arg: $ty),*) -> Result<$ok, $err> $body
        $(
            /// Nothing to fetch: this build is not split.
            #[cfg(not(feature = "lazy"))]
            #[allow(dead_code)]
            pub(crate) async fn $preload() -> Result<(), $crate::lazy::SplitLoaderError> {
                Ok(())
            }
        )?
    };
}
pub(crate) use split_fn;

/// Declares `async fn $name() -> Result<Ctor<$props>, SplitLoaderError>`, handing back `$ctor`
/// from the chunk `$chunk`: a view split off the first load, for [`lazy_view`].
macro_rules! split_point {
    ($(#[$attr:meta])* $chunk:ident, $name:ident, $props:ty, $ctor:expr) => {
        $crate::lazy::split_fn!(
            $(#[$attr])*
            $chunk,
            fn $name() -> Result<$crate::lazy::Ctor<$props>, $crate::lazy::SplitLoaderError> {
                Ok($ctor)
            }
        );
    };
}
pub(crate) use split_point;

/// Where a lazily loaded view is.
#[derive(Clone, Copy)]
enum State<C> {
    Loading,
    Ready(C),
    Failed,
}

/// The view behind `load` (a split point): "Đang tải…" while its chunk is fetched, the view once
/// it is there, the reason and a retry button if the fetch fails (a later try fetches again).
/// `what` names the view in the message, in Vietnamese (as its tab does); `props` go to the view.
pub(crate) fn lazy_view<P, Fut>(what: &'static str, load: fn() -> Fut, props: P) -> impl IntoView
where
    P: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<Ctor<P>, SplitLoaderError>> + 'static,
{
    let state = RwSignal::new(State::Loading);
    let start = move || {
        state.set(State::Loading);
        leptos::task::spawn_local(async move {
            let next = match load().await {
                Ok(ctor) => State::Ready(ctor),
                Err(_) => State::Failed,
            };
            // The user may have left the view meanwhile; then there is nothing to show.
            let _ = state.try_set(next);
        });
    };
    start();
    let message = move || {
        format!(
            "{} «{}»: {}",
            t("Không tải được phần"),
            t(what),
            t("mạng bị ngắt hoặc máy chủ không trả lời. Kiểm tra kết nối rồi thử lại.")
        )
    };
    move || match state.get() {
        State::Ready(ctor) => ctor(props.clone()),
        State::Loading => {
            view! { <p class="loading" role="status">{move || t("Đang tải…")}</p> }.into_any()
        }
        State::Failed => view! {
            <div class="load-error" role="alert">
                <p>{message}</p>
                <button on:click=move |_| start()>{move || t("Thử lại")}</button>
            </div>
        }
        .into_any(),
    }
}
