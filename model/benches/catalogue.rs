//! Start-up cost of the catalogue: parsing the embedded seed JSON (`Catalogue::load`, what the
//! app does once before drawing its first diagram) and the copy with today's operational flags
//! (`Catalogue::as_of`), natively. `cargo bench -p model --bench catalogue` prints the figures;
//! with `--no-default-features`, `load` is the embed's: the drawing catalogue made from static
//! data (`catalogue::drawn`), nothing parsed.

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
