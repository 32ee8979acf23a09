//! The embed's one piece of state: the drawing shown, the camera, the selection, a drag in
//! progress and a framework the worker is drawing, with what each change does to the page.
//! Event handlers (`events`) reach it through [`with`].

use crate::camera::{self, Camera};
use crate::config::Config;
use crate::frameworks::{Frameworks, Reply, Source};
use crate::lang::t;
use crate::messages::{self, Request};
use crate::page::Els;
use crate::view::View;
use embed::drawing::Drawing;
use model::captions::Lang;
use model::catalogue::Catalogue;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// The minimap's box, in pixels (`.minimap` in the stylesheet).
const MINIMAP_SIZE: (f64, f64) = (160.0, 120.0);

/// A drag that pans: where it started, in viewport pixels, and the pan then.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Drag {
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) pan: (f64, f64),
}

/// A framework the worker is drawing: what to select when it comes, and whom to tell if it
/// cannot be read.
struct Pending {
    seq: u32,
    selected: Option<String>,
    source: Source,
    /// The portal's origin and request id, for a framework sent with `khung:load`.
    asked_by: Option<(String, JsValue)>,
}

/// Everything the embed keeps.
pub(crate) struct Embed {
    pub(crate) cfg: Config,
    pub(crate) lang: Lang,
    pub(crate) cat: &'static Catalogue,
    pub(crate) els: Els,
    drawing: Drawing,
    pub(crate) camera: Camera,
    pub(crate) drag: Option<Drag>,
    selection: Vec<String>,
    last_height: i32,
    frameworks: Option<Frameworks>,
    pending: Option<Pending>,
    /// `khung:getSvg` requests (origin, id) waiting for the pending framework.
    svg_wanted: Vec<(String, JsValue)>,
    seq: u32,
}

thread_local! {
    static EMBED: RefCell<Option<Embed>> = const { RefCell::new(None) };
}

/// Runs `f` on the embed's state, once it is set up.
pub(crate) fn with<R>(f: impl FnOnce(&mut Embed) -> R) -> Option<R> {
    EMBED.with(|cell| cell.try_borrow_mut().ok()?.as_mut().map(f))
}

/// Makes `embed` the page's state.
pub(crate) fn install(embed: Embed) {
    EMBED.with(|cell| *cell.borrow_mut() = Some(embed));
}

/// Runs `f` on the state at the next frame, once the browser has laid the page out.
pub(crate) fn next_frame(f: impl FnOnce(&mut Embed) + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        with(f);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(cb.unchecked_ref());
    }
}

/// Sets `class` on `el` or takes it off.
fn class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

impl Embed {
    /// The page just built, showing `view` with `selected` marked.
    pub(crate) fn new(
        cfg: Config,
        lang: Lang,
        els: Els,
        view: &View,
        selected: Option<String>,
    ) -> Embed {
        let cat = embed::today::catalogue();
        let mut embed = Embed {
            cfg,
            lang,
            cat,
            els,
            drawing: Drawing::of(&model::views::national::scene_in(cat, lang)),
            camera: Camera::default(),
            drag: None,
            selection: Vec::new(),
            last_height: 0,
            frameworks: None,
            pending: None,
            svg_wanted: Vec::new(),
            seq: 0,
        };
        embed.show(view, selected, None);
        embed
    }

    /// Shows `view` with `selected` marked: at once for a catalogue view, when the worker has
    /// drawn it for a framework (the drawing shown until then stays). `asked_by` is the portal
    /// that sent the framework, told if it cannot be read.
    pub(crate) fn show(
        &mut self,
        view: &View,
        selected: Option<String>,
        asked_by: Option<(String, JsValue)>,
    ) {
        self.seq = self.seq.wrapping_add(1);
        let View::Framework(source, text) = view else {
            if let Some(scene) = view.scene(self.cat, self.lang) {
                self.pending = None;
                self.draw(Drawing::of(&scene), selected);
                self.answer_svg_requests();
            }
            return;
        };
        if self.frameworks.is_none() {
            match Frameworks::start(|reply| {
                with(|e| e.on_drawn(reply));
            }) {
                Ok(f) => self.frameworks = Some(f),
                Err(_) => {
                    self.pending = Some(Pending {
                        seq: self.seq,
                        selected,
                        source: *source,
                        asked_by,
                    });
                    self.on_drawn(Reply {
                        seq: None,
                        result: Err(String::new()),
                    });
                    return;
                }
            }
        }
        if let Some(f) = &self.frameworks {
            f.send(self.seq, *source, text, self.lang);
        }
        self.pending = Some(Pending {
            seq: self.seq,
            selected,
            source: *source,
            asked_by,
        });
    }

