#!/usr/bin/env bash
# Times `khung portfolio` over N synthetic agencies' frameworks of C components each (default
# 4,000 × 100: the whole political system), reading every file, running every rule and finding
# the shared-platform candidates, and writes the wall-clock time and peak memory (GNU time's
# maximum resident set size) to bench/portfolio.txt. The goal is ≤ 30 s on a 2-core machine.
# Usage: scripts/bench-portfolio.sh [N] [C]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-4000}
c=${2:-100}
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is missing: apt-get install time" >&2; exit 1; }
cargo build --release --bin khung --example portfolio_corpus -p model --locked -q
khung=target/release/khung
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/portfolio_corpus "$work/frameworks" "$n" "$c"
/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$khung" portfolio "$work/frameworks" --format json \
  > "$work/out.json"
read -r secs user sys kib < "$work/time"
agencies=$(grep -c '"file":' "$work/out.json" || true)
candidates=$(awk '/"shared_candidates": \[/{on=1} on && /"key":/{n++} /"criteria": \[/{on=0} END{print n+0}' "$work/out.json")
overlaps=$(grep -c '"component_id":' "$work/out.json" || true)
mkdir -p bench
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "input: $n frameworks of $c components, 1.5 connections each (model::synth::agency_framework, seeds 1..$n)"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "khung portfolio --format json: ${secs} s wall clock (${user} s user, ${sys} s system), peak memory $((kib / 1024)) MiB"
  echo "found: $agencies agencies, $overlaps overlaps, $candidates shared-platform candidates"
  echo "goal: ≤ 30 s"
} | tee bench/portfolio.txt
