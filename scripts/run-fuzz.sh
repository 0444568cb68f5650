#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in fuzz/ for a bounded time.
#   scripts/run-fuzz.sh build DIR              configure and build every target into DIR
#   scripts/run-fuzz.sh run DIR NAME SECONDS   run one target; seeds from tests/data/<kind>/*.hex
# A crash leaves the reproducer in DIR/artifacts/ and fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cmd=$1; dir=$2
case "$cmd" in
  build)
    command -v clang++ >/dev/null || { echo "run-fuzz: clang++ missing (scripts/install-deps.sh)" >&2; exit 2; }
    cmake -S "$top/fuzz" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build "$dir" -j "$(nproc)"
    ;;
  run)
    name=$3; secs=$4
    corpus="$dir/corpus/$name"; mkdir -p "$corpus" "$dir/artifacts"
    kind=${name%%_*}
    if compgen -G "$top/tests/data/$kind/*.hex" >/dev/null; then
      for f in "$top/tests/data/$kind"/*.hex; do
        perl -0777 -ne 's/#[^\n]*//g; s/\s+//g; print pack("H*", $_)' "$f" > "$corpus/seed-$(basename "$f" .hex)" || true
      done
    fi
    "$dir/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$dir/artifacts/$name-" "$corpus" 2>&1 | tail -n 12
    ;;
  *) echo "usage: run-fuzz.sh build DIR | run DIR NAME SECONDS" >&2; exit 2 ;;
esac
