#!/usr/bin/env bash
# Layout quality of Khung against Graphviz `dot -Tsvg` on Khung's own DOT export, measured on the
# drawn SVGs by the same code (`layout-quality`, model/src/quality.rs): connections through
# boxes that are not their ends, crossing pairs, labels over boxes or labels, size, and the whole
# process's time. Graphs: `khung sample` of 40, 300 and 1000 components and the connected
# provincial framework of model/tests/data/provincial_connected.csv.
# Writes target/layout-quality.txt (bench/layout-quality.txt with --write) and exits 1 when Khung misses a goal: a pass-through or a
# label overlap on any graph, or more crossings than dot on any graph; whether Khung took at most a
# fifth of dot's time at 1000 components is written down, not enforced.
# Usage: scripts/bench-layout.sh [--write] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
report=target/layout-quality.txt
if [ "${1:-}" = "--write" ]; then report=bench/layout-quality.txt; shift; fi
runs=${1:-3}
mkdir -p target
command -v dot >/dev/null || { echo "Graphviz 'dot' is missing (scripts/setup.sh --browser installs it)" >&2; exit 1; }
cargo build --release --locked -q -p model --bin khung --bin layout-quality --example layout_rs
khung=target/release/khung
measure=target/release/layout-quality
layout_rs=target/release/examples/layout_rs
# layout-rs takes 42 s on 300 components and did not finish 1000 in 300 s: it is measured once,
# on the graphs up to this size.
layout_rs_max=300
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median of RUNS wall-clock timings of "$@" (stdout to $out), in milliseconds.
time_ms() {
  local out=$1; shift
  local samples=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > "$out"
    t1=$(date +%s%N)
    samples+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

for n in 40 300 1000; do $khung sample --components "$n" > "$work/sample-$n.json"; done
$khung export model/tests/data/provincial_connected.csv --format json > "$work/provincial.json"

fail=0
timing=""
table="$work/table"
printf '%-12s %-9s %6s %9s %6s %6s %8s %8s %8s\n' graph tool pass cross labels hidden width height ms > "$table"
for g in provincial sample-40 sample-300 sample-1000; do
  $khung export "$work/$g.json" --format dot > "$work/$g.dot"
  kt=$(time_ms "$work/$g.khung.svg" "$khung" export "$work/$g.json" --format svg)
  dt=$(time_ms "$work/$g.dot.svg" dot -Tsvg "$work/$g.dot")
  read -r _ kp kc kl kb kw kh kx < <($measure "$work/$g.khung.svg")
  read -r _ dp dc dl db dw dh _ < <($measure "$work/$g.dot.svg")
  printf '%-12s %-9s %6s %9s %6s %6s %8s %8s %8s\n' "$g" khung "$kp" "$kc" "$kl" "$kx" "$kw" "$kh" "$kt" >> "$table"
  printf '%-12s %-9s %6s %9s %6s %6s %8s %8s %8s\n' "$g" dot "$dp" "$dc" "$dl" - "$dw" "$dh" "$dt" >> "$table"
  if [ "${g#sample-}" = "$g" ] || [ "${g#sample-}" -le "$layout_rs_max" ]; then
    lt=$(runs=1 time_ms "$work/$g.lrs.svg" "$layout_rs" "$work/$g.dot")
    read -r _ lp lc ll lb lw lh _ < <($measure "$work/$g.lrs.svg")
    printf '%-12s %-9s %6s %9s %6s %6s %8s %8s %8s\n' "$g" layout-rs "$lp" "$lc" "$ll" - "$lw" "$lh" "$lt" >> "$table"
  else
    printf '%-12s %-9s %6s %9s %6s %6s %8s %8s %8s\n' "$g" layout-rs - - - - - - ">300000" >> "$table"
  fi
  if [ "$kp" -gt 0 ] || [ "$kl" -gt 0 ] || [ "$kb" -gt 0 ]; then
    echo "GOAL MISSED on $g: $kp pass-throughs, $kl label overlaps, $kb box overlaps (all must be 0)" >&2; fail=1
  fi
  if [ "$kc" -gt "$dc" ]; then
    echo "GOAL MISSED on $g: $kc crossing pairs, more than dot's $dc" >&2; fail=1
  fi
  # The time goal is reported, not enforced: a whole-process time on a shared machine is no
  # verdict (the brief: speed is proved by benchmarks that write their figures).
  if [ "$g" = sample-1000 ] && [ $(( kt * 5 )) -gt "$dt" ]; then
    timing="time goal MISSED on $g: Khung $kt ms, more than a fifth of dot's $dt ms"
    echo "$timing" >&2
  elif [ "$g" = sample-1000 ]; then
    timing="time goal met on $g: Khung $kt ms, at most a fifth of dot's $dt ms"
  fi
done

mkdir -p bench
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores; $(dot -V 2>&1)"
  echo "command: scripts/bench-layout.sh $runs"
  echo "pass = (connection, box) pairs where a connection enters a box that is not one of its ends;"
  echo "cross = pairs of connections whose drawn lines cross (curves sampled, not counting where two"
  echo "lines of one box meet at it); labels = connection labels over a box, a band title or another"
  echo "label; hidden = labels Khung found no free place for (no box, title, label or other line"
  echo "under them) and left as the connection's tooltip; width and height in each SVG's user"
  echo "units; ms = whole process, median of $runs runs."
  echo "Graphs: provincial = model/tests/data/provincial_connected.csv ($(grep -c -- '->' "$work/provincial.dot") connections),"
  echo "sample-N = khung sample --components N (1.5 connections per component, one in three labelled)."
  echo "layout-rs = layout-rs 0.1.3 on the same DOT (model/examples/layout_rs.rs), one run; its SVG"
  echo "marks neither nodes nor edges, so a line's ends are the boxes nearest its first and last points."
  echo
  cat "$table"
  [ -z "$timing" ] || { echo; echo "$timing"; }
} > "$report"
cat "$report"
exit $fail
