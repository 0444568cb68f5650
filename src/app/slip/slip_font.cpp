#include "app/slip/slip_font.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>

#include "base/utf8.h"
#include "ui/fonts/font_file.h"

namespace app::slip {

struct SlipFont::State {
  FT_Library lib = nullptr;
  std::vector<FT_Face> faces;
  std::vector<std::shared_ptr<ui::FontFile>> files;  // keep the mapped bytes alive
  ~State() {
    for (FT_Face f : faces) FT_Done_Face(f);
    if (lib) FT_Done_FreeType(lib);
  }
};

int cells_of(char32_t cp) { return cp < 0x80 ? 1 : 2; }

int cells_of(std::string_view utf8) {
  int n = 0;
  for (char32_t cp : base::decode_utf8(utf8)) n += cells_of(cp);
  return n;
}

std::vector<std::string> wrap_cells(std::string_view utf8, int columns, int hanging) {
  std::vector<std::string> lines;
  const auto cps = base::decode_utf8(utf8);
  columns = std::max(columns, 2);
  hanging = std::clamp(hanging, 0, columns / 2);
  std::u32string line;
  int used = 0;
  auto is_word = [](char32_t c) { return c < 0x80 && c != U' '; };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    const int w = cells_of(cp);
    if (used + w > columns) {
      // Keep an ASCII word (an acceptance number, a phone) whole if it fits on the next line.
      std::size_t cut = line.size();
      if (is_word(cp)) {
        while (cut > 0 && is_word(line[cut - 1])) --cut;
        // Only when the word then fits on the continuation line, and the line keeps something.
        int head = 0, word = 0;
        for (std::size_t k = 0; k < line.size(); ++k) (k < cut ? head : word) += cells_of(line[k]);
        for (std::size_t k = i; k < cps.size() && is_word(cps[k]); ++k) word += cells_of(cps[k]);
        if (head <= hanging || hanging + word > columns) cut = line.size();
      }
      std::u32string rest = line.substr(cut);
      line.resize(cut);
      while (!line.empty() && line.back() == U' ') line.pop_back();
      lines.push_back(base::encode_utf8(line));
      line.assign(static_cast<std::size_t>(hanging), U' ');
      line += rest;
      used = hanging;
      for (char32_t r : rest) used += cells_of(r);
      if (cp == U' ') continue;
    }
    line.push_back(cp);
    used += w;
  }
  lines.push_back(base::encode_utf8(line));
  return lines;
}

SlipFont::SlipFont() : state_(std::make_unique<State>()) {}
SlipFont::~SlipFont() = default;

base::Result<std::shared_ptr<SlipFont>> SlipFont::open(const std::vector<core::FontFace>& chain) {
  if (chain.empty()) return base::Error{"no fonts configured ([fonts] chain is empty)"};
  std::shared_ptr<SlipFont> font(new SlipFont());
  if (FT_Init_FreeType(&font->state_->lib) != 0) return base::Error{"FreeType could not start"};
  for (const auto& f : chain) {
    auto file = ui::FontFile::map(f.path);
    if (!file) return file.error();
    FT_Face face = nullptr;
    if (FT_New_Memory_Face(font->state_->lib, (*file)->data(), static_cast<FT_Long>((*file)->size()), f.face,
                           &face) != 0) {
      return base::Error{"font " + f.path + ": face " + std::to_string(f.face) + " cannot be opened"};
    }
    font->state_->faces.push_back(face);
    font->state_->files.push_back(*file);
  }
  return font;
}

base::Result<std::shared_ptr<SlipFont>> SlipFont::open_default() { return open(core::Config{}.fonts.chain); }

const SlipFont::Glyph& SlipFont::glyph(char32_t cp, int px) {
  const std::uint64_t key = (static_cast<std::uint64_t>(px) << 32) | cp;
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  Glyph g;
  g.missing = true;
  for (FT_Face face : state_->faces) {
    const FT_UInt index = FT_Get_Char_Index(face, cp);
    if (index == 0) continue;
    FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
    if (FT_Load_Glyph(face, index, FT_LOAD_RENDER | FT_LOAD_TARGET_NORMAL) != 0) continue;
    const FT_GlyphSlot s = face->glyph;
    // Baseline at 88 % of the cell height: where Noto CJK's ideographic em box puts it.
    g.missing = false;
    g.width = static_cast<int>(s->bitmap.width);
    g.rows = static_cast<int>(s->bitmap.rows);
    g.left = s->bitmap_left;
    g.top = s->bitmap_top;
    g.coverage.resize(static_cast<std::size_t>(g.width * g.rows));
    for (int r = 0; r < g.rows; ++r)
      std::copy_n(s->bitmap.buffer + r * s->bitmap.pitch, g.width, g.coverage.begin() + r * g.width);
    break;
  }
  return cache_.emplace(key, std::move(g)).first->second;
}

int SlipFont::draw(Canvas& canvas, int x, int top, std::string_view utf8, const CellStyle& style) {
  std::lock_guard lock(mutex_);
  const int sx = style.double_width ? 2 : 1, sy = style.double_height ? 2 : 1;
  const int px = kGlyphDots * sy;
  const int baseline = top + px * 88 / 100;
  canvas.ensure_rows(top + px);
  int pen = x;
  for (char32_t cp : base::decode_utf8(utf8)) {
    const int cell = cells_of(cp) * kCellDots * sx;
    if (cp != U' ') {
      const Glyph& g = glyph(cp, px);
      if (g.missing) {  // an empty box the size of the cell, so nothing silently disappears
        const int m = 2 * sx;
        canvas.fill(pen + m, top + 2, cell - 2 * m, 1);
        canvas.fill(pen + m, top + px - 3, cell - 2 * m, 1);
        canvas.fill(pen + m, top + 2, 1, px - 4);
        canvas.fill(pen + cell - m - 1, top + 2, 1, px - 4);
      } else {
        // Glyphs drawn at double height only; double width stretches them horizontally.
        const int gw = g.width * sx / sy;
        const int ox = pen + (cell - gw) / 2;
        const int oy = baseline - g.top;
        for (int r = 0; r < g.rows; ++r) {
          for (int c = 0; c < gw; ++c) {
            const std::uint8_t v = g.coverage[static_cast<std::size_t>(r * g.width + c * sy / sx)];
            canvas.darken(ox + c, oy + r, v);
            if (style.bold) canvas.darken(ox + c + 1, oy + r, v);
          }
        }
      }
    }
    pen += cell;
  }
  return pen - x;
}

}  // namespace app::slip
