// `onewindow calendar due --from YYYY-MM-DD --working-days N [--holidays FILE]`: the promised date
// the counter would print, then " provisional" when it counts a day of a year without the State
// Council's notice. `onewindow calendar years [--today YYYY-MM-DD] [--through YYYY] [--holidays FILE]`:
// each year from this one on, "loaded" or "missing" (its notice). Both read
// assets/calendar/holidays.toml unless given another file, and count with core::due_date, the one
// implementation the counter and the back office use. Exit 2 for a malformed date, number or file.
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/calendar_years.h"
#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/paths.h"
#include "core/domain/working_days.h"

namespace app {
namespace {

// A whole number from 0 to `max`, digits only.
std::optional<int> parse_count(const std::string& text, int max) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  long n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n > max) return std::nullopt;
  return static_cast<int>(n);
}

base::Result<core::HolidayCalendar> holidays(const std::optional<std::string>& file) {
  return load_holidays_file(file ? std::filesystem::path(*file) : paths::assets_dir() / "calendar" / "holidays.toml");
}

constexpr int kMaxWorkingDays = 3650;  // ten years of working days: beyond any promised limit

}  // namespace

int run_calendar_due(Args args) {
  ArgParser p(args);
  auto from = p.option("--from");
  auto days = p.option("--working-days");
  auto file = p.option("--holidays");
  std::vector<std::string> rest;
  std::string error;
  if (!p.finish(rest, error)) return usage_error(error);
  if (!rest.empty()) return usage_error("calendar due takes no positional argument: '" + rest.front() + "'");
  if (!from) return usage_error("calendar due needs --from YYYY-MM-DD");
  if (!days) return usage_error("calendar due needs --working-days N");
  if (!core::parse_iso_date(*from)) return usage_error("--from must be a date YYYY-MM-DD, not '" + *from + "'");
  auto n = parse_count(*days, kMaxWorkingDays);
  if (!n)
    return usage_error("--working-days must be a whole number from 0 to " + std::to_string(kMaxWorkingDays) +
                       ", not '" + *days + "'");
  auto calendar = holidays(file);
  if (!calendar) return usage_error(calendar.error().message);
  auto due = core::due_date(calendar.value(), *from, *n);
  if (!due) return usage_error(due.error().message);
  std::printf("%s%s\n", core::format_iso_date(due->day).c_str(), due->provisional ? " provisional" : "");
  return kExitOk;
}

int run_calendar_years(Args args) {
  ArgParser p(args);
  auto today = p.option("--today");
  auto through = p.option("--through");
  auto file = p.option("--holidays");
  std::vector<std::string> rest;
  std::string error;
  if (!p.finish(rest, error)) return usage_error(error);
  if (!rest.empty()) return usage_error("calendar years takes no positional argument: '" + rest.front() + "'");
  if (today && !core::parse_iso_date(*today)) return usage_error("--today must be a date YYYY-MM-DD");
  const std::string today_text = today.value_or(local_now().iso_date());
  const int this_year = std::stoi(today_text.substr(0, 4));
  int last = this_year + 1;
  if (through) {
    auto y = parse_count(*through, 2100);
    if (!y || *y < this_year) return usage_error("--through must be a year from " + std::to_string(this_year) + " to 2100");
    last = *y;
  }
  auto calendar = holidays(file);
  if (!calendar) return usage_error(calendar.error().message);
  for (const auto& y : calendar_years(calendar.value(), this_year, last))
    std::printf("%d %s\n", y.year, y.notice ? "loaded" : "missing");
  return kExitOk;
}

}  // namespace app
