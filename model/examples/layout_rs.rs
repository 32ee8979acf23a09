//! Draws a DOT file with layout-rs (the design card's layout crate), for
//! `scripts/bench-layout.sh` to measure beside Khung and Graphviz:
//! `cargo run --release --example layout_rs -- FILE.dot > FILE.svg`.

use layout::backends::svg::SVGWriter;
use layout::gv::{DotParser, GraphBuilder};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: layout_rs FILE.dot");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut parser = DotParser::new(&text);
    let graph = match parser.process() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    let mut builder = GraphBuilder::new();
    builder.visit_graph(&graph);
    let mut visual = builder.get();
    let mut svg = SVGWriter::new();
    visual.do_it(false, false, false, &mut svg);
    print!("{}", svg.finalize());
    ExitCode::SUCCESS
}
