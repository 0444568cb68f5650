#include "ui/fonts/glyph_raster.h"

#include <cstring>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace ui {

struct GlyphRaster::Ft {
  FT_Library lib = nullptr;
  std::vector<FT_Face> faces;  // opened on first use
  std::vector<int> size_px;    // the pixel height each face is set to
  ~Ft() {
    for (FT_Face f : faces)
      if (f) FT_Done_Face(f);
    if (lib) FT_Done_FreeType(lib);
  }
};

GlyphRaster::GlyphRaster(std::vector<GlyphCoverage::Face> faces) : faces_(std::move(faces)) {}
GlyphRaster::~GlyphRaster() = default;
GlyphRaster::GlyphRaster(GlyphRaster&&) noexcept = default;
GlyphRaster& GlyphRaster::operator=(GlyphRaster&&) noexcept = default;

std::optional<GlyphBitmap> GlyphRaster::rasterize(std::size_t face, int pixel_height, char32_t cp) {
  if (face >= faces_.size() || pixel_height <= 0) return std::nullopt;
  if (!ft_) {
    ft_ = std::make_unique<Ft>();
    if (FT_Init_FreeType(&ft_->lib) != 0) {
      ft_.reset();
      return std::nullopt;
    }
    ft_->faces.assign(faces_.size(), nullptr);
    ft_->size_px.assign(faces_.size(), 0);
  }
  FT_Face& f = ft_->faces[face];
  if (!f) {
    const auto& src = faces_[face];
    if (FT_New_Memory_Face(ft_->lib, src.file->data(), static_cast<FT_Long>(src.file->size()), src.index, &f) != 0) {
      f = nullptr;
      return std::nullopt;
    }
    FT_Select_Charmap(f, FT_ENCODING_UNICODE);
  }
  if (ft_->size_px[face] != pixel_height) {
    // imgui_freetype.cpp, FreeTypeFont::SetPixelHeight.
    FT_Size_RequestRec req{};
    req.type = FT_SIZE_REQUEST_TYPE_REAL_DIM;
    req.width = 0;
    req.height = static_cast<FT_Long>(pixel_height) * 64;
    if (FT_Request_Size(f, &req) != 0) return std::nullopt;
    ft_->size_px[face] = pixel_height;
  }
  const FT_UInt index = FT_Get_Char_Index(f, cp);
  if (index == 0) return std::nullopt;
  // FreeTypeFont::LoadGlyph with no builder flags, then RenderGlyphAndGetInfo.
  if (FT_Load_Glyph(f, index, FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_NORMAL) != 0) return std::nullopt;
  FT_GlyphSlot slot = f->glyph;
  if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) return std::nullopt;
  const FT_Bitmap& bm = slot->bitmap;
  if (bm.pixel_mode != FT_PIXEL_MODE_GRAY && bm.width * bm.rows != 0) return std::nullopt;
  GlyphBitmap g;
  g.w = static_cast<int>(bm.width);
  g.h = static_cast<int>(bm.rows);
  g.left = slot->bitmap_left;
  g.top = slot->bitmap_top;
  g.advance = static_cast<float>(((slot->advance.x + 63) & -64) / 64);  // FT_CEIL
  g.alpha.resize(static_cast<std::size_t>(g.w) * static_cast<std::size_t>(g.h));
  for (int y = 0; y < g.h; ++y)
    std::memcpy(g.alpha.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(g.w),
                bm.buffer + static_cast<std::ptrdiff_t>(y) * bm.pitch, static_cast<std::size_t>(g.w));
  return g;
}

}  // namespace ui
