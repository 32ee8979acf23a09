//! Today's date from the browser's clock, for "operational today" and overlap severity.

use model::catalogue::{Catalogue, Date};

/// Today in the user's time zone.
pub(crate) fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() as u8 + 1,
        day: d.get_date() as u8,
    }
}

thread_local! {
    /// Today's catalogue, and whether it holds the reference seeds (`references.rs`): computed
    /// once per page load, and once more when index.html has fetched the references.
    static TODAY: std::cell::Cell<Option<(bool, &'static Catalogue)>> = const { std::cell::Cell::new(None) };
}

/// The catalogue with operational flags as of today.
pub(crate) fn catalogue() -> &'static Catalogue {
    let full = crate::references::loaded();
    TODAY.with(|cell| match cell.get() {
        Some((with_references, cat)) if with_references == full => cat,
        _ => {
            let cat: &'static Catalogue =
                Box::leak(Box::new(crate::references::catalogue().as_of(today())));
            cell.set(Some((full, cat)));
            cat
        }
    })
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
                let c = std::rc::Rc::new(crate::references::catalogue().as_of(day));
                *cell = Some((day, c.clone()));
                c
            }
        }
    })
}
