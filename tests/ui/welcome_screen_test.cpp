// The kiosk welcome screen, rendered for real on Xvfb.
#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "ui/widgets/layout_probe.h"
#include "ui_test_support.h"

using namespace uitest;

TEST_CASE("welcome shows the hall, both prompts and the device strip in Chinese") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->render();
  const auto& probe = t->renderer().probe();
  CHECK(probe.find(t->config().hall.name));
  CHECK(probe.find("请将身份证放在读卡区"));
  CHECK(probe.find("或扫描受理回执上的二维码"));
  const std::string all = probe.all_text();
  CHECK(all.find("读卡器 已连接") != std::string::npos);
  CHECK(all.find("扫码枪 已连接") != std::string::npos);
  CHECK(all.find("打印机 已连接") != std::string::npos);
  CHECK(all.find(t->state().now.hh_mm()) != std::string::npos);
}

TEST_CASE("the prompt's pixels are real glyphs: ink in its box, a different shape per character") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->render();
  const auto item = t->renderer().probe().find("请将身份证放在读卡区");
  REQUIRE(item);
  CHECK(item->w / 10 >= 30);  // ten characters, each one em: main text at least 30 px
  const Image im = grab(t->window());
  const int ink = ink_pixels(im, item->x, item->y, item->w, item->h);
  const double share = static_cast<double>(ink) / (item->w * item->h);
  CHECK(share > 0.05);
  CHECK(share < 0.6);
  // Ten different characters of equal advance: ten different ink signatures. Placeholder boxes
  // (a font without the glyphs) would all look alike.
  const float cell = item->w / 10;
  std::set<std::vector<int>> shapes;
  for (int i = 0; i < 10; ++i) shapes.insert(ink_signature(im, item->x + cell * static_cast<float>(i), item->y, cell, item->h));
  CHECK(shapes.size() == 10);
}

TEST_CASE("without simulators the strip says each device is not connected") {
  auto t = open_terminal(core::Mode::Kiosk, /*demo=*/false);
  t->render();
  const std::string all = t->renderer().probe().all_text();
  CHECK(all.find("读卡器 未连接") != std::string::npos);
  CHECK(all.find("扫码枪 未连接") != std::string::npos);
  CHECK(all.find("打印机 未连接") != std::string::npos);
}

TEST_CASE("touch targets are at least 60 px tall") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->render();
  int buttons = 0;
  for (const auto& i : t->renderer().probe().items()) {
    if (i.kind != ui::DrawnItem::Kind::Button) continue;
    ++buttons;
    CHECK_MESSAGE(i.h >= 60, i.label);
  }
  CHECK(buttons >= 1);
}

TEST_CASE("the language button switches every string to English and back") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->render();
  t->apply(core::intent::ToggleLanguage{});
  t->render();
  const auto& probe = t->renderer().probe();
  CHECK(probe.find("Place your ID card on the reader"));
  CHECK(probe.find("中文"));
  // At this size the English strip in words would wrap: the working devices are named alone
  // (kiosk_screens_test has the strip in words where they fit).
  CHECK(probe.all_text().find("Card reader") != std::string::npos);
  CHECK(probe.all_text().find("读卡器") == std::string::npos);
}

TEST_CASE("counter and back office open on their titled screens") {
  auto c = open_terminal(core::Mode::Counter);
  c->render();
  CHECK(c->state().screen == core::ScreenId::CounterSignIn);
  CHECK(c->renderer().probe().all_text().find("综合受理窗口") != std::string::npos);
  c.reset();
  auto b = open_terminal(core::Mode::Backoffice);
  b->render();
  CHECK(b->renderer().probe().all_text().find("后台审核") != std::string::npos);
}

namespace {
void check_layout(app::Terminal& t, int w, int h) { uitest::check_layout(t.renderer().probe(), w, h); }
}  // namespace

TEST_CASE("nothing overlaps or runs off screen, landscape and portrait, in both languages") {
  struct Size { int w, h; };
  for (Size sz : {Size{1920, 1080}, Size{1280, 800}, Size{1280, 1024}, Size{1080, 1920}}) {
    for (auto mode : {core::Mode::Kiosk, core::Mode::Counter}) {
      auto t = open_terminal(mode, true, sz.w, sz.h);
      t->render();
      check_layout(*t, sz.w, sz.h);
      t->apply(core::intent::ToggleLanguage{});
      t->render();
      check_layout(*t, sz.w, sz.h);
      if (mode == core::Mode::Kiosk) {  // the card reading screen too
        base::IdCardRecord card;
        card.name = "欧阳䶮𠀾";
        card.id_number = "11010519491231002X";
        card.gender = "女";
        card.birth = "1949-12-31";
        card.valid_from = "2016-01-01";
        card.valid_to = "长期";
        t->apply(core::ev::CardPresented{card});
        t->render();
        check_layout(*t, sz.w, sz.h);
      }
    }
  }
}

TEST_CASE("a failed read shows the plain sentence on the welcome screen, and still fits") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1280, 800);
  t->apply(core::ev::CardReadFailed{"SW3=41"});
  t->render();
  CHECK(t->renderer().probe().find("读卡失败，请将身份证重新放置"));
  check_layout(*t, 1280, 800);
}

TEST_CASE("a printer out of paper says so on the strip, in words") {
  auto t = open_terminal(core::Mode::Counter);
  t->apply(core::ev::PrinterTroubleChanged{core::PrinterTrouble::PaperOut});
  t->render();
  const std::string all = t->renderer().probe().all_text();
  CHECK(all.find("打印机 缺纸") != std::string::npos);
  CHECK(all.find("打印机 已连接") == std::string::npos);
}
