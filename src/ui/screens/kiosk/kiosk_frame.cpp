// The kiosk's screens: the welcome, and a visit — reading, the resident's status, an unknown
// person, a slip's progress, a plain message — with the idle countdown or the printed paper over it.
#include "ui/screens/screens.h"

namespace ui::screens {

bool kiosk_visit(core::ScreenId s) {
  return s == core::ScreenId::CardReading || s == core::ScreenId::ResidentStatus ||
         s == core::ScreenId::UnknownPerson || s == core::ScreenId::SlipProgress || s == core::ScreenId::KioskMessage ||
         s == core::ScreenId::KioskGuide || s == core::ScreenId::KioskGuideItem || s == core::ScreenId::KioskRating;
}

void draw_kiosk(const core::AppState& s, UiContext& ui, Area area) {
  if (!kiosk_visit(s.screen)) {
    draw_welcome(s, ui, area);
    return;
  }
  if (s.kiosk.countdown_s >= 0) {
    draw_idle_countdown(s, ui, area);
    return;
  }
  if (s.kiosk.show_paper && s.kiosk.paper) {
    draw_paper(s, ui, area);
    return;
  }
  switch (s.screen) {
    case core::ScreenId::CardReading: draw_card_reading(s, ui, area); break;
    case core::ScreenId::ResidentStatus: draw_resident_status(s, ui, area); break;
    case core::ScreenId::UnknownPerson: draw_unknown_person(s, ui, area); break;
    case core::ScreenId::SlipProgress: draw_slip_progress(s, ui, area); break;
    case core::ScreenId::KioskMessage: draw_kiosk_message(s, ui, area); break;
    case core::ScreenId::KioskGuide: draw_guide(s, ui, area); break;
    case core::ScreenId::KioskGuideItem: draw_guide_item(s, ui, area); break;
    case core::ScreenId::KioskRating: draw_kiosk_rating(s, ui, area); break;
    default: break;
  }
}

}  // namespace ui::screens
