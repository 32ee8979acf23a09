#!/usr/bin/env bash
# Runs every Khung test: style checks (rustfmt, clippy native and wasm32), native model tests,
# the model's wasm32 build, wasm-bindgen tests in headless Chromium, the first-load size budgets,
# and the end-to-end tests against the release bundle. Installs what is missing. Figures go to
# target/ (size.txt, browser.txt, first-diagram.txt); scripts/bench.sh updates bench/ when asked.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
step() { printf '\n== %s ==\n' "$*"; }

step "style: rustfmt, and clippy with warnings as errors (native and wasm32; the editor, viewer and embed builds, the extras worker, the wasm-split tool)"
cargo fmt --all --check
cargo clippy -p model --all-targets --locked -- -D warnings
cargo clippy -p app --locked -- -D warnings
cargo clippy -p model --lib --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p embed --all-targets --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --no-default-features --features lazy --locked -- -D warnings
cargo clippy -p wasm-split-tool --locked -- -D warnings
cargo clippy -p extras --target wasm32-unknown-unknown --locked -- -D warnings

step "native tests (model, khung CLI)"
cargo test -p model --locked

step "overlap judgement on the development and blind sets (figures in target/overlap-quality.txt)"
scripts/bench-overlap.sh

step "layout quality against Graphviz dot (writes target/layout-quality.txt; fails on a missed goal)"
scripts/bench-layout.sh

step "model builds for wasm32 (as the app links it: no report, no raster)"
cargo build -p model --lib --target wasm32-unknown-unknown --locked --no-default-features

step "the Word report opens in LibreOffice (title, agency, components, findings, citations)"
scripts/test-report.sh

step "wasm-bindgen tests in headless Chromium"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
(cd app && cargo test --target wasm32-unknown-unknown --locked)
(cd embed && cargo test --target wasm32-unknown-unknown --locked)

step "release bundle (index.html, editor.html, embed.html, the extras worker), and the first-load budgets (writes target/size.txt)"
trunk build --release --offline
node scripts/size.mjs dist target/size.txt

step "browser timing: one edit of a 300-component framework (writes target/browser.txt)"
cargo run -q -p model --bin khung --locked -- sample --components 300 > target/sample-300.json
node scripts/bench-browser.mjs dist target/sample-300.json target/browser.txt

step "browser timing: navigation to the first diagram (writes target/first-diagram.txt)"
node scripts/bench-first-diagram.mjs dist target/first-diagram.txt 3

step "the README's serve command answers on http://127.0.0.1:8080 with its CSP"
scripts/serve.sh > target/serve.log 2>&1 &
serve_pid=$!
ok=0
for _ in $(seq 120); do
  if node -e "fetch('http://127.0.0.1:8080/').then(r => r.text()).then(t => process.exit(t.includes('Content-Security-Policy') ? 0 : 1), () => process.exit(1))" 2>/dev/null; then ok=1; break; fi
  sleep 1
done
pkill -P "$serve_pid" 2>/dev/null || true
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
if [ "$ok" != 1 ]; then
  tail -20 target/serve.log
  echo "scripts/serve.sh did not serve the app with its CSP"; exit 1
fi
echo "serve: the app answers on 127.0.0.1:8080"

step "end-to-end tests in headless Chromium"
node tests/e2e/run.mjs dist
