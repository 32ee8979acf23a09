#!/usr/bin/env bash
# Measures how well the overlap judgement agrees with people: precision, recall and the
# false-alarm rate on the development sets (model/tests/data/overlap_labelled.json and
# overlap_dev2.json … overlap_dev10.json) and on the blind sets (overlap_blind*.json: aggregate
# figures only, never tune on them). Runs the quality test, which writes
# target/overlap-quality.txt and fails when precision or recall falls below 0.9 on any
# development set or below a blind set's regression floor (BLIND*_FLOOR in the test). With --write, the figures also go to bench/overlap.txt (do that when
# the engine changes).
# Usage: scripts/bench-overlap.sh [--write]
set -euo pipefail
cd "$(dirname "$0")/.."
write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    *) echo "usage: scripts/bench-overlap.sh [--write]" >&2; exit 2 ;;
  esac
done
rm -f target/overlap-quality.txt
status=0
cargo test -p model --test overlap_quality --locked -q -- --nocapture || status=$?
if [ ! -s target/overlap-quality.txt ]; then
  echo "the quality test wrote no figures (target/overlap-quality.txt)" >&2
  exit 1
fi
if [ "$write" = 1 ]; then
  # Lines starting "earlier" record figures of earlier engines; they are kept.
  earlier=$(grep '^earlier' bench/overlap.txt 2>/dev/null || true)
  {
    echo "Overlap judgement against hand-labelled inventory rows (scripts/bench-overlap.sh)"
    echo "engine: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%d)"
    echo
    cat target/overlap-quality.txt
    if [ -n "$earlier" ]; then
      echo
      echo "$earlier"
    fi
  } > bench/overlap.txt
  echo "wrote bench/overlap.txt"
fi
# The test's verdict.
exit "$status"
