#include "ui/fonts/font_atlas.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_freetype.h>

#include "base/utf8.h"
#include "ui/fonts/glyph_preparer.h"

static_assert(sizeof(ImWchar) == 4, "onewindow needs ImGui built with IMGUI_USE_WCHAR32 (CJK Extension B names)");

namespace ui {

FontAtlas::FontAtlas(GlyphCoverage c) : coverage_(std::move(c)), raster_(coverage_.faces()) {}
FontAtlas::FontAtlas(FontAtlas&&) noexcept = default;
FontAtlas& FontAtlas::operator=(FontAtlas&&) noexcept = default;

base::Result<FontAtlas> FontAtlas::open(const std::vector<core::FontFace>& chain) {
  auto cov = GlyphCoverage::open(chain);
  if (!cov) return cov.error();
  FontAtlas a(std::move(*cov));
  const core::GlyphSet base = core::GlyphSet::with_base_ranges();
  // Roles other than Body start with the space and the placeholder only: the large sizes are the
  // costly ones in texture area, and they draw a few known strings.
  for (auto role : kAllFontRoles) {
    auto& set = a.sets_[static_cast<size_t>(role)];
    set.add(U' ');
    set.add(base::kReplacementChar);
  }
  for (char32_t cp : base.code_points()) a.sets_[static_cast<size_t>(FontRole::Body)].add(cp);
  // No face of the default chain has U+FFFD: it is drawn by us, in a role once that role needs it
  // (want_cp), so a start-up that shows no unknown character pays nothing for it.
  for (auto& set : a.sets_) set.remove(base::kReplacementChar);
  return a;
}

void FontAtlas::set_sizes(const std::array<float, kFontRoles>& px) {
  if (px != px_) {
    px_ = px;
    dirty_ = true;
  }
}

int FontAtlas::pixel_size(FontRole role) const {
  return static_cast<int>(std::round(px_[static_cast<size_t>(role)] * static_cast<float>(coverage_.line_height_per_em())));
}

void FontAtlas::seed(std::string_view utf8) {
  for (char32_t cp : base::decode_utf8(utf8)) want_cp(FontRole::Body, cp, true);
}

void FontAtlas::prewarm(std::string_view utf8) {
  prewarmed_ = true;
  for (FontRole r : {FontRole::Small, FontRole::Body, FontRole::Heading})
    for (char32_t cp : base::decode_utf8(utf8)) want_cp(r, cp, true);
}

void FontAtlas::want_cp(FontRole role, char32_t cp, bool pin) {
  const auto r = static_cast<size_t>(role);
  auto& set = sets_[r];
  if (set.contains(cp)) {
    if (last_used_[r].empty()) return;
    if (auto it = last_used_[r].find(cp); it != last_used_[r].end()) {
      if (pin) last_used_[r].erase(it);
      else it->second = epoch_;
    }
    return;
  }
  if (!set.add(cp)) return;  // control characters are never drawn
  const auto face = coverage_.face_for(cp);
  if (!face) {
    // Kept in the set so it is reported once; the atlas draws the placeholder instead.
    placeholder_wanted_[r] = true;
    if (built_ && !dirty_ && fonts_[r] && add_placeholder(role)) added_ = true;
    // U+FFFD itself is the placeholder, not an unknown character.
    if (cp != base::kReplacementChar && std::find(uncovered_.begin(), uncovered_.end(), cp) == uncovered_.end()) {
      uncovered_.push_back(cp);
      if (warn_) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "no configured font has U+%04X; it is drawn as a placeholder",
                      static_cast<unsigned>(cp));
        warn_(buf);
      }
    }
    return;
  }
  if (!pin) last_used_[r][cp] = epoch_;
  // Seeded and prewarmed text waits for a build (it comes in hundreds); so does everything while
  // a build is due anyway.
  if (pin || dirty_ || !built_ || !fonts_[r]) {
    dirty_ = true;
    return;
  }
  if (add_glyph(role, *face, cp)) {
    added_ = true;
    return;
  }
  ++stats_.builds_for_room;
  dirty_ = true;
}

// ImGui 1.86 copies the font data on AddFont unless the atlas "owns" it: 5 roles would mean five
// copies of a 19 MB collection. So the mapped bytes are handed over as owned (no copy), and the
// ownership is taken back before ImGui would free them (on Clear and on context destruction).
void FontAtlas::disown_font_data() {
  if (!ImGui::GetCurrentContext()) return;
  for (ImFontConfig& cfg : ImGui::GetIO().Fonts->ConfigData) cfg.FontDataOwnedByAtlas = false;
}

