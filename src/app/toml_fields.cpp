#include "app/toml_fields.h"

#include <fstream>
#include <sstream>

namespace app::toml_fields {

using base::Error;

base::Result<std::string> read_whole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{"cannot read " + file.string()};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

base::Result<toml::table> parse_toml(std::string_view text, std::string_view source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    std::ostringstream ss;
    ss << source << ":" << e.source().begin.line << ":" << e.source().begin.column << ": " << e.description();
    return Error{ss.str()};
  }
}

std::optional<std::string> get_string(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n || !n->is_string()) return std::nullopt;
  return n->value<std::string>();
}

base::Result<std::string> need_string(const toml::table& t, std::string_view key, const Where& w) {
  if (!t.contains(key)) return w.at(key, "missing");
  auto s = get_string(t, key);
  if (!s) return w.at(key, "must be a string");
  if (s->empty()) return w.at(key, "must not be empty");
  return *s;
}

base::Result<std::vector<std::string>> string_list(const toml::table& t, std::string_view key, const Where& w,
                                                   bool required) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) return w.at(key, "missing");
    return out;
  }
  const toml::array* arr = n->as_array();
  if (!arr) return w.at(key, "must be an array of strings");
  for (const auto& el : *arr) {
    auto s = el.value<std::string>();
    if (!el.is_string() || !s || s->empty()) return w.at(key, "must be an array of non-empty strings");
    out.push_back(*s);
  }
  if (required && out.empty()) return w.at(key, "must not be empty");
  return out;
}

base::Result<std::optional<int>> optional_int(const toml::table& t, std::string_view key, int lo, int hi,
                                              const Where& w) {
  const toml::node* n = t.get(key);
  if (!n) return std::optional<int>{};
  auto v = n->value<int64_t>();
  if (!n->is_integer() || !v) return w.at(key, "must be an integer");
  if (*v < lo || *v > hi) return w.at(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return std::optional<int>(static_cast<int>(*v));
}

base::Status only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed, const Where& w) {
  for (auto&& [k, node] : t) {
    bool known = false;
    for (auto a : allowed) known = known || k.str() == a;
    if (!known) return w.at(k.str(), "unknown key");
  }
  return base::ok();
}

std::optional<bool> optional_bool(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (!n->is_boolean()) return std::nullopt;
  return n->value<bool>();
}

}  // namespace app::toml_fields
