//! Splits a linked wasm (built with `--emit-relocs`) at its `#[lazy]` / `#[wasm_split]` points,
//! through the library cargo-leptos uses, so that Trunk's build can do what cargo-leptos does.
//! It writes the main module (for wasm-bindgen, run with `--keep-lld-exports`), one `.wasm` per
//! chunk, and the JS link file that fetches the chunks. scripts/split-wasm.mjs drives it.
//!
//! Usage: `khung-wasm-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS LINK_JS`, where `MAIN_JS`
//! is the wasm-bindgen glue's path as the link file imports it (`./app-1234.js`) and `LINK_JS`
//! is the link file's name in `OUT_DIR` as the main module imports it (`./app-1234-split.js`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, main_js, link_js] = args.as_slice() else {
        eprintln!("usage: khung-wasm-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS LINK_JS");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("khung-wasm-split: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = Path::new(out_dir);
    opts.main_out_path = Path::new(main_out);
    opts.main_module = main_js;
    opts.link_name = link_js;
    match wasm_split_cli_support::transform(opts) {
        Ok(split) => {
            for module in &split.split_modules {
                println!("{}", module.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("khung-wasm-split: splitting {input} failed: {e:?}");
            ExitCode::FAILURE
        }
    }
}
