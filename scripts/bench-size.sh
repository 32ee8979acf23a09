#!/usr/bin/env bash
# Writes bench/size.txt: each entry page's first load (gzip and brotli, against its budget), the
# time from navigation to the first diagram, and the largest items of the app's, the editor
# page's and the embed's wasm, read by twiggy from the wasm before wasm-opt (which still has function names).
# Installs twiggy if it is missing (about 3 minutes, once).
# Usage: scripts/bench-size.sh [--no-build]   (--no-build: measure the bundle already in dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
if ! command -v twiggy >/dev/null; then
  echo "installing twiggy (the wasm size profiler), once" >&2
  cargo install twiggy --locked
fi
[ "${1:-}" = "--no-build" ] || trunk build --release --offline
mkdir -p target
node scripts/size.mjs dist target/size.txt || true
node scripts/bench-first-diagram.mjs dist target/first-diagram.txt 5
# The same cargo builds Trunk ran (cached): the app (viewer), the editor page (default
# features), the embed (the embed crate's page module).
wasm=target/wasm32-unknown-unknown/release/app.wasm
cargo build -p app --bin app --release --target wasm32-unknown-unknown --no-default-features --features viewer --locked -q
cp "$wasm" target/app-viewer.wasm
cargo build -p app --bin app --release --target wasm32-unknown-unknown --locked -q
cp "$wasm" target/app-editor.wasm
cargo build -p embed --bin embed --release --target wasm32-unknown-unknown --locked -q
cp target/wasm32-unknown-unknown/release/embed.wasm target/app-embed.wasm
{
  cat target/size.txt
  echo
  cat target/first-diagram.txt
  echo
  echo "largest items of the app's wasm (index.html) before wasm-opt (twiggy top -n 40):"
  twiggy top -n 40 target/app-viewer.wasm
  echo
  echo "largest items of the editor page's wasm before wasm-opt (twiggy top -n 25):"
  twiggy top -n 25 target/app-editor.wasm
  echo
  echo "largest items of the embed's wasm before wasm-opt (twiggy top -n 25):"
  twiggy top -n 25 target/app-embed.wasm
} > bench/size.txt
echo "bench/size.txt written"
