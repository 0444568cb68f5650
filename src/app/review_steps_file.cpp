#include "app/review_steps_file.h"

#include <optional>
#include <set>

namespace app {
namespace {

using namespace toml_fields;

bool is_plain_code(const std::string& key) {
  if (key.empty()) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::optional<core::ReviewFieldKind> field_kind(const std::string& name) {
  if (name == "date") return core::ReviewFieldKind::Date;
  if (name == "text") return core::ReviewFieldKind::Text;
  if (name == "count") return core::ReviewFieldKind::Count;
  if (name == "money") return core::ReviewFieldKind::Money;
  if (name == "choice") return core::ReviewFieldKind::Choice;
  return std::nullopt;
}

base::Result<core::ReviewField> read_field(const toml::table& t, const Where& sw, std::size_t index) {
  Where fw{sw.prefix + ": field #" + std::to_string(index)};
  if (auto s = only_keys(t, {"key", "label", "kind", "unit", "choices", "required"}, fw); !s) return s.error();
  core::ReviewField f;
  auto key = need_string(t, "key", fw);
  if (!key) return key.error();
  if (!is_plain_code(key.value())) return fw.at("key", "use lower-case letters, digits and _ only");
  f.key = key.value();
  Where kw{sw.prefix + ": field '" + f.key + "'"};
  auto label = need_string(t, "label", kw);
  if (!label) return label.error();
  f.label = label.value();
  auto kind_name = need_string(t, "kind", kw);
  if (!kind_name) return kind_name.error();
  auto kind = field_kind(kind_name.value());
  if (!kind) return kw.at("kind", "'" + kind_name.value() + "' is not one of date, text, count, money, choice");
  f.kind = *kind;
  const bool numeric = f.kind == core::ReviewFieldKind::Count || f.kind == core::ReviewFieldKind::Money;
  if (t.contains("unit")) {
    if (!numeric) return kw.at("unit", "only count and money fields have a unit");
    auto unit = need_string(t, "unit", kw);
    if (!unit) return unit.error();
    f.unit = unit.value();
  }
  const bool choice = f.kind == core::ReviewFieldKind::Choice;
  if (!choice && t.contains("choices")) return kw.at("choices", "only a choice field has choices");
  auto choices = string_list(t, "choices", kw, choice);
  if (!choices) return choices.error();
  f.choices = choices.value();
  auto required = optional_bool(t, "required");
  if (!required) return kw.at("required", "must be true or false");
  f.required = *required;
  return f;
}

}  // namespace

base::Result<std::vector<core::ReviewStepDef>> read_review_steps(const toml::table& root, const Where& w) {
  std::vector<core::ReviewStepDef> out;
  const toml::node* n = root.get("review_step");
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) return w.at("review_step", "must be written as [[review_step]] tables");
  std::set<std::string> codes;
  std::size_t index = 0;
  for (const auto& el : *arr) {
    ++index;
    const toml::table* t = el.as_table();
    if (!t) return w.at("review_step", "entry " + std::to_string(index) + " must be a table");
    Where iw{w.prefix + ": review_step #" + std::to_string(index)};
    auto code = need_string(*t, "code", iw);
    if (!code) return code.error();
    if (!is_plain_code(code.value())) return iw.at("code", "use lower-case letters, digits and _ only");
    Where sw{w.prefix + ": review_step '" + code.value() + "'"};
    if (!codes.insert(code.value()).second) return sw.at("code", "appears twice");
    if (auto s = only_keys(*t, {"code", "name", "date_field", "field"}, sw); !s) return s.error();
    core::ReviewStepDef step;
    step.code = code.value();
    auto name = need_string(*t, "name", sw);
    if (!name) return name.error();
    step.name = name.value();
    const toml::array* fields = t->get_as<toml::array>("field");
    if (!fields || fields->empty()) return sw.at("field", "missing: a step needs at least one [[review_step.field]]");
    std::set<std::string> keys;
    std::size_t fi = 0;
    for (const auto& fe : *fields) {
      ++fi;
      const toml::table* ft = fe.as_table();
      if (!ft) return sw.at("field", "entry " + std::to_string(fi) + " must be a table");
      auto f = read_field(*ft, sw, fi);
      if (!f) return f.error();
      if (!keys.insert(f->key).second) return sw.at("field", "key '" + f->key + "' appears twice");
      step.fields.push_back(std::move(f.value()));
    }
    if (t->contains("date_field")) {
      auto df = need_string(*t, "date_field", sw);
      if (!df) return df.error();
      bool is_date = false;
      for (const auto& f : step.fields)
        if (f.key == df.value() && f.kind == core::ReviewFieldKind::Date) is_date = true;
      if (!is_date) return sw.at("date_field", "'" + df.value() + "' is not a date field of this step");
      step.date_field = df.value();
    }
    out.push_back(std::move(step));
  }
  return out;
}

}  // namespace app
