// 上一页 / 下一页 pressed as a finger would: a real pointer press and release through the X
// server (XTEST), GLFW and ImGui, on a visible window of the real terminal.
#include <chrono>
#include <thread>

#include "app/scenario/x11_input.h"
#include "kiosk_fixtures.h"
#include "ui_test_support.h"

using namespace uitest;

namespace {

std::unique_ptr<app::Terminal> open_visible(int w, int h) {
  app::TerminalOptions o;
  o.mode = core::Mode::Kiosk;
  o.demo = true;
  o.visible = true;
  o.windowed = true;
  o.width = w;
  o.height = h;
  o.start_clock = false;
  auto t = app::Terminal::open(o);
  REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
  (*t)->await_devices(std::chrono::seconds(5));
  return std::move(*t);
}

void pump(app::Terminal& t, std::chrono::milliseconds d) {
  const auto until = std::chrono::steady_clock::now() + d;
  do t.step(0.01);
  while (std::chrono::steady_clock::now() < until);
}

std::optional<ui::DrawnItem> button(app::Terminal& t, std::string_view label) {
  for (const auto& i : t.renderer().probe().items())
    if (i.kind == ui::DrawnItem::Kind::Button && i.label == label) return i;
  return std::nullopt;
}

// Turns of the loop until the input just sent was taken and the frames after it drawn (a loaded
// machine may take longer than any fixed time), then a little more.
void settle(app::Terminal& t, std::chrono::milliseconds wait = std::chrono::seconds(10)) {
  const auto inputs = t.inputs_taken();
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  const auto input_until = std::chrono::steady_clock::now() + wait;
  while (t.inputs_taken() == inputs && std::chrono::steady_clock::now() < input_until) t.step(0.01);
  while (!t.input_settled() && std::chrono::steady_clock::now() < until) t.step(0.01);
  pump(t, std::chrono::milliseconds(60));
}

void tap(app::Terminal& t, app::scenario::X11Input& in, const ui::DrawnItem& b) {
  in.move_to(b.x + b.w / 2, b.y + b.h / 2);
  settle(t, std::chrono::milliseconds(500));  // a move onto where the pointer is sends nothing
  in.button(true);
  settle(t);
  in.button(false);
  settle(t);
}

}  // namespace

TEST_CASE("tapping 下一页 scrolls to a later page, 上一页 back, 大字模式 toggles large text") {
  auto t = open_visible(1280, 800);
  // A visit on the status screen: the card read, the resident's status as the store would answer.
  base::IdCardRecord card = visit_state(t->state(), core::ScreenId::ResidentStatus).kiosk.card.value();
  t->apply(core::ev::CardReading{});
  t->apply(core::ev::CardPresented{card});
  t->apply(core::ev::ResidentFound{t->state().kiosk.id, sample_status()});
  REQUIRE(t->state().screen == core::ScreenId::ResidentStatus);
  pump(*t, std::chrono::milliseconds(200));
  auto in = app::scenario::X11Input::open(t->window().handle());
  REQUIRE_MESSAGE(in.ok(), (in.ok() ? std::string() : in.error().message));

  CHECK_FALSE(button(*t, "上一页"));
  auto next = button(*t, "下一页");
  REQUIRE(next);
  tap(*t, **in, *next);
  const float first = t->state().kiosk.scroll_px;
  CHECK(first > 0);
  // The next page begins where the first stopped: its top line was not wholly shown before.
  REQUIRE(button(*t, "下一页"));
  tap(*t, **in, *button(*t, "下一页"));
  const float second = t->state().kiosk.scroll_px;
  CHECK(second > first);
  // 上一页 turns back a page at a time to the top, where it goes away.
  for (int i = 0; i < 4 && button(*t, "上一页"); ++i) {
    const float before = t->state().kiosk.scroll_px;
    tap(*t, **in, *button(*t, "上一页"));
    CHECK(t->state().kiosk.scroll_px < before);
  }
  CHECK(t->state().kiosk.scroll_px == 0);
  CHECK_FALSE(button(*t, "上一页"));

  auto large = button(*t, "大字模式");
  REQUIRE(large);
  tap(*t, **in, *large);
  CHECK(t->state().kiosk.large_text);
  CHECK(t->state().kiosk.scroll_px == 0);
  CHECK(t->renderer().frame_theme().scale == doctest::Approx(1.5f * t->renderer().theme().scale));
}
