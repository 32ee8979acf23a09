//! The framework as an official document: what an agency issues as its digital architecture
//! framework (3090/QĐ-BKHCN Phần III), as a Word file to hand to its leadership and as a page
//! to print, both made from the framework itself so they never need retyping.
//!
//! [`content`] decides what the report says (one list of blocks); [`html`] and [`docx`] only
//! lay it out. The diagram is the SVG export ([`crate::export::svg::framework`]); the Word file
//! needs it as a PNG, which the command line makes with [`raster`] (feature `raster`) and the
//! browser with its canvas. Behind the `report` feature, so the app's first load carries none
//! of it: the app loads it on demand from its `extras` worker.

pub mod content;
pub mod docx;
pub mod html;
#[cfg(feature = "raster")]
pub mod raster;
pub mod sources;

pub use content::Input;

/// The print page of `input`, the diagram drawn as vector SVG.
pub fn html(input: &Input<'_>) -> String {
    let svg = crate::export::svg::framework(input.cat, input.doc);
    html::write(&content::build(input), &svg)
}

/// The Word file of `input`, with `diagram_png` (the diagram as PNG) as its figure; without
/// one, the figure is left out and its caption kept.
pub fn docx(input: &Input<'_>, diagram_png: Option<&[u8]>) -> Result<Vec<u8>, String> {
    docx::write(&content::build(input), diagram_png)
}
