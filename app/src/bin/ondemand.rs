//! Code loaded on demand: what a user reaches only when exporting or importing a file (the
//! ArchiMate and CSV writers with the CSV's findings column, the CSV and SVG readers, with
//! quick-xml and csv under them), kept out of every page's first load.
//!
//! Trunk builds this binary as a second wasm module (`data-type="worker"` with wasm-bindgen's
//! `web` target, so no page loads it by itself: `ondemand.js` and `ondemand_bg.wasm`), and
//! `app/src/on_demand.rs` imports it the first time one of these functions is called. Every
//! function takes and returns text or bytes: the two modules share no memory, and a framework
//! crosses as its `khung/framework@1` JSON. An `Err` becomes the thrown error's message.
//!
//! To move another rarely used feature here, export a function below and call it through
//! `on_demand::call`.

// wasm-bindgen exports must be `pub` in this binary crate.
#![allow(unreachable_pub)]

use model::catalogue::{Catalogue, Date};
use model::document::Kind;
use wasm_bindgen::prelude::*;

fn main() {}

fn framework(json: &str) -> Result<model::document::Document, String> {
    model::io::json::read(json).map_err(|e| e.in_file("framework"))
}

fn day(iso: &str) -> Result<Date, String> {
    Date::parse(iso).ok_or_else(|| format!("not a date (YYYY-MM-DD): {iso}"))
}

/// The ArchiMate exchange file of `framework`, with platforms operational as of `on`
/// (`YYYY-MM-DD`).
#[wasm_bindgen]
pub fn archimate(framework_json: &str, on: &str) -> Result<String, String> {
    let doc = framework(framework_json)?;
    Ok(model::export::archimate::write(
        &Catalogue::get().as_of(day(on)?),
        &doc,
    ))
}

/// The CSV inventory of `framework`, with a findings column: what the rules find with
/// platforms operational as of `on` (`YYYY-MM-DD`, the day chosen on the roadmap).
#[wasm_bindgen]
pub fn csv(framework_json: &str, on: &str) -> Result<String, String> {
    let doc = framework(framework_json)?;
    let findings = model::rules::check(&doc, &Catalogue::get().as_of(day(on)?));
    let cell = |c: &model::document::Component| {
        findings
            .iter()
            .filter(|f| f.component == c.id)
            .map(|f| {
                let platform = f.platform.clone().unwrap_or_default();
                format!("{} {platform}: {}", f.severity.as_str(), f.rule)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    Ok(model::export::csv::write(&doc, Some(&cell)))
}

/// Reads a file the user picked (framework JSON, an SVG exported by Khung, or a CSV inventory
/// for an agency of `kind` named `agency`) and returns its framework as JSON, or the reader's
/// message naming line and field.
#[wasm_bindgen]
pub fn read_file(name: &str, bytes: &[u8], kind: &str, agency: &str) -> Result<String, String> {
    let kind = Kind::parse(kind).ok_or_else(|| format!("unknown agency kind {kind}"))?;
    model::io::read_file(name, bytes, kind, agency)
        .map(|doc| model::io::json::write(&doc))
        .map_err(|e| e.in_file(name))
}
