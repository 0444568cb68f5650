// assets/catalog/eligibility.toml: who may be entitled to what — the kiosk's and counter's hints
// (age rules) and the back office's 主动发现 list (every kind).
#include "app/catalog_file.h"
#include "app/toml_fields.h"

namespace app {

using base::Error;
using namespace toml_fields;

namespace {
constexpr int kMaxAge = 150;
constexpr int kMaxWithinMonths = 60;
constexpr int kMaxMonthsRunning = 12;

base::Result<std::vector<core::BenefitType>> benefit_list(const toml::table& t, const char* key, const Where& w) {
  auto names = string_list(t, key, w, false);
  if (!names) return names.error();
  std::vector<core::BenefitType> out;
  for (const auto& name : names.value()) {
    auto type = core::benefit_type_from_name(name);
    if (!type) return w.at(key, "'" + name + "' is not a benefit name such as 高龄津贴");
    out.push_back(*type);
  }
  return out;
}

base::Result<core::EligibilityKind> kind_of(const toml::table& t, const Where& w) {
  const std::string kind = get_string(t, "kind").value_or("age");
  if (kind == "age") return core::EligibilityKind::Age;
  if (kind == "disability_cert") return core::EligibilityKind::DisabilityCert;
  if (kind == "benefit_ended") return core::EligibilityKind::BenefitEnded;
  if (kind == "payments_failed") return core::EligibilityKind::PaymentsFailed;
  return w.at("kind", "must be age, disability_cert, benefit_ended or payments_failed (got \"" + kind + "\")");
}
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
    if (auto s = only_keys(*t, {"code", "kind", "item", "tier", "min_age", "max_age", "unless_holding", "reason",
                                "max_grade", "ended", "within_months", "months_running"},
                           rw);
        !s)
      return s.error();
    core::EligibilityRule r;
    auto item = need_string(*t, "item", rw);
    if (!item) return item.error();
    r.item = item.value();
    rw.prefix += " (" + r.item + ")";
    r.tier = get_string(*t, "tier").value_or("");
    r.code = get_string(*t, "code").value_or(r.item + (r.tier.empty() ? "" : "_" + r.tier));
    for (const auto& other : rules)
      if (other.code == r.code) return rw.at("code", "'" + r.code + "' is used by an earlier rule");
    auto kind = kind_of(*t, rw);
    if (!kind) return kind.error();
    r.kind = kind.value();
    auto grade = optional_int(*t, "max_grade", 1, 4, rw);
    if (!grade) return grade.error();
    r.max_grade = grade->value_or(r.max_grade);
    auto ended = benefit_list(*t, "ended", rw);
    if (!ended) return ended.error();
    r.ended = ended.value();
    if (r.kind == core::EligibilityKind::BenefitEnded && r.ended.empty())
      return rw.at("ended", "a benefit_ended rule names the benefits it follows, e.g. [\"农村低保\"]");
    auto within = optional_int(*t, "within_months", 1, kMaxWithinMonths, rw);
    if (!within) return within.error();
    r.within_months = within->value_or(r.within_months);
    auto running = optional_int(*t, "months_running", 1, kMaxMonthsRunning, rw);
    if (!running) return running.error();
    r.months_running = running->value_or(r.months_running);
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
    auto unless = benefit_list(*t, "unless_holding", rw);
    if (!unless) return unless.error();
    r.unless_holding = unless.value();
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
