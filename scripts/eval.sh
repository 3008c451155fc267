#!/usr/bin/env bash
# Runs the extractor on each evaluation set in ../shared/eval and prints the scorer's figures:
# seeds, gold/polnear-full-dev, polnear-dev, conll-dev, and identity-dev (built together with the
# 840-article corpus, as users build large corpora). Skips cleanly when ../shared is absent.
# Usage: scripts/eval.sh SHARED_DIR NEWSGRAPH_BIN
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
build_set() {
  local name=$1; shift
  if ! "$bin" build --no-diagram --output "$work/$name" "$@" >/dev/null 2>"$work/$name.log"; then
    echo "eval: newsgraph build failed on $name (see $work/$name.log)"; status=1; return 1
  fi
}
score() {
  local title=$1 gold=$2 graph=$3
  echo "== $title"
  python3 "$eval_dir/score.py" --gold "$gold" --system "$graph" || status=1
  echo
}
if build_set seeds seeds; then score seeds "$eval_dir/gold/seeds" "$work/seeds/graph.json"; fi
if [ -d "$eval_dir/polnear-dev" ] && build_set polnear-dev "$eval_dir/polnear-dev"; then
  [ -d "$eval_dir/gold/polnear-full-dev" ] && score polnear-full-dev "$eval_dir/gold/polnear-full-dev" "$work/polnear-dev/graph.json"
  score polnear-dev "$eval_dir/polnear-dev" "$work/polnear-dev/graph.json"
fi
if [ -d "$eval_dir/conll-dev" ] && build_set conll-dev "$eval_dir/conll-dev"; then
  score conll-dev "$eval_dir/conll-dev" "$work/conll-dev/graph.json"
fi
corpus="$shared/corpus/polnear-train"
if [ -f "$eval_dir/identity-dev/identity.py" ] && [ -d "$corpus" ]; then
  mkdir -p "$work/identity-in"
  cp "$corpus"/*.txt "$eval_dir/polnear-dev"/*.txt "$work/identity-in/"
  if build_set identity "$work/identity-in"; then
    echo "== identity-dev (built with the 840-article corpus)"
    python3 "$eval_dir/identity-dev/identity.py" --gold "$eval_dir/identity-dev/identity.json" \
      --system "$work/identity/graph.json" || status=1
  fi
fi
exit $status
