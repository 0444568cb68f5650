#pragma once
// Draws text the way a thermal printer lays it out: on a grid of 12-dot half-width cells (ASCII one
// cell, every other character two, as printers do in Chinese mode), 24-dot glyphs, doubled for
// double width/height. Glyphs come from the configured font chain through FreeType (the CJK face
// has 䶮 and 𠀾); a character no face has is drawn as an empty box, never dropped.
// Glyph bitmaps are cached, so a second slip costs only the blits. Thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/slip/canvas.h"
#include "core/config.h"
#include "base/result.h"

namespace app::slip {

inline constexpr int kCellDots = 12;       // half-width character cell (Font A 12×24)
inline constexpr int kGlyphDots = 24;      // glyph height, and a full-width cell's width
inline constexpr int kLineDots = 32;       // line pitch: 24-dot glyphs + 8 dots of spacing

struct CellStyle {
  bool bold = false;
  bool double_width = false;
  bool double_height = false;
};

// Cells a character takes: 1 for ASCII, 2 otherwise.
int cells_of(char32_t cp);
int cells_of(std::string_view utf8);

// Splits `utf8` into lines of at most `columns` cells; continuation lines start with `hanging`
// cells of indent (spaces). Breaks between any two characters except inside an ASCII word when it
// fits on a line of its own.
std::vector<std::string> wrap_cells(std::string_view utf8, int columns, int hanging = 0);

class SlipFont {
 public:
  static base::Result<std::shared_ptr<SlipFont>> open(const std::vector<core::FontFace>& chain);
  ~SlipFont();
  SlipFont(const SlipFont&) = delete;
  SlipFont& operator=(const SlipFont&) = delete;

  // Draws one line with its top-left at (x, top); returns the width drawn in dots.
  int draw(Canvas& canvas, int x, int top, std::string_view utf8, const CellStyle& style);

  // Default chain: the Noto CJK SC face (core::Config{}.fonts.chain).
  static base::Result<std::shared_ptr<SlipFont>> open_default();

 private:
  struct Glyph {
    int width = 0, rows = 0, left = 0, top = 0;
    std::vector<std::uint8_t> coverage;
    bool missing = false;
  };
  struct State;
  SlipFont();
  const Glyph& glyph(char32_t cp, int px);  // under mutex_

  std::unique_ptr<State> state_;
  std::mutex mutex_;
  std::unordered_map<std::uint64_t, Glyph> cache_;
};

}  // namespace app::slip
