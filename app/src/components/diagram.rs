//! The diagram canvas: shows an SVG string from the model's renderer with zoom (Ctrl/⌘+wheel,
//! pinch, the keys plus, minus and zero), pan (wheel, drag, arrow keys), fit to screen, zoom to
//! the selection, a minimap for large diagrams, and selection by click, Enter, shift-click or a
//! shift-drag rubber band. In the editor, dragging a node moves it, and the editor's overlay
//! (in-place rename, connect handle) sits on top.

use crate::components::edit_overlay::EditOverlay;
use crate::context::{Focus, FocusRequest, Renaming, Selection};
use crate::debounce::Debounce;
use crate::i18n::t;
use crate::svg_dom::Drawn;
use crate::viewport;
use leptos::html::Div;
use leptos::prelude::*;
use model::svg::Parts;
use wasm_bindgen::JsCast;

const MIN_ZOOM: f64 = 0.05;
const MAX_ZOOM: f64 = 8.0;
/// Below this zoom a 12 px label is under 4 px on screen, unreadable: node and connection
/// labels are left out of the drawing on screen (boxes, colours and badges stay, names stay in
/// tooltips and for screen readers), which halves what the browser paints after each edit of a
/// large diagram seen whole. Exports and print always carry every label.
const LABELS_FROM_ZOOM: f64 = 0.35;
/// Diagrams with more nodes than this get a minimap.
const MINIMAP_FROM: usize = 40;
/// How long after the last edit the minimap is redrawn.
const MINIMAP_AFTER_MS: u64 = 150;

/// A drag of nodes in the editor, reported to the owner, which turns it into commands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NodeDrag {
    /// New top-left positions of the dragged nodes, in diagram units.
    Move(Vec<(String, f32, f32)>),
    /// The drag ended: one undo step.
    End,
    /// Escape: put everything back.
    Abort,
}

/// What a pointer gesture on the canvas is doing.
#[derive(Debug, Clone)]
enum Gesture {
    Pan {
        x0: f64,
        y0: f64,
        px: f64,
        py: f64,
    },
    Nodes {
        x0: f64,
        y0: f64,
        start: Vec<(String, f64, f64)>,
        moved: bool,
    },
    Band {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
    },
}

/// The id of the diagram node at or above `target`, if any.
fn node_id(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    el.closest("g.node[data-id]")
        .ok()??
        .get_attribute("data-id")
}

/// Each node's id and box in diagram units, from the laid-out scene.
fn node_boxes(scene: &model::scene::Scene) -> Vec<(String, f64, f64, f64, f64)> {
    scene
        .nodes
        .iter()
        .map(|n| (n.id.clone(), n.x as f64, n.y as f64, n.w as f64, n.h as f64))
        .collect()
}

