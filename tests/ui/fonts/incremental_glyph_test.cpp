// Real ImGui frames under Xvfb: characters never seen before join the atlas without a rebuild, look
// and measure exactly as the full build makes them, can be prepared on the preparer's thread, and
// the atlas repacks (dropping glyphs unused for longest) only between visits.
#include <imgui.h>

#include <string>
#include <thread>

#include "base/utf8.h"
#include "ui/widgets/widgets.h"
#include "ui/ui_test_support.h"

using namespace uitest;

namespace {

void draw_at(app::Terminal& t, ui::FontRole role, const std::string& s, ui::widgets::Vec2 pos = {100, 100}) {
  t.renderer().render_custom(core::Language::ZhCN, t.window(), [&](ui::UiContext& ui, float, float) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 800));
    ImGui::Begin("##test", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::widgets::text_at(ui, role, s, pos, {0, 0, 0});
    ImGui::End();
  });
}

// A terminal whose atlas is built and prewarmed, as it is once the kiosk has idled after start-up.
std::unique_ptr<app::Terminal> settled_terminal() {
  auto t = open_terminal(core::Mode::Kiosk);
  for (int i = 0; i < 5; ++i) t->step(0.0);
  REQUIRE(t->fonts().stats().builds >= 1);
  REQUIRE_FALSE(t->fonts().dirty());
  return t;
}

struct GlyphBox {
  float x0, y0, x1, y1, advance;
};
GlyphBox box_of(ImFont* f, char32_t cp) {
  const ImFontGlyph* g = f->FindGlyphNoFallback(static_cast<ImWchar>(cp));
  REQUIRE(g != nullptr);
  return {g->X0, g->Y0, g->X1, g->Y1, g->AdvanceX};
}

}  // namespace

