#!/usr/bin/env bash
# Installs everything onewindow needs to build, run and test, from Debian 12 packages only.
# Idempotent and quiet when everything is already there. Run as root (or with sudo available).
#
#   scripts/install-deps.sh           build, run and test dependencies
#   scripts/install-deps.sh --bench   also what the benchmarks compare against (chromium, time)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)

# One package per line, with the reason, so the README's dependency list can be checked against it.
packages=(
  build-essential        # g++ 12, make
  cmake                  # build system
  ninja-build            # faster incremental builds
  pkg-config             # finds glfw3, libusb, umockdev
  dpkg-dev               # dpkg-source, used by 'apt-get source imgui' below
  libglfw3-dev           # window, input, GL context
  libgl-dev              # OpenGL
  libgl1-mesa-dri        # llvmpipe software GL under Xvfb
  libfreetype-dev        # glyph rasterising (ImGui atlas, printed slips) and glyph coverage checks
  libcairo2-dev          # the 公示名单 as an A4 PDF (cairo's PDF surface, text through FreeType)
  poppler-utils          # pdftotext, pdfinfo: the tests read the PDF's text and pages back
  libxlsxwriter-dev      # XLSX exports (花名册, statistics): typed cells, written by libxlsxwriter
  python3-openpyxl       # the tests read the XLSX exports back with an independent reader
  libpng-dev             # screenshots (fast, low compression level)
  libtomlplusplus-dev    # config, catalog and i18n files (TOML)
  nlohmann-json3-dev     # JSON output (status --json, idcard decode): escaping and UTF-8 checks
  libusb-1.0-0-dev       # USB devices
  libzxing-dev           # QR encode/decode
  libsqlite3-dev         # embedded store
  libpq-dev              # PostgreSQL hall store (libpq)
  postgresql             # the throwaway PostgreSQL 15 server of the tests (scripts/pg-test-server.sh)
  libsodium-dev          # keyed hashes, MACs, PIN hashes
  doctest-dev            # unit tests
  xvfb xauth             # GUI tests and screenshots without a display
  fonts-noto-cjk         # Noto Sans CJK SC
  umockdev libumockdev-dev  # libusb tests against emulated USB devices (required by every test build)
  clang libclang-rt-14-dev  # libFuzzer targets (required by every test build)
  imagemagick            # QR decode tests: rotated and blurred slip images
  e2fsprogs              # chattr: a read-only store in the tests (immutable even for root)
  libxtst6               # `onewindow scenario`: real taps through XTEST (loaded at run time)
  libsystemd-dev         # sd_notify: READY=1 and the watchdog under the onewindow@ unit
  lintian                # the .deb is checked in the tests (tests/package/deb_install_test.sh)
  udev                   # udevadm test: udev's own parser reads the package's rules in that test
  cage xwayland          # the onewindow@ unit's kiosk session (systemd-analyze verify needs cage)
  libespeak-ng-dev       # spoken prompts at the kiosk and `onewindow say` (espeak-ng synthesises)
  espeak-ng-data         # espeak-ng's voices, among them Mandarin (cmn)
  libasound2-dev         # plays the spoken prompts (ALSA; PulseAudio through its ALSA plugin where present)
  sox                    # the tests measure rendered prompts (duration, RMS amplitude)
)
bench_packages=(chromium time)

want=("${packages[@]}")
if [[ "${1:-}" == "--bench" ]]; then want+=("${bench_packages[@]}"); fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui built from Debian's own source package with 32-bit ImWchar, so that characters beyond
# U+FFFF (CJK Extension B, e.g. 𠀾 in residents' names) render. Debian's prebuilt libimgui.a uses
# 16-bit ImWchar and cannot. The source lives outside every build tree and is ignored by git.
imgui_dir="$top/third_party_src/imgui"
if [[ ! -f "$imgui_dir/imgui.cpp" ]]; then
  echo "install-deps: fetching Debian's imgui source package into third_party_src/" >&2
  work=$(mktemp -d); chmod 755 "$work"
  trap 'rm -rf "$work"' EXIT
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  mkdir -p "$work/lists/partial"
  # A private deb-src list: the system's apt sources stay untouched.
  echo "deb-src http://deb.debian.org/debian $codename main" > "$work/sources.list"
  if [[ -f /etc/apt/sources.list.d/debian.sources ]] && grep -q '^URIs:' /etc/apt/sources.list.d/debian.sources; then
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    echo "deb-src $uri $codename main" > "$work/sources.list"
  elif [[ -f /etc/apt/sources.list ]] && grep -qE '^deb ' /etc/apt/sources.list; then
    uri=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
    echo "deb-src $uri $codename main" > "$work/sources.list"
  fi
  apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
            -o "Dir::State::Lists=$work/lists" -o "APT::Get::List-Cleanup=0")
  "${sudo_cmd[@]}" apt-get "${apt_opts[@]}" update -qq >/dev/null
  (cd "$work" && apt-get "${apt_opts[@]}" source -qq imgui >/dev/null 2>&1)
  src=$(find "$work" -maxdepth 1 -type d -name 'imgui-*' | head -n 1)
  [[ -n "$src" && -f "$src/imgui.cpp" ]] || { echo "install-deps: could not unpack the imgui source package" >&2; exit 1; }
  mkdir -p "$top/third_party_src"
  rm -rf "$imgui_dir"
  cp -r "$src" "$imgui_dir"
fi
