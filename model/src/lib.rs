//! Khung's engine.
//!
//! Everything a user can see or check is decided here, natively testable and free of any web
//! dependency, so that the browser app, the `khung` command line and the tests all share one
//! truth. Data flows one way: catalogue/document → layout → scene → SVG.

pub mod captions;
pub mod catalogue;
pub mod command;
pub mod compose;
pub mod diff;
pub mod document;
pub mod dot;
pub mod export;
pub mod history;
pub mod import_into;
pub mod io;
pub mod layout;
pub mod legend;
pub mod merge;
pub mod minimap;
pub mod portfolio;
pub mod quality;
#[cfg(feature = "report")]
pub mod report;
pub mod rules;
pub mod scene;
pub mod search;
pub mod sort;
pub mod svg;
pub mod synth;
pub mod text;
pub mod versions;
pub mod viewport;
pub mod views;

pub use catalogue::Catalogue;

/// The version the CLI and the app show, so that a user can tell which build made an export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