TEST_CASE("a name of characters never seen draws at once: no rebuild, same texture, glyphs in the font, ink on screen") {
  auto t = settled_terminal();
  const auto& s0 = t->fonts().stats();
  const int builds = s0.builds, tw = s0.texture_width, th = s0.texture_height;
  const std::size_t added = s0.added;
  const ImTextureID tex = ImGui::GetIO().Fonts->TexID;
  // 龘 (U+9F98), 䶮 (Extension A) and 𠀾 (Extension B): in no catalog string.
  const std::string name = "龘䶮𠀾";
  for (char32_t cp : base::decode_utf8(name))
    REQUIRE(t->fonts().font(ui::FontRole::Title)->FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr);
  draw_at(*t, ui::FontRole::Title, name);
  CHECK(t->fonts().stats().builds == builds);
  CHECK(t->fonts().stats().texture_width == tw);
  CHECK(t->fonts().stats().texture_height == th);
  CHECK(ImGui::GetIO().Fonts->TexID == tex);
  CHECK(t->fonts().stats().added == added + 3);
  for (char32_t cp : base::decode_utf8(name))
    CHECK(t->fonts().font(ui::FontRole::Title)->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);

  // Each character shows its own ink, none of them the placeholder's.
  const Image im = grab(t->window());
  const auto item = t->renderer().probe().find(name);
  REQUIRE(item);
  const float em = item->w / 3;
  CHECK(em == doctest::Approx(56).epsilon(0.05));  // the Title role's em
  std::vector<std::vector<int>> sigs;
  for (int i = 0; i < 3; ++i) {
    CHECK(ink_pixels(im, item->x + em * static_cast<float>(i), item->y, em, item->h) > 50);
    sigs.push_back(ink_signature(im, item->x + em * static_cast<float>(i), item->y, em, item->h));
  }
  draw_at(*t, ui::FontRole::Title, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFD ×3
  const Image ph = grab(t->window());
  const auto pitem = t->renderer().probe().find("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  REQUIRE(pitem);
  const auto placeholder = ink_signature(ph, pitem->x, pitem->y, em, pitem->h);
  CHECK(sigs[0] != sigs[1]);
  CHECK(sigs[1] != sigs[2]);
  for (const auto& s : sigs) CHECK(s != placeholder);
}

TEST_CASE("a glyph added at run time is the one a full build makes: same box, advance and pixels") {
  auto t = settled_terminal();
  const std::string s = "鑫淼䶮";
  draw_at(*t, ui::FontRole::Display, s);
  REQUIRE(t->fonts().stats().added >= 3);
  const int builds = t->fonts().stats().builds;
  std::vector<GlyphBox> added;
  for (char32_t cp : base::decode_utf8(s)) added.push_back(box_of(t->fonts().font(ui::FontRole::Display), cp));
  const Image before = grab(t->window());
  const auto item = *t->renderer().probe().find(s);

  // Now the full build rasterises the same characters itself.
  t->fonts().build();
  t->window().upload_fonts();
  REQUIRE(t->fonts().stats().builds == builds + 1);
  draw_at(*t, ui::FontRole::Display, s);
  const Image after = grab(t->window());
  int i = 0;
  for (char32_t cp : base::decode_utf8(s)) {
    const GlyphBox b = box_of(t->fonts().font(ui::FontRole::Display), cp);
    CHECK(b.x0 == added[i].x0);
    CHECK(b.y0 == added[i].y0);
    CHECK(b.x1 == added[i].x1);
    CHECK(b.y1 == added[i].y1);
    CHECK(b.advance == added[i].advance);
    ++i;
  }
  int differing = 0;
  for (int y = static_cast<int>(item.y); y < static_cast<int>(item.y + item.h); ++y)
    for (int x = static_cast<int>(item.x); x < static_cast<int>(item.x + item.w); ++x)
      for (int c = 0; c < 3; ++c) differing += before.at(x, y)[c] != after.at(x, y)[c];
  CHECK(differing == 0);
}

TEST_CASE("glyphs prepared on the preparer's thread are the ones the frame takes") {
  auto t = settled_terminal();
  const std::string s = "饕餮";
  t->fonts().prepare(ui::FontRole::Title, s);
  for (int i = 0; i < 400 && t->fonts().prepared_count() < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE(t->fonts().prepared_count() == 2);
  const auto before = t->fonts().stats();
  draw_at(*t, ui::FontRole::Title, s);
  CHECK(t->fonts().stats().added == before.added + 2);
  CHECK(t->fonts().stats().added_prepared == before.added_prepared + 2);
  CHECK(t->fonts().stats().builds == before.builds);
  // Prepared but never drawn: nothing reaches the atlas.
  t->fonts().prepare(ui::FontRole::Title, "麤");
  for (int i = 0; i < 400 && t->fonts().prepared_count() < 3; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  t->fonts().forget_prepared();
  CHECK(t->fonts().font(ui::FontRole::Title)->FindGlyphNoFallback(0x9EA4) == nullptr);
}

TEST_CASE("when free space runs low the atlas repacks on the welcome screen, and past its cap drops the glyphs unused longest") {
  auto t = settled_terminal();
  REQUIRE(t->state().screen == core::ScreenId::Welcome);
  // Display-size glyphs, 40 new ones a frame, until the free space is low.
  char32_t next = 0x5000;
  int frames = 0;
  const int builds0 = t->fonts().stats().builds;
  while (!t->fonts().wants_repack() && frames < 100) {
    std::string s;
    for (int i = 0; i < 40; ++i) base::append_utf8(s, next++);
    draw_at(*t, ui::FontRole::Display, s);
    ++frames;
  }
  REQUIRE(t->fonts().wants_repack());
  const int builds = t->fonts().stats().builds;
  CHECK(builds - builds0 <= 1);  // at most one rebuild for room while the reserve filled
  // A quiet moment on the welcome screen repacks.
  t->step(0.0);
  CHECK(t->fonts().stats().builds == builds + 1);
  CHECK_FALSE(t->fonts().wants_repack());

  // Keep adding until the run-time glyphs pass the cap: a repack drops the oldest, keeps the newest.
  const std::size_t evicted0 = t->fonts().stats().evicted;
  const char32_t first = 0x5000;
  std::string last;
  for (int f = 0; f < 12; ++f) {
    last.clear();
    for (int i = 0; i < 40; ++i) base::append_utf8(last, next++);
    draw_at(*t, ui::FontRole::Display, last);
    if (t->fonts().wants_repack()) t->step(0.0);
  }
  t->fonts().build();
  t->window().upload_fonts();
  CHECK(t->fonts().stats().evicted > evicted0);
  ImFont* f = t->fonts().font(ui::FontRole::Display);
  CHECK(f->FindGlyphNoFallback(static_cast<ImWchar>(first)) == nullptr);
  for (char32_t cp : base::decode_utf8(last)) CHECK(f->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr);
  // Catalog glyphs are never dropped.
  CHECK(t->fonts().font(ui::FontRole::Body)->FindGlyphNoFallback(U'请') != nullptr);
  // A dropped character comes back when drawn again.
  draw_at(*t, ui::FontRole::Display, std::string("\xE5\x80\x80"));  // U+5000
  CHECK(t->fonts().font(ui::FontRole::Display)->FindGlyphNoFallback(0x5000) != nullptr);
}

TEST_CASE("a character no font has draws as U+FFFD, is logged once, and costs no rebuild") {
  auto t = settled_terminal();
  int warnings = 0;
  std::string said;
  t->fonts().set_warning_sink([&](const std::string& m) {
    ++warnings;
    said = m;
  });
  const int builds = t->fonts().stats().builds;
  // U+E001 is private use: no configured font draws it.
  for (int i = 0; i < 3; ++i) draw_at(*t, ui::FontRole::Title, "\xEE\x80\x81");
  CHECK(warnings == 1);
  CHECK(said.find("U+E001") != std::string::npos);
  CHECK(t->fonts().stats().builds == builds);
  const Image a = grab(t->window());
  const auto ia = *t->renderer().probe().find("\xEE\x80\x81");
  draw_at(*t, ui::FontRole::Title, "\xEF\xBF\xBD");
  const Image b = grab(t->window());
  const auto ib = *t->renderer().probe().find("\xEF\xBF\xBD");
  CHECK(ia.w == ib.w);
  CHECK(ink_pixels(a, ia.x, ia.y, ia.w, ia.h) > 20);
  CHECK(ink_signature(a, ia.x, ia.y, ia.w, ia.h) == ink_signature(b, ib.x, ib.y, ib.w, ib.h));
}
