#!/usr/bin/env bash
# Times `newsgraph build` over the PolNeAR training texts (when ../shared is present) and over seeds/.
# Prints documents/s, words/s, peak memory and the diagram's layout+render time (from --stats).
# Usage: scripts/bench.sh SHARED_DIR NEWSGRAPH_BIN
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release/newsgraph}
work=.build/bench
mkdir -p "$work"
bench() {
  local name=$1; shift
  local best=""
  echo "== $name"
  # Three runs; the last line of each is the summary; report all so the spread is visible.
  for i in 1 2 3; do
    "$bin" build --stats --output "$work/$name" "$@" 2>&1 >/dev/null | grep '^bench:' | sed "s/^bench:/bench $name run $i:/"
  done
}
corpus="$shared/corpus/polnear-train"
if [ -d "$corpus" ]; then
  bench polnear-train "$corpus"
else
  echo "bench: $corpus not found; skipping the corpus benchmark"
fi
bench seeds seeds
