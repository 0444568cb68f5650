#include "core/language.h"

namespace core {

std::optional<Language> parse_language(std::string_view tag) {
  if (tag == "zh-CN") return Language::ZhCN;
  if (tag == "en") return Language::En;
  return std::nullopt;
}

std::string_view language_tag(Language l) { return l == Language::En ? "en" : "zh-CN"; }

}  // namespace core
