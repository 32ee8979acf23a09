//! The framework document of a 300-component framework, natively, as `khung report` makes it:
//! the rules, the layout, the SVG, the PNG (resvg, at most 3000 px a side) and the .docx; and the print HTML. The
//! issue's budget is 2 s for the Word file. `cargo bench -p model --bench report` prints the
//! figures (kept in `bench/report.txt`).

use model::catalogue::Date;
use model::{report, synth, Catalogue};

fn main() {
    divan::main();
}

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 29,
};

#[divan::bench(args = [300], sample_count = 10)]
fn docx_with_picture(n: usize) -> usize {
    let doc = synth::framework(n, 1.5);
    let cat = Catalogue::get().as_of(DAY);
    let input = report::Input {
        doc: &doc,
        cat: &cat,
        day: DAY,
        today: DAY,
    };
    let svg = model::export::svg::framework(&cat, &doc);
    let png = report::raster::print_png(&svg).unwrap();
    report::docx(&input, Some(&png)).unwrap().len()
}

#[divan::bench(args = [300], sample_count = 10)]
fn html(n: usize) -> usize {
    let doc = synth::framework(n, 1.5);
    let cat = Catalogue::get().as_of(DAY);
    report::html(&report::Input {
        doc: &doc,
        cat: &cat,
        day: DAY,
        today: DAY,
    })
    .len()
}
