#include "app/catalog_file.h"

#include <map>
#include <tuple>
#include <set>
#include <toml++/toml.h>

#include "app/counter/counter_choices_file.h"
#include "app/i18n_file.h"
#include "app/review_steps_file.h"
#include "app/toml_fields.h"
#include "base/utf8.h"

namespace app {
namespace {

using base::Error;
using namespace toml_fields;

constexpr int kMaxPromisedWorkingDays = 365;
constexpr int kMaxReviewPeriodMonths = 60;  // 年审 at least every five years

// Keys name values stored on applications: keep them plain so they survive any export.
bool is_plain_key(const std::string& key) {
  if (key.empty()) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::optional<core::DeclarationKind> declaration_kind(const std::string& name) {
  if (name == "money") return core::DeclarationKind::Money;
  if (name == "count") return core::DeclarationKind::Count;
  if (name == "text") return core::DeclarationKind::Text;
  if (name == "choice") return core::DeclarationKind::Choice;
  return std::nullopt;
}

// The array of tables under `key` ([[item.declare]] / [[item.total]]); absent is empty.
base::Result<std::vector<const toml::table*>> table_array(const toml::table& t, std::string_view key, const Where& w) {
  std::vector<const toml::table*> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) return w.at(key, "must be written as [[item." + std::string(key) + "]] tables");
  for (const auto& el : *arr) {
    if (!el.is_table()) return w.at(key, "must be written as [[item." + std::string(key) + "]] tables");
    out.push_back(el.as_table());
  }
  return out;
}

// The key of one declaration or total, checked for shape and uniqueness within the item.
base::Result<Where> entry_key(const toml::table& t, std::string_view what, std::size_t index,
                              std::set<std::string>& keys, const Where& w) {
  Where ew{w.prefix + ": " + std::string(what) + " #" + std::to_string(index)};
  auto key = need_string(t, "key", ew);
  if (!key) return key.error();
  Where kw{w.prefix + ": " + std::string(what) + " '" + key.value() + "'"};
  if (!is_plain_key(key.value())) return kw.at("key", "use lower-case letters, digits and _ only");
  if (!keys.insert(key.value()).second) return kw.at("key", "appears twice in this item");
  return kw;
}

base::Status read_declarations(const toml::table& t, core::ServiceItem& item, const Where& w) {
  std::set<std::string> keys;
  auto declares = table_array(t, "declare", w);
  if (!declares) return declares.error();
  std::size_t index = 0;
  for (const toml::table* d : declares.value()) {
    auto dw = entry_key(*d, "declare", ++index, keys, w);
    if (!dw) return dw.error();
    if (auto s = only_keys(*d, {"key", "label", "kind", "unit", "choices", "required", "hint"}, *dw); !s)
      return s.error();
    core::DeclarationField f;
    f.key = *get_string(*d, "key");
    auto label = need_string(*d, "label", *dw);
    if (!label) return label.error();
    f.label = label.value();
    auto kind_name = need_string(*d, "kind", *dw);
    if (!kind_name) return kind_name.error();
    auto kind = declaration_kind(kind_name.value());
    if (!kind) return dw->at("kind", "'" + kind_name.value() + "' is not one of money, count, text, choice");
    f.kind = *kind;
    bool numeric = f.kind == core::DeclarationKind::Money || f.kind == core::DeclarationKind::Count;
    if (numeric) {
      auto unit = need_string(*d, "unit", *dw);
      if (!unit) return unit.error();
      f.unit = unit.value();
    } else if (d->contains("unit")) {
      return dw->at("unit", "only money and count fields have a unit");
    }
    bool is_choice = f.kind == core::DeclarationKind::Choice;
    if (!is_choice && d->contains("choices")) return dw->at("choices", "only a choice field has choices");
    auto choices = string_list(*d, "choices", *dw, is_choice);
    if (!choices) return choices.error();
    f.choices = choices.value();
    for (std::size_t i = 0; i < f.choices.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (f.choices[i] == f.choices[j]) return dw->at("choices", "'" + f.choices[i] + "' appears twice");
    auto required = optional_bool(*d, "required");
    if (!required) return dw->at("required", "must be true or false");
    f.required = *required;
    if (d->contains("hint")) {
      auto hint = need_string(*d, "hint", *dw);
      if (!hint) return hint.error();
      f.hint = hint.value();
    }
    item.declarations.push_back(std::move(f));
  }
  auto totals = table_array(t, "total", w);
  if (!totals) return totals.error();
  index = 0;
  for (const toml::table* d : totals.value()) {
    auto tw = entry_key(*d, "total", ++index, keys, w);
    if (!tw) return tw.error();
    if (auto s = only_keys(*d, {"key", "label", "unit", "plus", "minus", "per_member"}, *tw); !s) return s.error();
    core::DeclarationTotal total;
    total.key = *get_string(*d, "key");
    auto label = need_string(*d, "label", *tw);
    if (!label) return label.error();
    total.label = label.value();
    auto unit = need_string(*d, "unit", *tw);
    if (!unit) return unit.error();
    total.unit = unit.value();
    auto plus = string_list(*d, "plus", *tw, true);
    if (!plus) return plus.error();
    total.plus = plus.value();
    auto minus = string_list(*d, "minus", *tw, false);
    if (!minus) return minus.error();
    total.minus = minus.value();
    auto per_member = optional_bool(*d, "per_member");
    if (!per_member) return tw->at("per_member", "must be true or false");
    total.per_member = *per_member;
    std::optional<core::DeclarationKind> summed;
    for (auto [list_key, list] : {std::pair{"plus", &total.plus}, std::pair{"minus", &total.minus}}) {
      for (const auto& key : *list) {
        const core::DeclarationField* field = nullptr;
        for (const auto& f : item.declarations)
          if (f.key == key) field = &f;
        if (!field) return tw->at(list_key, "'" + key + "' is not a [[item.declare]] key of this item");
        if (field->kind != core::DeclarationKind::Money && field->kind != core::DeclarationKind::Count)
          return tw->at(list_key, "'" + key + "' is not a money or count field");
        if (summed && *summed != field->kind) return tw->at(list_key, "mixes money and count fields");
        summed = field->kind;
      }
    }
    item.totals.push_back(std::move(total));
  }
  return base::ok();
}

// `w0` names the catalog; errors name the item by its code once it is known, by its position before.
base::Result<core::ServiceItem> read_item(const toml::table& t, const std::map<std::string, std::string>& materials,
                                          const Where& w0, std::size_t index) {
  core::ServiceItem item;
  auto code = need_string(t, "code", Where{w0.prefix + ": item #" + std::to_string(index)});
  if (!code) return code.error();
  item.code = code.value();
  Where w{w0.prefix + ": item '" + item.code + "'"};
  if (auto s = only_keys(t, {"code", "name", "description", "who_may_apply", "conditions", "required",
                             "optional", "promised_working_days", "stages", "declare", "total", "review_steps",
                             "publicity_working_days", "annual_review_steps", "review_period_months"}, w);
      !s)
    return s.error();
  auto name = need_string(t, "name", w);
  if (!name) return name.error();
  item.name = name.value();
  auto desc = need_string(t, "description", w);
  if (!desc) return desc.error();
  item.description = desc.value();
  auto who = need_string(t, "who_may_apply", w);
  if (!who) return who.error();
  item.who_may_apply = who.value();
  // 办理条件 (the kiosk's 办事指南): optional, but when given a non-empty list of sentences.
  if (t.contains("conditions")) {
    auto conditions = string_list(t, "conditions", w, true);
    if (!conditions) return conditions.error();
    item.conditions = conditions.value();
  }
  for (auto [key, required, list] : {std::tuple{"required", true, &item.required},
                                     std::tuple{"optional", false, &item.optional}}) {
    auto codes = string_list(t, key, w, required);
    if (!codes) return codes.error();
    for (const auto& c : codes.value()) {
      auto it = materials.find(c);
      if (it == materials.end()) return w.at(key, "material '" + c + "' is not listed under [materials]");
      list->push_back(core::Material{c, it->second, {}});
    }
  }
  if (!t.contains("promised_working_days")) return w.at("promised_working_days", "missing");
  auto days = optional_int(t, "promised_working_days", 1, kMaxPromisedWorkingDays, w);
  if (!days) return days.error();
  item.promised_working_days = **days;
  auto stages = string_list(t, "stages", w, true);
  if (!stages) return stages.error();
  item.stages = stages.value();
  if (auto s = read_declarations(t, item, w); !s) return s.error();
  auto review = string_list(t, "review_steps", w, false);
  if (!review) return review.error();
  item.review_steps = review.value();
  auto publicity = optional_int(t, "publicity_working_days", 0, kMaxPromisedWorkingDays, w);
  if (!publicity) return publicity.error();
  item.publicity_working_days = publicity->value_or(0);
  auto annual = string_list(t, "annual_review_steps", w, false);
  if (!annual) return annual.error();
  item.annual_review_steps = annual.value();
  auto period = optional_int(t, "review_period_months", 1, kMaxReviewPeriodMonths, w);
  if (!period) return period.error();
  item.review_period_months = period->value_or(item.review_period_months);
  return item;
}

}  // namespace

base::Result<core::ServiceCatalog> parse_catalog_text(std::string_view toml_text, std::string_view source_name) {
  auto root = parse_toml(toml_text, source_name);
  if (!root) return root.error();
  Where w{"catalog " + std::string(source_name)};
  if (auto s = only_keys(root.value(), {"version", "materials", "review_step", "item"}, w); !s) return s.error();
  std::map<std::string, std::string> materials;
  const toml::table* mt = root->get_as<toml::table>("materials");
  if (!mt) return w.at("materials", "missing: a [materials] table of code = \"name\"");
  for (auto&& [k, node] : *mt) {
    auto v = node.value<std::string>();
    if (!node.is_string() || !v || v->empty()) return w.at("materials." + std::string(k.str()), "must be a non-empty string");
    materials[std::string(k.str())] = *v;
  }
  const toml::array* items = root->get_as<toml::array>("item");
  if (!items || items->empty()) return w.at("item", "missing: the catalog needs at least one [[item]]");
  core::ServiceCatalog catalog;
  std::set<std::string> seen;
  std::size_t index = 0;
  for (const auto& node : *items) {
    ++index;
    const toml::table* t = node.as_table();
    if (!t) return w.at("item", "entry " + std::to_string(index) + " must be a table");
    auto item = read_item(*t, materials, w, index);
    if (!item) return item.error();
    if (!seen.insert(item->code).second)
      return Error{w.prefix + ": item '" + item->code + "': key 'code': appears twice"};
    catalog.items.push_back(std::move(item.value()));
  }
  auto steps = read_review_steps(root.value(), w);
  if (!steps) return steps.error();
  catalog.review_steps = std::move(steps.value());
  for (const auto& item : catalog.items) {
    for (const auto& code : item.review_steps)
      if (!catalog.find_review_step(code))
        return Error{w.prefix + ": item '" + item.code + "': key 'review_steps': '" + code +
                     "' is not a [[review_step]] code"};
    for (const auto& code : item.annual_review_steps)
      if (!catalog.find_review_step(code))
        return Error{w.prefix + ": item '" + item.code + "': key 'annual_review_steps': '" + code +
                     "' is not a [[review_step]] code"};
  }
  return catalog;
}

base::Result<core::ServiceCatalog> load_catalog_file(const std::filesystem::path& file) {
  auto text = read_whole(file);
  if (!text) return text.error();
  return parse_catalog_text(text.value(), file.string());
}

base::Result<core::PinyinInitials> load_pinyin_initials_file(const std::filesystem::path& file) {
  auto text = read_whole(file);
  if (!text) return text.error();
  auto table = core::PinyinInitials::parse(text.value());
  if (!table) return Error{file.string() + ": " + table.error().message};
  return table;
}

base::Result<CatalogAssets> load_catalog_assets(const std::filesystem::path& assets_dir) {
  CatalogAssets out;
  auto catalog = load_catalog_file(assets_dir / "catalog" / "items.toml");
  if (!catalog) return catalog.error();
  out.catalog = std::move(catalog.value());
  auto rules = load_eligibility_file(assets_dir / "catalog" / "eligibility.toml");
  if (!rules) return rules.error();
  for (const auto& r : rules.value())
    if (!out.catalog.find(r.item))
      return Error{"eligibility rules: item '" + r.item + "' is not in the catalog"};
  out.eligibility = std::move(rules.value());
  auto cal = load_holidays_file(assets_dir / "calendar" / "holidays.toml");
  if (!cal) return cal.error();
  out.holidays = std::move(cal.value());
  auto initials_file = assets_dir / "catalog" / "pinyin_initials.txt";
  auto initials = load_pinyin_initials_file(initials_file);
  if (!initials) return initials.error();
  out.initials = std::move(initials.value());
  for (const auto& item : out.catalog.items) {
    std::string missing;
    for (char32_t cp : out.initials.uncovered(item.name)) base::append_utf8(missing, cp);
    if (!missing.empty())
      return Error{"catalog: item '" + item.code + "': name " + item.name + ": " + missing + " not in " +
                   initials_file.string() + "; add each under its pinyin initial so the item can be searched"};
  }
  auto choices = load_counter_choices_file(assets_dir / "catalog" / "counter.toml");
  if (!choices) return choices.error();
  out.counter_choices = std::move(choices.value());
  auto words = load_catalog(assets_dir / "i18n");
  if (!words) return words.error();
  out.words = std::move(words.value());
  return out;
}

}  // namespace app
