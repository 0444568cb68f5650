// Kiosk welcome: invites the resident to place an ID card or scan a slip, in large text (larger
// still when nobody has been there for a while), and offers 办事指南 to anyone, card or not.
// Everything is measured first and the picture takes the height that is left, so the screen fits
// landscape and portrait displays alike.
#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

namespace {

// A drawn ID card over a reader pad, so the prompt reads at a glance even for those who read little.
void draw_card_picture(const Theme& t, float cx, float y, float card_w) {
  using namespace widgets;
  const float card_h = card_w * 0.63f;
  const float pad_w = card_w * 1.3f, pad_h = card_h * 0.22f;
  filled_rect({cx - pad_w / 2, y + card_h - pad_h * 0.4f}, {cx + pad_w / 2, y + card_h + pad_h * 0.6f}, t.card_edge,
              t.px(12));
  filled_rect({cx - card_w / 2, y}, {cx + card_w / 2, y + card_h}, t.card, t.px(18));
  outlined_rect({cx - card_w / 2, y}, {cx + card_w / 2, y + card_h}, t.header, t.px(4), t.px(18));
  filled_rect({cx + card_w * 0.18f, y + card_h * 0.2f}, {cx + card_w * 0.42f, y + card_h * 0.72f}, t.card_edge,
              t.px(8));
  for (int i = 0; i < 3; ++i) {
    const float ly = y + card_h * (0.25f + 0.18f * static_cast<float>(i));
    filled_rect({cx - card_w * 0.40f, ly}, {cx + card_w * (i == 2 ? 0.12f : 0.05f), ly + t.px(10)}, t.card_edge,
                t.px(5));
  }
}

}  // namespace

void draw_welcome(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float w = a.x1 - a.x0, h = a.y1 - a.y0;
  const float gap = t.px(28);

  const std::string_view prompt = ui.tr("welcome.prompt_card"), qr = ui.tr("welcome.prompt_qr"),
                         hint = ui.tr("welcome.hint");
  // The largest prompt size that fits the width; after a while with nobody there (attract) the
  // invitation grows to the display size and the picture gives way to it.
  FontRole big = s.attract ? FontRole::Display : FontRole::Title;
  for (FontRole r : {big, FontRole::Title, FontRole::Heading}) {
    big = r;
    if (measure(ui, r, prompt).x <= w - 2 * t.px(Theme::kPaddingPx)) break;
  }
  // 办事指南: a large button under the prompts, no card needed.
  const std::string_view guide = ui.tr("welcome.guide");
  const Vec2 guide_sz = measure(ui, FontRole::Heading, guide);
  const float guide_h = std::max(t.px(Theme::kTouchTargetPx) * 1.25f, guide_sz.y + t.px(40));
  const float guide_w = std::min(w - 2 * t.px(Theme::kPaddingPx), guide_sz.x + 6 * t.px(Theme::kPaddingPx));
  const float text_h = measure(ui, big, prompt).y + gap + measure(ui, FontRole::Heading, qr).y + gap +
                       measure(ui, FontRole::Body, hint).y + gap + guide_h;
  const float notice_h = s.notice_key.empty() ? 0 : gap + measure(ui, FontRole::Heading, ui.tr(s.notice_key)).y;
  const float demo_h = s.demo ? measure(ui, FontRole::Small, ui.tr("demo.keys")).y + t.px(16) : 0;

  // The picture gets what is left, within sensible bounds; it goes when there is no room.
  const float room = h - text_h - notice_h - demo_h - 4 * gap;
  const float card_w = std::min({w * 0.28f, t.px(420), room / (0.63f * 1.2f)});
  const bool picture = card_w >= t.px(160);
  const float picture_h = picture ? card_w * 0.63f * 1.2f + 2 * gap : 0;
  float y = a.y0 + std::max(gap, (h - demo_h - picture_h - text_h - notice_h) / 2);

  if (picture) {
    draw_card_picture(t, a.x0 + w / 2, y, card_w);
    y += picture_h;
  }
  y += text_centered(ui, big, prompt, a.x0, a.x1, y, t.ink) + gap;
  y += text_centered(ui, FontRole::Heading, qr, a.x0, a.x1, y, t.ink) + gap;
  y += text_centered(ui, FontRole::Body, hint, a.x0, a.x1, y, t.ink_muted) + gap;
  if (button_at(ui, guide, {a.x0 + (w - guide_w) / 2, y}, {guide_w, guide_h}, FontRole::Heading))
    ui.emit(core::intent::OpenGuide{});
  y += guide_h + gap;
  // A failed read says so in plain words, in the fault colour and on its own line.
  if (!s.notice_key.empty())
    text_centered(ui, FontRole::Heading, ui.tr(s.notice_key), a.x0, a.x1, y, s.notice_key == "rating.thanks" ? t.ok : t.fault);
  if (s.demo) {
    const float dh = measure(ui, FontRole::Small, ui.tr("demo.keys")).y;
    text_centered(ui, FontRole::Small, ui.tr("demo.keys"), a.x0, a.x1, a.y1 - dh - t.px(12), t.ink_muted);
  }
}

}  // namespace ui::screens
