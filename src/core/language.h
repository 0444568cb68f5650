#pragma once
#include <optional>
#include <string_view>

namespace core {

enum class Language { ZhCN, En };

std::optional<Language> parse_language(std::string_view tag);  // "zh-CN", "en"
std::string_view language_tag(Language l);

}  // namespace core
