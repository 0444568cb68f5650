#!/usr/bin/env bash
# Start-up, memory and idle-CPU benchmark of the kiosk shell, against a browser kiosk shell doing the
# same work (start, render the Chinese welcome page, write a PNG, exit). Runs on a private Xvfb.
#   bench/startup.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:-build}; runs=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "$build/src/app/onewindow")
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
inner() {
  echo "== onewindow screenshot --screen welcome --demo --size 1920x1080 ($runs runs)"
  "$bin" screenshot --screen welcome --demo --size 1920x1080 --out "$out/warm.png" 2>&1 | grep atlas || true
  for i in $(seq "$runs"); do
    python3 "$here/proc_tree.py" --label onewindow -- "$bin" screenshot --screen welcome --demo --size 1920x1080 --out "$out/ow.png"
  done | tee "$out/ow.txt"
  if command -v chromium >/dev/null; then
    echo "== chromium --headless --screenshot, same page ($runs runs)"
    for i in $(seq "$runs"); do
      python3 "$here/proc_tree.py" --label chromium -- chromium --headless --no-sandbox --disable-gpu \
        --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$out/chrome-profile" --window-size=1920,1080 --screenshot="$out/chrome.png" \
        "file://$here/kiosk_page.html"
    done | tee "$out/chrome.txt"
  else
    echo "(chromium not installed: run scripts/install-deps.sh --bench for the comparison)"
  fi
  echo "== idle CPU over 10 s, kiosk waiting for a card"
  "$bin" --demo --windowed 2>/dev/null &
  pid=$!
  sleep 2
  read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  sleep 10
  read -r u2 s2 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  hz=$(getconf CLK_TCK)
  awk -v a="$u1" -v b="$s1" -v c="$u2" -v d="$s2" -v hz="$hz" \
    'BEGIN{cpu=((c+d)-(a+b))/hz; printf "idle cpu_s=%.3f over 10 s = %.2f %% of a core\n", cpu, cpu*10}'
  echo "== medians"
  for f in "$out"/ow.txt "$out"/chrome.txt; do
    [[ -s $f ]] || continue
    python3 - "$f" <<'PY'
import sys, statistics
rows=[dict(kv.split('=') for kv in l.split()[1:]) for l in open(sys.argv[1]) if '=' in l]
label=open(sys.argv[1]).readline().split()[0]
med=lambda k: statistics.median(float(r[k]) for r in rows)
print(f"{label}: median wall {med('wall_s'):.3f} s, cpu {med('cpu_s'):.3f} s, peak RSS {med('peak_rss_mb'):.1f} MB")
PY
  done
}
export -f inner; export bin here out runs
"$here/../scripts/with-xvfb.sh" --size 1920x1080 bash -c inner
