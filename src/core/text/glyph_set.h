#pragma once
// Which characters the on-screen font atlas must hold. The atlas is built from the text actually
// shown (UI catalog, config, names met at run time), not from a 20,000-glyph range: a few hundred
// glyphs build in milliseconds, the full Chinese range costs ~0.4 s and ~400 MB.
#include <cstddef>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

class GlyphSet {
 public:
  // ASCII, CJK symbols and punctuation, full-width forms, and the placeholder glyph.
  static GlyphSet with_base_ranges();

  // Adds every code point of the UTF-8 text; returns how many were new.
  size_t add_text(std::string_view utf8);
  bool add(char32_t cp);
  bool contains(char32_t cp) const { return cps_.count(cp) != 0; }
  bool remove(char32_t cp) { return cps_.erase(cp) != 0; }
  size_t size() const { return cps_.size(); }
  const std::set<char32_t>& code_points() const { return cps_; }

  // Inclusive [first, last] runs of consecutive code points, ascending.
  std::vector<std::pair<char32_t, char32_t>> ranges() const;

 private:
  std::set<char32_t> cps_;
};

}  // namespace core
