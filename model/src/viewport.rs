//! The arithmetic of a diagram's viewport, shared by the app's canvas and the read-only embed
//! so both move alike: how far one wheel notch zooms and the zoom that fits a set of boxes.
//! Coordinates: a diagram point `p` shows at `pan + p × zoom`. Pure numbers, no DOM.

/// The most one wheel notch (or one pinch step) zooms in or out, as draw.io and Figma do: a
/// fast wheel never jumps from 100 % to 800 %.
pub const MAX_STEP: f64 = 1.25;

/// A rectangle: x, y, width, height.
pub type Rect = (f64, f64, f64, f64);

/// Pixels one wheel event moves, from its delta and `deltaMode` (0 pixels, 1 lines, 2 pages).
///
/// ```
/// assert_eq!(model::viewport::wheel_pixels(3.0, 1, 800.0), 48.0);
/// ```
pub fn wheel_pixels(delta: f64, mode: u32, page: f64) -> f64 {
    match mode {
        1 => delta * 16.0,
        2 => delta * page,
        _ => delta,
    }
}

/// The zoom factor for a Ctrl/⌘+wheel or pinch event of `pixels`, bounded to one step each way.
pub fn zoom_factor(pixels: f64) -> f64 {
    (-pixels * 0.01).exp().clamp(1.0 / MAX_STEP, MAX_STEP)
}

/// The bounding box of `boxes`, or `None` when there are none.
///
/// # Complexity
/// O(n) in the number of boxes.
pub fn bounds(boxes: impl IntoIterator<Item = Rect>) -> Option<Rect> {
    let mut it = boxes.into_iter();
    let (x, y, w, h) = it.next()?;
    let (mut x0, mut y0, mut x1, mut y1) = (x, y, x + w, y + h);
    for (x, y, w, h) in it {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x + w);
        y1 = y1.max(y + h);
    }
    Some((x0, y0, x1 - x0, y1 - y0))
}

/// The zoom and pan that show `target` as large as fits, centred, never above `max_zoom`.
pub fn zoom_to(target: Rect, (vw, vh): (f64, f64), max_zoom: f64) -> (f64, (f64, f64)) {
    let (x, y, w, h) = target;
    let pad = 48.0;
    let z = ((vw - pad) / w.max(1.0))
        .min((vh - pad) / h.max(1.0))
        .clamp(0.05, max_zoom);
    (
        z,
        (vw / 2.0 - (x + w / 2.0) * z, vh / 2.0 - (y + h / 2.0) * z),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_fast_wheel_notch_zooms_at_most_a_quarter() {
        assert_eq!(zoom_factor(-1000.0), MAX_STEP);
        assert_eq!(zoom_factor(1000.0), 1.0 / MAX_STEP);
        let small = zoom_factor(-10.0);
        assert!(small > 1.0 && small < MAX_STEP);
        assert_eq!(wheel_pixels(3.0, 1, 800.0), 48.0);
        assert_eq!(wheel_pixels(1.0, 2, 800.0), 800.0);
    }

    #[test]
    fn zoom_to_centres_and_caps_the_zoom() {
        let (z, (px, py)) = zoom_to((100.0, 100.0, 10.0, 10.0), (800.0, 600.0), 2.0);
        assert_eq!(z, 2.0);
        assert_eq!((px + 105.0 * z, py + 105.0 * z), (400.0, 300.0));
        assert_eq!(
            bounds([(0.0, 0.0, 10.0, 10.0), (20.0, 5.0, 10.0, 30.0)]),
            Some((0.0, 0.0, 30.0, 35.0))
        );
        assert_eq!(bounds(std::iter::empty()), None);
    }
}
