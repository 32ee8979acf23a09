//! The finding badges on the editor's diagram, made something a user can point at and reach
//! with Tab: each badge drawn by the model gets a transparent button over it, named for screen
//! readers with the finding it marks, and hovering or focusing it shows the finding's first line
//! in a tooltip that the diagram's edge does not clip. Escape, moving away or leaving the badge
//! dismisses it; a click selects the box, so the inspector shows the whole finding.
//!
//! The buttons sit in a layer that moves with the drawing (one CSS transform, nothing to
//! recompute on a pan); the tooltip is outside the diagram, whose `contain: strict` would clip
//! it, and placed in page coordinates when it opens.

use crate::context::{Findings, Inspecting, InspectorTab, Selection};
use crate::i18n;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use model::scene::{Badge, Scene};
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// How long the tooltip stays after the pointer leaves the badge, so that it can be reached.
const LINGER_MS: u32 = 300;
/// The tooltip's widest, as the stylesheet gives it, to keep it inside the window.
const TIP_WIDTH: f64 = 320.0;
/// Room the tooltip needs below the badge before it opens above it instead.
const TIP_ROOM: f64 = 150.0;

/// What a badge says: the kind and weight of its finding, that finding's first line, and how
/// many more findings the box has.
#[derive(Clone, PartialEq)]
struct Said {
    heading: String,
    line: String,
    more: usize,
}

/// The tooltip on screen: whose it is, what it says and where, in window pixels.
#[derive(Clone, PartialEq)]
pub(crate) struct Tip {
    id: String,
    said: Said,
    left: f64,
    /// Top edge when it opens below the badge, else the distance of its bottom edge from the
    /// window's bottom (it opens above).
    below: Option<f64>,
    above: Option<f64>,
}

/// The tooltip and its pending dismissal, shared by the badge layer inside the diagram and the
/// tooltip outside it.
#[derive(Clone, Copy)]
pub(crate) struct TipState {
    tip: RwSignal<Option<Tip>>,
    linger: StoredValue<Option<Timeout>, LocalStorage>,
}

impl TipState {
    /// Nothing shown.
    pub(crate) fn new() -> TipState {
        TipState {
            tip: RwSignal::new(None),
            linger: StoredValue::new_local(None),
        }
    }

    /// Cancels a pending dismissal.
    fn keep(self) {
        self.linger.update_value(|t| drop(t.take()));
    }

    /// Dismisses the tooltip in a moment, unless the pointer comes back to it or its badge.
    fn hide_later(self) {
        let tip = self.tip;
        self.linger
            .set_value(Some(Timeout::new(LINGER_MS, move || tip.set(None))));
    }
}

/// Each flagged box's words, from the findings: the finding that chose its badge first.
fn said(findings: &[model::rules::Finding]) -> HashMap<String, (Badge, Said)> {
    let lang = i18n::drawing_lang();
    let mut out: HashMap<String, (Badge, Said)> = HashMap::new();
    for f in findings.iter().filter(|f| !f.component.is_empty()) {
        let b = model::views::marks::badge(f);
        let line = i18n::first_line(f);
        match out.get_mut(&f.component) {
            Some((best, s)) => {
                s.more += 1;
                if b < *best {
                    *best = b;
                    s.heading = b.caption_in(lang);
                    s.line = line;
                }
            }
            None => {
                let s = Said {
                    heading: b.caption_in(lang),
                    line,
                    more: 0,
                };
                out.insert(f.component.clone(), (b, s));
            }
        }
    }
    out
}

/// Where the tooltip of the badge button `el` goes, in window pixels.
fn place(el: &web_sys::Element) -> (f64, Option<f64>, Option<f64>) {
    let r = el.get_bounding_client_rect();
    let (w, h) = web_sys::window()
        .map(|w| {
            let n = |v: Result<wasm_bindgen::JsValue, _>| {
                v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
            };
            (n(w.inner_width()), n(w.inner_height()))
        })
        .unwrap_or((1024.0, 768.0));
    let left = (r.left() - 8.0).min(w - TIP_WIDTH - 8.0).max(8.0);
    if r.bottom() + TIP_ROOM < h {
        (left, Some(r.bottom() + 6.0), None)
    } else {
        (left, None, Some(h - r.top() + 6.0))
    }
}

