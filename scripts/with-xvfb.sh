#!/usr/bin/env bash
# Runs a command on a private Xvfb display, started for it and stopped after it.
# Xvfb picks a free display number itself (-displayfd), so parallel runs never collide.
#   scripts/with-xvfb.sh [--size WxH] COMMAND [ARGS...]
set -euo pipefail
size=1920x1080
if [[ "${1:-}" == "--size" ]]; then size=$2; shift 2; fi
command -v Xvfb >/dev/null || { echo "with-xvfb: Xvfb is missing (run scripts/install-deps.sh)" >&2; exit 2; }
dir=$(mktemp -d)
cleanup() { [[ -n "${xpid:-}" ]] && kill "$xpid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
exec 3>"$dir/display"
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset >"$dir/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 1 100); do
  [[ -s "$dir/display" ]] && break
  kill -0 "$xpid" 2>/dev/null || { echo "with-xvfb: Xvfb failed: $(cat "$dir/xvfb.log")" >&2; exit 2; }
  sleep 0.05
done
[[ -s "$dir/display" ]] || { echo "with-xvfb: Xvfb did not report a display" >&2; exit 2; }
export DISPLAY=":$(head -n1 "$dir/display")"
"$@"