    /// The worker's answer: the framework drawn, or why not (told to the portal that sent it;
    /// a share link that cannot be read shows the national model under a title saying so).
    fn on_drawn(&mut self, reply: Reply) {
        let Some(p) = self
            .pending
            .take_if(|p| reply.seq.is_none_or(|s| s == p.seq))
        else {
            return;
        };
        let error = match reply.result {
            Ok(drawing) => {
                self.draw(drawing, p.selected);
                None
            }
            Err(_) if reply.seq.is_none() => Some(
                t(
                    self.lang,
                    "Không tải được mô-đun đọc khung; hãy tải lại trang.",
                )
                .to_owned(),
            ),
            Err(e) => Some(e),
        };
        if let Some(e) = error {
            match (p.asked_by, p.source) {
                (Some((origin, id)), _) => {
                    let msg = messages::message(
                        "khung:error",
                        &[("requestId", id), ("message", JsValue::from(e))],
                    );
                    messages::post(&self.cfg, &msg, Some(&origin));
                }
                (None, Source::Share) => {
                    let mut d = Drawing::of(&model::views::national::scene_in(self.cat, self.lang));
                    d.title = format!(
                        "{} {e}",
                        t(self.lang, "Không đọc được khung trong liên kết:")
                    );
                    self.draw(d, None);
                }
                (None, Source::Json) => {}
            }
        }
        self.answer_svg_requests();
    }

    /// Answers the `khung:getSvg` requests that waited for a framework.
    fn answer_svg_requests(&mut self) {
        for (origin, id) in std::mem::take(&mut self.svg_wanted) {
            self.send_svg(&origin, id);
        }
    }

    /// Sends the drawing's SVG to `origin` in answer to request `id`.
    fn send_svg(&self, origin: &str, id: JsValue) {
        let msg = messages::message(
            "khung:svg",
            &[
                ("requestId", id),
                ("svg", JsValue::from(self.drawing.svg.as_str())),
            ],
        );
        messages::post(&self.cfg, &msg, Some(origin));
    }

    /// Puts `drawing` on the page, marks `selected`, and fits it at the next frame.
    fn draw(&mut self, drawing: Drawing, selected: Option<String>) {
        self.drawing = drawing;
        let d = &self.drawing;
        self.els.title.set_text_content(Some(&d.title));
        let _ = self.els.main.style().set_property(
            "--ar",
            &format!("{} / {}", d.size.0.max(1.0), d.size.1.max(1.0)),
        );
        self.els.content.set_inner_html(&d.svg);
        self.els.minimap.set_hidden(d.minimap.is_none());
        self.els
            .minimap_content
            .set_inner_html(d.minimap.as_deref().unwrap_or(""));
        let scale = self.minimap_scale();
        let _ = self
            .els
            .minimap_content
            .style()
            .set_property("transform", &format!("scale({scale})"));
        self.selection.clear();
        self.select(selected.into_iter().collect());
        self.place(self.camera);
        next_frame(|e| {
            e.fit();
            e.report_height();
        });
    }

    /// The viewport's size in pixels.
    fn viewport(&self) -> (f64, f64) {
        let d = &self.els.diagram;
        (f64::from(d.client_width()), f64::from(d.client_height()))
    }

    /// The viewport's centre, in its own pixels.
    pub(crate) fn centre(&self) -> (f64, f64) {
        let (w, h) = self.viewport();
        (w / 2.0, h / 2.0)
    }

    /// A page position in viewport pixels.
    pub(crate) fn local(&self, x: i32, y: i32) -> (f64, f64) {
        let r = self.els.diagram.get_bounding_client_rect();
        (f64::from(x) - r.left(), f64::from(y) - r.top())
    }

    /// Moves the drawing to `camera` and updates what shows it: the zoom level, the labels at
    /// a distance, the minimap's outline of the visible part.
    pub(crate) fn place(&mut self, camera: Camera) {
        self.camera = camera;
        let _ = self
            .els
            .content
            .style()
            .set_property("transform", &camera.transform());
        self.els
            .level
            .set_text_content(Some(&format!("{:.0}%", camera.zoom * 100.0)));
        class(
            &self.els.diagram,
            "far",
            camera.zoom < camera::LABELS_FROM_ZOOM,
        );
        if !self.els.minimap.hidden() {
            let s = self.minimap_scale();
            let (vw, vh) = self.viewport();
            let (px, py) = camera.pan;
            let z = camera.zoom;
            self.els.minimap_view.style().set_css_text(&format!(
                "left:{}px;top:{}px;width:{}px;height:{}px",
                -px / z * s,
                -py / z * s,
                vw / z * s,
                vh / z * s
            ));
        }
    }

