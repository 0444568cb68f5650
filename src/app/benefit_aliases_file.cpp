#include "app/benefit_aliases_file.h"

#include "app/toml_fields.h"
#include "core/domain/roster_fields.h"

namespace app {

using namespace toml_fields;

base::Result<BenefitAliases> parse_benefit_aliases_text(std::string_view toml_text, std::string_view source_name) {
  auto root = parse_toml(toml_text, source_name);
  if (!root) return root.error();
  Where w{"benefit aliases " + std::string(source_name)};
  if (auto s = only_keys(root.value(), {"aliases"}, w); !s) return s.error();
  BenefitAliases out;
  const toml::table* t = root->get_as<toml::table>("aliases");
  if (!t) return out;
  for (const auto& [key, node] : *t) {
    const std::string name = core::trim_spaces(std::string(key.str()));
    const auto value = node.value<std::string>();
    if (!node.is_string() || !value) return w.at(key.str(), "must be a category name in quotes");
    const auto type = core::benefit_type_from_name(*value);
    if (!type) return w.at(key.str(), "'" + *value + "' is not a category (城市低保, 农村低保, 特困供养, …)");
    if (name.empty()) return w.at(key.str(), "the name is empty");
    if (core::benefit_type_from_name(name)) return w.at(key.str(), "is a category itself");
    out.emplace(name, *type);
  }
  return out;
}

base::Result<BenefitAliases> load_benefit_aliases_file(const std::filesystem::path& file) {
  auto text = read_whole(file);
  if (!text) return text.error();
  return parse_benefit_aliases_text(text.value(), file.string());
}

}  // namespace app
