#!/usr/bin/env bash
# Starts the demo terminal: full-screen kiosk, simulated devices. With no display at all (a server
# console, CI) it says how to look at it instead of failing obscurely.
set -euo pipefail
bin=$1; shift
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "make run: no display. Use 'make screenshot' to render the welcome screen to welcome.png," >&2
  echo "or run: scripts/with-xvfb.sh $bin --demo" >&2
  exit 2
fi
exec "$bin" --demo "$@"
