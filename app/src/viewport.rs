//! The arithmetic of the diagram's viewport, kept apart from the DOM so it can be tested: how
//! far the view moves to bring a box into sight or to zoom to it. The wheel's steps and the
//! zoom that fits a selection are `model::viewport`'s, which the read-only embed shares.
//! Coordinates: a diagram point `p` shows at `pan + p × zoom`.

use crate::context::Focus;

use model::viewport::zoom_to;
pub(crate) use model::viewport::{bounds, wheel_pixels, zoom_factor, Rect};

/// The pan that brings `target` (diagram units) into a viewport of `vw`×`vh` pixels at `zoom`,
/// moving as little as possible; `None` when it is on screen already. A box larger than the
/// viewport is centred.
pub(crate) fn reveal(
    target: Rect,
    zoom: f64,
    pan: (f64, f64),
    (vw, vh): (f64, f64),
) -> Option<(f64, f64)> {
    const MARGIN: f64 = 24.0;
    let axis = |start: f64, size: f64, p: f64, view: f64| -> f64 {
        let (a, b) = (p + start * zoom, p + (start + size) * zoom);
        if b - a > view - 2.0 * MARGIN {
            view / 2.0 - (start + size / 2.0) * zoom
        } else if a < MARGIN {
            p + MARGIN - a
        } else if b > view - MARGIN {
            p - (b - (view - MARGIN))
        } else {
            p
        }
    };
    let (x, y, w, h) = target;
    let next = (axis(x, w, pan.0, vw), axis(y, h, pan.1, vh));
    (next != pan).then_some(next)
}

/// The zoom and pan after a focus request on `target`, from the current `(zoom, pan)`.
pub(crate) fn focus_on(
    focus: Focus,
    target: Rect,
    (zoom, pan): (f64, (f64, f64)),
    view: (f64, f64),
) -> (f64, (f64, f64)) {
    match focus {
        Focus::Reveal => (zoom, reveal(target, zoom, pan, view).unwrap_or(pan)),
        Focus::Zoom => zoom_to(target, view, 2.0),
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn reveal_moves_only_when_the_box_is_off_screen() {
        let vp = (800.0, 600.0);
        assert_eq!(
            reveal((100.0, 100.0, 50.0, 20.0), 1.0, (0.0, 0.0), vp),
            None
        );
        // Far to the right: moved so its right edge sits inside the margin.
        let (px, py) = reveal((2000.0, 100.0, 100.0, 20.0), 1.0, (0.0, 0.0), vp).unwrap();
        assert_eq!(py, 0.0);
        assert!(px + 2100.0 <= 800.0 && px + 2000.0 >= 0.0);
        // Above the top at zoom 2.
        let (_, py) = reveal((10.0, 10.0, 10.0, 10.0), 2.0, (0.0, -500.0), vp).unwrap();
        assert!(py + 20.0 >= 0.0);
    }
}
