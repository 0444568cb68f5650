// The catalog holds what the code asks for and nothing else (issue 14 item 5): every key is named
// by a literal in src/, or is one of a family whose keys are built from a code at run time; and
// every key a flow or screen names by literal exists in both languages.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "app/i18n_file.h"
#include "app/source_scan.h"

namespace fs = std::filesystem;

namespace {

// Families built as prefix + a stored code; each prefix is itself a literal in src/ (checked).
//   app_status.<status_code>   ui/widgets/progress_timeline.cpp, the counter and queue screens
//   benefit.<type code>        ui/screens/kiosk_benefits.cpp
//   benefit_status.<code>      ui/screens/kiosk_benefits.cpp
//   payment.<code>             ui/screens/kiosk_payments.cpp
//   weekday.<0..6>             ui/screens/chrome.cpp
//   rating.level.<1..5>, rating.reason.<code>, rating_export.channel.<code>
//                              core/domain/rating.cpp, app/rating_export.cpp (好差评)
constexpr std::string_view kBuiltFamilies[] = {"app_status.", "benefit.", "benefit_status.", "payment.", "staff_role.",
                                                "weekday.", "rating.level.", "rating.reason.",
                                                "rating_export.channel."};

core::Catalog shipped() {
  auto c = app::load_catalog(fs::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  return *c;
}

std::set<std::string> literals_in(std::string_view folder) {
  std::set<std::string> out;
  for (auto& fl : source_scan::literals_under(fs::path(ONEWINDOW_SOURCE_DIR) / folder))
    out.insert(std::move(fl.literal.text));
  return out;
}

}  // namespace

TEST_CASE("every catalog key is used: named in src/ or one of the families built from a code") {
  const auto catalog = shipped();
  const auto literals = literals_in("src");
  for (std::string_view family : kBuiltFamilies)
    CHECK_MESSAGE(literals.count(std::string(family)), "no code builds keys from \"" << family << "\"");
  std::size_t keys = 0;
  for (const auto& [key, text] : catalog.table(core::Language::ZhCN)) {
    ++keys;
    bool built = false;
    for (std::string_view family : kBuiltFamilies) built = built || key.rfind(family, 0) == 0;
    CHECK_MESSAGE((built || literals.count(key)), "catalog key " << key << " is used nowhere in src/: delete it");
  }
  CHECK(keys > 100);
}

TEST_CASE("every key the counter's flow and the screens name exists in both languages") {
  const auto catalog = shipped();
  // Shaped like a key of one of the catalog's own sections ("counter.sign_in.need_pin").
  std::set<std::string> sections;
  for (const auto& [key, text] : catalog.table(core::Language::ZhCN)) sections.insert(key.substr(0, key.find('.')));
  const std::regex key_shape(R"([a-z_]+(\.[a-z0-9_]+)+)");
  std::size_t named = 0;
  for (std::string_view folder : {"src/core/counter", "src/core/domain", "src/app/counter", "src/ui"})
    for (const auto& lit : literals_in(folder)) {
      if (!std::regex_match(lit, key_shape) || !sections.count(lit.substr(0, lit.find('.')))) continue;
      ++named;
      CHECK_MESSAGE(catalog.has(core::Language::ZhCN, lit), folder << ": zh-CN lacks " << lit);
      CHECK_MESSAGE(catalog.has(core::Language::En, lit), folder << ": en lacks " << lit);
    }
  CHECK(named > 50);
}
