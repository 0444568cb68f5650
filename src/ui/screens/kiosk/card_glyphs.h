#pragma once
// The kiosk's card path, font side: the moment a card is read, the text of it that the status
// screen will show (the greeting's masked name, in the Title size) is handed to the atlas to be
// rasterised on the preparer's thread while the store looks the resident up.
#include "base/id_card_record.h"
#include "ui/fonts/font_atlas.h"

namespace ui::screens {

void prepare_card_glyphs(FontAtlas& fonts, const base::IdCardRecord& card);

}  // namespace ui::screens
