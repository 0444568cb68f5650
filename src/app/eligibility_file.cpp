// assets/catalog/eligibility.toml: who may be entitled to what (the kiosk's hints).
#include "app/catalog_file.h"
#include "app/toml_fields.h"

namespace app {

using base::Error;
using namespace toml_fields;

namespace {
constexpr int kMaxAge = 150;
}  // namespace

base::Result<std::vector<core::EligibilityRule>> parse_eligibility_text(std::string_view toml_text,
                                                                        std::string_view source_name) {
  auto root = parse_toml(toml_text, source_name);
  if (!root) return root.error();
  Where w{"eligibility rules " + std::string(source_name)};
  if (auto s = only_keys(root.value(), {"rule"}, w); !s) return s.error();
  std::vector<core::EligibilityRule> rules;
  const toml::array* arr = root->get_as<toml::array>("rule");
  if (!arr) return rules;
  std::size_t index = 0;
  for (const auto& node : *arr) {
    ++index;
    const toml::table* t = node.as_table();
    Where rw{w.prefix + ": rule #" + std::to_string(index)};
    if (!t) return rw.at("rule", "must be a table");
    if (auto s = only_keys(*t, {"item", "tier", "min_age", "max_age", "unless_holding", "reason"}, rw); !s)
      return s.error();
    core::EligibilityRule r;
    auto item = need_string(*t, "item", rw);
    if (!item) return item.error();
    r.item = item.value();
    rw.prefix += " (" + r.item + ")";
    r.tier = get_string(*t, "tier").value_or("");
    auto reason = need_string(*t, "reason", rw);
    if (!reason) return reason.error();
    r.reason = reason.value();
    auto lo = optional_int(*t, "min_age", 0, kMaxAge, rw);
    if (!lo) return lo.error();
    auto hi = optional_int(*t, "max_age", 0, kMaxAge, rw);
    if (!hi) return hi.error();
    r.min_age = lo.value();
    r.max_age = hi.value();
    if (r.min_age && r.max_age && *r.min_age > *r.max_age) return rw.at("max_age", "is below min_age");
    auto unless = string_list(*t, "unless_holding", rw, false);
    if (!unless) return unless.error();
    for (const auto& name : unless.value()) {
      auto type = core::benefit_type_from_name(name);
      if (!type) return rw.at("unless_holding", "'" + name + "' is not a benefit name such as 高龄津贴");
      r.unless_holding.push_back(*type);
    }
    rules.push_back(std::move(r));
  }
  return rules;
}

base::Result<std::vector<core::EligibilityRule>> load_eligibility_file(const std::filesystem::path& file) {
  auto text = read_whole(file);
  if (!text) return text.error();
  return parse_eligibility_text(text.value(), file.string());
}

}  // namespace app
