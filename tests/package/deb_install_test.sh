#!/usr/bin/env bash
# The Debian package as a technician installs it (issue 21), as root (CI runs as root):
#   cpack from the already-built tree, lintian with no error, dpkg -i, /usr/bin/onewindow version,
#   a demo store and `status` on it as the onewindow user with the assets from /usr/share/onewindow,
#   the folders and modes postinst made, the udev rules through udev's own parser, then purge, and
#   nothing left but the onewindow user and group (Debian policy keeps system users).
# A trap purges the package whatever happens, so no other test ever finds /etc/onewindow.
#   tests/package/deb_install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
fail() { echo "deb_install_test: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "needs root (dpkg -i, a system user); CI runs as root"
if dpkg-query -W -f='${Status}' onewindow 2>/dev/null | grep -q "installed"; then
  fail "a onewindow package is already installed here: purge it first (dpkg --purge onewindow)"
fi
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  dpkg --purge onewindow >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/pkg/onewindow_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"

# lintian: errors fail the test; warnings are printed for the reader.
lintian --fail-on error --suppress-tags-from-file "$src/packaging/deb/lintian-suppressed" "$deb" >"$work/lintian.log" 2>&1 ||
  { cat "$work/lintian.log" >&2; fail "lintian reports errors"; }
sed 's/^/lintian: /' "$work/lintian.log"

# The control file: shlibdeps found the shared libraries, the config is a conffile.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libglfw3 libsqlite3 libpq5 libusb-1.0-0 libsystemd0 cage; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
dpkg-deb -I "$deb" conffiles | grep -qx /etc/onewindow/onewindow.toml || fail "onewindow.toml is not a conffile"
# No shared library inside the package: Debian's are used.
if dpkg-deb -c "$deb" | grep -E '\.so(\.|$)'; then fail "the package bundles a shared library"; fi

dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }

[[ "$(/usr/bin/onewindow version)" == "onewindow "* ]] || fail "/usr/bin/onewindow version printed '$(/usr/bin/onewindow version)'"
getent passwd onewindow >/dev/null || fail "no onewindow user"
[[ "$(stat -c '%U:%G %a' /var/lib/onewindow)" == "onewindow:onewindow 750" ]] || fail "/var/lib/onewindow is $(stat -c '%U:%G %a' /var/lib/onewindow)"
[[ "$(stat -c '%U:%G %a' /var/cache/onewindow)" == "onewindow:onewindow 750" ]] || fail "/var/cache/onewindow is $(stat -c '%U:%G %a' /var/cache/onewindow)"
[[ -f /lib/systemd/system/onewindow@.service && -f /lib/udev/rules.d/70-onewindow.rules ]] || fail "unit or rules missing"

# As the unit runs it: the onewindow user, StateDirectory= and CacheDirectory=, no ONEWINDOW_ASSETS,
# and the source tree's assets hidden, so only /usr/share/onewindow can serve them.
as_unit=(runuser -u onewindow -- env -u ONEWINDOW_ASSETS STATE_DIRECTORY=/var/lib/onewindow CACHE_DIRECTORY=/var/cache/onewindow HOME=/var/lib/onewindow)
db=/var/lib/onewindow/onewindow.db
unshare -m sh -c "mount -t tmpfs none '$src/assets' &&
  ${as_unit[*]} /usr/bin/onewindow demo-data --db $db --residents 20 --months 2 --seed 5 >'$work/demo.out' 2>'$work/demo.err' &&
  ${as_unit[*]} /usr/bin/onewindow status 11010519491231002X --json --db $db >'$work/status.out' 2>'$work/status.err'" ||
  { cat "$work"/demo.err "$work"/status.err >&2 2>/dev/null; fail "demo-data or status on the installed package failed"; }
grep -q '"name_masked"' "$work/status.out" || fail "status printed: $(cat "$work/status.out")"
# The hall key the terminal's user makes is its alone (0600); postinst puts that back on upgrade.
"${as_unit[@]}" /usr/bin/onewindow hall key export --out /var/lib/onewindow/key-copy >/dev/null 2>"$work/key.err" ||
  { cat "$work/key.err" >&2; fail "hall key export as the onewindow user failed"; }
[[ "$(stat -c '%U %a' /var/lib/onewindow/hall.key)" == "onewindow 600" ]] || fail "hall.key is $(stat -c '%U %a' /var/lib/onewindow/hall.key)"
chmod 0644 /var/lib/onewindow/hall.key
/var/lib/dpkg/info/onewindow.postinst configure >/dev/null
[[ "$(stat -c '%a' /var/lib/onewindow/hall.key)" == "600" ]] || fail "postinst left hall.key at $(stat -c '%a' /var/lib/onewindow/hall.key)"

# udev's own parser reads every rules file on a test run; ours must give it nothing to complain of.
udevadm test /sys/devices/virtual/mem/null >"$work/udev.log" 2>&1 || true
if grep -i "70-onewindow.rules" "$work/udev.log" | grep -iE "invalid|error|unknown|ignoring"; then
  fail "udev rejects lines of 70-onewindow.rules"
fi
grep -q "70-onewindow.rules" "$work/udev.log" || { head -20 "$work/udev.log" >&2; fail "udevadm test did not read 70-onewindow.rules"; }

dpkg --purge onewindow >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "purge failed"; }
for left in /etc/onewindow /usr/share/onewindow /usr/bin/onewindow /var/lib/onewindow /var/cache/onewindow \
            /lib/systemd/system/onewindow@.service /lib/udev/rules.d/70-onewindow.rules /usr/share/doc/onewindow; do
  [[ ! -e "$left" ]] || fail "$left is left after purge"
done
getent passwd onewindow >/dev/null || fail "the onewindow user went with the purge (policy keeps it)"
echo "deb_install_test: ok"
