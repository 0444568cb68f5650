#pragma once
// One glyph rasterised by FreeType exactly as ImGui 1.86's FreeType builder does it (size request
// by real dimensions, normal hinting, 8-bit coverage), so a glyph added to the atlas later looks and
// measures the same as one the full build made. Each instance has its own FreeType library and
// faces: one lives on the UI thread, one on the glyph preparer's thread.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "ui/fonts/glyph_coverage.h"

namespace ui {

struct GlyphBitmap {
  int w = 0, h = 0;
  int left = 0;      // pen position to the bitmap's left edge
  int top = 0;       // baseline to the bitmap's top row (up is positive)
  float advance = 0; // whole pixels, as ImGui's builder rounds them
  std::vector<std::uint8_t> alpha;  // w × h coverage, rows top first
};

class GlyphRaster {
 public:
  explicit GlyphRaster(std::vector<GlyphCoverage::Face> faces);
  ~GlyphRaster();
  GlyphRaster(GlyphRaster&&) noexcept;
  GlyphRaster& operator=(GlyphRaster&&) noexcept;

  // `pixel_height` is ImFontConfig::SizePixels of the role's font. Nullopt if the face has no
  // glyph for cp or FreeType fails on it.
  std::optional<GlyphBitmap> rasterize(std::size_t face, int pixel_height, char32_t cp);

 private:
  struct Ft;
  std::vector<GlyphCoverage::Face> faces_;
  std::unique_ptr<Ft> ft_;
};

}  // namespace ui