/// Zoomable, pannable diagram.
#[component]
pub(crate) fn Diagram(
    /// The laid-out diagram; drawn with `model::svg::Svg`, the renderer the exports use.
    #[prop(into)]
    scene: Signal<model::scene::Scene>,
    /// Called while nodes are dragged; `None` makes nodes fixed (catalogue views).
    #[prop(optional)]
    on_drag: Option<Callback<NodeDrag>>,
    /// Called on a right-click on a node, with the node id and the pointer's page position.
    #[prop(optional)]
    on_context: Option<Callback<(String, i32, i32)>>,
) -> impl IntoView {
    let selection: Selection = expect_context();
    // Each render reuses the markup of whatever only moved since the last one.
    let parts = Memo::new(move |prev: Option<&Parts>| scene.with(|s| Parts::of_reusing(s, prev)));
    let content = NodeRef::<Div>::new();
    // Keep the drawing in step with the scene, patching only what changed.
    let drawn = StoredValue::new_local(None::<Drawn>);
    // Counts the times the drawing was replaced by another diagram (a framework opened or
    // imported in the editor), which starts fitted to the screen like a first one.
    let replaced = RwSignal::new(0u32);
    Effect::new(move |_| {
        let Some(host) = content.get() else { return };
        parts.with(|next| {
            drawn.update_value(|d| {
                match d {
                    Some(d) if !d.is_other(next) => d.update(next),
                    Some(_) => {
                        *d = Drawn::draw(&host, next);
                        replaced.update(|n| *n += 1);
                    }
                    None => *d = Drawn::draw(&host, next),
                }
                // A redraw starts unmarked; whichever effect runs first, the marks hold.
                if let Some(d) = d {
                    selection.0.with_untracked(|sel| d.select(sel));
                }
            })
        });
    });
    let size = Memo::new(move |_| scene.with(|s| (s.width as f64, s.height as f64)));
    let node_count = Memo::new(move |_| scene.with(|s| s.nodes.len()));
    // The minimap follows edits a moment later, so that redrawing it never costs the frame
    // that shows the edit itself; a new diagram gets its minimap at once.
    let minimap = RwSignal::new(None::<String>);
    let minimap_later = Debounce::new(std::time::Duration::from_millis(MINIMAP_AFTER_MS));
    Effect::new(move |_| {
        scene.track();
        let draw = move || {
            minimap.set(
                (node_count.get_untracked() > MINIMAP_FROM)
                    .then(|| scene.with_untracked(|s| model::minimap::Minimap(s).to_string())),
            );
        };
        if minimap.with_untracked(Option::is_none) {
            minimap_later.cancel();
            draw();
        } else {
            minimap_later.schedule(draw);
        }
    });
    let zoom = RwSignal::new(1.0f64);
    let pan = RwSignal::new((0.0f64, 0.0f64));
    let gesture = RwSignal::new(None::<Gesture>);
    let viewport = NodeRef::<Div>::new();

    let fit = move || {
        let Some(vp) = viewport.get_untracked() else {
            return;
        };
        let (w, h) = size.get_untracked();
        let (vw, vh) = (vp.client_width() as f64, vp.client_height() as f64);
        if vw <= 0.0 || vh <= 0.0 {
            return;
        }
        let z = (vw / w).min(vh / h).clamp(MIN_ZOOM, 1.0);
        zoom.set(z);
        pan.set(((vw - w * z) / 2.0, 0.0));
    };
    // A different diagram starts fitted to the screen; an edit keeps the user's zoom and pan.
    Effect::new(move |prev: Option<((f64, f64), u32)>| {
        let now = (size.get(), replaced.get());
        if on_drag.is_none() || prev.is_none_or(|p| p.1 != now.1) {
            request_animation_frame(fit);
        }
        now
    });
    // Keep the selected nodes highlighted after each render.
    Effect::new(move |_| {
        parts.track();
        let sel = selection.0.get();
        drawn.update_value(|d| {
            if let Some(d) = d {
                d.select(&sel);
            }
        });
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
    // Pointer position in viewport pixels and in diagram units.
    let local = move |x: i32, y: i32| -> (f64, f64) {
        let Some(vp) = viewport.get_untracked() else {
            return (0.0, 0.0);
        };
        let r = vp.get_bounding_client_rect();
        (x as f64 - r.left(), y as f64 - r.top())
    };
    let to_diagram = move |(lx, ly): (f64, f64)| {
        let (px, py) = pan.get_untracked();
        let z = zoom.get_untracked();
        ((lx - px) / z, (ly - py) / z)
    };
    // The wheel scrolls (Shift+wheel sideways); Ctrl/⌘+wheel and pinch (a wheel event with
    // ctrlKey) zoom, at most one step per event.
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let page = center().1 * 2.0;
        let dx = viewport::wheel_pixels(ev.delta_x(), ev.delta_mode(), page);
        let dy = viewport::wheel_pixels(ev.delta_y(), ev.delta_mode(), page);
        if ev.ctrl_key() || ev.meta_key() {
            let (x, y) = local(ev.client_x(), ev.client_y());
            zoom_by(viewport::zoom_factor(dy), x, y);
        } else if ev.shift_key() && dx == 0.0 {
            pan.update(|p| p.0 -= dy);
        } else {
            pan.update(|p| {
                p.0 -= dx;
                p.1 -= dy;
            });
        }
    };
    // The editor asks to bring the selection into view (a finding clicked, a search hit) or to
    // zoom to it.
    let focus_request = use_context::<FocusRequest>();
    if let Some(FocusRequest(request)) = focus_request {
        Effect::new(move |prev: Option<u32>| {
            let (focus, n) = request.get();
            if prev.is_some_and(|p| p != n) {
                let ids = selection.0.get_untracked();
                let target = scene.with_untracked(|s| {
                    viewport::bounds(
                        node_boxes(s)
                            .into_iter()
                            .filter(|b| ids.contains(&b.0))
                            .map(|b| (b.1, b.2, b.3, b.4)),
                    )
                });
                let (cx, cy) = center();
                if let Some(target) = target {
                    let now = (zoom.get_untracked(), pan.get_untracked());
                    let (z, p) = viewport::focus_on(focus, target, now, (cx * 2.0, cy * 2.0));
                    zoom.set(z);
                    pan.set(p);
                }
            }
            n
        });
    }
    let zoom_to_selection = move || {
        if let Some(r) = focus_request {
            r.ask(Focus::Zoom);
        }
    };
    let renaming = use_context::<Renaming>();
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if let (Some(Renaming(r)), Some(id), true) =
            (renaming, node_id(ev.target()), on_drag.is_some())
        {
            selection.only(Some(id.clone()));
            r.set(Some(id));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let (cx, cy) = center();
        let step = 40.0;
        // In the editor, arrow keys move the selected boxes (the editor's shortcuts do that).
        let nudging = on_drag.is_some() && selection.0.with_untracked(|s| !s.is_empty());
        let handled = match ev.key().as_str() {
            k if nudging && k.starts_with("Arrow") => false,
            _ if ev.shift_key() && ev.code() == "Digit2" => {
                zoom_to_selection();
                true
            }
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
                    if ev.shift_key() {
                        selection.toggle(id);
                    } else {
                        selection.only(Some(id));
                    }
                    true
                }
                None => false,
            },
            "Escape" => {
                if matches!(gesture.get_untracked(), Some(Gesture::Nodes { .. })) {
                    gesture.set(None);
                    if let Some(cb) = on_drag {
                        cb.run(NodeDrag::Abort);
                    }
                } else {
                    selection.only(None);
                }
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
        let (lx, ly) = local(ev.client_x(), ev.client_y());
        let hit = node_id(ev.target());
        let g = match (&hit, on_drag.is_some(), ev.shift_key()) {
            (Some(id), true, false) => {
                // Dragging a node moves it, with the rest of the selection if it is selected.
                let mut ids = selection.0.get_untracked();
                if !ids.contains(id) {
                    ids = vec![id.clone()];
                }
                let boxes = scene.with_untracked(node_boxes);
                let start = boxes
                    .into_iter()
                    .filter(|b| ids.contains(&b.0))
                    .map(|b| (b.0, b.1, b.2))
                    .collect();
                Gesture::Nodes {
                    x0: lx,
                    y0: ly,
                    start,
                    moved: false,
                }
            }
            (None, _, true) => Gesture::Band {
                x0: lx,
                y0: ly,
                x1: lx,
                y1: ly,
            },
            _ => {
                let (px, py) = pan.get_untracked();
                Gesture::Pan {
                    x0: lx,
                    y0: ly,
                    px,
                    py,
                }
            }
        };
        gesture.set(Some(g));
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let Some(g) = gesture.get_untracked() else {
            return;
        };
        if ev.buttons() & 1 == 0 {
            gesture.set(None);
            return;
        }
        let (lx, ly) = local(ev.client_x(), ev.client_y());
        match g {
            Gesture::Pan { x0, y0, px, py } => pan.set((px + lx - x0, py + ly - y0)),
            Gesture::Band { x0, y0, .. } => gesture.set(Some(Gesture::Band {
                x0,
                y0,
                x1: lx,
                y1: ly,
            })),
            Gesture::Nodes {
                x0,
                y0,
                start,
                moved,
            } => {
                let z = zoom.get_untracked();
                let (dx, dy) = ((lx - x0) / z, (ly - y0) / z);
                if !moved && dx.abs() + dy.abs() < 3.0 {
                    return;
                }
                if let Some(cb) = on_drag {
                    cb.run(NodeDrag::Move(
                        start
                            .iter()
                            .map(|(id, x, y)| (id.clone(), (x + dx) as f32, (y + dy) as f32))
                            .collect(),
                    ));
                }
                gesture.set(Some(Gesture::Nodes {
                    x0,
                    y0,
                    start,
                    moved: true,
                }));
            }
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let g = gesture.get_untracked();
        gesture.set(None);
        let (lx, ly) = local(ev.client_x(), ev.client_y());
        let hit = node_id(ev.target());
        match g {
            Some(Gesture::Nodes { moved: true, .. }) => {
                if let Some(cb) = on_drag {
                    cb.run(NodeDrag::End);
                }
            }
            Some(Gesture::Band { x0, y0, x1, y1 }) if (x1 - x0).abs() + (y1 - y0).abs() > 4.0 => {
                let (ax, ay) = to_diagram((x0.min(x1), y0.min(y1)));
                let (bx, by) = to_diagram((x0.max(x1), y0.max(y1)));
                let boxes = scene.with_untracked(node_boxes);
                let inside: Vec<String> = boxes
                    .into_iter()
                    .filter(|(_, x, y, w, h)| *x < bx && x + w > ax && *y < by && y + h > ay)
                    .map(|b| b.0)
                    .collect();
                selection.0.update(|s| {
                    for id in inside {
                        if !s.contains(&id) {
                            s.push(id);
                        }
                    }
                });
            }
            Some(Gesture::Pan { x0, y0, .. }) if (lx - x0).abs() + (ly - y0).abs() > 4.0 => {}
            _ => match (hit, ev.shift_key()) {
                (Some(id), true) => selection.toggle(id),
                (hit, _) => selection.only(hit),
            },
        }
    };
    let on_contextmenu = move |ev: web_sys::MouseEvent| {
        if let (Some(cb), Some(id)) = (on_context, node_id(ev.target())) {
            ev.prevent_default();
            if !selection.0.with_untracked(|s| s.contains(&id)) {
                selection.only(Some(id.clone()));
            }
            cb.run((id, ev.client_x(), ev.client_y()));
        }
    };
    let transform = move || {
        let (x, y) = pan.get();
        format!("translate({x}px, {y}px) scale({})", zoom.get())
    };
    let band = move || match gesture.get() {
        Some(Gesture::Band { x0, y0, x1, y1 }) => Some(format!(
            "left:{}px;top:{}px;width:{}px;height:{}px",
            x0.min(x1),
            y0.min(y1),
            (x1 - x0).abs(),
            (y1 - y0).abs()
        )),
        _ => None,
    };
    // The minimap: the whole diagram small, with the visible part outlined; click to go there.
    let minimap_scale = move || {
        let (w, h) = size.get();
        (160.0 / w).min(120.0 / h)
    };
    let minimap_view = move || {
        let Some(vp) = viewport.get() else {
            return String::new();
        };
        let (px, py) = pan.get();
        let z = zoom.get();
        let s = minimap_scale();
        format!(
            "left:{}px;top:{}px;width:{}px;height:{}px",
            -px / z * s,
            -py / z * s,
            vp.client_width() as f64 / z * s,
            vp.client_height() as f64 / z * s
        )
    };
    let on_minimap = move |ev: web_sys::MouseEvent| {
        let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let r = target.get_bounding_client_rect();
        let s = minimap_scale();
        let (dx, dy) = (
            (ev.client_x() as f64 - r.left()) / s,
            (ev.client_y() as f64 - r.top()) / s,
        );
        let z = zoom.get_untracked();
        let (cx, cy) = center();
        pan.set((cx - dx * z, cy - dy * z));
    };

    view! {
        <div class="diagram-tools" role="toolbar" aria-label=move || t("Thu phóng")>
            <button on:click=move |_| { let (cx, cy) = center(); zoom_by(1.2, cx, cy) } title=move || t("Phóng to (+)") aria-label=move || t("Phóng to")>"+"</button>
            <button on:click=move |_| { let (cx, cy) = center(); zoom_by(1.0 / 1.2, cx, cy) } title=move || t("Thu nhỏ (−)") aria-label=move || t("Thu nhỏ")>"−"</button>
            <button on:click=move |_| fit() title=move || t("Vừa màn hình (0)")>{move || t("Vừa màn hình")}</button>
            <button class="zoom-selection" on:click=move |_| zoom_to_selection() disabled=move || selection.0.with(|s| s.is_empty()) title=move || t("Phóng đến vùng chọn (Shift+2)")>{move || t("Đến vùng chọn")}</button>
            <span class="zoom-level" aria-live="polite">{move || format!("{:.0}%", zoom.get() * 100.0)}</span>
        </div>
        <div
            class="diagram"
            class:editable=on_drag.is_some()
            class:far=move || zoom.get() < LABELS_FROM_ZOOM
            node_ref=viewport
            tabindex="0"
            aria-label=move || t("Sơ đồ: + − 0 để thu phóng, phím mũi tên để di chuyển, Tab để đến từng thành phần, Enter để chọn")
            on:wheel=on_wheel
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:contextmenu=on_contextmenu
            on:dblclick=on_dblclick
        >
            <div class="diagram-content" node_ref=content style:transform=transform></div>
            {on_drag.is_some().then(|| view! { <EditOverlay scene=scene zoom=zoom pan=pan /> })}
            {move || band().map(|style| view! { <div class="rubber-band" style=style></div> })}
            <Show when=move || { node_count.get() > MINIMAP_FROM }>
                <div
                    class="minimap"
                    aria-hidden="true"
                    on:pointerdown=|ev: web_sys::PointerEvent| ev.stop_propagation()
                    on:pointerup=|ev: web_sys::PointerEvent| ev.stop_propagation()
                    on:click=on_minimap
                >
                    <div
                        class="minimap-content"
                        style:transform=move || format!("scale({})", minimap_scale())
                        inner_html=move || minimap.get().unwrap_or_default()
                    ></div>
                    <div class="minimap-view" style=minimap_view></div>
                </div>
            </Show>
        </div>
    }
}
