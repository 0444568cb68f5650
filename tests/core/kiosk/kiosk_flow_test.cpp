// The kiosk visit as a state machine: card or slip in, store answers, wipe on removal (after a
// grace), idle countdown and timeout, 大字模式, printing — events in, state and effects out.
#include <doctest/doctest.h>

#include "core/kiosk/kiosk_flow.h"
#include "core/update.h"

using namespace core;

namespace {

Config kiosk_config(int idle_s = 30) {
  Config c;
  c.terminal.mode = Mode::Kiosk;
  c.ui.idle_timeout_s = idle_s;
  c.ui.rating_timeout_s = 0;  // the visit alone; 好差评 after it: tests/core/rating/rating_flow_test.cpp
  return c;
}
CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 23, h, m, s, 1}; }

base::IdCardRecord card(std::string id = "11010519491231002X") {
  base::IdCardRecord c;
  c.name = "王䶮𠀾";
  c.id_number = std::move(id);
  c.birth = "1949-12-31";
  c.id_number_valid = true;
  return c;
}

KioskStatus status_of_wang() {
  KioskStatus k;
  k.name_masked = "王*𠀾";
  k.id_masked = "110105**********2X";
  Benefit b;
  b.monthly_amount_fen = 88000;
  k.benefits.push_back(b);
  return k;
}

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* t = e.template get_if<T>()) return t;
  return nullptr;
}

struct Kiosk {
  AppState s;
  explicit Kiosk(int idle_s = 30) {
    (void)update(s, ev::Started{kiosk_config(idle_s), true, at(9, 0, 0)});
    (void)update(s, ev::StoreReady{"test.db"});
  }
  Effects operator()(const Event& e) { return update(s, e); }
  void tick(int h, int m, int sec) { (void)update(s, ev::ClockTicked{at(h, m, sec)}); }
  // A card read to the end and the store's answer.
  void show_status() {
    (void)update(s, ev::CardReading{});
    auto fx = update(s, ev::CardPresented{card()});
    const auto* look = effect<fx::LookUpResident>(fx);
    REQUIRE(look);
    (void)update(s, ev::ResidentFound{look->session, status_of_wang()});
    REQUIRE(s.screen == ScreenId::ResidentStatus);
  }
};

}  // namespace

TEST_CASE("kiosk: a card shows 正在读卡, then its look-up, then the resident's status") {
  Kiosk k;
  (void)k(ev::CardReading{});
  CHECK(k.s.screen == ScreenId::CardReading);
  CHECK(k.s.kiosk.reading);
  auto fx = k(ev::CardPresented{card()});
  CHECK(k.s.screen == ScreenId::CardReading);
  const auto* look = effect<fx::LookUpResident>(fx);
  REQUIRE(look);
  CHECK(look->id_number == "11010519491231002X");
  CHECK(look->birth == "1949-12-31");
  CHECK(look->session == k.s.kiosk.id);
  (void)k(ev::ResidentFound{look->session, status_of_wang()});
  CHECK(k.s.screen == ScreenId::ResidentStatus);
  REQUIRE(k.s.kiosk.status);
  CHECK(k.s.kiosk.status->name_masked == "王*𠀾");
}

TEST_CASE("kiosk: an unknown person and a store that fails get their own plain screens") {
  Kiosk k;
  auto fx = k(ev::CardPresented{card()});
  const auto session = effect<fx::LookUpResident>(fx)->session;
  (void)k(ev::ResidentUnknown{session, {KioskHint{"gaoling", "高龄津贴", "年满80周岁", {"户口簿"}}}});
  CHECK(k.s.screen == ScreenId::UnknownPerson);
  CHECK(k.s.kiosk.unknown_hints.size() == 1);

  Kiosk down;
  fx = down(ev::CardPresented{card()});
  (void)down(ev::LookUpFailed{effect<fx::LookUpResident>(fx)->session, "database is locked"});
  CHECK(down.s.screen == ScreenId::KioskMessage);
  CHECK(down.s.kiosk.message_key == "kiosk.store_down");
}

TEST_CASE("kiosk: with the store unavailable a card goes straight to 系统维护中, no look-up") {
  Kiosk k;
  (void)k(ev::StoreUnavailable{"no such file"});
  auto fx = k(ev::CardPresented{card()});
  CHECK(effect<fx::LookUpResident>(fx) == nullptr);
  CHECK(k.s.screen == ScreenId::KioskMessage);
  CHECK(k.s.kiosk.message_key == "kiosk.store_down");

  Kiosk waiting;  // the store goes away while a look-up is queued
  (void)waiting(ev::CardPresented{card()});
  (void)waiting(ev::StoreUnavailable{"disk I/O error"});
  CHECK(waiting.s.screen == ScreenId::KioskMessage);
}

TEST_CASE("kiosk: taking the card away wipes after the grace, and the data is gone, not hidden") {
  Kiosk k;
  k.tick(9, 0, 10);
  k.show_status();
  (void)k(ev::CardRemoved{});
  CHECK(k.s.screen == ScreenId::ResidentStatus);  // a shaky hand: still there
  k.tick(9, 0, 10 + kiosk::kRemovalGraceS - 1);
  CHECK(k.s.screen == ScreenId::ResidentStatus);
  k.tick(9, 0, 10 + kiosk::kRemovalGraceS);
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.kiosk.status.has_value());
  CHECK_FALSE(k.s.kiosk.card.has_value());
}

