#pragma once
// QR codes as images, through ZXing-cpp: encode text to modules, render modules to pixels (for the
// screen and for raster printing), decode every QR code found in a picture.
// ZXing stays inside this folder; callers see only these plain types.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace app::qr {

// Error correction: M (~15 % of the symbol may be damaged) suits a printed slip that gets folded.
enum class QrErrorLevel { L, M, Q, H };

// The symbol itself, one entry per module (1 = dark), without a quiet zone.
struct QrModules {
  int size = 0;  // modules per side (21 for version 1, +4 per version)
  std::vector<std::uint8_t> dark;
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// 8-bit luminance, row-major, 0 = black, 255 = white.
struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;
  std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y * width + x)]; }
};

// The standard quiet zone around a QR symbol is 4 modules wide; scanners need it.
inline constexpr int kQuietZoneModules = 4;
inline constexpr int kDefaultModulePixels = 8;

// UTF-8 text (Chinese works: the symbol says UTF-8 via ECI). Error when the text does not fit in
// a QR code at this level.
base::Result<QrModules> encode_qr(std::string_view utf8_text, QrErrorLevel level = QrErrorLevel::M);

// Each module becomes module_px × module_px pixels, with quiet_zone modules of white around.
GrayImage render_qr(const QrModules& modules, int module_px = kDefaultModulePixels,
                    int quiet_zone = kQuietZoneModules);

// The text of every QR code found (rotated, blurred or photographed pictures included), in the
// order ZXing finds them; empty when there is none.
std::vector<std::string> decode_qr(const GrayImage& image);

}  // namespace app::qr
