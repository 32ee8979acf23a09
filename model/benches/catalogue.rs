//! Start-up cost of the catalogue: making it (`Catalogue::load`, what the app does once before
//! drawing its first diagram) and the copy with today's operational flags (`Catalogue::as_of`),
//! natively. `cargo bench -p model --bench catalogue` prints the figures for the command line
//! and the editor page (the static tables copied, the six reference seeds parsed from JSON);
//! with `--no-default-features --features catalogue-texts`, `load` is index.html's (the static
//! tables with every field, nothing parsed); with `--no-default-features`, the embed's (only
//! the drawing fields).

use model::catalogue::Date;
use model::Catalogue;

fn main() {
    divan::main();
}

#[divan::bench]
fn load() -> Catalogue {
    Catalogue::load().unwrap()
}

#[divan::bench]
fn as_of_a_day(b: divan::Bencher) {
    let cat = Catalogue::get();
    let day = Date {
        year: 2027,
        month: 1,
        day: 1,
    };
    b.bench(|| cat.as_of(day));
}
