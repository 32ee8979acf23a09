//! Exports of a framework for other tools: an SVG that carries its own framework, a CSV
//! inventory for spreadsheets, and an ArchiMate model for enterprise-architecture tools.
//!
//! Every export is a pure function of the document (and, where a picture is involved, of the
//! scene the one layout path makes), returning text; writing files is the caller's business, so
//! the browser app and the `khung` command line share these functions. Each wire format is
//! written by its own module and escapes all user text through a library (quick-xml, csv), so a
//! hostile name stays text in every export.

pub mod archimate;
pub mod csv;
pub mod sheet;
pub mod svg;
