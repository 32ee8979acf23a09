//! What the editor lays over its diagram, in screen pixels that follow the zoom and pan: the
//! in-place name field (double-click or F2: Enter commits, Escape cancels, leaving the field
//! commits), and the handle on the selected box that draws a connection when dragged onto
//! another box.

use crate::actions;
use crate::context::{Editor, Notice, Renaming, Selection};
use crate::i18n::t;
use leptos::prelude::*;
use model::scene::Scene;
use wasm_bindgen::JsCast;

/// A node's box in diagram units, by id.
fn node_box(scene: &Scene, id: &str) -> Option<(f64, f64, f64, f64)> {
    scene
        .nodes
        .iter()
        .find(|n| n.id == id)
        .map(|n| (n.x as f64, n.y as f64, n.w as f64, n.h as f64))
}

/// Gives the keyboard back to the diagram `el` sits in.
fn focus_diagram(el: &web_sys::Element) {
    if let Some(d) = el
        .closest(".diagram")
        .ok()
        .flatten()
        .and_then(|d| d.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = d.focus();
    }
}

/// The overlay.
#[component]
pub(crate) fn EditOverlay(
    /// The laid-out diagram.
    #[prop(into)]
    scene: Signal<Scene>,
    /// The diagram's zoom.
    zoom: RwSignal<f64>,
    /// The diagram's pan, in pixels.
    pan: RwSignal<(f64, f64)>,
) -> impl IntoView {
    let Renaming(renaming) = expect_context();
    let selection: Selection = expect_context();
    let on_screen = move |(x, y, w, h): (f64, f64, f64, f64)| {
        let z = zoom.get();
        let (px, py) = pan.get();
        (px + x * z, py + y * z, w * z, h * z)
    };
    let single = Memo::new(move |_| {
        selection.0.with(|s| match s.as_slice() {
            [id] => Some(id.clone()),
            _ => None,
        })
    });
    view! {
        {move || renaming.get().map(|id| view! { <RenameBox id=id scene=scene on_screen=on_screen /> })}
        {move || {
            (renaming.with(Option::is_none))
                .then(|| single.get())
                .flatten()
                .map(|id| view! { <ConnectHandle from=id scene=scene on_screen=on_screen /> })
        }}
    }
}

/// The in-place name field over node `id`.
#[component]
fn RenameBox(
    id: String,
    scene: Signal<Scene>,
    on_screen: impl Fn((f64, f64, f64, f64)) -> (f64, f64, f64, f64) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let Renaming(renaming) = expect_context();
    let input = NodeRef::<leptos::html::Input>::new();
    let name = editor.history.with_untracked(|h| {
        h.doc()
            .component(&id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let done = StoredValue::new(false);
    let style = {
        let id = id.clone();
        move || {
            let Some(b) = scene.with(|s| node_box(s, &id)) else {
                return "display:none".to_owned();
            };
            let (x, y, w, h) = on_screen(b);
            format!(
                "left:{x}px;top:{y}px;width:{}px;height:{}px",
                w.max(160.0),
                h.max(28.0)
            )
        }
    };
    request_animation_frame(move || {
        if let Some(i) = input.get_untracked() {
            let _ = i.focus();
            i.select();
        }
    });
    let finish = {
        let id = id.clone();
        move |commit: bool| {
            if done.get_value() {
                return;
            }
            done.set_value(true);
            let Some(i) = input.get_untracked() else {
                return;
            };
            if commit {
                actions::rename(editor, notice, &id, &i.value());
            }
            focus_diagram(&i);
            renaming.set(None);
        }
    };
    let on_key = {
        let finish = finish.clone();
        move |ev: web_sys::KeyboardEvent| {
            ev.stop_propagation();
            match ev.key().as_str() {
                "Enter" => {
                    ev.prevent_default();
                    finish(true);
                }
                "Escape" => {
                    ev.prevent_default();
                    finish(false);
                }
                _ => {}
            }
        }
    };
    view! {
        <input
            class="rename-box"
            node_ref=input
            aria-label=move || t("Tên thành phần (Enter để lưu, Esc để hủy)")
            style=style
            value=name
            on:keydown=on_key
            on:blur=move |_| finish(true)
            on:pointerdown=|ev: web_sys::PointerEvent| ev.stop_propagation()
            on:pointerup=|ev: web_sys::PointerEvent| ev.stop_propagation()
            on:dblclick=|ev: web_sys::MouseEvent| ev.stop_propagation()
        />
    }
}

/// A drag in progress from the handle: where it started and where the pointer is, in pixels
/// from the diagram's corner.
#[derive(Clone, Copy, PartialEq)]
struct Link {
    from: (f64, f64),
    to: (f64, f64),
}

/// The handle on the right edge of the one selected box: drag it onto another box to connect
/// the two.
#[component]
fn ConnectHandle(
    from: String,
    scene: Signal<Scene>,
    on_screen: impl Fn((f64, f64, f64, f64)) -> (f64, f64, f64, f64) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let editor: Editor = expect_context();
    let notice: Notice = expect_context();
    let link = RwSignal::new(None::<Link>);
    let at = {
        let from = from.clone();
        Memo::new(move |_| {
            // Only boxes of the framework itself can be connected.
            let b = scene.with(|s| node_box(s, &from))?;
            let (x, y, w, h) = on_screen(b);
            Some((x + w, y + h / 2.0))
        })
    };
    // Leptos delegates pointer events to the document, so the handle is the event's target,
    // not its current target.
    let origin = |ev: &web_sys::PointerEvent| -> Option<(f64, f64)> {
        let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
        let r = el.closest(".diagram").ok()??.get_bounding_client_rect();
        Some((r.left(), r.top()))
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        ev.stop_propagation();
        ev.prevent_default();
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        if let (Some(start), Some((ox, oy))) = (at.get_untracked(), origin(&ev)) {
            let to = (ev.client_x() as f64 - ox, ev.client_y() as f64 - oy);
            link.set(Some(Link { from: start, to }));
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        ev.stop_propagation();
        if let (Some(l), Some((ox, oy))) = (link.get_untracked(), origin(&ev)) {
            let to = (ev.client_x() as f64 - ox, ev.client_y() as f64 - oy);
            link.set(Some(Link { to, ..l }));
        }
    };
    let on_up = {
        let from = from.clone();
        move |ev: web_sys::PointerEvent| {
            ev.stop_propagation();
            if link.get_untracked().is_none() {
                return;
            }
            link.set(None);
            let target = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.element_from_point(ev.client_x() as f32, ev.client_y() as f32))
                .and_then(|el| el.closest("g.node[data-id]").ok().flatten())
                .and_then(|g| g.get_attribute("data-id"));
            match target {
                Some(to) if to != from => {
                    actions::connect(editor, notice, &from, &to, String::new(), false);
                }
                _ => notice.info(t(
                    "Thả đầu nối lên một thành phần khác để kết nối hai thành phần.",
                )),
            }
        }
    };
    view! {
        {move || at.get().map(|(x, y)| view! {
            <button
                class="connect-handle"
                style=format!("left:{}px;top:{}px", x - 9.0, y - 9.0)
                title=move || t("Kéo đến thành phần khác để kết nối")
                aria-label=move || t("Kéo đến thành phần khác để kết nối")
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up.clone()
                on:dblclick=|ev: web_sys::MouseEvent| ev.stop_propagation()
            >"→"</button>
        })}
        {move || link.get().map(|l| view! {
            <svg class="link-preview" aria-hidden="true">
                <line x1=l.from.0 y1=l.from.1 x2=l.to.0 y2=l.to.1 />
            </svg>
        })}
    }
}
