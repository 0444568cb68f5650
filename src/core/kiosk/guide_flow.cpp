#include "core/kiosk/guide_flow.h"

#include "core/kiosk/kiosk_flow.h"

namespace core::kiosk {

namespace {

bool kiosk_mode(const AppState& s) { return s.mode == Mode::Kiosk; }

bool in_guide(const AppState& s) { return s.screen == ScreenId::KioskGuide || s.screen == ScreenId::KioskGuideItem; }

// A notice printed for one item is not offered as another's: the print corner starts afresh, and
// the printer's answer for the old job is ignored.
void forget_print(KioskSession& k) {
  k.print = KioskPrint::None;
  k.print_problem_key.clear();
  k.print_job = 0;
  k.paper.reset();
  k.show_paper = false;
}

void show(AppState& s, ScreenId screen, float scroll_px) {
  s.screen = screen;
  s.kiosk.scroll_px = scroll_px;
  s.kiosk.last_activity = s.now;
  forget_print(s.kiosk);
  touch(s);
}

}  // namespace

const ServiceItem* guide_item(const AppState& s) {
  if (s.screen != ScreenId::KioskGuideItem || !s.guide_catalog) return nullptr;
  return s.guide_catalog->find(s.kiosk.guide.item_code);
}

Effects on(AppState& s, const ev::GuideLoaded& e) {
  if (!e.catalog) return {};
  s.guide_catalog = e.catalog;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::GuideUnavailable&) {
  if (!in_guide(s)) return {};
  s.kiosk.message_key = "kiosk.guide_unavailable";
  s.screen = ScreenId::KioskMessage;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::OpenGuide&) {
  // From the welcome screen only: during a visit the resident's own screen stays.
  if (!kiosk_mode(s) || in_visit(s)) return {};
  s.notice_key.clear();
  s.attract = false;
  s.kiosk.guide = GuideVisit{};
  show(s, ScreenId::KioskGuide, 0);
  if (!s.guide_catalog) return {fx::LoadGuide{}};
  return {};
}

Effects on(AppState& s, const intent::OpenGuideItem& e) {
  if (s.screen != ScreenId::KioskGuide || !s.guide_catalog || !s.guide_catalog->find(e.code)) return {};
  s.kiosk.guide.item_code = e.code;
  s.kiosk.guide.list_scroll_px = s.kiosk.scroll_px;
  show(s, ScreenId::KioskGuideItem, 0);
  return {};
}

Effects on(AppState& s, const intent::GuideBack&) {
  if (s.screen != ScreenId::KioskGuideItem) return {};
  s.kiosk.guide.item_code.clear();
  show(s, ScreenId::KioskGuide, s.kiosk.guide.list_scroll_px);
  return {};
}

Effects on(AppState& s, const intent::PrintGuideNotice&) {
  const ServiceItem* item = guide_item(s);
  if (!item || !s.printer_ready() || s.kiosk.print == KioskPrint::Printing) return {};
  s.kiosk.paper.reset();
  s.kiosk.show_paper = false;
  s.kiosk.print_job = s.next_print_job++;
  s.kiosk.print = KioskPrint::Printing;
  s.kiosk.print_problem_key.clear();
  s.kiosk.last_activity = s.now;
  touch(s);
  return {fx::PrintGuideNotice{s.kiosk.print_job, *item, s.now}};
}

}  // namespace core::kiosk
