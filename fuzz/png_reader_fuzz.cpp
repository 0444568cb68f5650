// libFuzzer target: the PNG reader behind `qr decode` (app/qr/png_gray). Any bytes must decode or be
// refused with an error value; a header claiming more than kMaxPngSide / kMaxPngPixels is refused
// before anything is allocated (a 69-byte file claiming 100000×100000 once took 9.8 GB).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/qr/png_gray.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto image = app::qr::decode_png_as_gray(bytes, "fuzz.png");
  if (image) {
    const auto pixels = static_cast<std::uint64_t>(image->width) * static_cast<std::uint64_t>(image->height);
    if (pixels > app::qr::kMaxPngPixels || image->pixels.size() != pixels) std::abort();
  }
  return 0;
}
