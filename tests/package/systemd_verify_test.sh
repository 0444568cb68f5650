#!/usr/bin/env bash
# The onewindow@ unit as systemd reads it: `systemd-analyze verify` on each instance a hall uses
# (kiosk, counter, backoffice) prints nothing and exits 0. It checks the syntax, every directive,
# and that the commands exist (/usr/bin/cage: install-deps installs cage).
#   tests/package/systemd_verify_test.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for mode in kiosk counter backoffice; do
  cp "$src/assets/systemd/onewindow@.service" "$work/onewindow@$mode.service"
  if ! out=$(systemd-analyze verify "$work/onewindow@$mode.service" 2>&1) || [[ -n "$out" ]]; then
    echo "systemd-analyze verify onewindow@$mode.service:" >&2
    echo "$out" >&2
    exit 1
  fi
  # What the hall relies on, spelled as the issue asks.
  for want in "Type=notify" "WatchdogSec=" "Restart=always" "ExecStart=/usr/bin/cage -- /usr/bin/onewindow run --mode %i"; do
    grep -q "^$want" "$work/onewindow@$mode.service" || { echo "onewindow@.service lacks $want" >&2; exit 1; }
  done
done
echo "systemd_verify_test: ok"
