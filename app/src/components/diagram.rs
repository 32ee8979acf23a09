//! The diagram canvas: shows an SVG string from the model's renderer with zoom (wheel, pinch,
//! + − 0), pan (drag, arrow keys), fit to screen, and click or Enter to select a node.

use crate::context::Selection;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const MIN_ZOOM: f64 = 0.1;
const MAX_ZOOM: f64 = 8.0;

/// The id of the diagram node at or above `target`, if any.
fn node_id(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    el.closest("g.node[data-id]")
        .ok()??
        .get_attribute("data-id")
}

/// Zoomable, pannable diagram.
#[component]
pub(crate) fn Diagram(
    /// The SVG markup to show (from `model::svg::Svg`).
    #[prop(into)]
    svg: Signal<String>,
) -> impl IntoView {
    let Selection(selection) = expect_context();
    let zoom = RwSignal::new(1.0f64);
    let pan = RwSignal::new((0.0f64, 0.0f64));
    let drag = StoredValue::new(None::<(f64, f64, f64, f64)>);
    let viewport = NodeRef::<Div>::new();

    let fit = move || {
        let Some(vp) = viewport.get_untracked() else {
            return;
        };
        let Some(svg) = vp.query_selector("svg").ok().flatten() else {
            return;
        };
        let w: f64 = svg
            .get_attribute("width")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1.0);
        let h: f64 = svg
            .get_attribute("height")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1.0);
        let (vw, vh) = (vp.client_width() as f64, vp.client_height() as f64);
        if vw <= 0.0 || vh <= 0.0 {
            return;
        }
        let z = (vw / w).min(vh / h).clamp(MIN_ZOOM, 1.0);
        zoom.set(z);
        pan.set(((vw - w * z) / 2.0, 0.0));
    };
    // A new diagram starts fitted to the screen.
    Effect::new(move |_| {
        svg.track();
        request_animation_frame(fit);
    });
    // Keep the selected node highlighted after each render (syncing with the DOM the SVG
    // string created).
    Effect::new(move |_| {
        svg.track();
        let sel = selection.get();
        let Some(vp) = viewport.get() else { return };
        let Ok(nodes) = vp.query_selector_all("g.node[data-id]") else {
            return;
        };
        for i in 0..nodes.length() {
            if let Some(el) = nodes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let on = sel.as_deref() == el.get_attribute("data-id").as_deref();
                let _ = el.class_list().toggle_with_force("selected", on);
                let _ = el.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
    });

    let zoom_by = move |factor: f64, cx: f64, cy: f64| {
        let z0 = zoom.get_untracked();
        let z1 = (z0 * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let (px, py) = pan.get_untracked();
        // Keep the point under the cursor still.
        pan.set((cx - (cx - px) * z1 / z0, cy - (cy - py) * z1 / z0));
        zoom.set(z1);
    };
    let center = move || {
        viewport
            .get_untracked()
            .map(|vp| {
                (
                    vp.client_width() as f64 / 2.0,
                    vp.client_height() as f64 / 2.0,
                )
            })
            .unwrap_or((0.0, 0.0))
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let Some(vp) = viewport.get_untracked() else {
            return;
        };
        let r = vp.get_bounding_client_rect();
        // Pinch gestures arrive as wheel events with ctrlKey; both zoom.
        let factor = (-ev.delta_y() * if ev.ctrl_key() { 0.01 } else { 0.0015 }).exp();
        zoom_by(
            factor,
            ev.client_x() as f64 - r.left(),
            ev.client_y() as f64 - r.top(),
        );
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let (cx, cy) = center();
        let step = 40.0;
        let handled = match ev.key().as_str() {
            "+" | "=" => {
                zoom_by(1.2, cx, cy);
                true
            }
            "-" | "_" => {
                zoom_by(1.0 / 1.2, cx, cy);
                true
            }
            "0" => {
                fit();
                true
            }
            "ArrowLeft" => {
                pan.update(|p| p.0 += step);
                true
            }
            "ArrowRight" => {
                pan.update(|p| p.0 -= step);
                true
            }
            "ArrowUp" => {
                pan.update(|p| p.1 += step);
                true
            }
            "ArrowDown" => {
                pan.update(|p| p.1 -= step);
                true
            }
            "Enter" | " " => match node_id(ev.target()) {
                Some(id) => {
                    selection.set(Some(id));
                    true
                }
                None => false,
            },
            "Escape" => {
                selection.set(None);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let (px, py) = pan.get_untracked();
        drag.set_value(Some((ev.client_x() as f64, ev.client_y() as f64, px, py)));
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        if let Some((x0, y0, px, py)) = drag.get_value() {
            if ev.buttons() & 1 == 0 {
                drag.set_value(None);
                return;
            }
            pan.set((
                px + ev.client_x() as f64 - x0,
                py + ev.client_y() as f64 - y0,
            ));
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let moved = drag
            .get_value()
            .map(|(x0, y0, _, _)| {
                (ev.client_x() as f64 - x0).abs() + (ev.client_y() as f64 - y0).abs() > 4.0
            })
            .unwrap_or(false);
        drag.set_value(None);
        if !moved {
            selection.set(node_id(ev.target()));
        }
    };
    let transform = move || {
        let (x, y) = pan.get();
        format!("translate({x}px, {y}px) scale({})", zoom.get())
    };

    view! {
        <div class="diagram-tools" role="toolbar" aria-label="Thu phóng">
            <button on:click=move |_| { let (cx, cy) = center(); zoom_by(1.2, cx, cy) } title="Phóng to (+)" aria-label="Phóng to">"+"</button>
            <button on:click=move |_| { let (cx, cy) = center(); zoom_by(1.0 / 1.2, cx, cy) } title="Thu nhỏ (−)" aria-label="Thu nhỏ">"−"</button>
            <button on:click=move |_| fit() title="Vừa màn hình (0)">"Vừa màn hình"</button>
            <span class="zoom-level" aria-live="polite">{move || format!("{:.0}%", zoom.get() * 100.0)}</span>
        </div>
        <div
            class="diagram"
            node_ref=viewport
            tabindex="0"
            aria-label="Sơ đồ: dùng + − 0 để thu phóng, phím mũi tên để di chuyển, Tab để chọn thành phần"
            on:wheel=on_wheel
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
        >
            <div class="diagram-content" style:transform=transform inner_html=move || svg.get()></div>
        </div>
    }
}
