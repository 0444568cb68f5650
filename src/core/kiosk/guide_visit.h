#pragma once
// What a visit to the kiosk's 办事指南 holds (KioskSession::guide): the item shown and where the
// list stood, so 返回 comes back to the same page. Dropped with the visit like everything else.
#include <string>

namespace core {

struct GuideVisit {
  std::string item_code;      // KioskGuideItem: the catalog code of the item shown
  float list_scroll_px = 0;   // the list's page when the item was opened
};

}  // namespace core
