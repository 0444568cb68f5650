#pragma once
// Which face of the configured fallback chain draws a code point. Asked of FreeType directly, so
// the atlas gets each glyph from the first face that has it and a character no face has is known
// (and logged) instead of silently becoming a box.
#include <memory>
#include <optional>
#include <vector>

#include "core/config.h"
#include "base/result.h"
#include "ui/fonts/font_file.h"

namespace ui {

class GlyphCoverage {
 public:
  struct Face {
    std::shared_ptr<FontFile> file;
    int index = 0;
  };
  static base::Result<GlyphCoverage> open(const std::vector<core::FontFace>& chain);
  ~GlyphCoverage();
  GlyphCoverage(GlyphCoverage&&) noexcept;
  GlyphCoverage& operator=(GlyphCoverage&&) noexcept;

  // Index into faces() of the first face with a glyph for cp, or nullopt if none has one.
  std::optional<size_t> face_for(char32_t cp) const;
  const std::vector<Face>& faces() const { return faces_; }
  // (ascender - descender) / em of the primary face. ImGui's FreeType builder sizes a font by that
  // line height, so an em of N px needs a size of N times this.
  double line_height_per_em() const;

 private:
  GlyphCoverage() = default;
  struct FtState;
  std::unique_ptr<FtState> ft_;
  std::vector<Face> faces_;
};

}  // namespace ui
