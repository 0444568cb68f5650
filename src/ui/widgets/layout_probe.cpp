#include "ui/widgets/layout_probe.h"

namespace ui {

std::optional<DrawnItem> LayoutProbe::find(std::string_view label) const {
  for (const auto& i : items_)
    if (i.label == label) return i;
  return std::nullopt;
}

std::string LayoutProbe::all_text() const {
  std::string out;
  for (const auto& i : items_) {
    out += i.label;
    out += '\n';
  }
  return out;
}

}  // namespace ui
