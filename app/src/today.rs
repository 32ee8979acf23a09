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
