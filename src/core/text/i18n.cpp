#include "core/text/i18n.h"

namespace core {

void Catalog::set_table(Language l, Table t) { (l == Language::En ? en_ : zh_) = std::move(t); }

const Catalog::Table& Catalog::table(Language l) const { return l == Language::En ? en_ : zh_; }

std::string_view Catalog::get(Language l, std::string_view key) const {
  const Table& t = table(l);
  auto it = t.find(key);
  return it == t.end() ? key : std::string_view(it->second);
}

bool Catalog::has(Language l, std::string_view key) const { return table(l).count(key) != 0; }

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  auto arg = args.begin();
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && arg != args.end()) {
      out += *arg++;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace core
