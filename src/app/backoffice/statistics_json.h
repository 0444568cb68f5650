#pragma once
// The statistics (core/backoffice/statistics.h) as the JSON `onewindow stats --json` prints:
// amounts in fen (integers), averages with one decimal, keys in a fixed order — the same report
// gives the same text.
#include "base/json.h"
#include "core/backoffice/statistics.h"

namespace app {

base::Json statistics_json(const core::StatisticsReport& r);

}  // namespace app
