#!/usr/bin/env bash
# Updates the figures in bench/ when asked. The test command writes its own figures to target/
# and leaves bench/ alone, so that a test run never changes tracked files.
#
# Usage: scripts/bench.sh [FIGURE…]   (no argument: all of them)
#   render     cargo bench -p model --bench render    → bench/render.txt
#   check      cargo bench -p model --bench check     → bench/check.txt
#   report     cargo bench -p model --bench report    → bench/report.txt
#   vs-dot     scripts/bench-vs-dot.sh                → bench/vs-dot.txt
#   layout     scripts/bench-layout.sh --write        → bench/layout-quality.txt
#   overlap    scripts/bench-overlap.sh --write       → bench/overlap.txt
#   portfolio  scripts/bench-portfolio.sh             → bench/portfolio.txt
#   browser    scripts/bench-browser.mjs              → bench/browser.txt
#   size       scripts/bench-size.sh                  → bench/size.txt
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
what=("$@")
[ ${#what[@]} -gt 0 ] || what=(render check report vs-dot layout overlap portfolio browser size)
for w in "${what[@]}"; do
  case "$w" in
    render | check | report)
      cargo bench -p model --bench "$w" --locked > "target/bench-$w.txt"
      cp "target/bench-$w.txt" "bench/$w.txt" ;;
    vs-dot) scripts/bench-vs-dot.sh ;;
    layout) scripts/bench-layout.sh --write ;;
    overlap) scripts/bench-overlap.sh --write ;;
    portfolio) scripts/bench-portfolio.sh ;;
    browser)
      scripts/setup.sh --browser
      trunk build --release --offline
      cargo run -q -p model --bin khung --locked -- sample --components 300 > target/sample-300.json
      node scripts/bench-browser.mjs dist target/sample-300.json bench/browser.txt ;;
    size) scripts/bench-size.sh ;;
    *) echo "scripts/bench.sh: unknown figure '$w' (render, check, report, vs-dot, layout, overlap, portfolio, browser, size)" >&2; exit 2 ;;
  esac
  echo "bench: $w updated"
done