    /// The whole diagram in view.
    pub(crate) fn fit(&mut self) {
        if let Some(c) = Camera::fit(self.drawing.size, self.viewport()) {
            self.place(c);
        }
    }

    /// Zooms by `factor` about the viewport point `at`.
    pub(crate) fn zoom_by(&mut self, factor: f64, at: (f64, f64)) {
        let mut c = self.camera;
        c.zoom_by(factor, at);
        self.place(c);
    }

    /// Pans by `(dx, dy)` pixels.
    pub(crate) fn pan_by(&mut self, dx: f64, dy: f64) {
        let mut c = self.camera;
        c.pan = (c.pan.0 + dx, c.pan.1 + dy);
        self.place(c);
    }

    /// The minimap's scale: the whole diagram in its box.
    fn minimap_scale(&self) -> f64 {
        let (w, h) = (self.drawing.size.0.max(1.0), self.drawing.size.1.max(1.0));
        (MINIMAP_SIZE.0 / w).min(MINIMAP_SIZE.1 / h)
    }

    /// Centres the view on the minimap point `(mx, my)` (pixels in the minimap).
    pub(crate) fn go_to_minimap(&mut self, (mx, my): (f64, f64)) {
        let s = self.minimap_scale();
        let (cx, cy) = self.centre();
        let z = self.camera.zoom;
        self.place(Camera {
            zoom: z,
            pan: (cx - mx / s * z, cy - my / s * z),
        });
    }

    /// Marks `ids` as the selection (unknown ids are dropped), as the app does: class
    /// `selected` and `aria-pressed` on each node.
    pub(crate) fn select(&mut self, ids: Vec<String>) {
        let Ok(nodes) = self.els.content.query_selector_all("g.node[data-id]") else {
            return;
        };
        let mut kept = Vec::new();
        for i in 0..nodes.length() {
            let Some(g) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let id = g.get_attribute("data-id").unwrap_or_default();
            let on = ids.contains(&id);
            class(&g, "selected", on);
            let _ = g.set_attribute("aria-pressed", if on { "true" } else { "false" });
            if on {
                kept.push(id);
            }
        }
        self.selection = ids.into_iter().filter(|id| kept.contains(id)).collect();
        let none = self.selection.is_empty();
        let b = &self.els.zoom_selection;
        let _ = if none {
            b.set_attribute("disabled", "")
        } else {
            b.remove_attribute("disabled")
        };
    }

    /// Selects `id` alone (`None`: nothing), or adds or removes it with `toggle`.
    pub(crate) fn click_node(&mut self, id: Option<String>, toggle: bool) {
        let mut ids = self.selection.clone();
        match (id, toggle) {
            (Some(id), true) => match ids.iter().position(|x| *x == id) {
                Some(i) => {
                    ids.remove(i);
                }
                None => ids.push(id),
            },
            (id, _) => ids = id.into_iter().collect(),
        }
        self.select(ids);
    }

    /// Zooms to the selected nodes.
    pub(crate) fn zoom_to_selection(&mut self) {
        let boxes = self
            .drawing
            .boxes
            .iter()
            .filter(|(id, _)| self.selection.contains(id))
            .map(|(_, b)| *b);
        if let Some(target) = camera::bounds(boxes) {
            self.place(Camera::zoom_to(target, self.viewport(), 2.0));
        }
    }

    /// Tells the portal the page's height when it changed, so it can size the iframe.
    pub(crate) fn report_height(&mut self) {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let h = root.scroll_height();
        if h != self.last_height {
            self.last_height = h;
            let msg = messages::message("khung:height", &[("height", JsValue::from(h))]);
            messages::post(&self.cfg, &msg, None);
        }
    }

    /// Acts on a message from `origin` and answers it when it asks for an answer or fails.
    pub(crate) fn on_message(&mut self, origin: &str, data: &JsValue) {
        match messages::read(&self.cfg, self.cat, origin, data) {
            None => {}
            Some(Ok(Request::Show(view, id))) => {
                self.show(&view, None, Some((origin.to_owned(), id)));
            }
            // The SVG of a framework still being drawn is sent once it is.
            Some(Ok(Request::Svg(id))) if self.pending.is_some() => {
                self.svg_wanted.push((origin.to_owned(), id));
            }
            Some(Ok(Request::Svg(id))) => self.send_svg(origin, id),
            Some(Err((id, m))) => {
                let msg = messages::message(
                    "khung:error",
                    &[("requestId", id), ("message", JsValue::from(m))],
                );
                messages::post(&self.cfg, &msg, Some(origin));
            }
        }
    }
}
