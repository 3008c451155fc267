#!/usr/bin/env bash
# Runs the extractor on each evaluation set in ../shared/eval and prints the scorer's figures.
# Skips cleanly when ../shared is absent. Usage: scripts/eval.sh SHARED_DIR NEWSGRAPH_BIN
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release/newsgraph}
eval_dir="$shared/eval"
if [ ! -f "$eval_dir/score.py" ]; then
  echo "eval: $eval_dir/score.py not found; skipping (the evaluation kit lives in ../shared)"
  exit 0
fi
work=.build/eval
rm -rf "$work" && mkdir -p "$work"
status=0
run_set() {
  local name=$1 gold=$2; shift 2
  echo "== $name"
  if ! "$bin" build --no-diagram --output "$work/$name" "$@" >/dev/null; then
    echo "eval: newsgraph build failed on $name"; status=1; return
  fi
  python3 "$eval_dir/score.py" --gold "$gold" --system "$work/$name/graph.json" || status=1
  echo
}
run_set seeds "$eval_dir/gold/seeds" seeds
for set in polnear-dev conll-dev; do
  if [ -d "$eval_dir/$set" ]; then
    run_set "$set" "$eval_dir/$set" "$eval_dir/$set"
  fi
done
exit $status
