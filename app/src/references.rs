//! The catalogue's reference seeds (the superseded plan, the principles, agencies, glossary,
//! roadmap phases and KPI groups) on demand. index.html embeds only the seeds the diagrams draw
//! from; these six files sit beside it (`seeds/*.json`, copied by Trunk) and are fetched the
//! first time a view needs them, parsed by the browser (`Response.json()`) and read by the
//! model's tree readers (`js_tree`), then kept for the rest of the visit. The editor page embeds
//! them (the model's `all-seeds` feature), so there they are ready at once.
//!
//! A view that needs them asks [`need`], which starts the fetch and tracks its status, and reads
//! [`catalogue`], the full catalogue once loaded.

use leptos::prelude::*;
use model::search::{Hit, SearchIndex};
use model::Catalogue;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

use crate::js_tree::JsTree;

/// Where the reference seeds are.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Status {
    /// Being fetched.
    Loading,
    /// In [`catalogue`].
    Ready,
    /// The fetch or the parse failed: what and where, in Vietnamese.
    Failed(String),
}

thread_local! {
    /// Reference-counted, not owned by the reactive scope that first asks (a memo that reruns
    /// would dispose an owned signal with it).
    static STATUS: RefCell<Option<ArcRwSignal<Status>>> = const { RefCell::new(None) };
    /// The catalogue with the references, and its search index, once loaded (kept for the
    /// whole visit, so leaked once).
    static FULL: Cell<Option<(&'static Catalogue, &'static SearchIndex)>> = const { Cell::new(None) };
}

/// True when the binary embeds the references (the editor page).
const EMBEDDED: bool = cfg!(feature = "editor");

/// The references' status, tracked; starts fetching them on the first call (and again after
/// [`retry`] when a fetch failed).
pub(crate) fn need() -> Status {
    if EMBEDDED {
        return Status::Ready;
    }
    let status = STATUS.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                let signal = ArcRwSignal::new(Status::Loading);
                leptos::task::spawn_local(load(signal.clone()));
                signal
            })
            .clone()
    });
    status.get()
}

/// Fetches the references again after a failure.
pub(crate) fn retry() {
    if let Some(signal) = STATUS.with(|s| s.borrow().clone()) {
        signal.set(Status::Loading);
        leptos::task::spawn_local(load(signal));
    }
}

/// The catalogue, with the references once they are loaded (without them until then, on
/// index.html).
pub(crate) fn catalogue() -> &'static Catalogue {
    FULL.with(Cell::get)
        .map_or_else(Catalogue::get, |(cat, _)| cat)
}

/// Whether [`catalogue`] holds the references (untracked).
pub(crate) fn loaded() -> bool {
    EMBEDDED || FULL.with(Cell::get).is_some()
}

/// The catalogue's search hits for `query`, references included once loaded.
pub(crate) fn search(query: &str, limit: usize) -> Vec<Hit> {
    match FULL.with(Cell::get) {
        Some((_, index)) => index.search(query, limit),
        None => SearchIndex::global().search(query, limit),
    }
}

async fn load(status: ArcRwSignal<Status>) {
    // The code that reads the files comes in a chunk of its own on index.html: fetched while
    // the files are (the call below waits for the same fetch).
    leptos::task::spawn_local(async {
        let _ = preload_attach().await;
    });
    let outcome = match fetch_all().await {
        Ok(trees) => attach(trees).await.map_err(|Failed(why)| why),
        Err(e) => Err(e),
    };
    status.set(match outcome {
        Ok(()) => Status::Ready,
        Err(e) => Status::Failed(e),
    });
}

/// Why the references could not be read, in Vietnamese.
pub(crate) struct Failed(String);

impl From<crate::lazy::SplitLoaderError> for Failed {
    fn from(_: crate::lazy::SplitLoaderError) -> Self {
        Failed("Không tải được phần đọc dữ liệu tham chiếu của ứng dụng. Hãy kiểm tra kết nối mạng rồi thử lại.".into())
    }
}

crate::lazy::split_fn!(
    /// Reads the fetched files into the catalogue and its search index (see [`catalogue`]).
    references,
    preload preload_attach,
    fn attach(trees: [JsTree; 6]) -> Result<(), Failed> {
        let cat = Catalogue::get()
            .clone()
            .with_reference_trees(trees)
            .map_err(|e| Failed(format!("Dữ liệu tham chiếu bị lỗi ({e}).")))?;
        let cat: &'static Catalogue = Box::leak(Box::new(cat));
        let index: &'static SearchIndex = Box::leak(Box::new(SearchIndex::new(cat)));
        FULL.with(|f| f.set(Some((cat, index))));
        Ok(())
    }
);

/// The six files, fetched at once and parsed by the browser, in
/// [`model::catalogue::REFERENCE_FILES`] order.
async fn fetch_all() -> Result<[JsTree; 6], String> {
    let window = web_sys::window().ok_or("Không có cửa sổ trình duyệt.")?;
    let pending = model::catalogue::REFERENCE_FILES.map(|f| (f, window.fetch_with_str(f)));
    let mut trees = [(); 6].map(|()| JsTree(JsValue::NULL));
    for (tree, (file, promise)) in trees.iter_mut().zip(pending) {
        *tree = JsTree(fetch_json(file, promise).await?);
    }
    Ok(trees)
}

async fn fetch_json(file: &str, promise: js_sys::Promise) -> Result<JsValue, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |why: &str| {
        format!("Không tải được dữ liệu tham chiếu ({file}: {why}). Hãy kiểm tra kết nối mạng rồi thử lại.")
    };
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(|| failed("không kết nối được"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    // A body that is not JSON is a failed read too: the message names the file.
    let body = response.json().map_err(|_| failed("không đọc được"))?;
    JsFuture::from(body)
        .await
        .map_err(|_| failed("không phải JSON hợp lệ"))
}
