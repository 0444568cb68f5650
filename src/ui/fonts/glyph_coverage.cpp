#include "ui/fonts/glyph_coverage.h"

#include <ft2build.h>
#include FT_FREETYPE_H

namespace ui {

struct GlyphCoverage::FtState {
  FT_Library lib = nullptr;
  std::vector<FT_Face> faces;
  ~FtState() {
    for (FT_Face f : faces) FT_Done_Face(f);
    if (lib) FT_Done_FreeType(lib);
  }
};

GlyphCoverage::~GlyphCoverage() = default;
GlyphCoverage::GlyphCoverage(GlyphCoverage&&) noexcept = default;
GlyphCoverage& GlyphCoverage::operator=(GlyphCoverage&&) noexcept = default;

base::Result<GlyphCoverage> GlyphCoverage::open(const std::vector<core::FontFace>& chain) {
  if (chain.empty()) return base::Error{"no fonts configured ([fonts] chain is empty)"};
  GlyphCoverage c;
  c.ft_ = std::make_unique<FtState>();
  if (FT_Init_FreeType(&c.ft_->lib) != 0) return base::Error{"FreeType could not start"};
  for (const auto& f : chain) {
    auto file = FontFile::map(f.path);
    if (!file) return file.error();
    FT_Face face = nullptr;
    if (FT_New_Memory_Face(c.ft_->lib, (*file)->data(), static_cast<FT_Long>((*file)->size()), f.face, &face) != 0)
      return base::Error{"font " + f.path + ": face " + std::to_string(f.face) +
                         " cannot be opened (not a font, or the collection has fewer faces)"};
    c.ft_->faces.push_back(face);
    c.faces_.push_back({*file, f.face});
  }
  return c;
}

double GlyphCoverage::line_height_per_em() const {
  const FT_Face f = ft_->faces.front();
  if (!f->units_per_EM || f->ascender - f->descender <= 0) return 1.0;
  return static_cast<double>(f->ascender - f->descender) / f->units_per_EM;
}

std::optional<size_t> GlyphCoverage::face_for(char32_t cp) const {
  for (size_t i = 0; i < ft_->faces.size(); ++i)
    if (FT_Get_Char_Index(ft_->faces[i], cp) != 0) return i;
  return std::nullopt;
}

}  // namespace ui
