#pragma once
// A roster file read as a stream (any encoding app/text_lines.h reads, comma or tab separated),
// twice: once to check every row (problems counted, the first ones kept, every one written to the
// report when asked), and once more to hand each row to the store. Memory follows a row, never the
// file: a 50 MB roster of 480,000 rows is checked and imported in a few MB beyond the store's own.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "app/file_write.h"
#include "app/text_encoding.h"
#include "base/result.h"
#include "core/domain/roster.h"

namespace app {

inline constexpr std::size_t kShownRosterProblems = 20;

struct RosterFileCheck {
  core::RosterKind kind = core::RosterKind::BenefitRoll;
  TextEncoding encoding = TextEncoding::Utf8;
  long rows = 0;
  long problem_count = 0;
  std::vector<core::RosterProblem> first;  // the first kShownRosterProblems, in line order
  std::vector<int> lines;                  // the first lines with a problem (for the summary)
};

// Prints "rows read, rate" on stderr once a pass has run for a second, then every two seconds.
class RosterProgress {
 public:
  explicit RosterProgress(std::string what);
  void row(long rows);

 private:
  std::string what_;
  long long start_ms_ = 0, next_ms_ = 0;
};

// Pass 1. An error when the file cannot be read as text (a folder, a line of megabytes, bytes
// that are not text); problems in rows are in the result. `report`: every problem as CSV.
base::Result<RosterFileCheck> check_roster_file(const std::string& path, const core::RosterOptions& options,
                                                AtomicFile* report, RosterProgress& progress);

// Pass 2 over a file pass 1 found without problems: each row to `benefit` or `payment` (by kind).
base::Status read_roster_rows(const std::string& path, const core::RosterOptions& options,
                              const std::function<base::Status(const core::BenefitRollRow&)>& benefit,
                              const std::function<base::Status(const core::PaymentRosterRow&)>& payment,
                              RosterProgress& progress);

}  // namespace app
