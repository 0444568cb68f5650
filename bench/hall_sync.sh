#!/usr/bin/env bash
# Local-first intake after an outage (issue 18 target: <= 10 s): a counter's SQLite file holds
# COUNT applications accepted while the hall store was down; time one `onewindow sync` that pushes
# them all to the hall's PostgreSQL store (a throwaway server, Unix socket), then a second sync
# (nothing to do). The applications are made with intake-soak in days of 5,000 (a terminal's daily
# sequence has four digits) from the hall's residents, while the server is halted.
#   bench/hall_sync.sh [BUILD_DIR] [COUNT]     (COUNT default 10000)
set -euo pipefail
build=${1:-build}
count=${2:-10000}
bin="$(cd "$build" && pwd)/src/app/onewindow"
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
state="$dir/pg"
cleanup() { "$root/scripts/pg-test-server.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
mkdir -p "$state"
export XDG_DATA_HOME="$dir/xdg" ONEWINDOW_ASSETS="$root/assets"
"$root/scripts/pg-test-server.sh" start "$state" >/dev/null
hall=$(cat "$state/uri")
"$bin" demo-data --db "$hall" --residents 2000 --months 1 --seed 1 --today 2026-11-02 >/dev/null
# One small run while the hall is up copies its residents into the counter's file.
"$bin" intake-soak --db "$dir/counter.db" --hall "$hall" --terminal 3 --count 1 --seed 0 --today 2026-11-02 >/dev/null
"$bin" sync --db "$dir/counter.db" --hall "$hall" >/dev/null
"$root/scripts/pg-test-server.sh" halt "$state"
left=$count day=3
while (( left > 0 )); do
  n=$(( left > 5000 ? 5000 : left ))
  "$bin" intake-soak --db "$dir/counter.db" --hall "$hall" --terminal 3 --count "$n" --seed "$day" \
    --today "$(printf '2026-11-%02d' "$day")" >/dev/null 2>&1
  left=$(( left - n )); day=$(( day + 1 ))
done
"$root/scripts/pg-test-server.sh" resume "$state"
echo "outbox: $count applications; hall store back up" >&2
# The server's CPU for the sync, whatever the machine's load: its backend's time is added to the
# postmaster's children's time (fields 16 and 17 of /proc/PID/stat) when the backend exits.
postmaster=$(head -1 "$(cat "$state/dir")/data/postmaster.pid")
server_ticks() { awk '{print $16 + $17}' "/proc/$postmaster/stat"; }
before=$(server_ticks)
/usr/bin/time -f "sync after the outage: %e s wall, %U s user, %S s sys (client), max RSS %M KB" \
  "$bin" sync --db "$dir/counter.db" --hall "$hall"
sleep 0.5  # the backend exits after the client has gone
echo "server CPU for the sync: $(awk -v t=$(( $(server_ticks) - before )) -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t/hz}') s" >&2
/usr/bin/time -f "second sync: %e s wall" "$bin" sync --db "$dir/counter.db" --hall "$hall"
