// The statistics screen as a state machine (issue 20): 统计 from the queue reads the figures for
// the months shown (this month and the ones before), the month choice reads them again (an answer
// for the old choice is dropped), the views switch without a read, 导出 sends the report shown,
// and nothing is read while signed out; a sign-out drops the figures.
#include <doctest/doctest.h>

#include "core/backoffice/backoffice_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 24, h, m, s, 2}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

AppState signed_in() {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Backoffice;
  (void)update(s, ev::Started{c, true, at(9, 0, 0)});
  (void)update(s, ev::StoreReady{"x.db"});
  (void)update(s, intent::EditSignIn{"B01", "123456"});
  (void)update(s, intent::SubmitSignIn{});
  (void)update(s, ev::SignInAnswered{sign_in::SignedIn{{"B01", "陈建华", StaffRole::Reviewer, true}}});
  REQUIRE(s.screen == ScreenId::BackofficeHome);
  (void)update(s, ev::QueueLoaded{WorkQueue{}, "B01"});  // the queue read at sign-in answered
  return s;
}

StatisticsReport report_of(int months, long received) {
  StatisticsReport r;
  r.months = months_ending("2026-11", months).value();
  r.totals.resize(r.months.size());
  r.payment_totals.resize(r.months.size());
  r.totals.back().received = received;
  return r;
}

}  // namespace

TEST_CASE("统计 opens from the queue and reads this month and the five before") {
  AppState s = signed_in();
  auto fx = update(s, intent::OpenStatistics{});
  CHECK(s.screen == ScreenId::BackofficeStatistics);
  const auto* load = effect<fx::LoadStatistics>(fx);
  REQUIRE(load);
  CHECK(load->staff_no == "B01");
  CHECK(load->today == "2026-11-24");
  CHECK(load->months == std::vector<std::string>{"2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"});
  CHECK(s.backoffice.statistics.loading);
  CHECK(update(s, ev::StatisticsLoaded{"B01", 6, report_of(6, 3), false}).empty());
  REQUIRE(s.backoffice.statistics.report);
  CHECK(s.backoffice.statistics.report->totals.back().received == 3);
  // Another view: no read.
  CHECK(update(s, intent::ChooseStatisticsTab{StatisticsTab::InPayment}).empty());
  CHECK(s.backoffice.statistics.tab == StatisticsTab::InPayment);
  // Back to the queue: the queue is read.
  fx = update(s, intent::CloseStatistics{});
  CHECK(s.screen == ScreenId::BackofficeHome);
  CHECK(effect<fx::LoadQueue>(fx));
}

TEST_CASE("a new month choice reads again, and the answer for the old choice is not shown") {
  AppState s = signed_in();
  (void)update(s, intent::OpenStatistics{});
  CHECK(update(s, intent::ChooseStatisticsMonths{12}).empty());  // one read at a time: asked for when it answers
  CHECK(update(s, intent::ChooseStatisticsMonths{7}).empty());   // not offered
  CHECK(s.backoffice.statistics.months == 12);
  auto fx = update(s, ev::StatisticsLoaded{"B01", 6, report_of(6, 1), false});
  CHECK_FALSE(s.backoffice.statistics.report);
  const auto* load = effect<fx::LoadStatistics>(fx);
  REQUIRE(load);
  CHECK(load->months.size() == 12);
  CHECK(load->months.front() == "2025-12");
  (void)update(s, ev::StatisticsLoaded{"B01", 12, report_of(12, 9), false});
  REQUIRE(s.backoffice.statistics.report);
  CHECK(s.backoffice.statistics.report->months.size() == 12);
}

TEST_CASE("a failed read says so and keeps the figures shown before") {
  AppState s = signed_in();
  (void)update(s, intent::OpenStatistics{});
  (void)update(s, ev::StatisticsLoaded{"B01", 6, report_of(6, 4), false});
  (void)update(s, intent::CloseStatistics{});
  (void)update(s, intent::OpenStatistics{});
  (void)update(s, ev::StatisticsLoaded{"B01", 6, {}, true});
  CHECK(s.backoffice.statistics.failed);
  REQUIRE(s.backoffice.statistics.report);
  CHECK(s.backoffice.statistics.report->totals.back().received == 4);
}

TEST_CASE("导出 sends the report shown, once at a time, and says where it went") {
  AppState s = signed_in();
  (void)update(s, intent::OpenStatistics{});
  CHECK(update(s, intent::ExportStatistics{}).empty());  // nothing to export before the figures came
  (void)update(s, ev::StatisticsLoaded{"B01", 6, report_of(6, 2), false});
  auto fx = update(s, intent::ExportStatistics{});
  const auto* out = effect<fx::ExportStatistics>(fx);
  REQUIRE(out);
  CHECK(out->report.totals.back().received == 2);
  CHECK(update(s, intent::ExportStatistics{}).empty());
  (void)update(s, ev::StatisticsExported{"B01", "/exports/x.xlsx", {}});
  CHECK(s.backoffice.statistics.exporting == StatisticsView::Export::Done);
  CHECK(s.backoffice.statistics.export_path == "/exports/x.xlsx");
}

TEST_CASE("nothing is read signed out, and signing out drops the figures") {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Backoffice;
  (void)update(s, ev::Started{c, true, at(9, 0, 0)});
  (void)update(s, ev::StoreReady{"x.db"});
  CHECK(update(s, intent::OpenStatistics{}).empty());
  CHECK(s.screen == ScreenId::BackofficeSignIn);
  AppState t = signed_in();
  (void)update(t, intent::OpenStatistics{});
  (void)update(t, ev::StatisticsLoaded{"B01", 6, report_of(6, 2), false});
  (void)update(t, intent::SignOut{});
  CHECK(t.screen == ScreenId::BackofficeSignIn);
  CHECK_FALSE(t.backoffice.statistics.report);
  // An answer for someone who has gone is not shown.
  (void)update(t, ev::StatisticsLoaded{"B01", 6, report_of(6, 5), false});
  CHECK_FALSE(t.backoffice.statistics.report);
}
