#pragma once
// Reading the county's TOML files (catalog, eligibility rules, holidays, counter choices): parse
// with the file and position named on an error, and typed fields that name the key that is wrong.
// Unknown keys are errors too, so a typo never passes silently.
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "base/result.h"

namespace app::toml_fields {

base::Result<std::string> read_whole(const std::filesystem::path& file);
base::Result<toml::table> parse_toml(std::string_view text, std::string_view source);

// Collects the first problem with where it is: "<file>: item 'dibao': key 'stages': must …".
struct Where {
  std::string prefix;
  base::Error at(std::string_view key, std::string_view problem) const {
    return base::Error{prefix + ": key '" + std::string(key) + "': " + std::string(problem)};
  }
};

std::optional<std::string> get_string(const toml::table& t, std::string_view key);
// A required non-empty string, or an error.
base::Result<std::string> need_string(const toml::table& t, std::string_view key, const Where& w);
base::Result<std::vector<std::string>> string_list(const toml::table& t, std::string_view key, const Where& w,
                                                   bool required);
base::Result<std::optional<int>> optional_int(const toml::table& t, std::string_view key, int lo, int hi,
                                              const Where& w);
base::Status only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed, const Where& w);
// Absent is false; nullopt when present but not a boolean.
std::optional<bool> optional_bool(const toml::table& t, std::string_view key);

}  // namespace app::toml_fields
