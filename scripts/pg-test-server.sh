#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the tests: initdb into a fresh temp folder, Unix socket only (no TCP
# port is opened), no fsync, stopped and removed at the end. Run as root, the server runs as the
# unprivileged user `nobody` (PostgreSQL refuses to run as root); otherwise as the calling user.
#
#   scripts/pg-test-server.sh start STATE_DIR [TEMPLATE]   start one; STATE_DIR/uri holds the
#                                               superuser's URI (TEMPLATE: STATE_DIR/template)
#   scripts/pg-test-server.sh stop STATE_DIR    stop it and remove its folder (and STATE_DIR/uri)
#   scripts/pg-test-server.sh halt|resume STATE_DIR   stop it keeping its folder / start it again
#   scripts/pg-test-server.sh run CMD [ARG…]    start, run CMD with ONEWINDOW_TEST_PG_URI set, stop
#
# The cluster has two login roles: the superuser `postgres` (trusted over the socket) and
# `pwcheck` (password "right-password", SCRAM), which the tests use for wrong-credential checks.
# A missing server binary is an error, never a quiet skip.
set -euo pipefail

pg_bin=${ONEWINDOW_PG_BIN:-}
if [[ -z "$pg_bin" ]]; then
  for v in 15 16 17; do
    if [[ -x /usr/lib/postgresql/$v/bin/initdb ]]; then pg_bin=/usr/lib/postgresql/$v/bin; break; fi
  done
fi
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
  echo "pg-test-server: no PostgreSQL server found (/usr/lib/postgresql/15/bin): run scripts/install-deps.sh" >&2
  exit 1
fi

# The running cluster lives in memory when it can (/dev/shm): copying it onto a busy disk took
# seconds; it is thrown away anyway.
run_base=/tmp
if [[ -d /dev/shm && -w /dev/shm ]]; then run_base=/dev/shm; fi

as_server=()
if [[ $(id -u) -eq 0 ]]; then as_server=(runuser -u nobody --); fi

# initdb runs once into TEMPLATE (a cluster that is never started: its bootstrap takes one to three
# seconds on a loaded machine); each start copies it into a fresh temp folder (~0.1 s). A template
# written by another server version is made again.
make_template() {
  local template=$1 version
  version=$("$pg_bin/postgres" --version)
  if [[ -f "$template/VERSION" && "$(cat "$template/VERSION")" == "$version" ]]; then return 0; fi
  rm -rf "$template"
  mkdir -p "$(dirname "$template")"
  local work
  work=$(mktemp -d "$run_base/onewindow-pg-initdb.XXXXXX")
  if ((${#as_server[@]})); then chown nobody:nogroup "$work"; fi
  "${as_server[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync --no-instructions >"$work/initdb.log" 2>&1 ||
    { echo "pg-test-server: initdb failed:" >&2; cat "$work/initdb.log" >&2; rm -rf "$work"; exit 1; }
  # Trust over the socket for everyone except pwcheck (the socket folder is private to the server
  # user and root); no host lines at all, so nothing is reachable over TCP.
  printf '%s\n' 'local all pwcheck scram-sha-256' 'local all all trust' 'local replication all trust' \
    > "$work/data/pg_hba.conf"
  mkdir -p "$template.tmp"
  cp -a "$work/data" "$template.tmp/data"
  echo "$version" > "$template.tmp/VERSION"
  rm -rf "$work"
  mv "$template.tmp" "$template"
}

start() {
  local state=$1 template=${2:-}
  [[ -n "$template" ]] || template=$state/template
  mkdir -p "$state"
  make_template "$template"
  local dir
  dir=$(mktemp -d "$run_base/onewindow-pg.XXXXXX")
  echo "$dir" > "$state/dir"
  cp -a "$template/data" "$dir/data"
  mkdir "$dir/socket"
  if ((${#as_server[@]})); then chown -R nobody:nogroup "$dir"; fi
  chmod 700 "$dir" "$dir/data"
  # The settings go into the cluster's own config, so `halt` and `resume` restart it identically.
  cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 60
wal_level = logical
max_wal_senders = 4
max_replication_slots = 4
CONF
  pg_ctl_start "$dir"
  local uri="postgresql:///postgres?host=$dir/socket&user=postgres"
  "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -d "$uri" \
    -c "CREATE ROLE pwcheck LOGIN CREATEDB PASSWORD 'right-password'" >/dev/null
  echo "$uri" > "$state/uri"
  echo "$uri"
}

pg_ctl_start() {
  local dir=$1
  "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 20 -s start ||
    { echo "pg-test-server: server did not start:" >&2; tail -n 20 "$dir/server.log" >&2; exit 1; }
}

stop() {
  local state=$1
  [[ -f "$state/dir" ]] || return 0
  local dir
  dir=$(cat "$state/dir")
  if [[ "$dir" == */onewindow-pg.* && -d "$dir" ]]; then
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w -s stop || true
    fi
    rm -rf "$dir"
  fi
  rm -f "$state/dir" "$state/uri"
}

case "${1:-}" in
  halt | resume)
    # Stop the server keeping its folder, or start it again there (tests of a store going away).
    [[ $# -eq 2 && -f "$2/dir" ]] || { echo "usage: $0 halt|resume STATE_DIR (of a started server)" >&2; exit 2; }
    dir=$(cat "$2/dir")
    if [[ "$1" == halt ]]; then "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -s stop
    else pg_ctl_start "$dir"; fi
    ;;
  start)
    [[ $# -eq 2 || $# -eq 3 ]] || { echo "usage: $0 start STATE_DIR [TEMPLATE]" >&2; exit 2; }
    stop "$2"
    start "$2" "${3:-}"
    ;;
  stop) [[ $# -eq 2 ]] || { echo "usage: $0 stop STATE_DIR" >&2; exit 2; }; stop "$2" ;;
  run)
    shift
    [[ $# -ge 1 ]] || { echo "usage: $0 run CMD [ARG…]" >&2; exit 2; }
    state=$(mktemp -d)
    trap 'stop "$state"; rm -rf "$state"' EXIT
    ONEWINDOW_TEST_PG_URI=$(start "$state" "${ONEWINDOW_PG_TEMPLATE:-${XDG_CACHE_HOME:-$HOME/.cache}/onewindow/pg-template}")
    export ONEWINDOW_TEST_PG_URI
    "$@"
    ;;
  *) echo "usage: $0 start|stop STATE_DIR, or $0 run CMD [ARG…]" >&2; exit 2 ;;
esac
