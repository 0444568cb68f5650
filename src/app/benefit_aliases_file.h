#pragma once
// assets/catalog/benefit_aliases.toml: the names county systems give the benefit categories
// (城市最低生活保障 for 城市低保, 高龄补贴 for 高龄津贴…), for reading rosters. A value that is not a
// category, or a name that is itself a category, is refused naming it.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.h"
#include "core/domain/benefit.h"

namespace app {

using BenefitAliases = std::unordered_map<std::string, core::BenefitType>;

base::Result<BenefitAliases> parse_benefit_aliases_text(std::string_view toml_text, std::string_view source_name);
base::Result<BenefitAliases> load_benefit_aliases_file(const std::filesystem::path& file);

}  // namespace app