FontAtlas::~FontAtlas() { disown_font_data(); }

void FontAtlas::build() {
  const auto t0 = std::chrono::steady_clock::now();
  evict_over_cap();
  ImGuiIO& io = ImGui::GetIO();
  disown_font_data();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->TexDesiredWidth = kTextureWidth;
  // The height ImGui needs plus our reserve, not the next power of two (which can double it).
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  // Free rows for the glyphs added after this build; ImGui packs custom rectangles first (top left).
  // The start-up build keeps a small one (the placeholders, a first name) for a smaller first texture.
  const int reserve = io.Fonts->AddCustomRectRegular(kTextureWidth - io.Fonts->TexGlyphPadding,
                                                     prewarmed_ ? kReserveRows : kStartupReserveRows);
  ranges_.clear();
  stats_.glyphs = 0;
  const auto& faces = coverage_.faces();
  for (auto role : kAllFontRoles) {
    const auto& set = sets_[static_cast<size_t>(role)];
    // Per face, the code points it is first in the chain to draw.
    std::vector<std::vector<char32_t>> per_face(faces.size());
    for (char32_t cp : set.code_points()) {
      if (auto f = coverage_.face_for(cp)) per_face[*f].push_back(cp);
    }
    ImFont* primary = nullptr;
    for (size_t fi = 0; fi < faces.size(); ++fi) {
      if (per_face[fi].empty() && fi > 0) continue;
      std::vector<char32_t> r;
      for (char32_t cp : per_face[fi]) {
        if (!r.empty() && r.back() + 1 == cp) r.back() = cp;
        else { r.push_back(cp); r.push_back(cp); }
      }
      if (r.empty()) { r.push_back(0x20); r.push_back(0x20); }
      r.push_back(0);
      stats_.glyphs += per_face[fi].size();
      ranges_.push_back(std::move(r));
      ImFontConfig cfg;
      cfg.FontData = const_cast<unsigned char*>(faces[fi].file->data());
      cfg.FontDataSize = static_cast<int>(faces[fi].file->size());
      cfg.FontDataOwnedByAtlas = true;  // no copy; see disown_font_data()
      cfg.FontNo = faces[fi].index;
      cfg.SizePixels = static_cast<float>(pixel_size(role));
      cfg.MergeMode = primary != nullptr;
      cfg.GlyphRanges = reinterpret_cast<const ImWchar*>(ranges_.back().data());
      cfg.PixelSnapH = true;
      std::snprintf(cfg.Name, sizeof cfg.Name, "role%zu-face%zu", static_cast<size_t>(role), fi);
      ImFont* f = io.Fonts->AddFont(&cfg);
      if (!primary) primary = f;
    }
    fonts_[static_cast<size_t>(role)] = primary;
  }
  io.Fonts->Build();
  io.FontDefault = fonts_[static_cast<size_t>(FontRole::Body)];
  find_free_space(reserve);
  uploads_.clear();  // the whole texture is uploaded after a build
  for (auto role : kAllFontRoles)
    if (placeholder_wanted_[static_cast<size_t>(role)] && add_placeholder(role)) font(role)->BuildLookupTable();
  stats_.texture_width = io.Fonts->TexWidth;
  stats_.texture_height = io.Fonts->TexHeight;
  stats_.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ++stats_.builds;
  dirty_ = false;
  built_ = true;
}

void FontAtlas::find_free_space(int reserve_index) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  packer_.reset();
  if (const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(reserve_index); r && r->IsPacked())
    packer_.add_region({r->X, r->Y, r->Width, r->Height});
  // Any rows below ImGui's last glyph (none when the height is not rounded up) are free too.
  int bottom = 0;
  for (const ImFontAtlasCustomRect& r : atlas.CustomRects) bottom = std::max(bottom, r.Y + r.Height);
  for (const ImFont* f : atlas.Fonts)
    for (const ImFontGlyph& g : f->Glyphs)
      bottom = std::max(bottom, static_cast<int>(std::ceil(g.V1 * static_cast<float>(atlas.TexHeight))));
  packer_.add_region({0, bottom, atlas.TexWidth, atlas.TexHeight - bottom});
}

}  // namespace ui
