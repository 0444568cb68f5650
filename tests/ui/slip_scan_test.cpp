// End to end in demo mode: the simulated scanner types a slip code as HID reports, the real driver
// decodes it, the app checks its MAC with the (demo) hall key, and the kiosk shows the result.
#include "ui_test_support.h"

using namespace uitest;

namespace {
void run_until(app::Terminal& t, core::ScreenId screen, const std::string& notice) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < until &&
         !(t.state().screen == screen && t.state().notice_key == notice)) {
    if (auto e = t.queue().wait_pop(std::chrono::milliseconds(50))) t.apply(*e);
  }
}
}  // namespace

TEST_CASE("a genuine demo slip shows its acceptance number, a forged one is refused in plain words") {
  auto t = open_terminal(core::Mode::Kiosk);
  t->apply(core::intent::DemoScan{true, {}, false});
  run_until(*t, core::ScreenId::SlipProgress, "");
  REQUIRE(t->state().screen == core::ScreenId::SlipProgress);
  CHECK(t->state().kiosk.slip_acceptance_no == "320102-01-20261120-0001");
  // The look-up runs on the store worker: 正在查询… until its answer arrives.
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < until && t->state().screen == core::ScreenId::SlipProgress &&
         !t->state().kiosk.progress)
    if (auto e = t->queue().wait_pop(std::chrono::milliseconds(50))) t->apply(*e);
  REQUIRE(t->state().kiosk.progress);
  t->render();
  CHECK(t->renderer().probe().all_text().find("320102-01-20261120-0001") != std::string::npos);

  t->apply(core::intent::DemoScan{false, {}, false});
  run_until(*t, core::ScreenId::Welcome, "qr.refused");
  CHECK(t->state().screen == core::ScreenId::Welcome);
  t->render();
  CHECK(t->renderer().probe().find("二维码无法识别，请到窗口咨询"));
  // Nothing of the refused code's number is shown.
  CHECK(t->renderer().probe().all_text().find("320102-01-20261120-0001") == std::string::npos);
}
