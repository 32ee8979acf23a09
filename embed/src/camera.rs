//! The diagram's zoom and pan, kept apart from the DOM: a diagram point `p` shows at
//! `pan + p × zoom` in the viewport. The limits are the app's (`components::diagram`), and the
//! wheel's steps and the zoom to a selection are `model::viewport`'s, so the embed moves as the
//! app does.

/// Zoom bounds.
pub(crate) const MIN_ZOOM: f64 = 0.05;
pub(crate) const MAX_ZOOM: f64 = 8.0;
/// Below this zoom labels are under 4 px on screen: the drawing hides them (class `far`).
pub(crate) const LABELS_FROM_ZOOM: f64 = 0.35;
/// One press of + or −.
pub(crate) const KEY_STEP: f64 = 1.2;
/// Pixels one arrow key pans.
pub(crate) const PAN_STEP: f64 = 40.0;

use model::viewport::Rect;
pub(crate) use model::viewport::{bounds, wheel_pixels, zoom_factor};

/// Where the diagram sits in its viewport.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Camera {
    pub(crate) zoom: f64,
    pub(crate) pan: (f64, f64),
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            zoom: 1.0,
            pan: (0.0, 0.0),
        }
    }
}

impl Camera {
    /// Zooms by `factor` keeping the viewport point `(cx, cy)` still.
    pub(crate) fn zoom_by(&mut self, factor: f64, (cx, cy): (f64, f64)) {
        let z0 = self.zoom;
        let z1 = (z0 * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let (px, py) = self.pan;
        self.pan = (cx - (cx - px) * z1 / z0, cy - (cy - py) * z1 / z0);
        self.zoom = z1;
    }

    /// The whole diagram of `size` in a viewport of `view`, centred across, never enlarged.
    pub(crate) fn fit((w, h): (f64, f64), (vw, vh): (f64, f64)) -> Option<Camera> {
        if vw <= 0.0 || vh <= 0.0 || w <= 0.0 || h <= 0.0 {
            return None;
        }
        let zoom = (vw / w).min(vh / h).clamp(MIN_ZOOM, 1.0);
        Some(Camera {
            zoom,
            pan: ((vw - w * zoom) / 2.0, 0.0),
        })
    }

    /// `target` centred in a viewport of `view`, as large as fits with a margin, up to
    /// `max_zoom`.
    pub(crate) fn zoom_to(target: Rect, view: (f64, f64), max_zoom: f64) -> Camera {
        let (zoom, pan) = model::viewport::zoom_to(target, view, max_zoom);
        Camera { zoom, pan }
    }

    /// The CSS transform that shows the diagram so.
    pub(crate) fn transform(&self) -> String {
        format!(
            "translate({}px, {}px) scale({})",
            self.pan.0, self.pan.1, self.zoom
        )
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn zooming_keeps_the_point_under_the_cursor_and_stays_in_bounds() {
        let mut c = Camera::default();
        c.zoom_by(2.0, (100.0, 50.0));
        // The diagram point under (100, 50) is still (100, 50).
        assert_eq!(
            (c.pan.0 + 100.0 * c.zoom, c.pan.1 + 50.0 * c.zoom),
            (100.0, 50.0)
        );
        for _ in 0..40 {
            c.zoom_by(KEY_STEP, (0.0, 0.0));
        }
        assert_eq!(c.zoom, MAX_ZOOM);
    }

    #[wasm_bindgen_test]
    fn fit_never_enlarges_and_centres_across() {
        let c = Camera::fit((2000.0, 1000.0), (1000.0, 800.0)).unwrap();
        assert_eq!(c.zoom, 0.5);
        assert_eq!(c.pan, (0.0, 0.0));
        let c = Camera::fit((200.0, 100.0), (1000.0, 800.0)).unwrap();
        assert_eq!((c.zoom, c.pan), (1.0, (400.0, 0.0)));
        assert_eq!(Camera::fit((200.0, 100.0), (0.0, 800.0)), None);
        let c = Camera::zoom_to((100.0, 100.0, 10.0, 10.0), (800.0, 600.0), 2.0);
        assert_eq!(c.zoom, 2.0);
    }
}
