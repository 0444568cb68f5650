#pragma once
// What was drawn where in the last frame: every labelled text and button with its screen rectangle.
// Tests find the pixels of a prompt by it; the scenario runner taps a button at the centre of the
// widget bearing a label, as a finger would.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

struct DrawnItem {
  enum class Kind { Text, Button } kind;
  std::string label;  // the visible text
  float x, y, w, h;   // screen pixels
};

class LayoutProbe {
 public:
  void clear() { items_.clear(); }
  void record(DrawnItem item) { items_.push_back(std::move(item)); }
  const std::vector<DrawnItem>& items() const { return items_; }
  std::optional<DrawnItem> find(std::string_view label) const;
  // All visible text of the frame, one item per line (for "what does the screen say" checks).
  std::string all_text() const;

 private:
  std::vector<DrawnItem> items_;
};

}  // namespace ui
