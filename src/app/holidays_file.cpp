// assets/calendar/holidays.toml: the State Council's public holidays and make-up working days.
#include "app/catalog_file.h"
#include "app/toml_fields.h"

namespace app {

using base::Error;
using namespace toml_fields;

base::Result<core::HolidayCalendar> parse_holidays_text(std::string_view toml_text, std::string_view source_name) {
  auto root = parse_toml(toml_text, source_name);
  if (!root) return root.error();
  Where w{"holiday calendar " + std::string(source_name)};
  if (auto s = only_keys(root.value(), {"year"}, w); !s) return s.error();
  core::HolidayCalendar cal;
  const toml::array* years = root->get_as<toml::array>("year");
  if (!years) return cal;
  for (const auto& node : *years) {
    const toml::table* t = node.as_table();
    if (!t) return w.at("year", "must be a table");
    auto y = optional_int(*t, "year", 1900, 2200, w);
    if (!y) return y.error();
    if (!*y) return w.at("year.year", "missing");
    Where yw{w.prefix + ": year " + std::to_string(**y)};
    if (auto s = only_keys(*t, {"year", "holidays", "workdays"}, yw); !s) return s.error();
    if (cal.has_notice(static_cast<int>(**y))) return w.at("year", "year " + std::to_string(**y) + " is listed twice");
    cal.add_notice_year(static_cast<int>(**y));
    for (auto key : {"holidays", "workdays"}) {
      auto days = string_list(*t, key, yw, false);
      if (!days) return days.error();
      for (const auto& d : days.value()) {
        auto n = core::parse_iso_date(d);
        if (!n) return yw.at(key, n.error().message);
        if (d.substr(0, 4) != std::to_string(**y)) return yw.at(key, "'" + d + "' is not in that year");
        if (std::string_view(key) == "holidays") cal.add_holiday(n.value());
        else cal.add_makeup_workday(n.value());
      }
    }
  }
  return cal;
}

base::Result<core::HolidayCalendar> load_holidays_file(const std::filesystem::path& file) {
  auto text = read_whole(file);
  if (!text) return text.error();
  return parse_holidays_text(text.value(), file.string());
}

}  // namespace app
