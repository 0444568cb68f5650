#pragma once
// The ImGui font atlas, built from the glyphs actually shown. Each role (size) keeps its own set:
// Body starts with ASCII, CJK punctuation and every character of the UI catalog; other roles start
// empty and grow as text is drawn in them. Text met at run time (a name from a card) is
// registered while a frame is built; if it brings new characters the atlas is rebuilt and the frame
// drawn again before it is shown, so no placeholder box ever reaches the screen for a character a
// configured font has.
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/glyph_set.h"
#include "base/result.h"
#include "ui/fonts/font_role.h"
#include "ui/fonts/glyph_coverage.h"

struct ImFont;

namespace ui {

struct AtlasStats {
  std::size_t glyphs = 0;       // over all roles
  int texture_width = 0, texture_height = 0;
  double build_ms = 0;          // the last build
  int builds = 0;
};

class FontAtlas {
 public:
  using Warn = std::function<void(const std::string&)>;

  static base::Result<FontAtlas> open(const std::vector<core::FontFace>& chain);
  ~FontAtlas();
  FontAtlas(FontAtlas&&) = default;
  FontAtlas& operator=(FontAtlas&&) = default;

  // Sizes are em sizes in pixels (a CJK character is one em wide), as a CSS font-size.
  void set_sizes(const std::array<float, kFontRoles>& em_px);
  void set_warning_sink(Warn w) { warn_ = std::move(w); }

  // Seeds the Body role (UI catalog strings, hall name).
  void seed(std::string_view utf8);
  // Registers text in the text sizes (Small, Body, Heading), so screens met later draw without an
  // atlas rebuild (done once, while the terminal is idle after its first frame: start-up is not
  // slowed by it). Title and Display grow on demand: their glyphs cost most to rasterise, and every
  // later rebuild (a name's new character) rasterises the whole atlas again.
  void prewarm(std::string_view utf8);
  // Called for every string drawn: registers its characters for that role.
  void want(FontRole role, std::string_view utf8);
  bool dirty() const { return dirty_; }

  // Rebuilds ImGui's atlas (needs a current ImGui context, outside NewFrame/Render). The caller
  // uploads the texture afterwards.
  void build();
  ImFont* font(FontRole role) const { return fonts_[static_cast<std::size_t>(role)]; }
  const AtlasStats& stats() const { return stats_; }
  // True if some configured face draws cp.
  bool covered(char32_t cp) const { return coverage_.face_for(cp).has_value(); }
  const std::vector<char32_t>& uncovered() const { return uncovered_; }

 private:
  explicit FontAtlas(GlyphCoverage c) : coverage_(std::move(c)) {}
  void want_cp(FontRole role, char32_t cp);
  static void disown_font_data();

  GlyphCoverage coverage_;
  std::array<core::GlyphSet, kFontRoles> sets_;
  std::array<float, kFontRoles> px_{30, 36, 44, 56, 72};
  std::array<ImFont*, kFontRoles> fonts_{};
  // ImGui keeps pointers to glyph ranges until the next build: they live here.
  std::vector<std::vector<char32_t>> ranges_;
  std::vector<char32_t> uncovered_;
  Warn warn_;
  bool dirty_ = true;
  AtlasStats stats_;
};

}  // namespace ui
