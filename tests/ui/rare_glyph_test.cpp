// Names with CJK Extension A (䶮) and B (𠀾) characters render as their glyphs, not placeholders.
#include "ui/widgets/widgets.h"
#include "ui_test_support.h"

#include <imgui.h>

using namespace uitest;

namespace {
void draw_samples(ui::UiContext& ui, float, float) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(1280, 800));
  ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration);
  const ui::Rgb ink{0, 0, 0};
  ui::widgets::text_at(ui, ui::FontRole::Display, "䶮", {100, 100}, ink);
  ui::widgets::text_at(ui, ui::FontRole::Display, "𠀾", {300, 100}, ink);
  ui::widgets::text_at(ui, ui::FontRole::Display, "\xEF\xBF\xBD", {500, 100}, ink);  // U+FFFD, the placeholder
  ui::widgets::text_at(ui, ui::FontRole::Display, "王䶮𠀾", {100, 300}, ink);
  ImGui::End();
}
}  // namespace

TEST_CASE("䶮 and 𠀾 are in the atlas and draw differently from the placeholder and each other") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->renderer().render_custom(core::Language::ZhCN, t->window(), draw_samples);
  ImFont* f = t->fonts().font(ui::FontRole::Display);
  CHECK(f->FindGlyphNoFallback(0x4DAE) != nullptr);
  CHECK(f->FindGlyphNoFallback(0x2003E) != nullptr);
  CHECK(t->fonts().uncovered().empty());

  const Image im = grab(t->window());
  const auto& probe = t->renderer().probe();
  auto a = probe.find("䶮"), b = probe.find("𠀾"), p = probe.find("\xEF\xBF\xBD"), name = probe.find("王䶮𠀾");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(p);
  REQUIRE(name);
  const float s = a->h;
  CHECK(ink_pixels(im, a->x, a->y, s, s) > 50);
  CHECK(ink_pixels(im, b->x, b->y, s, s) > 50);
  const auto sa = ink_signature(im, a->x, a->y, s, s), sb = ink_signature(im, b->x, b->y, s, s),
             sp = ink_signature(im, p->x, p->y, s, s);
  CHECK(sa != sp);
  CHECK(sb != sp);
  CHECK(sa != sb);
  // 
  // A CJK character is one em wide: the Display role's 72 px. The name is three of them.
  CHECK(a->w == doctest::Approx(72).epsilon(0.05));
  CHECK(b->w == doctest::Approx(72).epsilon(0.05));
  CHECK(name->w == doctest::Approx(3 * 72).epsilon(0.05));
}

TEST_CASE("a character no font has is kept, drawn as the placeholder, and reported once") {
  auto t = open_terminal(core::Mode::Kiosk);
  // U+E000 is private use: no configured font draws it.
  int frames_dirty = 0;
  for (int i = 0; i < 3; ++i) {
    t->renderer().render_custom(core::Language::ZhCN, t->window(), [](ui::UiContext& ui, float, float) {
      ImGui::Begin("##t");
      ui::widgets::text(ui, ui::FontRole::Body, "张\xEE\x80\x80三", ui.theme.ink);
      ImGui::End();
    });
    frames_dirty += t->fonts().dirty();
  }
  CHECK(frames_dirty == 0);
  REQUIRE(t->fonts().uncovered().size() == 1);
  CHECK(t->fonts().uncovered()[0] == 0xE000);
  // The text itself is unchanged: the probe records exactly what was given.
  CHECK(t->renderer().probe().find("张\xEE\x80\x80三"));
}
