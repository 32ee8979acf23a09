//! What the embed's two wasm modules share: the embed page (`src/main.rs`) and its framework
//! worker (`src/bin/embed_frameworks.rs`), which reads framework JSON on demand so that the
//! page's first load carries no JSON reader.

pub mod drawing;
pub mod today;
