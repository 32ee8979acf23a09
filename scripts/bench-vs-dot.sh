#!/usr/bin/env bash
# Times `khung export --format svg` against Graphviz `dot -Tsvg` on khung's own DOT export of the
# same synthetic framework (1000 components, 1.5 connections each), in one run, and writes the
# figures to bench/vs-dot.txt. Usage: scripts/bench-vs-dot.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-5}
command -v dot >/dev/null || { echo "Graphviz 'dot' is missing (scripts/setup.sh --browser installs it)" >&2; exit 1; }
cargo build --release --bin khung --locked -q
khung=target/release/khung
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$khung sample --components "$n" > "$work/f.json"
$khung export "$work/f.json" --format dot > "$work/f.dot"

# Median of RUNS wall-clock timings, in milliseconds.
time_ms() {
  local samples=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    samples+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

k=$(time_ms "$khung" export "$work/f.json" --format svg)
d=$(time_ms dot -Tsvg "$work/f.dot")
mkdir -p bench
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "graph: $n components, $(grep -c -- '->' "$work/f.dot") connections (khung sample)"
  echo "machine: $(nproc) cores; $(dot -V 2>&1)"
  echo "khung export --format svg: ${k} ms (median of $runs, whole process)"
  echo "dot -Tsvg on khung's DOT:  ${d} ms (median of $runs, whole process)"
  awk -v k="$k" -v d="$d" 'BEGIN { printf "ratio dot/khung: %.1fx\n", (k > 0 ? d / k : d) }'
} | tee bench/vs-dot.txt
