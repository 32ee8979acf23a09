//! The catalogue as of today in the reader's time zone: platforms are drawn operational or not
//! as they are today, as in the app.

use model::catalogue::{Catalogue, Date};
use std::sync::OnceLock;

/// Today, from the browser's clock.
fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() as u8 + 1,
        day: d.get_date() as u8,
    }
}

/// The catalogue with operational flags as of today, made once.
pub fn catalogue() -> &'static Catalogue {
    static TODAY: OnceLock<Catalogue> = OnceLock::new();
    TODAY.get_or_init(|| Catalogue::get().as_of(today()))
}
