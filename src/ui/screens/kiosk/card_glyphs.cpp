#include "ui/screens/kiosk/card_glyphs.h"

#include "core/domain/masking.h"

namespace ui::screens {

void prepare_card_glyphs(FontAtlas& fonts, const base::IdCardRecord& card) {
  // The previous card's glyphs that no frame took are not wanted any more.
  fonts.forget_prepared();
  // resident_status_screen.cpp: the greeting carries the masked name in the Title size.
  fonts.prepare(FontRole::Title, core::mask_name(card.name.empty() ? card.english_name : card.name));
}

}  // namespace ui::screens
