#include "app/roster_file.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

#include "app/input_file.h"
#include "app/text_lines.h"
#include "base/printable.h"
#include "core/text/csv.h"

namespace app {

namespace {

constexpr std::size_t kMaxLineBytes = 64 * 1024;
constexpr std::size_t kSummaryLines = 10;

long long now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// One CSV field of the report, quoted when it must be.
std::string csv_field(std::string_view v) {
  const std::string safe = base::printable(v, 1000);
  if (safe.find_first_of(",\"") == std::string::npos) return safe;
  std::string out = "\"";
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Reads the file a record at a time: the header to the checker, then each record.
// on_problem(problem), on_row(outcome) are called as they come.
template <typename OnProblem, typename OnRow>
base::Status walk(const std::string& path, core::RosterChecker& checker, TextEncoding& encoding,
                  OnProblem&& on_problem, OnRow&& on_row) {
  auto in = InputFile::open(path);
  if (!in) return in.error();
  if (in->size() < 0) {
    return base::Error{in->name() + " is not a regular file (a roster is read twice: checked, then imported)"};
  }
  TextLineReader lines(*in, kMaxLineBytes);
  std::string line;
  std::vector<std::string> fields;
  std::vector<core::RosterProblem> row_problems;
  std::optional<core::CsvRecordReader> records;
  bool have_header = false, header_ok = false;
  for (;;) {
    auto more = lines.next(line);
    if (!more) return more.error();
    if (!*more) break;
    const int line_no = static_cast<int>(lines.line_number());
    if (!records) {
      encoding = lines.encoding();
      records.emplace(core::roster_separator(line), kMaxLineBytes);
    }
    core::CsvProblem bad;
    const auto step = records->feed(line, line_no, fields, bad);
    if (step == core::CsvRecordReader::Step::NeedMore) continue;
    if (step == core::CsvRecordReader::Step::Problem) {
      on_problem(core::RosterProblem{bad.line, bad.column ? "column " + std::to_string(bad.column) : "", bad.reason});
      if (!have_header) return base::ok();
      continue;
    }
    if (fields.size() > core::kMaxRosterColumns) {
      on_problem(core::RosterProblem{records->record_line(), "",
                                     "more than " + std::to_string(core::kMaxRosterColumns) + " columns"});
      if (!have_header) return base::ok();
      continue;
    }
    if (!have_header) {
      bool blank = true;
      for (const auto& f : fields) blank = blank && f.empty();
      if (blank) continue;
      have_header = true;
      if (records->record_line() != 1) {
        on_problem(core::RosterProblem{1, "", "the first line must be the header row"});
        return base::ok();
      }
      row_problems.clear();
      header_ok = checker.header(fields, row_problems);
      for (auto& p : row_problems) on_problem(std::move(p));
      if (!header_ok) return base::ok();
      continue;
    }
    row_problems.clear();
    if (auto s = on_row(fields, records->record_line(), row_problems); !s) return s;
    for (auto& p : row_problems) on_problem(std::move(p));
  }
  core::CsvProblem open;
  if (records && !records->finish(open)) on_problem(core::RosterProblem{open.line, "", open.reason});
  if (!have_header) on_problem(core::RosterProblem{1, "", "the file is empty: expected a header row"});
  return base::ok();
}

}  // namespace

RosterProgress::RosterProgress(std::string what) : what_(std::move(what)), start_ms_(now_ms()), next_ms_(start_ms_ + 1000) {}

void RosterProgress::row(long rows) {
  if ((rows & 1023) != 0) return;
  const long long now = now_ms();
  if (now < next_ms_) return;
  next_ms_ = now + 2000;
  const double seconds = static_cast<double>(now - start_ms_) / 1000.0;
  std::fprintf(stderr, "onewindow: %s: %ld rows read (%.0f rows/s)\n", what_.c_str(), rows,
               seconds > 0 ? static_cast<double>(rows) / seconds : 0.0);
}

base::Result<RosterFileCheck> check_roster_file(const std::string& path, const core::RosterOptions& options,
                                                AtomicFile* report, RosterProgress& progress) {
  RosterFileCheck out;
  core::RosterChecker checker(options);
  base::Status report_status = base::ok();
  if (report) report_status = report->write("line,column,problem\n");
  const auto on_problem = [&](core::RosterProblem p) {
    ++out.problem_count;
    if (report && report_status) {
      report_status = report->write(std::to_string(p.line) + "," + csv_field(p.column) + "," + csv_field(p.reason) + "\n");
    }
    if ((out.lines.empty() || out.lines.back() != p.line) && out.lines.size() < kSummaryLines) out.lines.push_back(p.line);
    if (out.first.size() < kShownRosterProblems) out.first.push_back(std::move(p));
  };
  core::BenefitRollRow b;
  core::PaymentRosterRow pay;
  const auto on_row = [&](const std::vector<std::string>& fields, int line, std::vector<core::RosterProblem>& problems) {
    if (checker.row(fields, line, b, pay, problems) == core::RosterChecker::Outcome::Row) ++out.rows;
    progress.row(line);
    return base::ok();
  };
  if (auto s = walk(path, checker, out.encoding, on_problem, on_row); !s) return s.error();
  out.kind = checker.kind();
  checker.duplicates(on_problem);
  // Duplicates are found at the end; the summary and the first problems are still in line order.
  std::sort(out.lines.begin(), out.lines.end());
  out.lines.erase(std::unique(out.lines.begin(), out.lines.end()), out.lines.end());
  std::stable_sort(out.first.begin(), out.first.end(), [](const auto& x, const auto& y) { return x.line < y.line; });
  if (!report_status) return report_status.error();
  return out;
}

base::Status read_roster_rows(const std::string& path, const core::RosterOptions& options,
                              const std::function<base::Status(const core::BenefitRollRow&)>& benefit,
                              const std::function<base::Status(const core::PaymentRosterRow&)>& payment,
                              RosterProgress& progress) {
  core::RosterChecker checker(options);
  TextEncoding encoding{};
  std::string changed;
  const auto on_problem = [&](const core::RosterProblem& p) {
    if (changed.empty()) changed = "line " + std::to_string(p.line) + ": " + p.reason;
  };
  core::BenefitRollRow b;
  core::PaymentRosterRow pay;
  long rows = 0;
  const auto on_row = [&](const std::vector<std::string>& fields, int line,
                          std::vector<core::RosterProblem>& problems) -> base::Status {
    const auto outcome = checker.row(fields, line, b, pay, problems);
    if (outcome != core::RosterChecker::Outcome::Row) return base::ok();
    progress.row(++rows);
    return checker.kind() == core::RosterKind::BenefitRoll ? benefit(b) : payment(pay);
  };
  if (auto s = walk(path, checker, encoding, on_problem, on_row); !s) return s;
  // The file changed between the passes (someone saved it again): refuse rather than half-import.
  if (!changed.empty()) return base::Error{"the file changed while it was imported (" + changed + ")"};
  return base::ok();
}

}  // namespace app
