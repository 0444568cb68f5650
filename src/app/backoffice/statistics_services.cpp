// BackofficeServices for the statistics screen (core/backoffice/statistics_events.h), on the store
// worker: the figures read with aggregate statements (app/backoffice/statistics_read.h), and the
// XLSX workbook written into the export folder.
#include "app/backoffice/backoffice_services.h"

#include "app/backoffice/statistics_read.h"
#include "app/log.h"

namespace app {

void BackofficeServices::run(const core::fx::LoadStatistics& l) {
  c_.store.post([this, l](store::Database& db) {
    core::ev::StatisticsLoaded answer{l.staff_no, static_cast<int>(l.months.size()), {}, true};
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("statistics", "catalog files unavailable");
      c_.q.post(std::move(answer));
      return;
    }
    auto report = read_statistics(db, *a, l.months, l.today);
    if (!report) {
      log::error("statistics", report.error().message);
      c_.q.post(std::move(answer));
      return;
    }
    answer.report = std::move(*report);
    answer.failed = false;
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::ExportStatistics& e) {
  // TODO(xlsx): the shared XLSX module (wt-roster) is not merged yet.
  log::error("statistics", "XLSX export not available in this build");
  c_.q.post(core::ev::StatisticsExported{e.staff_no, "", core::Message{"backoffice.statistics.export_failed", {}}});
}

}  // namespace app
