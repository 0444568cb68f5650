#include "app/scenario/script_names.h"

#include "core/screen.h"
#include "devices/idcard/sample_cards.h"

namespace app::scenario {

std::optional<int> sample_card_slot(const std::string& name) {
  auto cards = devices::idcard::sample_cards();
  for (std::size_t i = 0; i < cards.size(); ++i)
    if (cards[i].name == name || cards[i].english_name == name) return static_cast<int>(i);
  return std::nullopt;
}

std::string sample_card_names() {
  std::string out;
  for (const auto& c : devices::idcard::sample_cards()) {
    if (!out.empty()) out += ", ";
    out += c.name.empty() ? c.english_name : c.name;
  }
  return out;
}

std::vector<std::string> known_screens() {
  std::vector<std::string> names;
  for (const auto& screen : core::kAllScreens) names.emplace_back(screen.name);
  return names;
}

std::string one_line(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    if (nl > start) {
      if (!out.empty()) out += " | ";
      out += text.substr(start, nl - start);
    }
    start = nl + 1;
  }
  return out.empty() ? "(none)" : out;
}

}  // namespace app::scenario
