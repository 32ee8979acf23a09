//! Layout plus SVG rendering of synthetic frameworks of 100, 1000 and 5000 components with
//! about 1.5 connections each, and the redraw after one edit. `cargo bench -p model` prints the
//! figures.

use model::document::Component;
use model::svg::{Parts, Svg};
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

/// What the editor redraws after one edit: a component added to a layer (rows shift), laid out
/// and rendered reusing the markup of the render before it.
#[divan::bench(args = [300, 1000], sample_count = 30)]
fn layout_and_parts_after_one_edit(bencher: divan::Bencher, n: usize) {
    let cat = Catalogue::get();
    let before = synth::framework(n, 1.5);
    let prev = Parts::of(&framework::scene(cat, &before));
    let mut after = before.clone();
    after
        .components
        .insert(n / 2, Component::new("added", "Hệ thống thêm mới", 2));
    bencher.bench(|| {
        let scene = framework::scene(cat, divan::black_box(&after));
        Parts::of_reusing(&scene, Some(&prev)).nodes.len()
    });
}
