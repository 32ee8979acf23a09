//! With the `lazy` feature, links the app's wasm with its relocations kept (`--emit-relocs`):
//! the split step (tools/wasm-split) reads them to move a split point's code into its chunk.
//! Only the final link changes, so the dependencies' builds are shared with the other pages'.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_LAZY").is_some() {
        println!("cargo:rustc-link-arg-bin=app=--emit-relocs");
    }
}
