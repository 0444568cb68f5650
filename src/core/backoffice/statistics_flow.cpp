#include "core/backoffice/statistics_flow.h"

#include <algorithm>

#include "core/backoffice/backoffice_flow.h"

namespace core::backoffice {

namespace {

Effects read_statistics(AppState& s) {
  StatisticsView& v = s.backoffice.statistics;
  if (!signed_in(s) || s.store != StoreLink::Ready) return {};
  if (v.loading) {
    v.reload = true;
    return {};
  }
  auto months = months_ending(s.now.iso_date().substr(0, 7), v.months);
  if (!months) return {};
  v.loading = true;
  v.reload = false;
  return {fx::LoadStatistics{s.backoffice.staff->staff_no, std::move(*months), s.now.iso_date()}};
}

bool offered(int months) {
  return std::find(std::begin(kStatisticsMonthChoices), std::end(kStatisticsMonthChoices), months) !=
         std::end(kStatisticsMonthChoices);
}

}  // namespace

Effects on(AppState& s, const intent::OpenStatistics&) {
  if (!signed_in(s) || s.screen != ScreenId::BackofficeHome) return {};
  s.screen = ScreenId::BackofficeStatistics;
  s.backoffice.statistics.exporting = StatisticsView::Export::Idle;
  touch(s);
  return read_statistics(s);
}

Effects on(AppState& s, const intent::CloseStatistics&) {
  if (!signed_in(s) || s.screen != ScreenId::BackofficeStatistics) return {};
  s.screen = ScreenId::BackofficeHome;
  touch(s);
  return read_queue(s);
}

Effects on(AppState& s, const intent::ChooseStatisticsMonths& e) {
  StatisticsView& v = s.backoffice.statistics;
  if (!signed_in(s) || !offered(e.months) || v.months == e.months) return {};
  v.months = e.months;
  touch(s);
  return read_statistics(s);
}

Effects on(AppState& s, const intent::ChooseStatisticsTab& e) {
  if (!signed_in(s) || s.backoffice.statistics.tab == e.tab) return {};
  s.backoffice.statistics.tab = e.tab;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ExportStatistics&) {
  StatisticsView& v = s.backoffice.statistics;
  if (!signed_in(s) || !v.report || v.exporting == StatisticsView::Export::Working) return {};
  v.exporting = StatisticsView::Export::Working;
  v.export_path.clear();
  v.export_notice = {};
  touch(s);
  return {fx::ExportStatistics{s.backoffice.staff->staff_no, *v.report}};
}

Effects on(AppState& s, const ev::StatisticsLoaded& e) {
  StatisticsView& v = s.backoffice.statistics;
  v.loading = false;
  // Read for someone who has signed out meanwhile: nobody sees it.
  if (!s.backoffice.staff || s.backoffice.staff->staff_no != e.staff_no) return {};
  if (v.reload || e.months != v.months) return read_statistics(s);
  v.failed = e.failed;
  if (!e.failed) v.report = e.report;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::StatisticsExported& e) {
  StatisticsView& v = s.backoffice.statistics;
  if (!s.backoffice.staff || s.backoffice.staff->staff_no != e.staff_no) return {};
  v.exporting = e.problem.empty() ? StatisticsView::Export::Done : StatisticsView::Export::Failed;
  v.export_path = e.path;
  v.export_notice = e.problem;
  touch(s);
  return {};
}

}  // namespace core::backoffice