TEST_CASE("kiosk: the same card back within the grace keeps the visit") {
  Kiosk k;
  k.show_status();
  (void)k(ev::CardRemoved{});
  (void)k(ev::CardReading{});
  auto fx = k(ev::CardPresented{card()});
  CHECK(fx.empty());  // no second look-up, no second audit row
  k.tick(9, 0, 15);  // past the grace
  CHECK(k.s.screen == ScreenId::ResidentStatus);
  CHECK(k.s.kiosk.status.has_value());
}

TEST_CASE("kiosk: another card within the grace starts a new visit for that person") {
  Kiosk k;
  k.show_status();
  const auto first = k.s.kiosk.id;
  (void)k(ev::CardRemoved{});
  auto fx = k(ev::CardPresented{card("11010519900307002X")});
  const auto* look = effect<fx::LookUpResident>(fx);
  REQUIRE(look);
  CHECK(look->session != first);
  CHECK_FALSE(k.s.kiosk.status.has_value());
  // The first person's answer arriving late is ignored.
  (void)k(ev::ResidentFound{first, status_of_wang()});
  CHECK(k.s.screen == ScreenId::CardReading);
}

TEST_CASE("kiosk: a card lifted before its read finished leaves nothing behind") {
  Kiosk k;
  (void)k(ev::CardReading{});
  (void)k(ev::CardRemoved{});
  CHECK(k.s.screen == ScreenId::Welcome);
}

TEST_CASE("kiosk: a failed read returns to welcome with a notice that expires") {
  Kiosk k;
  (void)k(ev::CardReading{});
  (void)k(ev::CardReadFailed{"SW3=41 read failed"});
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK(k.s.notice_key == "card.read_failed");
  k.tick(9, 0, 5);
  CHECK(k.s.notice_key == "card.read_failed");
  k.tick(9, 0, 9);
  CHECK(k.s.notice_key.empty());
}

TEST_CASE("kiosk: idle shows a countdown for the last seconds, 继续查看 resets it, the timeout wipes") {
  Kiosk k(30);
  k.show_status();  // at 09:00:00
  k.tick(9, 0, 19);
  CHECK(k.s.kiosk.countdown_s == -1);
  k.tick(9, 0, 20);
  CHECK(k.s.kiosk.countdown_s == 10);
  const auto r = k.s.revision;
  k.tick(9, 0, 21);
  CHECK(k.s.kiosk.countdown_s == 9);
  CHECK(k.s.revision > r);  // each second of the countdown is drawn
  (void)k(intent::ContinueViewing{});
  CHECK(k.s.kiosk.countdown_s == -1);
  k.tick(9, 0, 40);
  CHECK(k.s.screen == ScreenId::ResidentStatus);
  k.tick(9, 0, 51);
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.kiosk.status.has_value());
  // The card is still on the reader: the welcome asks them to take it; lifting it clears that.
  CHECK(k.s.notice_key == "kiosk.take_card");
  (void)k(ev::CardRemoved{});
  CHECK(k.s.notice_key.empty());
}

TEST_CASE("kiosk: a quiet status screen changes nothing visible until the countdown") {
  Kiosk k(30);
  k.show_status();
  const auto r = k.s.revision;
  for (int sec = 1; sec < 20; ++sec) k.tick(9, 0, sec);
  CHECK(k.s.revision == r);
}

TEST_CASE("kiosk: 大字模式 lasts for the visit only") {
  Kiosk k;
  k.show_status();
  (void)k(intent::ToggleLargeText{});
  CHECK(k.s.kiosk.large_text);
  (void)k(intent::EndVisit{});
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.kiosk.large_text);
  k.show_status();
  CHECK_FALSE(k.s.kiosk.large_text);
}

TEST_CASE("kiosk: a genuine slip shows only its progress, a refused code says so plainly") {
  Kiosk k;
  auto fx = k(ev::CodeScanned{"OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL", "]Q1"});
  REQUIRE(effect<fx::VerifySlip>(fx));
  fx = k(ev::SlipVerified{"320102-01-20261123-0042"});
  CHECK(k.s.screen == ScreenId::SlipProgress);
  const auto* look = effect<fx::LookUpSlip>(fx);
  REQUIRE(look);
  CHECK(look->acceptance_no == "320102-01-20261123-0042");
  ApplicationProgress p;
  p.acceptance_no = "320102-01-20261123-0042";
  (void)k(ev::ProgressFound{look->session, p});
  REQUIRE(k.s.kiosk.progress);
  CHECK_FALSE(k.s.kiosk.status.has_value());

  (void)k(ev::SlipRefused{"MAC mismatch"});
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.kiosk.progress.has_value());
  CHECK(k.s.notice_key == "qr.refused");

  fx = k(ev::SlipVerified{"320102-01-20261123-0099"});
  (void)k(ev::ProgressUnknown{effect<fx::LookUpSlip>(fx)->session});
  CHECK(k.s.screen == ScreenId::KioskMessage);
  CHECK(k.s.kiosk.message_key == "kiosk.slip_unknown");
}

