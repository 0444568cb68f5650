#include "core/text/glyph_set.h"

#include "base/utf8.h"

namespace core {

namespace {
// Control characters never reach the atlas: they are not drawn.
bool drawable(char32_t cp) { return cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0); }
}  // namespace

GlyphSet GlyphSet::with_base_ranges() {
  GlyphSet g;
  for (char32_t c = 0x20; c <= 0x7E; ++c) g.add(c);        // ASCII
  for (char32_t c = 0x3000; c <= 0x303F; ++c) g.add(c);    // CJK symbols and punctuation
  for (char32_t c = 0xFF01; c <= 0xFF5E; ++c) g.add(c);    // full-width forms
  for (char32_t c : {U'·', U'—', U'…', U'“', U'”', U'‘', U'’', U'×', U'→', U'✓', U'●', U'○'}) g.add(c);
  g.add(base::kReplacementChar);  // the visible placeholder for characters no font has
  return g;
}

size_t GlyphSet::add_text(std::string_view utf8) {
  size_t added = 0;
  for (char32_t cp : base::decode_utf8(utf8))
    if (add(cp)) ++added;
  return added;
}

bool GlyphSet::add(char32_t cp) {
  if (!drawable(cp)) return false;
  return cps_.insert(cp).second;
}

std::vector<std::pair<char32_t, char32_t>> GlyphSet::ranges() const {
  std::vector<std::pair<char32_t, char32_t>> out;
  for (char32_t cp : cps_) {
    if (!out.empty() && out.back().second + 1 == cp)
      out.back().second = cp;
    else
      out.emplace_back(cp, cp);
  }
  return out;
}

}  // namespace core
