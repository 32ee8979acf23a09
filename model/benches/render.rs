//! Layout plus SVG rendering of synthetic frameworks of 100, 1000 and 5000 components with
//! about 1.5 connections each. `cargo bench -p model` prints the figures.

use model::svg::Svg;
use model::views::framework;
use model::{synth, Catalogue};

fn main() {
    divan::main();
}

#[divan::bench(args = [100, 1000, 5000], sample_count = 20)]
fn layout_and_svg(bencher: divan::Bencher, n: usize) {
    let cat = Catalogue::get();
    let doc = synth::framework(n, 1.5);
    bencher.bench(|| {
        Svg(&framework::scene(cat, divan::black_box(&doc)))
            .to_string()
            .len()
    });
}

#[divan::bench(args = [100, 1000, 5000], sample_count = 20)]
fn layout_only(bencher: divan::Bencher, n: usize) {
    let cat = Catalogue::get();
    let doc = synth::framework(n, 1.5);
    bencher.bench(|| framework::scene(cat, divan::black_box(&doc)).nodes.len());
}
