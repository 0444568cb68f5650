#pragma once
// The statistics screen's flow (statistics_view.h): 统计 opens it and reads the figures; the month
// choice reads them again; 导出 writes the workbook; 返回队列 goes back. Signed-in staff only.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::backoffice {

Effects on(AppState& s, const intent::OpenStatistics& e);
Effects on(AppState& s, const intent::CloseStatistics& e);
Effects on(AppState& s, const intent::ChooseStatisticsMonths& e);
Effects on(AppState& s, const intent::ExportStatistics& e);
Effects on(AppState& s, const intent::ChooseStatisticsTab& e);
Effects on(AppState& s, const ev::StatisticsLoaded& e);
Effects on(AppState& s, const ev::StatisticsExported& e);

}  // namespace core::backoffice
