//! Work that waits until things settle: a burst of edits (a drag, a run of undo steps) is
//! followed by one autosave or one minimap redraw, not one per step, and never in the frame
//! that shows the edit.

use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::time::Duration;

/// Runs the last function given to [`Debounce::schedule`] once no other has come for `delay`.
#[derive(Clone, Copy)]
pub(crate) struct Debounce {
    timer: StoredValue<Option<Timeout>, LocalStorage>,
    delay: Duration,
}

impl Debounce {
    /// A debouncer that waits `delay` after the last call.
    pub(crate) fn new(delay: Duration) -> Self {
        Debounce {
            timer: StoredValue::new_local(None),
            delay,
        }
    }

    /// Runs `f` after the delay, instead of whatever was scheduled before.
    pub(crate) fn schedule(self, f: impl FnOnce() + 'static) {
        let ms = u32::try_from(self.delay.as_millis()).unwrap_or(u32::MAX);
        // Replacing the pending timeout drops it, which cancels it.
        // A timeout that has fired stays until the next one replaces it; clearing it then is
        // harmless.
        self.timer.set_value(Some(Timeout::new(ms, f)));
    }

    /// Drops what was scheduled, if it has not run yet.
    pub(crate) fn cancel(self) {
        if let Some(t) = self.timer.try_update_value(Option::take).flatten() {
            t.cancel();
        }
    }
}
