#!/usr/bin/env bash
# For developers: where does one edit's time go in the browser? Builds a bundle that keeps the
# wasm function names (no wasm-opt), then profiles the edit scripts/bench-browser.mjs times
# (undo/redo of one component in a 300-component framework) and prints self and inclusive time
# per function and the browser's style, layout and paint. Extra arguments go to
# scripts/profile-browser.mjs (the number of edits); ALL=N also lists the N costliest frames.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
trap 'rm -f app/profile.html' EXIT
sed 's/data-wasm-opt="z"/data-wasm-opt="0" data-keep-debug="true"/' app/index.html > app/profile.html
trunk build --release --offline --dist target/profile-dist app/profile.html
cargo run -q --release -p model --bin khung --locked -- sample --components 300 > target/sample-300.json
node scripts/profile-browser.mjs target/profile-dist target/sample-300.json "$@"
