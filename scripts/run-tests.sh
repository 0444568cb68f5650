#!/usr/bin/env bash
# Runs every test through ctest. GUI tests start their own Xvfb (scripts/with-xvfb.sh), USB tests
# run under umockdev-wrapper; nothing outside the build tree is touched. A build tree that
# registered no tests is an error, not a green run of nothing.
set -euo pipefail
build=${1:-build}
export XDG_DATA_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CACHE_HOME"' EXIT
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)" --timeout 300