TEST_CASE("kiosk: a refused code does not wipe a resident's own card visit") {
  Kiosk k;
  k.show_status();
  (void)k(ev::SlipRefused{"bad format"});
  CHECK(k.s.screen == ScreenId::ResidentStatus);
  CHECK(k.s.notice_key == "qr.refused");
}

TEST_CASE("kiosk: print the summary only when a printer is ready, its result comes back by job") {
  Kiosk k;
  k.show_status();
  CHECK(k(intent::PrintSummary{}).empty());  // no printer connected yet
  (void)k(ev::DeviceLinkChanged{DeviceKind::Printer, DeviceState{DeviceLink::Connected, DeviceOrigin::Simulated}});
  (void)k(ev::PrinterTroubleChanged{PrinterTrouble::PaperOut});
  CHECK(k(intent::PrintSummary{}).empty());
  (void)k(ev::PrinterTroubleChanged{PrinterTrouble::None});
  auto fx = k(intent::PrintSummary{});
  const auto* job = effect<fx::PrintStatusSummary>(fx);
  REQUIRE(job);
  CHECK(job->status.name_masked == "王*𠀾");
  CHECK(k.s.kiosk.print == KioskPrint::Printing);
  CHECK(k(intent::PrintSummary{}).empty());  // one at a time
  (void)k(ev::PrintDone{job->job + 7});
  CHECK(k.s.kiosk.print == KioskPrint::Printing);
  (void)k(ev::PrintFailed{job->job, PrinterTrouble::PaperOut, "status after job: paper out"});
  CHECK(k.s.kiosk.print == KioskPrint::Failed);
  CHECK(k.s.kiosk.print_problem_key == "printer.paper_out");
  fx = k(intent::PrintSummary{});
  REQUIRE(effect<fx::PrintStatusSummary>(fx));
  (void)k(ev::PrintDone{effect<fx::PrintStatusSummary>(fx)->job});
  CHECK(k.s.kiosk.print == KioskPrint::Printed);
}

TEST_CASE("kiosk: the welcome invites again, larger, after a while with nobody there") {
  Kiosk k;
  k.tick(9, 0, 59);
  CHECK_FALSE(k.s.attract);
  k.tick(9, 1, 0);
  CHECK(k.s.attract);
  (void)k(intent::Touched{});
  CHECK_FALSE(k.s.attract);
}

TEST_CASE("counter and back office ignore kiosk card and slip events") {
  AppState s;
  (void)update(s, ev::Started{Config{}, true, at(9, 0, 0)});
  Config c;
  c.terminal.mode = Mode::Counter;
  (void)update(s, ev::Started{c, true, at(9, 0, 0)});
  CHECK(update(s, ev::CardPresented{card()}).empty());
  CHECK(s.screen == ScreenId::CounterSignIn);
  CHECK(update(s, ev::CodeScanned{"x", ""}).empty());
}

TEST_CASE("kiosk: a quick answer after 正在读卡 costs no extra frame, a slow one shows 查询信息") {
  Kiosk k;
  (void)k(ev::CardReading{});
  const auto r = k.s.revision;
  auto fx = k(ev::CardPresented{card()});
  REQUIRE(effect<fx::LookUpResident>(fx));
  CHECK(k.s.revision == r);  // nothing new to draw yet
  k.tick(9, 0, 0);
  CHECK(k.s.revision == r);
  k.tick(9, 0, 1);  // still no answer a second later
  CHECK(k.s.revision > r);
  CHECK(k.s.kiosk.querying_shown);
}

TEST_CASE("kiosk demo: a printed summary's paper can be shown and closed, another job's paper is ignored") {
  Kiosk k;
  k.show_status();
  (void)k(ev::DeviceLinkChanged{DeviceKind::Printer, DeviceState{DeviceLink::Connected, DeviceOrigin::Simulated}});
  auto fx = k(intent::PrintSummary{});
  const auto job = effect<fx::PrintStatusSummary>(fx)->job;
  fx = k(ev::PrintDone{job});
  REQUIRE(effect<fx::ShowDemoPaper>(fx));  // Started with demo=true
  CHECK(effect<fx::ShowDemoPaper>(fx)->job == job);
  auto gray = std::make_shared<const std::vector<std::uint8_t>>(8 * 4, std::uint8_t{255});
  (void)k(ev::PaperPrinted{PaperPreview{job + 1, 8, 4, gray}});
  CHECK_FALSE(k.s.kiosk.paper.has_value());
  (void)k(ev::PaperPrinted{PaperPreview{job, 8, 4, gray}});
  REQUIRE(k.s.kiosk.paper.has_value());
  (void)k(intent::ShowPaper{true});
  CHECK(k.s.kiosk.show_paper);
  (void)k(intent::ShowPaper{false});
  CHECK_FALSE(k.s.kiosk.show_paper);
  (void)k(intent::EndVisit{});
  CHECK_FALSE(k.s.kiosk.paper.has_value());  // the resident's paper goes with the visit
}
