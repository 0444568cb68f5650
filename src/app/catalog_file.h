#pragma once
// Readers for the county-editable files under assets/: the service catalog (catalog/items.toml),
// the eligibility rules (catalog/eligibility.toml), the pinyin initials of the item names
// (catalog/pinyin_initials.txt) and the holiday calendar (calendar/holidays.toml). A bad file is
// refused with the file, the item and the key named; unknown keys are errors too, so a typo never
// passes silently.
#include <filesystem>
#include <string_view>
#include <vector>

#include "core/counter/counter_catalog.h"
#include "core/text/i18n.h"
#include "core/domain/eligibility.h"
#include "core/counter/item_search.h"
#include "base/result.h"
#include "core/domain/service_item.h"
#include "core/domain/working_days.h"

namespace app {

base::Result<core::ServiceCatalog> parse_catalog_text(std::string_view toml_text, std::string_view source_name);
base::Result<core::ServiceCatalog> load_catalog_file(const std::filesystem::path& file);

base::Result<std::vector<core::EligibilityRule>> parse_eligibility_text(std::string_view toml_text,
                                                                        std::string_view source_name);
base::Result<std::vector<core::EligibilityRule>> load_eligibility_file(const std::filesystem::path& file);

base::Result<core::HolidayCalendar> parse_holidays_text(std::string_view toml_text, std::string_view source_name);
base::Result<core::HolidayCalendar> load_holidays_file(const std::filesystem::path& file);

// "<file>: line N: …" on a bad line.
base::Result<core::PinyinInitials> load_pinyin_initials_file(const std::filesystem::path& file);

// The county's files from an assets folder (the four above, the counter's choices read by
// app/counter/counter_choices_file.h) and the sentences of assets/i18n that what is stored and
// printed is written from (paths::assets_dir() by default). An item name with a Han
// character the initials table lacks is refused, so no item is silently unfindable by initials.
struct CatalogAssets {
  core::ServiceCatalog catalog;
  std::vector<core::EligibilityRule> eligibility;
  core::HolidayCalendar holidays;
  core::PinyinInitials initials;
  core::CounterChoices counter_choices;
  core::Catalog words;  // assets/i18n; notes and slips use kRecordLanguage
};
base::Result<CatalogAssets> load_catalog_assets(const std::filesystem::path& assets_dir);

}  // namespace app
