//! What the reader and the portal do to the embed: the toolbar, the wheel, keys, drags and
//! clicks on the diagram and its minimap, the window's messages, size and fragment. Each
//! handler turns an event into a call on the state (`state::with`); the bindings are the
//! app's diagram's, minus editing.

use crate::camera::{self, KEY_STEP, PAN_STEP};
use crate::state::{self, Drag, Embed};
use crate::view::View;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, EventTarget, KeyboardEvent, MessageEvent, MouseEvent, PointerEvent, WheelEvent,
};

/// Calls `f` with each `name` event on `target`, for the page's lifetime.
fn listen<E: JsCast + 'static>(target: &EventTarget, name: &str, mut f: impl FnMut(E) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        f(ev.unchecked_into());
    });
    let _ = target.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// The id of the diagram node at or above `target`, if any.
fn node_id(target: Option<EventTarget>) -> Option<String> {
    let el: Element = target?.dyn_into().ok()?;
    el.closest("g.node[data-id]")
        .ok()??
        .get_attribute("data-id")
}

/// Binds every handler. `els` come from the state, which must be installed.
pub(crate) fn bind() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some((toolbar, diagram, minimap)) = state::with(|e| {
        (
            e.els.toolbar.clone(),
            e.els.diagram.clone(),
            e.els.minimap.clone(),
        )
    }) else {
        return;
    };
    listen(&window, "message", |ev: MessageEvent| {
        state::with(|e| e.on_message(&ev.origin(), &ev.data()));
    });
    listen(&window, "resize", |_: web_sys::Event| {
        state::with(|e| {
            e.fit();
            e.report_height();
        });
    });
    listen(&window, "hashchange", |_: web_sys::Event| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        state::with(|e| {
            let (view, selected) = View::from_hash(&hash, e.cat);
            e.show(&view, selected, None);
        });
    });
    listen(&toolbar, "click", |ev: MouseEvent| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button[data-act]").ok().flatten())
            .and_then(|b| b.get_attribute("data-act"));
        state::with(|e| match act.as_deref() {
            Some("in") => e.zoom_by(KEY_STEP, e.centre()),
            Some("out") => e.zoom_by(1.0 / KEY_STEP, e.centre()),
            Some("fit") => e.fit(),
            Some("selection") => e.zoom_to_selection(),
            _ => {}
        });
    });
    listen(&diagram, "wheel", |ev: WheelEvent| {
        ev.prevent_default();
        state::with(|e| on_wheel(e, &ev));
    });
    listen(&diagram, "keydown", |ev: KeyboardEvent| {
        if state::with(|e| on_key(e, &ev)) == Some(true) {
            ev.prevent_default();
        }
    });
    listen(&diagram, "pointerdown", |ev: PointerEvent| {
        if ev.button() == 0 {
            state::with(|e| {
                let (x0, y0) = e.local(ev.client_x(), ev.client_y());
                e.drag = Some(Drag {
                    x0,
                    y0,
                    pan: e.camera.pan,
                });
            });
        }
    });
    listen(&diagram, "pointermove", |ev: PointerEvent| {
        state::with(|e| {
            let Some(d) = e.drag else { return };
            if ev.buttons() & 1 == 0 {
                e.drag = None;
                return;
            }
            let (x, y) = e.local(ev.client_x(), ev.client_y());
            let mut c = e.camera;
            c.pan = (d.pan.0 + x - d.x0, d.pan.1 + y - d.y0);
            e.place(c);
        });
    });
    listen(&diagram, "pointerup", |ev: PointerEvent| {
        let hit = node_id(ev.target());
        state::with(|e| {
            let (x, y) = e.local(ev.client_x(), ev.client_y());
            // A click (a drag that hardly moved) selects; a drag only pans.
            if let Some(d) = e.drag.take() {
                if (x - d.x0).abs() + (y - d.y0).abs() <= 4.0 {
                    e.click_node(hit, ev.shift_key());
                }
            }
        });
    });
    for name in ["pointerdown", "pointerup"] {
        listen(&minimap, name, |ev: PointerEvent| ev.stop_propagation());
    }
    listen(&minimap, "click", |ev: MouseEvent| {
        let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
        else {
            return;
        };
        let r = target.get_bounding_client_rect();
        let at = (
            f64::from(ev.client_x()) - r.left(),
            f64::from(ev.client_y()) - r.top(),
        );
        state::with(|e| e.go_to_minimap(at));
    });
}

/// The wheel scrolls (Shift+wheel sideways); Ctrl/⌘+wheel and pinch zoom, one step at most.
fn on_wheel(e: &mut Embed, ev: &WheelEvent) {
    let page = e.centre().1 * 2.0;
    let dx = camera::wheel_pixels(ev.delta_x(), ev.delta_mode(), page);
    let dy = camera::wheel_pixels(ev.delta_y(), ev.delta_mode(), page);
    if ev.ctrl_key() || ev.meta_key() {
        let at = e.local(ev.client_x(), ev.client_y());
        e.zoom_by(camera::zoom_factor(dy), at);
    } else if ev.shift_key() && dx == 0.0 {
        e.pan_by(-dy, 0.0);
    } else {
        e.pan_by(-dx, -dy);
    }
}

/// The diagram's keys; `true` when the key was used.
fn on_key(e: &mut Embed, ev: &KeyboardEvent) -> bool {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return false;
    }
    let centre = e.centre();
    match ev.key().as_str() {
        _ if ev.shift_key() && ev.code() == "Digit2" => e.zoom_to_selection(),
        "+" | "=" => e.zoom_by(KEY_STEP, centre),
        "-" | "_" => e.zoom_by(1.0 / KEY_STEP, centre),
        "0" => e.fit(),
        "ArrowLeft" => e.pan_by(PAN_STEP, 0.0),
        "ArrowRight" => e.pan_by(-PAN_STEP, 0.0),
        "ArrowUp" => e.pan_by(0.0, PAN_STEP),
        "ArrowDown" => e.pan_by(0.0, -PAN_STEP),
        "Enter" | " " => match node_id(ev.target()) {
            Some(id) => e.click_node(Some(id), ev.shift_key()),
            None => return false,
        },
        "Escape" => e.click_node(None, false),
        _ => return false,
    }
    true
}
