// 办事指南 at the kiosk as a state machine: welcome → the list → an item → 打印一次性告知单 → 返回 →
// 返回首页; the idle timeout ends it like any visit, a card takes over.
#include <doctest/doctest.h>

#include <memory>

#include "core/kiosk/guide_flow.h"
#include "core/kiosk/kiosk_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 12, 2, h, m, s, 3}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* t = e.template get_if<T>()) return t;
  return nullptr;
}

std::shared_ptr<const ServiceCatalog> catalog() {
  auto c = std::make_shared<ServiceCatalog>();
  ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障（低保）申请";
  dibao.required = {{"shenfenzheng", "居民身份证", ""}};
  dibao.promised_working_days = 30;
  ServiceItem laonian;
  laonian.code = "laonian";
  laonian.name = "老年人优待证";
  laonian.required = {{"shenfenzheng", "居民身份证", ""}};
  laonian.promised_working_days = 1;
  c->items = {dibao, laonian};
  return c;
}

struct Kiosk {
  AppState s;
  Kiosk() {
    Config c;
    c.terminal.mode = Mode::Kiosk;
    c.ui.idle_timeout_s = 30;
    (void)update(s, ev::Started{c, true, at(9, 30, 0)});
    (void)update(s, ev::StoreReady{"test.db"});
  }
  Effects operator()(const Event& e) { return update(s, e); }
  void tick(int h, int m, int sec) { (void)update(s, ev::ClockTicked{at(h, m, sec)}); }
  void printer(PrinterTrouble trouble = PrinterTrouble::None) {
    (void)update(s, ev::DeviceLinkChanged{DeviceKind::Printer, DeviceState{DeviceLink::Connected, DeviceOrigin::Simulated}});
    (void)update(s, ev::PrinterTroubleChanged{trouble});
  }
};

}  // namespace

TEST_CASE("guide: 办事指南 opens the list without a card, loading the catalog once") {
  Kiosk k;
  auto fx = k(intent::OpenGuide{});
  CHECK(k.s.screen == ScreenId::KioskGuide);
  CHECK(kiosk::in_visit(k.s));
  CHECK_FALSE(k.s.kiosk.card.has_value());
  REQUIRE(effect<fx::LoadGuide>(fx));
  (void)k(ev::GuideLoaded{catalog()});
  REQUIRE(k.s.guide_catalog);
  // Back to welcome and in again: the catalog is kept (nothing personal), not loaded again.
  (void)k(intent::EndVisit{});
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK(k.s.guide_catalog);
  CHECK(k(intent::OpenGuide{}).empty());
  CHECK(k.s.screen == ScreenId::KioskGuide);
}

TEST_CASE("guide: welcome → list → item → print → 返回 keeps the list's page, 返回首页 ends it") {
  Kiosk k;
  k.printer();
  (void)k(intent::OpenGuide{});
  (void)k(ev::GuideLoaded{catalog()});
  (void)k(intent::ScrollTo{420});  // the list's second page
  CHECK(k(intent::OpenGuideItem{"nosuch"}).empty());
  CHECK(k.s.screen == ScreenId::KioskGuide);
  (void)k(intent::OpenGuideItem{"laonian"});
  CHECK(k.s.screen == ScreenId::KioskGuideItem);
  REQUIRE(kiosk::guide_item(k.s));
  CHECK(kiosk::guide_item(k.s)->name == "老年人优待证");
  CHECK(k.s.kiosk.scroll_px == 0);

  auto fx = k(intent::PrintGuideNotice{});
  const auto* print = effect<fx::PrintGuideNotice>(fx);
  REQUIRE(print);
  CHECK(print->item.code == "laonian");
  CHECK(print->at == at(9, 30, 0));
  CHECK(k.s.kiosk.print == KioskPrint::Printing);
  CHECK(k(intent::PrintGuideNotice{}).empty());  // one at a time
  (void)k(ev::PrintDone{print->job});
  CHECK(k.s.kiosk.print == KioskPrint::Printed);

  (void)k(intent::GuideBack{});
  CHECK(k.s.screen == ScreenId::KioskGuide);
  CHECK(k.s.kiosk.scroll_px == 420);
  CHECK(k.s.kiosk.print == KioskPrint::None);  // another item's notice is not "printed"
  CHECK(kiosk::guide_item(k.s) == nullptr);
  (void)k(intent::OpenGuideItem{"dibao"});
  CHECK(k.s.kiosk.print == KioskPrint::None);
  (void)k(intent::EndVisit{});
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK(k.s.kiosk.guide.item_code.empty());
}

TEST_CASE("guide: no printer or paper out, no print, and a late answer for an old item's job is ignored") {
  Kiosk k;
  (void)k(intent::OpenGuide{});
  (void)k(ev::GuideLoaded{catalog()});
  (void)k(intent::OpenGuideItem{"dibao"});
  CHECK(k(intent::PrintGuideNotice{}).empty());  // no printer connected
  k.printer(PrinterTrouble::PaperOut);
  CHECK(k(intent::PrintGuideNotice{}).empty());
  k.printer();
  auto fx = k(intent::PrintGuideNotice{});
  const auto* print = effect<fx::PrintGuideNotice>(fx);
  REQUIRE(print);
  const auto job = print->job;
  (void)k(intent::GuideBack{});
  (void)k(intent::OpenGuideItem{"laonian"});
  (void)k(ev::PrintFailed{job, PrinterTrouble::PaperOut, "paper out"});
  CHECK(k.s.kiosk.print == KioskPrint::None);
}

TEST_CASE("guide: the idle timeout returns to welcome and clears the item, a card takes over") {
  Kiosk k;
  (void)k(intent::OpenGuide{});
  (void)k(ev::GuideLoaded{catalog()});
  (void)k(intent::OpenGuideItem{"dibao"});
  k.tick(9, 30, 25);
  CHECK(k.s.kiosk.countdown_s == 5);
  k.tick(9, 30, 30);
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK(k.s.kiosk.guide.item_code.empty());
  CHECK(k.s.kiosk.countdown_s == -1);

  (void)k(intent::OpenGuide{});
  (void)k(intent::ToggleLargeText{});
  CHECK(k.s.kiosk.large_text);
  (void)k(ev::CardReading{});
  CHECK(k.s.screen == ScreenId::CardReading);
  CHECK_FALSE(k.s.kiosk.large_text);
  // 办事指南 is offered from the welcome only: during a visit it changes nothing.
  CHECK(k(intent::OpenGuide{}).empty());
  CHECK(k.s.screen == ScreenId::CardReading);
}

TEST_CASE("guide: a catalog that cannot be loaded says so in a plain sentence") {
  Kiosk k;
  (void)k(intent::OpenGuide{});
  (void)k(ev::GuideUnavailable{"no catalog"});
  CHECK(k.s.screen == ScreenId::KioskMessage);
  CHECK(k.s.kiosk.message_key == "kiosk.guide_unavailable");
  // A late failure after the visit ended changes nothing.
  (void)k(intent::EndVisit{});
  (void)k(ev::GuideUnavailable{"no catalog"});
  CHECK(k.s.screen == ScreenId::Welcome);
}
