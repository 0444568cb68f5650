#!/usr/bin/env bash
# Peak memory (max RSS) and time of `onewindow roster import` on a large roster, the file made here:
# a payment roster of ROWS rows (default 480,000, ~50 MB), imported into a new store, then the same
# roster with a problem on every line (refused: its stderr must stay ~22 lines). Issue 16's target:
# memory independent of the file's size, <= 64 MB RSS for the 50 MB roster.
#   bench/roster_memory.sh [BUILD_DIR] [ROWS]
set -euo pipefail
build=${1:-build}
rows=${2:-480000}
bin="$build/src/app/onewindow"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$rows" <<'PY'
import datetime
import sys
d, rows = sys.argv[1], int(sys.argv[2])
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
with open(f"{d}/good.csv", "w", encoding="utf-8") as good, open(f"{d}/bad.csv", "w", encoding="utf-8") as bad:
    head = "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n"
    good.write(head); bad.write(head)
    for i in range(rows):
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=i // 1000)
        s17 = f"320102{born:%Y%m%d}{i % 1000:03d}"
        idn = s17 + check(s17)
        name = surnames[i % 20] + "老" + surnames[(i // 20) % 20]
        good.write(f"{idn},{name},农村低保,2026/10,359.17,2026-10-10,惠农一卡通（农商银行）,已发放\n")
        bad.write(f"{idn},{name},农村低保,2026/10,359.17,someday,惠农一卡通（农商银行）,已发放\n")
PY
ls -l "$dir"/good.csv | awk '{printf "roster: %.1f MB, ", $5 / 1048576}'; echo "$rows rows"
measure() {
  /usr/bin/time -v -o "$dir/time.txt" "$@" 2> "$dir/err.txt" > "$dir/out.txt" || true
  grep -E "Maximum resident set size|Elapsed \(wall clock\)|Exit status" "$dir/time.txt" | sed 's/^\s*/  /'
}
echo "== import into a new store: $bin roster import good.csv --db new.db"
measure "$bin" roster import "$dir/good.csv" --db "$dir/new.db"
head -c 300 "$dir/out.txt"; echo
echo "== the same roster again (every row unchanged)"
measure "$bin" roster import "$dir/good.csv" --db "$dir/new.db"
echo "== a problem on every line (refused)"
measure "$bin" roster import "$dir/bad.csv" --db "$dir/new.db"
echo "  stderr: $(wc -l < "$dir/err.txt") lines, $(wc -c < "$dir/err.txt") bytes"; head -2 "$dir/err.txt"
