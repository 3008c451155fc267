#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ against the model and extraction sources (swiftc
# -sanitize=fuzzer,address) and runs each for SECONDS on one job, one after the other.
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: pipeline graphjson lexicon curation)
# Crashes are written to .build/fuzz/<harness>/crash-*; corpora are kept in .build/fuzz/<harness>/corpus.
set -euo pipefail
seconds=${1:-600}; shift || true
harnesses=("$@"); [ ${#harnesses[@]} -eq 0 ] && harnesses=(pipeline graphjson lexicon curation)
work=.build/fuzz
mkdir -p "$work/lib"
flags=(-sanitize=fuzzer,address -parse-as-library -g -swift-version 6)
if [ ! -f "$work/lib/libNewsGraphExtraction.a" ] || [ -n "$(find Sources/NewsGraphModel Sources/NewsGraphExtraction -newer "$work/lib/libNewsGraphExtraction.a" -name '*.swift')" ]; then
  echo "fuzz: building the libraries (sanitized)…"
  swiftc "${flags[@]}" -emit-library -static -module-name NewsGraphModel -emit-module -emit-module-path "$work/lib/NewsGraphModel.swiftmodule" \
    -o "$work/lib/libNewsGraphModel.a" $(find Sources/NewsGraphModel -name '*.swift' | sort)
  swiftc "${flags[@]}" -emit-library -static -module-name NewsGraphExtraction -emit-module -emit-module-path "$work/lib/NewsGraphExtraction.swiftmodule" \
    -I "$work/lib" -o "$work/lib/libNewsGraphExtraction.a" $(find Sources/NewsGraphExtraction -name '*.swift' | sort)
fi
for h in "${harnesses[@]}"; do
  case $h in
    pipeline) src=Fuzz/PipelineFuzz.swift; seed=seeds ;;
    graphjson) src=Fuzz/GraphJSONFuzz.swift; seed=Tests/NewsGraphRenderTests/Golden ;;
    lexicon) src=Fuzz/LexiconFuzz.swift; seed=Sources/NewsGraphExtraction/Resources/lexicons ;;
    curation) src=Fuzz/CurationFuzz.swift; seed=Fuzz/seeds/curation ;;
    *) echo "fuzz: unknown harness $h"; exit 2 ;;
  esac
  mkdir -p "$work/$h/corpus"
  swiftc "${flags[@]}" -I "$work/lib" -o "$work/$h/fuzz-$h" "$src" "$work/lib/libNewsGraphExtraction.a" "$work/lib/libNewsGraphModel.a"
  echo "== fuzz $h for ${seconds}s"
  # The harnesses find the lexicons in the source tree; a crash prints libFuzzer's report, not a
  # Swift backtrace (whose symbolicator can hang on a sanitized binary).
  (cd "$work/$h" && NEWSGRAPH_LEXICONS="$OLDPWD/Sources/NewsGraphExtraction/Resources/lexicons" SWIFT_BACKTRACE=enable=no ./fuzz-$h -max_total_time="$seconds" -max_len=65536 -timeout=20 \
     -rss_limit_mb=4096 -print_final_stats=1 corpus "$OLDPWD/$seed" 2>&1 | tail -25)
done
