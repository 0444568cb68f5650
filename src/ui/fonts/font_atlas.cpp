#include "ui/fonts/font_atlas.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <imgui_freetype.h>

#include "base/utf8.h"

static_assert(sizeof(ImWchar) == 4, "onewindow needs ImGui built with IMGUI_USE_WCHAR32 (CJK Extension B names)");

namespace ui {

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
  return a;
}

void FontAtlas::set_sizes(const std::array<float, kFontRoles>& px) {
  if (px != px_) {
    px_ = px;
    dirty_ = true;
  }
}

void FontAtlas::seed(std::string_view utf8) { want(FontRole::Body, utf8); }

void FontAtlas::prewarm(std::string_view utf8) {
  for (FontRole r : {FontRole::Small, FontRole::Body, FontRole::Heading}) want(r, utf8);
}

void FontAtlas::want_cp(FontRole role, char32_t cp) {
  auto& set = sets_[static_cast<size_t>(role)];
  if (set.contains(cp)) return;
  if (!set.add(cp)) return;  // control characters are never drawn
  if (!coverage_.face_for(cp)) {
    // Kept in the set so it is reported once; the atlas draws the placeholder instead.
    if (std::find(uncovered_.begin(), uncovered_.end(), cp) == uncovered_.end()) {
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
  dirty_ = true;
}

void FontAtlas::want(FontRole role, std::string_view utf8) {
  // Fast path: most frames draw text whose characters are all known.
  for (char32_t cp : base::decode_utf8(utf8)) want_cp(role, cp);
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
  ImGuiIO& io = ImGui::GetIO();
  disown_font_data();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->TexDesiredWidth = 1024;
  ranges_.clear();
  stats_.glyphs = 0;
  const auto& faces = coverage_.faces();
  const double line_ratio = coverage_.line_height_per_em();
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
      cfg.SizePixels = std::round(px_[static_cast<size_t>(role)] * static_cast<float>(line_ratio));
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
  stats_.texture_width = io.Fonts->TexWidth;
  stats_.texture_height = io.Fonts->TexHeight;
  stats_.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ++stats_.builds;
  dirty_ = false;
}

}  // namespace ui
