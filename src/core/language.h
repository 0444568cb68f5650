#pragma once
#include <optional>
#include <string_view>

namespace core {

enum class Language { ZhCN, En };

std::optional<Language> parse_language(std::string_view tag);  // "zh-CN", "en"
std::string_view language_tag(Language l);

// What is stored and printed (an application's notes, its slip) is written in this language,
// whichever language the screen shows: a hall keeps its records in Chinese.
inline constexpr Language kRecordLanguage = Language::ZhCN;

}  // namespace core