/// The buttons over the badges, in a layer transformed like the drawing.
#[component]
pub(crate) fn BadgeLayer(
    /// The laid-out diagram, whose nodes carry their badges.
    #[prop(into)]
    scene: Signal<Scene>,
    /// The drawing's CSS transform (pan and zoom).
    #[prop(into)]
    transform: Signal<String>,
    /// The tooltip, shown by [`BadgeTip`].
    state: TipState,
) -> impl IntoView {
    let tip = state.tip;
    let Findings(findings) = expect_context();
    let selection: Selection = expect_context();
    let inspecting = use_context::<Inspecting>();
    let words = Memo::new(move |_| findings.with(|f| said(f)));
    let badges = Memo::new(move |_| {
        scene.with(|s| {
            s.nodes
                .iter()
                .filter_map(|n| {
                    let b = n.badge?;
                    let (x, y) = ((n.x + n.w - 2.0) as i32, (n.y + 2.0) as i32);
                    Some((n.id.clone(), n.name.clone(), x, y, b.mark.class()))
                })
                .collect::<Vec<_>>()
        })
    });
    let hide_later = move || state.hide_later();
    let show = move |id: &str, ev: &web_sys::Event| {
        state.keep();
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(said) = words.with_untracked(|w| w.get(id).map(|x| x.1.clone())) else {
            return;
        };
        let (left, below, above) = place(&el);
        tip.set(Some(Tip {
            id: id.to_owned(),
            said,
            left,
            below,
            above,
        }));
    };
    // The drawing moved under the tooltip: it would point at nothing.
    Effect::new(move |prev: Option<()>| {
        transform.track();
        if prev.is_some() {
            tip.set(None);
        }
    });
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && tip.with_untracked(Option::is_some) {
            tip.set(None);
        }
    });
    on_cleanup(move || escape.remove());

    view! {
        <div class="badge-layer" style:transform=move || transform.get()>
            <For each=move || badges.get() key=|b| b.clone() let:b>
                {
                    let (id, name, x, y, mark) = b;
                    let (id_focus, id_enter, id_click, id_label, id_desc) =
                        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                    view! {
                        <button
                            class=format!("badge-hit {mark}")
                            data-id=id.clone()
                            style=format!("left:{}px;top:{}px", x - 11, y - 11)
                            aria-label=move || {
                                words.with(|w| match w.get(&id_label) {
                                    Some((_, s)) => format!("{}, {name}: {}", s.heading, s.line),
                                    None => name.clone(),
                                })
                            }
                            aria-describedby=move || {
                                tip.with(|t| t.as_ref().is_some_and(|t| t.id == id_desc))
                                    .then_some("badge-tip")
                            }
                            on:pointerenter=move |ev: web_sys::PointerEvent| show(&id_enter, &ev)
                            on:pointerleave=move |_| hide_later()
                            on:focus=move |ev: web_sys::FocusEvent| show(&id_focus, &ev)
                            on:blur=move |_| tip.set(None)
                            on:keydown=move |ev: web_sys::KeyboardEvent| {
                                if ev.key() == "Escape" {
                                    // Dismissing the tooltip keeps the selection.
                                    ev.stop_propagation();
                                    tip.set(None);
                                }
                            }
                            on:pointerdown=|ev: web_sys::PointerEvent| ev.stop_propagation()
                            on:pointerup=|ev: web_sys::PointerEvent| ev.stop_propagation()
                            on:dblclick=|ev: web_sys::MouseEvent| ev.stop_propagation()
                            on:click=move |_| {
                                selection.only(Some(id_click.clone()));
                                if let Some(Inspecting(t)) = inspecting {
                                    t.set(InspectorTab::Selection);
                                }
                            }
                        ></button>
                    }
                }
            </For>
        </div>
    }
}

/// The tooltip, placed outside the diagram so that its clip does not cut it.
#[component]
pub(crate) fn BadgeTip(
    /// Shared with the [`BadgeLayer`].
    state: TipState,
) -> impl IntoView {
    let tip = state.tip;
    let style = move || {
        tip.with(|t| match t {
            Some(t) => {
                let v = match (t.below, t.above) {
                    (Some(top), _) => format!("top:{top}px"),
                    (_, Some(bottom)) => format!("bottom:{bottom}px"),
                    _ => String::new(),
                };
                format!("left:{}px;{v}", t.left)
            }
            None => String::new(),
        })
    };
    view! {
        <div
            id="badge-tip"
            class="badge-tip"
            role="tooltip"
            hidden=move || tip.with(Option::is_none)
            style=style
            on:pointerenter=move |_| state.keep()
            on:pointerleave=move |_| state.hide_later()
        >
            {move || tip.get().map(|t| view! {
                <strong class="badge-tip-head">{t.said.heading}</strong>
                <span class="badge-tip-line">{t.said.line}</span>
                {(t.said.more > 0).then(|| view! {
                    <span class="badge-tip-more">{format!("+{} {}", t.said.more, i18n::t("phát hiện khác"))}</span>
                })}
            })}
        </div>
    }
}
