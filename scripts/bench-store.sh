#!/usr/bin/env bash
# Times the SQLite store: `add` of the 840 PolNeAR training texts into a new store, an incremental `add`
# of 10 more articles (PolNeAR dev texts), and the latency of `said --by "Donald Trump" --store`.
# Usage: scripts/bench-store.sh SHARED_DIR NEWSGRAPH_BIN
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release/newsgraph}
work=.build/bench
mkdir -p "$work"
corpus="$shared/corpus/polnear-train"
more="$shared/eval/polnear-dev"
if [ ! -d "$corpus" ] || [ ! -d "$more" ]; then
  echo "bench store: $corpus or $more not found; skipping the store benchmark"
  exit 0
fi
store="$work/news.sqlite"
rm -f "$store" "$store-wal" "$store-shm" "$store-journal"
echo "== store"
"$bin" add --stats --store "$store" "$corpus" 2>&1 >/dev/null | grep '^bench:' | sed 's/^bench:/bench store add 840:/'
mapfile -t ten < <(ls "$more"/*.txt | sort | head -10)
"$bin" add --stats --store "$store" "${ten[@]}" 2>&1 >/dev/null | grep '^bench:' | sed 's/^bench:/bench store add 10 more:/'
for i in 1 2 3; do
  start=$(date +%s%N)
  "$bin" said --store "$store" --by "Donald Trump" >/dev/null
  end=$(date +%s%N)
  echo "bench store said --by \"Donald Trump\" run $i: $(( (end - start) / 1000000 )) ms"
done
