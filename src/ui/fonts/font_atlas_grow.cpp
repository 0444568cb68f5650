// FontAtlas between builds: glyphs joining the atlas one by one (incremental add into free texture
// space), glyphs prepared ahead on the preparer's thread, and the cap that a repack enforces.
#include <algorithm>
#include <cmath>
#include <imgui.h>

#include "base/utf8.h"
#include "ui/fonts/font_atlas.h"
#include "ui/fonts/glyph_preparer.h"
#include "ui/fonts/placeholder_glyph.h"

namespace ui {

void FontAtlas::want(FontRole role, std::string_view utf8) {
  // Fast path: most frames draw text whose characters are all known.
  added_ = false;
  for (char32_t cp : base::decode_utf8(utf8)) want_cp(role, cp, false);
  if (added_) {
    // One lookup table rebuild for the whole string (it also re-points the fallback glyph, which the
    // vector's growth may have moved).
    if (ImFont* f = fonts_[static_cast<size_t>(role)]) f->BuildLookupTable();
    added_ = false;
  }
}

bool FontAtlas::add_glyph(FontRole role, std::size_t face, char32_t cp) {
  const int size_px = pixel_size(role);
  std::optional<GlyphBitmap> g;
  bool prepared = false;
  if (preparer_) prepared = preparer_->take({face, size_px, cp}, g);
  if (!prepared) g = raster_.rasterize(face, size_px, cp);
  if (!g) return true;  // FreeType cannot draw it: like the full build, the glyph is left out
  if (!place(role, cp, *g)) return false;
  if (prepared) ++stats_.added_prepared;
  return true;
}

bool FontAtlas::place(FontRole role, char32_t cp, const GlyphBitmap& g) {
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
  if (g.w > 0 && g.h > 0) {
    const auto at = packer_.place(g.w, g.h);
    if (!at) return false;
    AtlasUpload up{at->x, at->y, g.w, g.h, {}};
    up.rgba.resize(g.alpha.size());
    for (std::size_t i = 0; i < g.alpha.size(); ++i) up.rgba[i] = IM_COL32(255, 255, 255, g.alpha[i]);
    uploads_.push_back(std::move(up));
    const auto tw = static_cast<float>(atlas.TexWidth), th = static_cast<float>(atlas.TexHeight);
    u0 = static_cast<float>(at->x) / tw;
    v0 = static_cast<float>(at->y) / th;
    u1 = static_cast<float>(at->x + g.w) / tw;
    v1 = static_cast<float>(at->y + g.h) / th;
  }
  ImFont* f = fonts_[static_cast<size_t>(role)];
  // BuildLookupTable appends a copy of ' ' as '\t' at the end; drop it so it is made once again
  // after this glyph instead of piling up.
  if (!f->Glyphs.empty() && f->Glyphs.back().Codepoint == '\t') f->Glyphs.pop_back();
  // As imgui_freetype.cpp places a glyph: bitmap offset from the pen, baseline at the rounded ascent.
  const ImFontConfig* cfg = f->ConfigData;
  const float off_x = cfg ? cfg->GlyphOffset.x : 0.0f;
  const float off_y = (cfg ? cfg->GlyphOffset.y : 0.0f) + std::floor(f->Ascent + 0.5f);
  const float x0 = static_cast<float>(g.left) + off_x, y0 = static_cast<float>(-g.top) + off_y;
  f->AddGlyph(cfg, static_cast<ImWchar>(cp), x0, y0, x0 + static_cast<float>(g.w), y0 + static_cast<float>(g.h), u0,
              v0, u1, v1, g.advance);
  ++stats_.glyphs;
  ++stats_.added;
  return true;
}

bool FontAtlas::add_placeholder(FontRole role) {
  // Noto Sans CJK has no U+FFFD: without one ImGui would fall back to '?' or a blank. Ours is one
  // em wide, placed like an ideograph. The caller rebuilds the lookup table.
  ImFont* f = fonts_[static_cast<size_t>(role)];
  if (!f || f->FindGlyphNoFallback(static_cast<ImWchar>(base::kReplacementChar))) return false;
  const int em = static_cast<int>(std::lround(px_[static_cast<size_t>(role)]));
  const auto q = raster_.rasterize(0, static_cast<int>(std::lround(pixel_size(role) * 0.62)), U'?');
  if (!place(role, base::kReplacementChar, placeholder_glyph(em, q ? &*q : nullptr))) return false;
  --stats_.added;  // not a character met in text
  f->FallbackChar = static_cast<ImWchar>(base::kReplacementChar);
  return true;
}

void FontAtlas::prepare(FontRole role, std::string_view utf8) {
  const auto r = static_cast<size_t>(role);
  const int size_px = pixel_size(role);
  std::vector<GlyphKey> keys;
  for (char32_t cp : base::decode_utf8(utf8)) {
    if (sets_[r].contains(cp)) continue;
    if (auto face = coverage_.face_for(cp)) keys.push_back({*face, size_px, cp});
  }
  if (keys.empty()) return;
  if (!preparer_) preparer_ = std::make_unique<GlyphPreparer>(coverage_.faces());
  preparer_->request(keys);
}

void FontAtlas::forget_prepared() {
  if (preparer_) preparer_->clear();
}

std::size_t FontAtlas::prepared_count() const { return preparer_ ? preparer_->prepared() : 0; }

std::vector<AtlasUpload> FontAtlas::take_uploads() {
  std::vector<AtlasUpload> out;
  out.swap(uploads_);
  return out;
}

long FontAtlas::dynamic_texels() const {
  long n = 0;
  for (auto role : kAllFontRoles) {
    const long side = static_cast<long>(std::ceil(px_[static_cast<size_t>(role)])) + 2;  // a CJK glyph is an em
    n += side * side * static_cast<long>(last_used_[static_cast<size_t>(role)].size());
  }
  return n;
}

bool FontAtlas::wants_repack() const {
  if (!built_ || dirty_) return false;
  return packer_.free_rows() < kLowWaterRows || dynamic_texels() > kDynamicTexelCap;
}

void FontAtlas::evict_over_cap() {
  long texels = dynamic_texels();
  if (texels <= kDynamicTexelCap) return;
  // Oldest first, down to three quarters of the cap so the next repack is not due at once.
  struct Entry {
    std::uint64_t used;
    std::size_t role;
    char32_t cp;
  };
  std::vector<Entry> all;
  for (std::size_t r = 0; r < kFontRoles; ++r)
    for (const auto& [cp, used] : last_used_[r]) all.push_back({used, r, cp});
  std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  const long target = kDynamicTexelCap * 3 / 4;
  for (const Entry& e : all) {
    if (texels <= target || e.used >= epoch_) break;  // never what the last frame drew
    const long side = static_cast<long>(std::ceil(px_[e.role])) + 2;
    texels -= side * side;
    last_used_[e.role].erase(e.cp);
    sets_[e.role].remove(e.cp);
    ++stats_.evicted;
  }
}

}  // namespace ui
