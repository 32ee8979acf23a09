#!/usr/bin/env bash
# Writes bench/size.txt: each entry page's first load (gzip and brotli, against its budget), the
# time from navigation to the first diagram, and the largest items of the app's and the
# embed's wasm, read by twiggy from the wasm before wasm-opt (which still has function names).
# Installs twiggy if it is missing (about 3 minutes, once). Usage: scripts/bench-size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
if ! command -v twiggy >/dev/null; then
  echo "installing twiggy (the wasm size profiler), once" >&2
  cargo install twiggy --locked
fi
trunk build --release --offline
mkdir -p target
node scripts/size.mjs dist target/size.txt || true
node scripts/bench-first-diagram.mjs dist target/first-diagram.txt 7
# The same cargo builds Trunk ran (cached): the app, then the embed (no `editor` feature).
wasm=target/wasm32-unknown-unknown/release/app.wasm
cargo build -p app --release --target wasm32-unknown-unknown --locked -q
cp "$wasm" target/app-full.wasm
cargo build -p app --release --target wasm32-unknown-unknown --no-default-features --locked -q
cp "$wasm" target/app-embed.wasm
{
  cat target/size.txt
  echo
  cat target/first-diagram.txt
  echo
  echo "largest items of the app's wasm before wasm-opt (twiggy top -n 40 target/app-full.wasm):"
  twiggy top -n 40 target/app-full.wasm
  echo
  echo "largest items of the embed's wasm before wasm-opt (twiggy top -n 25 target/app-embed.wasm):"
  twiggy top -n 25 target/app-embed.wasm
} > bench/size.txt
echo "bench/size.txt written"
