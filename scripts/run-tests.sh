#!/usr/bin/env bash
# Runs every test through ctest. GUI tests start their own Xvfb (scripts/with-xvfb.sh), USB tests
# run under umockdev-wrapper; nothing outside the build tree is touched.
set -euo pipefail
build=${1:-build}
export XDG_DATA_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CACHE_HOME"' EXIT
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 300
