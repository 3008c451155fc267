#!/usr/bin/env bash
# Times `newsgraph build` over the PolNeAR training texts (when ../shared is present), over 10x that corpus
# (copies under new names), over seeds/, and over the hostile one-document cases (scripts/hostile.py) at
# full and half size, printing the full/half time ratio (about 2 for twice the input means linear).
# Prints documents/s, words/s, peak memory and the diagram's layout+render time (from --stats).
# Usage: scripts/bench.sh SHARED_DIR NEWSGRAPH_BIN   (BENCH_QUICK=1 skips the 10x corpus)
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release/newsgraph}
work=.build/bench
mkdir -p "$work"
bench() {
  local name=$1; shift
  echo "== $name"
  # Three runs; the last line of each is the summary; report all so the spread is visible.
  for i in 1 2 3; do
    /usr/bin/time -f "time $name run $i: %e s wall, %U s user, %S s sys, %M KB peak" \
      "$bin" build --stats --output "$work/$name" "$@" 2>&1 >/dev/null | grep -E '^(bench|time)' | sed "s/^bench:/bench $name run $i:/"
  done
}
# One timed run; prints the wall seconds on stdout, the details on stderr.
once() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "  $name: %e s wall, %U s user, %S s sys, %M KB peak" "$bin" build --no-diagram --output "$work/$name" "$@" >/dev/null 2>"$work/$name.err"
  t1=$(date +%s.%N)
  tail -1 "$work/$name.err" >&2
  echo "$t1 - $t0" | bc -l
}
corpus="$shared/corpus/polnear-train"
if [ -d "$corpus" ]; then
  bench polnear-train "$corpus"
  if [ -z "${BENCH_QUICK:-}" ]; then
    big="$work/corpus-10x"
    if [ ! -d "$big" ]; then
      mkdir -p "$big"
      for k in 0 1 2 3 4 5 6 7 8 9; do
        for f in "$corpus"/*.txt; do cp "$f" "$big/x${k}_$(basename "$f")"; done
      done
    fi
    echo "== corpus 10x ($(ls "$big" | wc -l) documents)"
    once corpus-10x "$big" >/dev/null
    # Reading a big graph back: `entities` on the 10x graph.json, its peak memory against the file's size.
    g="$work/corpus-10x/graph.json"
    /usr/bin/time -f "%e %M" "$bin" entities "$g" --limit 1 >/dev/null 2>"$work/entities-10x.err"
    read -r secs kb < <(tail -1 "$work/entities-10x.err")
    bytes=$(stat -c %s "$g")
    printf "  entities on the 10x graph.json (%d MB): %s s wall, %d MB peak = %.2f x the file\n" \
      $((bytes / 1000000)) "$secs" $((kb * 1024 / 1000000)) "$(echo "$kb * 1024 / $bytes" | bc -l)"
  fi
  echo "== hostile cases (full vs half size)"
  python3 scripts/hostile.py "$corpus" "$work/hostile-full" 1
  python3 scripts/hostile.py "$corpus" "$work/hostile-half" 0.5
  for c in joined-1mb joined-2mb joined-10mb names quotes nested oneline; do
    full=$(once "$c-full" "$work/hostile-full/$c")
    half=$(once "$c-half" "$work/hostile-half/$c")
    printf "ratio %s: full %.2f s / half %.2f s = %.2f\n" "$c" "$full" "$half" "$(echo "$full / $half" | bc -l)"
  done
else
  echo "bench: $corpus not found; skipping the corpus benchmarks"
fi
bench seeds seeds
