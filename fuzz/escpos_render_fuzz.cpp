// libFuzzer target: the virtual printer's paper (app/slip/escpos_render). Any byte stream must
// render or be refused (paper longer than slip::kMaxPaperDots) without crashing, hanging or
// allocating more than the paper limit allows: 30 KB of ESC d 255 once took gigabytes.
// Sources: src/app/slip (renderer, canvas, font), app/qr (ZXing for printed QR codes).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <span>

#include "app/slip/escpos_render.h"
#include "app/slip/slip_font.h"

namespace {
app::slip::SlipFont& font() {
  static auto f = [] {
    auto opened = app::slip::SlipFont::open_default();
    if (!opened) {
      // The default font is a dependency (fonts-noto-cjk); without it this target tests nothing.
      std::fprintf(stderr, "escpos_render_fuzz: %s\n", opened.error().message.c_str());
      std::abort();
    }
    return *opened;
  }();
  return *f;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  const int dots = size > 0 && (data[0] & 1) ? 384 : 576;
  auto printout = app::slip::render_escpos(bytes, font(), dots);
  if (printout) {
    if (printout->image.width != dots || printout->image.height > app::slip::kMaxPaperDots + 64) std::abort();
  }
  return 0;
}
