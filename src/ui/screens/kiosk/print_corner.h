#pragma once
// What a kiosk screen's print corner says: the print button alone, progress, done (with 查看凭条 on
// the demo printer), or why not (缺纸 …) in words in place of the button. Shared by the status
// summary's 打印 and the 办事指南's 打印一次性告知单: both use the visit's one print slot.
#include <string>
#include <string_view>

#include "core/app_state.h"
#include "ui/widgets/ui_context.h"

namespace ui::screens {

struct PrintCorner {
  bool button = false;
  std::string_view label;  // `print_key`'s words, or 查看凭条 once the demo printer has printed
  core::Event press = core::intent::PrintSummary{};
  std::string line;
  Rgb color{};
};

PrintCorner print_corner(const core::AppState& s, UiContext& ui, std::string_view print_key = "kiosk.print",
                         core::Event print = core::intent::PrintSummary{});

}  // namespace ui::screens
