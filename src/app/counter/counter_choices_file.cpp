#include "app/counter/counter_choices_file.h"

#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace app {

namespace {

base::Result<std::vector<std::string>> word_list(const toml::table& root, std::string_view key,
                                                 const std::string& where) {
  auto fail = [&](std::string_view problem) {
    return base::Error{where + ": key '" + std::string(key) + "': " + std::string(problem)};
  };
  const toml::array* arr = root.get_as<toml::array>(key);
  if (!arr) return fail(root.contains(key) ? "must be an array of strings" : "missing");
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& el : *arr) {
    auto s = el.value<std::string>();
    if (!el.is_string() || !s || s->empty()) return fail("must be an array of non-empty strings");
    if (!seen.insert(*s).second) return fail("'" + *s + "' appears twice");
    out.push_back(*s);
  }
  if (out.empty()) return fail("must not be empty");
  return out;
}

}  // namespace

base::Result<core::CounterChoices> parse_counter_choices_text(std::string_view toml_text,
                                                              std::string_view source_name) {
  const std::string where = "counter choices " + std::string(source_name);
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    return base::Error{where + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description())};
  }
  for (auto&& [k, v] : root)
    if (k.str() != "version" && k.str() != "relations" && k.str() != "refusal_reasons" &&
        k.str() != "rejection_reasons")
      return base::Error{where + ": key '" + std::string(k.str()) + "': unknown"};
  core::CounterChoices c;
  auto relations = word_list(root, "relations", where);
  if (!relations) return relations.error();
  c.relations = std::move(*relations);
  auto reasons = word_list(root, "refusal_reasons", where);
  if (!reasons) return reasons.error();
  c.refusal_reasons = std::move(*reasons);
  // Optional (older files lack it): without a list the approver writes the reason.
  if (root.contains("rejection_reasons")) {
    auto rejections = word_list(root, "rejection_reasons", where);
    if (!rejections) return rejections.error();
    c.rejection_reasons = std::move(*rejections);
  }
  return c;
}

base::Result<core::CounterChoices> load_counter_choices_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return base::Error{"cannot read " + file.string()};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_counter_choices_text(ss.str(), file.string());
}

}  // namespace app
