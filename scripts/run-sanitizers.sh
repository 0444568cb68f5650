#!/usr/bin/env bash
# `make sanitize`: the core, store, devices and app unit tests (and the app's process tests, whose
# `onewindow` is built the same way) under AddressSanitizer + UndefinedBehaviorSanitizer, in a
# build folder of their own. Any report fails the run. Not here: the UI and scenario tests and the
# three app tests that open the real window (listed below; GL drivers under Xvfb are not ours to
# sanitize), the umockdev USB tests (umockdev's LD_PRELOAD and ASan's runtime cannot both come
# first), benches and fuzz targets (libFuzzer has its own).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-asan}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
# -O1 -g1: a third less compile time than -O2 -g, line numbers in every report.
cmake -S "$top" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DCMAKE_C_FLAGS_DEBUG="-O1 -g1" -DONEWINDOW_SANITIZE=address,undefined -DONEWINDOW_BUILD_BENCH=OFF >/dev/null
suites=(test_base test_core test_store test_devices test_app)
started=$SECONDS
cmake --build "$build" -j "$(nproc)" --target "${suites[@]}"
echo "sanitize: build took $((SECONDS - started)) s"
export XDG_DATA_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d)
reports=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$reports"' EXIT
# Every report goes to a file in $reports as well as failing its process: a `onewindow` started by
# a process test may die of a report while the test only looks at its exit code or output, so the
# run fails on any report file, whichever process wrote it.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$top/scripts/lsan.supp:print_suppressions=0"
regex="^($(IFS='|'; echo "${suites[*]}")):"
# Left out, by name, and said so: the app tests that open the real window under Xvfb. They are the
# UI and scenario suites' ground (GL drivers are not ours to sanitize) and each starts Xvfb and a
# GL context, the dearest thing an ASan run could do; `make test` runs them as always.
excluded=(
  "test_app:crash report:|the crash report test drives the real window under Xvfb and SIGSEGVs it"
  "test_app:watchdog:|the watchdog tests time frames of the real window under Xvfb"
  "test_app:scenario:|the scenario runner tests run scenarios in the real window under Xvfb"
  # These cap the child's address space (ulimit -v) to prove bounded memory; ASan's shadow alone
  # reserves ~16 TB of address space, so the child cannot start under any cap.
  "test_app:qr decode: a 69-byte PNG claiming|caps the address space, which ASan's shadow memory exceeds"
  "test_app:escpos render: paper longer than the limit|caps the address space, which ASan's shadow memory exceeds"
  "test_app:roster import: /dev/zero and a 5 MB line|caps the address space, which ASan's shadow memory exceeds"
)
exclude=""
for e in "${excluded[@]}"; do
  echo "sanitize: not run: ${e%%|*} (${e#*|})"
  exclude+="${exclude:+|}^${e%%|*}"
done
started=$SECONDS
status=0
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)" --timeout 600 -R "$regex" -E "$exclude" || status=$?
echo "sanitize: tests took $((SECONDS - started)) s"
if compgen -G "$reports/*" >/dev/null; then
  for f in "$reports"/*; do echo "== sanitizer report ${f##*/}"; cat "$f"; done
  echo "sanitize: FAILED, $(ls "$reports" | wc -l) sanitizer report(s) above" >&2
  exit 1
fi
exit "$status"
