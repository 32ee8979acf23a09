//! `layout-quality FILE.svg…`: the layout measures of each picture (Khung's, Graphviz's or
//! layout-rs's SVG), one tab-separated line per file, for `scripts/bench-layout.sh`.
//!
//! Columns: file, pass-throughs, crossing pairs, label overlaps, box overlaps, width, height,
//! labels left off the picture.

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: layout-quality FILE.svg…");
        return ExitCode::from(2);
    }
    for f in files {
        let text = match std::fs::read_to_string(&f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{f}: {e}");
                return ExitCode::from(2);
            }
        };
        match model::quality::read_svg(&text) {
            Ok(pic) => {
                let m = model::quality::measure(&pic);
                println!(
                    "{f}\t{}\t{}\t{}\t{}\t{:.0}\t{:.0}\t{}",
                    m.pass_throughs,
                    m.crossings,
                    m.label_overlaps,
                    m.box_overlaps,
                    m.width,
                    m.height,
                    m.hidden_labels
                );
            }
            Err(e) => {
                eprintln!("{f}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
