#!/usr/bin/env bash
# Every benchmark, one after another. Numbers only; nothing passes or fails.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
"$here/startup.sh" "$build"
for b in "$build"/bench/*; do
  [[ -x "$b" && -f "$b" ]] || continue
  echo "== $(basename "$b")"
  case "$(basename "$b")" in
    kiosk_bench) "$here/../scripts/with-xvfb.sh" "$b" ;;  # a real window: needs a display
    import_lookup_bench) "$b" "$build/src/app/onewindow" ;;  # runs the import as a process
    roster_export_bench) "$here/../scripts/pg-test-server.sh" run "$b" ;;  # SQLite, then a throwaway PostgreSQL
    *) "$b" ;;
  esac
done
