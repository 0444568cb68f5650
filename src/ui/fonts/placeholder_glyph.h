#pragma once
// U+FFFD REPLACEMENT CHARACTER drawn by us when no configured face has it (Noto Sans CJK has
// none): a black diamond with the face's own '?' cut out of it, one em wide like a CJK character.
// Characters no font has draw as this glyph (ImGui's fallback), never as an empty space. Pure.
#include "ui/fonts/glyph_raster.h"

namespace ui {

// `question` is the face's '?' at a size that fits inside the diamond (may be null: then a plain
// diamond). The result is placed like an ideograph: `top` rows above the baseline.
GlyphBitmap placeholder_glyph(int em_px, const GlyphBitmap* question);

}  // namespace ui
