#pragma once
// Events, intents and effects of the back office's statistics screen (statistics_view.h).
#include <string>
#include <vector>

#include "core/backoffice/statistics.h"
#include "core/backoffice/statistics_view.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The figures for `months` as the store has them now; `failed`: it could not say (see the log).
struct StatisticsLoaded {
  std::string staff_no;
  int months = 0;
  StatisticsReport report;
  bool failed = false;
};
// The workbook was written to `path`, or not (`problem`).
struct StatisticsExported {
  std::string staff_no;
  std::string path;
  Message problem;
};
}  // namespace ev

namespace intent {
struct OpenStatistics {};   // 统计 in the back office's bar
struct CloseStatistics {};  // 返回队列
struct ChooseStatisticsMonths {
  int months = 0;
};
struct ExportStatistics {};  // 导出 XLSX
struct ChooseStatisticsTab {
  StatisticsTab tab = StatisticsTab::Applications;
};
}  // namespace intent

namespace fx {
// Read the figures for `months` (YYYY-MM, oldest first), judged on `today` (ev::StatisticsLoaded).
struct LoadStatistics {
  std::string staff_no;
  std::vector<std::string> months;
  std::string today;
};
// Write `report` as an XLSX workbook into the export folder (ev::StatisticsExported).
struct ExportStatistics {
  std::string staff_no;
  StatisticsReport report;
};
}  // namespace fx

using StatisticsEvents = TypeList<ev::StatisticsLoaded, ev::StatisticsExported, intent::OpenStatistics,
                                  intent::CloseStatistics, intent::ChooseStatisticsMonths, intent::ExportStatistics,
                                  intent::ChooseStatisticsTab>;
using StatisticsEffects = TypeList<fx::LoadStatistics, fx::ExportStatistics>;

}  // namespace core
