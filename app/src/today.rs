//! Today's date from the browser's clock, for "operational today" and overlap severity.

use model::catalogue::{Catalogue, Date};
use std::sync::OnceLock;

/// Today in the user's time zone.
pub(crate) fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() as u8 + 1,
        day: d.get_date() as u8,
    }
}

/// The catalogue with operational flags as of today, computed once per page load.
pub(crate) fn catalogue() -> &'static Catalogue {
    static TODAY: OnceLock<Catalogue> = OnceLock::new();
    TODAY.get_or_init(|| Catalogue::get().as_of(today()))
}

thread_local! {
    static ON: std::cell::RefCell<Option<(Date, std::rc::Rc<Catalogue>)>> = const { std::cell::RefCell::new(None) };
}

/// The catalogue with operational flags as of `day` (the day chosen on the roadmap), cached
/// for the last day asked, since findings are recomputed on every edit.
pub(crate) fn catalogue_on(day: Date) -> std::rc::Rc<Catalogue> {
    ON.with(|cell| {
        let mut cell = cell.borrow_mut();
        match &*cell {
            Some((d, c)) if *d == day => c.clone(),
            _ => {
                let c = std::rc::Rc::new(Catalogue::get().as_of(day));
                *cell = Some((day, c.clone()));
                c
            }
        }
    })
}
