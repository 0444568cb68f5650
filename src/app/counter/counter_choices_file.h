#pragma once
// Reader of assets/catalog/counter.toml: the words the counter offers as buttons (relations,
// 不予受理 reasons). Unknown keys, empty lists, empty or repeated words are refused with the file
// and key named.
#include <filesystem>
#include <string_view>

#include "base/result.h"
#include "core/counter/counter_catalog.h"

namespace app {

base::Result<core::CounterChoices> parse_counter_choices_text(std::string_view toml_text, std::string_view source_name);
base::Result<core::CounterChoices> load_counter_choices_file(const std::filesystem::path& file);

}  // namespace app
