#include "app/slip/canvas.h"

#include <algorithm>

namespace app::slip {

void Canvas::ensure_rows(int rows) {
  if (rows <= height_) return;
  pixels_.resize(static_cast<std::size_t>(rows) * static_cast<std::size_t>(width_), kWhite);
  height_ = rows;
}

void Canvas::darken(int x, int y, std::uint8_t coverage) {
  if (x < 0 || x >= width_ || y < 0 || coverage == 0) return;
  ensure_rows(y + 1);
  auto& p = pixels_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(x)];
  p = std::min<std::uint8_t>(p, static_cast<std::uint8_t>(255 - coverage));
}

void Canvas::fill(int x, int y, int w, int h) {
  if (h <= 0 || w <= 0) return;
  ensure_rows(y + h);
  const int x0 = std::max(0, x), x1 = std::min(width_, x + w);
  for (int r = std::max(0, y); r < y + h; ++r)
    for (int c = x0; c < x1; ++c) pixels_[static_cast<std::size_t>(r) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(c)] = kBlack;
}

void Canvas::blit(const GrayImage& image, int x, int y) {
  ensure_rows(y + image.height);
  for (int r = 0; r < image.height; ++r)
    for (int c = 0; c < image.width; ++c) darken(x + c, y + r, static_cast<std::uint8_t>(255 - image.at(c, r)));
}

void Canvas::blit_bits(const std::vector<std::uint8_t>& bits, int bytes_per_row, int rows, int x, int y, int sx,
                       int sy) {
  ensure_rows(y + rows * sy);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < bytes_per_row * 8; ++c) {
      const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(bytes_per_row) + static_cast<std::size_t>(c / 8);
      if (i >= bits.size() || !(bits[i] & (0x80 >> (c % 8)))) continue;
      fill(x + c * sx, y + r * sy, sx, sy);
    }
  }
}

void Canvas::threshold() {
  for (auto& p : pixels_) p = p < kDotThreshold ? kBlack : kWhite;
}

GrayImage Canvas::take() && {
  GrayImage g;
  g.width = width_;
  g.height = height_;
  g.pixels = std::move(pixels_);
  return g;
}

PackedRaster pack_raster(const GrayImage& image) {
  PackedRaster r;
  r.bytes_per_row = (image.width + 7) / 8;
  r.rows = image.height;
  r.bits.assign(static_cast<std::size_t>(r.bytes_per_row) * static_cast<std::size_t>(r.rows), 0);
  for (int y = 0; y < image.height; ++y) {
    const std::uint8_t* row = image.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width);
    std::uint8_t* out = r.bits.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(r.bytes_per_row);
    for (int x = 0; x < image.width; ++x)
      if (row[x] < kDotThreshold) out[x / 8] |= static_cast<std::uint8_t>(0x80 >> (x % 8));
  }
  return r;
}

}  // namespace app::slip
