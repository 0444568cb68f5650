#pragma once
// A white sheet of thermal paper in memory: 8-bit grey (0 black, 255 white) that grows downwards
// as lines are added, then packed to the printer's 1-bit raster. Shared by the slip renderer and
// the virtual printer so the preview and the printout are the same pixels.
#include <cstdint>
#include <vector>

#include "app/qr/qr_image.h"

namespace app::slip {

using app::qr::GrayImage;

inline constexpr std::uint8_t kWhite = 255, kBlack = 0;
// Darker than this prints as a dot (FreeType's anti-aliased edges are cut here).
inline constexpr std::uint8_t kDotThreshold = 128;

class Canvas {
 public:
  explicit Canvas(int width) : width_(width) {}
  int width() const { return width_; }
  int height() const { return height_; }
  // Grows the sheet (white) to at least `rows` rows.
  void ensure_rows(int rows);
  // Darkens pixel (x, y) by coverage 0..255 (keeps the darker of old and new); out of range is ignored.
  void darken(int x, int y, std::uint8_t coverage);
  void fill(int x, int y, int w, int h);  // black
  // Draws a grey image with its top-left at (x, y); darker pixels win.
  void blit(const GrayImage& image, int x, int y);
  // Draws 1-bit rows (MSB leftmost, 1 = black), each dot `sx` × `sy` pixels.
  void blit_bits(const std::vector<std::uint8_t>& bits, int bytes_per_row, int rows, int x, int y, int sx = 1,
                 int sy = 1);
  // Every pixel is black or white after this (what the print head makes of it).
  void threshold();

  GrayImage take() &&;
  const std::vector<std::uint8_t>& pixels() const { return pixels_; }

 private:
  int width_ = 0;
  int height_ = 0;
  std::vector<std::uint8_t> pixels_;
};

// 1-bit packed rows for GS v 0: (width + 7) / 8 bytes per row, MSB leftmost, 1 = black.
struct PackedRaster {
  int bytes_per_row = 0;
  int rows = 0;
  std::vector<std::uint8_t> bits;
};
PackedRaster pack_raster(const GrayImage& image);

}  // namespace app::slip
