// Kiosk welcome: invites the resident to place an ID card or scan a slip, in the largest text.
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

void draw_welcome(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float w = a.x1 - a.x0, h = a.y1 - a.y0;

  // A drawn ID card over a reader pad, so the prompt reads at a glance even for those who read little.
  const float card_w = std::min(w * 0.28f, t.px(420)), card_h = card_w * 0.63f;
  const float cx = a.x0 + w / 2;
  float y = a.y0 + h * 0.10f;
  const float pad_w = card_w * 1.25f;
  filled_rect({cx - pad_w / 2, y + card_h * 0.55f}, {cx + pad_w / 2, y + card_h * 0.55f + t.px(26)}, t.card_edge,
              t.px(10));
  filled_rect({cx - card_w / 2, y}, {cx + card_w / 2, y + card_h}, t.card, t.px(18));
  outlined_rect({cx - card_w / 2, y}, {cx + card_w / 2, y + card_h}, t.header, t.px(4), t.px(18));
  filled_rect({cx + card_w * 0.18f, y + card_h * 0.2f}, {cx + card_w * 0.42f, y + card_h * 0.72f}, t.card_edge,
              t.px(8));
  for (int i = 0; i < 3; ++i) {
    const float ly = y + card_h * (0.25f + 0.18f * static_cast<float>(i));
    filled_rect({cx - card_w * 0.40f, ly}, {cx + card_w * (i == 2 ? 0.12f : 0.05f), ly + t.px(10)}, t.card_edge,
                t.px(5));
  }
  y += card_h + t.px(26) + t.px(56);

  y += text_centered(ui, FontRole::Display, ui.tr("welcome.prompt_card"), a.x0, a.x1, y, t.ink) + t.px(28);
  y += text_centered(ui, FontRole::Heading, ui.tr("welcome.prompt_qr"), a.x0, a.x1, y, t.ink) + t.px(40);
  y += text_centered(ui, FontRole::Body, ui.tr("welcome.hint"), a.x0, a.x1, y, t.ink_muted) + t.px(32);

  // A failed read says so in plain words, in the fault colour and with its own line.
  if (!s.notice_key.empty()) text_centered(ui, FontRole::Heading, ui.tr(s.notice_key), a.x0, a.x1, y, t.fault);
  if (s.demo) {
    const float h = measure(ui, FontRole::Small, "A").y;
    text_centered(ui, FontRole::Small, ui.tr("demo.keys"), a.x0, a.x1, a.y1 - h - t.px(16), t.ink_muted);
  }
}

}  // namespace ui::screens
