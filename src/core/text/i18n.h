#pragma once
// UI strings by key, one table per language. Screens never hold literal UI text: they ask the
// catalog. Loading the files is the app's job; this is plain data.
#include <map>
#include <string>
#include <string_view>

#include "core/language.h"

namespace core {

class Catalog {
 public:
  using Table = std::map<std::string, std::string, std::less<>>;

  void set_table(Language l, Table t);
  const Table& table(Language l) const;

  // The string for key in language l; a missing key yields the key itself, so a gap is visible on
  // screen rather than an empty label. Use has() to check completeness in tests.
  std::string_view get(Language l, std::string_view key) const;
  bool has(Language l, std::string_view key) const;

 private:
  Table zh_;
  Table en_;
};

// Replaces each "{}" in order with the next argument.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace core
