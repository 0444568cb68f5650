#pragma once
// The ImGui font atlas, built from the glyphs actually shown. Each role (size) keeps its own set:
// Body starts with ASCII, CJK punctuation and every character of the UI catalog; other roles start
// empty and grow as text is drawn in them.
//
// Text met at run time (a name from a card) joins the atlas glyph by glyph while the frame is built,
// before the text is drawn: FreeType rasterises just the new characters (or they were prepared on a
// thread of their own when the card was read), they go into free space of the existing texture
// (a reserve ImGui packs for us, and the rows below its own glyphs), the region is uploaded with
// glTexSubImage2D, and an ImFontGlyph is added to the role's ImFont. No whole-atlas rebuild on the
// card's path; the texture is repacked (a full build) only when its free space runs low, and then
// between visits (Terminal), where glyphs unused for longest are dropped to keep the texture under
// a cap. No placeholder box ever reaches the screen for a character a configured font has.
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/glyph_set.h"
#include "base/result.h"
#include "ui/fonts/font_role.h"
#include "ui/fonts/glyph_coverage.h"
#include "ui/fonts/glyph_raster.h"
#include "ui/fonts/shelf_packer.h"

struct ImFont;

namespace ui {

class GlyphPreparer;

struct AtlasStats {
  std::size_t glyphs = 0;       // over all roles
  int texture_width = 0, texture_height = 0;
  double build_ms = 0;          // the last build
  int builds = 0;
  // Glyphs added without a build, how many of them had been prepared off the UI thread, and the
  // builds forced because the free space ran out while a frame wanted a glyph (the slow path).
  std::size_t added = 0, added_prepared = 0;
  int builds_for_room = 0;
  std::size_t evicted = 0;      // glyphs dropped at a repack to keep under the cap
};

// A region of the font texture to upload (RGBA, white with the glyph's coverage as alpha, the
// format ImGui's OpenGL backend gave the texture).
struct AtlasUpload {
  int x = 0, y = 0, w = 0, h = 0;
  std::vector<std::uint32_t> rgba;
};

class FontAtlas {
 public:
  using Warn = std::function<void(const std::string&)>;
  // Texture width and the reserve of free rows every build leaves for glyphs added later.
  static constexpr int kTextureWidth = 1024;
  static constexpr int kReserveRows = 512;
  static constexpr int kStartupReserveRows = 96;
  // A repack is due when fewer free rows are left than this (a few shelves of the largest glyphs).
  static constexpr int kLowWaterRows = 128;
  // Glyphs added at run time may take about this many texels; beyond it a repack drops the ones
  // unused for longest (catalog glyphs are never dropped).
  static constexpr long kDynamicTexelCap = 768L * 1024L;

  static base::Result<FontAtlas> open(const std::vector<core::FontFace>& chain);
  ~FontAtlas();
  FontAtlas(FontAtlas&&) noexcept;
  FontAtlas& operator=(FontAtlas&&) noexcept;

  // Sizes are em sizes in pixels (a CJK character is one em wide), as a CSS font-size.
  void set_sizes(const std::array<float, kFontRoles>& em_px);
  void set_warning_sink(Warn w) { warn_ = std::move(w); }

  // Seeds the Body role (UI catalog strings, hall name).
  void seed(std::string_view utf8);
  // Registers text in the text sizes (Small, Body, Heading), so screens met later draw without
  // adding glyphs (done once, while the terminal is idle after its first frame: start-up is not
  // slowed by it). Title and Display grow on demand. Seeded and prewarmed glyphs are never dropped.
  void prewarm(std::string_view utf8);
  // Called for every string drawn, before it is drawn: its new characters join the atlas now.
  void want(FontRole role, std::string_view utf8);
  // Text about to be shown (a card's name): its new characters are rasterised on the preparer's
  // thread, to be taken by the frame that wants them. Adds nothing to the atlas by itself.
  void prepare(FontRole role, std::string_view utf8);
  void forget_prepared();
  // Glyphs the preparer has rasterised so far (tests, benchmarks).
  std::size_t prepared_count() const;
  // A full build is needed before the next frame (first frame, sizes changed, no room left).
  bool dirty() const { return dirty_; }
  // Free space is low or run-time glyphs are over the cap: repack (build()) at the next quiet moment.
  bool wants_repack() const;

  // Rebuilds ImGui's atlas (needs a current ImGui context, outside NewFrame/Render). The caller
  // uploads the texture afterwards.
  void build();
  // Regions of the texture changed since the last call (glyphs added after the build).
  std::vector<AtlasUpload> take_uploads();
  // Marks a new frame: glyphs drawn in it count as recently used.
  void begin_frame() { ++epoch_; }

  ImFont* font(FontRole role) const { return fonts_[static_cast<std::size_t>(role)]; }
  const AtlasStats& stats() const { return stats_; }
  // ImFontConfig::SizePixels of a role's font.
  int pixel_size(FontRole role) const;
  // True if some configured face draws cp.
  bool covered(char32_t cp) const { return coverage_.face_for(cp).has_value(); }
  const std::vector<char32_t>& uncovered() const { return uncovered_; }
  // Free texels left for glyphs added without a build.
  long free_texels() const { return packer_.free_texels(); }

 private:
  explicit FontAtlas(GlyphCoverage c);
  void want_cp(FontRole role, char32_t cp, bool pin);
  bool add_glyph(FontRole role, std::size_t face, char32_t cp);  // false: no room
  bool place(FontRole role, char32_t cp, const GlyphBitmap& g);   // false: no room
  bool add_placeholder(FontRole role);  // U+FFFD, if no face has it
  void evict_over_cap();
  void find_free_space(int reserve_index);
  long dynamic_texels() const;
  static void disown_font_data();

  GlyphCoverage coverage_;
  GlyphRaster raster_;  // the UI thread's FreeType, for glyphs nobody prepared
  std::unique_ptr<GlyphPreparer> preparer_;
  std::array<core::GlyphSet, kFontRoles> sets_;
  // Glyphs added at run time (not seeded or prewarmed), with the frame that last drew them.
  std::array<std::unordered_map<char32_t, std::uint64_t>, kFontRoles> last_used_;
  std::array<float, kFontRoles> px_{30, 36, 44, 56, 72};
  std::array<ImFont*, kFontRoles> fonts_{};
  // ImGui keeps pointers to glyph ranges until the next build: they live here.
  std::vector<std::vector<char32_t>> ranges_;
  std::vector<char32_t> uncovered_;
  std::array<bool, kFontRoles> placeholder_wanted_{};
  ShelfPacker packer_;
  std::vector<AtlasUpload> uploads_;
  Warn warn_;
  std::uint64_t epoch_ = 0;
  bool dirty_ = true;
  bool built_ = false;
  bool prewarmed_ = false;  // builds before the prewarm (start-up) leave a smaller reserve
  bool added_ = false;  // want() added a glyph: the font's lookup table needs rebuilding
  AtlasStats stats_;
};

}  // namespace ui
