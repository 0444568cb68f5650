// BackofficeServices for the statistics screen (core/backoffice/statistics_events.h), on the store
// worker: the figures read with aggregate statements (app/backoffice/statistics_read.h), and the
// XLSX workbook written into the export folder (app/backoffice/statistics_xlsx.h) on the job worker.
#include "app/backoffice/backoffice_services.h"

#include "app/backoffice/statistics_read.h"
#include "app/backoffice/statistics_xlsx.h"
#include "app/log.h"
#include "app/slip/publicity_export.h"

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
  // The report is in hand: the workbook is written off the store worker, on the job worker.
  c_.jobs.post([this, e] {
    const auto dir = slip::export_folder(c_.config);
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("statistics", "XLSX not written: catalog files unavailable");
      c_.q.post(core::ev::StatisticsExported{e.staff_no, "", core::Message{"backoffice.statistics.export_failed", {dir.string()}}});
      return;
    }
    auto written = write_statistics_xlsx(e.report, a->words, dir, c_.config.terminal.number);
    if (!written) {
      log::error("statistics", "XLSX not written: " + written.error().message);
      c_.q.post(core::ev::StatisticsExported{e.staff_no, "", core::Message{"backoffice.statistics.export_failed", {dir.string()}}});
      return;
    }
    log::info("statistics", e.staff_no + " exported the statistics to " + written->string());
    c_.q.post(core::ev::StatisticsExported{e.staff_no, written->string(), {}});
  });
}

}  // namespace app
