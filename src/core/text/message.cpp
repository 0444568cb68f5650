#include "core/text/message.h"

namespace core {

std::string render(const Catalog& catalog, Language l, const Message& m) {
  if (m.empty()) return {};
  const std::string_view pattern = catalog.get(l, m.key);
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && next < m.params.size()) {
      out += m.params[next++];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace core
