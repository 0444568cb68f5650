#include "app/i18n_file.h"

#include <toml++/toml.h>

namespace app {

namespace {
base::Result<core::Catalog::Table> load_table(const std::filesystem::path& file) {
  toml::table t;
  try {
    t = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return base::Error{"strings " + file.string() + ": line " + std::to_string(e.source().begin.line) + ": " +
                       std::string(e.description())};
  }
  core::Catalog::Table out;
  for (auto&& [k, v] : t) {
    auto s = v.value<std::string>();
    if (!v.is_string() || !s) return base::Error{"strings " + file.string() + ": " + std::string(k.str()) + ": must be a string"};
    out.emplace(std::string(k.str()), *s);
  }
  return out;
}
}  // namespace

base::Result<core::Catalog> load_catalog(const std::filesystem::path& dir) {
  core::Catalog c;
  for (auto lang : {core::Language::ZhCN, core::Language::En}) {
    auto t = load_table(dir / (std::string(core::language_tag(lang)) + ".toml"));
    if (!t) return t.error();
    c.set_table(lang, std::move(*t));
  }
  return c;
}

}  // namespace app
