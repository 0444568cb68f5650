#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in fuzz/ for a bounded time.
#   scripts/run-fuzz.sh build DIR [CLANGXX]    configure and build every target into DIR
#   scripts/run-fuzz.sh run DIR NAME SECONDS   run one target, starting from fuzz/seeds/NAME/
# Seeds are in the target's own input format: a file ending in .hex is hex text (whitespace and
# '#' comments ignored) turned into bytes, any other file is used as it is. A target without seeds
# is an error: fuzzing from nothing finds little in 20 s. A crash leaves the reproducer in
# DIR/artifacts/ and fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cmd=$1; dir=$2
case "$cmd" in
  build)
    clangxx=${3:-clang++}
    command -v "$clangxx" >/dev/null || { echo "run-fuzz: $clangxx missing (scripts/install-deps.sh)" >&2; exit 2; }
    cmake -S "$top/fuzz" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build "$dir" -j "$(nproc)"
    ;;
  run)
    name=$3; secs=$4
    seeds="$top/fuzz/seeds/$name"
    if ! compgen -G "$seeds/*" >/dev/null; then
      echo "run-fuzz: no seeds in fuzz/seeds/$name/ (see fuzz/seeds/README.md)" >&2
      exit 2
    fi
    corpus="$dir/corpus/$name"; mkdir -p "$corpus" "$dir/artifacts"
    for f in "$seeds"/*; do
      base=$(basename "$f")
      case "$f" in
        *.hex) perl -0777 -ne 's/#[^\n]*//g; s/\s+//g; print pack("H*", $_)' "$f" > "$corpus/seed-${base%.hex}" ;;
        *) cp -L "$f" "$corpus/seed-$base" ;;
      esac
    done
    "$dir/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$dir/artifacts/$name-" "$corpus" 2>&1 | tail -n 12
    ;;
  *) echo "usage: run-fuzz.sh build DIR [CLANGXX] | run DIR NAME SECONDS" >&2; exit 2 ;;
esac
