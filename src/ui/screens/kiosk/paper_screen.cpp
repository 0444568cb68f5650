// Demo: what the virtual printer printed, shown as the paper would look (the very image of the
// page it rendered from the ESC/POS bytes), scaled to the height available, with 关闭.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/texture_cache.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

void draw_paper(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  if (!s.kiosk.paper) return;
  const core::PaperPreview& paper = *s.kiosk.paper;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  const std::string_view title = ui.tr("kiosk.paper_title");
  const std::string_view close = ui.tr("kiosk.close");
  const float title_h = measure(ui, FontRole::Heading, title).y;
  const float bh = t.px(Theme::kTouchTargetPx);
  const float bw = measure(ui, FontRole::Body, close).x + 2 * pad;
  const float top = a.y0 + pad;
  text_centered(ui, FontRole::Heading, title, a.x0, a.x1, top, t.ink);
  const float img_top = top + title_h + pad / 2;
  const float img_bottom = a.y1 - bh - pad;
  const float avail_h = std::max(1.0f, img_bottom - img_top);
  const float avail_w = std::max(1.0f, a.x1 - a.x0 - 2 * pad);
  const float scale = std::min({avail_h / static_cast<float>(paper.height), avail_w / static_cast<float>(paper.width), 1.0f});
  const float w = static_cast<float>(paper.width) * scale, h = static_cast<float>(paper.height) * scale;
  const float x0 = (a.x0 + a.x1 - w) / 2;
  outlined_rect({x0 - 2, img_top - 2}, {x0 + w + 2, img_top + h + 2}, t.card_edge, t.px(2));
  if (ui.textures)
    if (void* tex = ui.textures->texture_for(paper))
      ImGui::GetWindowDrawList()->AddImage(tex, ImVec2(x0, img_top), ImVec2(x0 + w, img_top + h));
  if (button_at(ui, close, {(a.x0 + a.x1 - bw) / 2, a.y1 - bh - pad / 2}, {bw, bh})) ui.emit(core::intent::ShowPaper{false});
}

}  // namespace ui::screens
