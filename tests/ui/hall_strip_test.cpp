// A counter in a hall draws its outbox and the hall store's state on the status strip, in words from
// the catalog, in real frames: here with a hall store that is not there (no server on the socket).
#include <fstream>

#include "store/temp_dir.h"
#include "ui_test_support.h"

using namespace uitest;

TEST_CASE("a counter whose hall store cannot be reached says so on the strip with the outbox count") {
  test_support::TempDir dir;
  const auto config = dir / "counter.toml";
  std::ofstream(config) << "[terminal]\nnumber = 4\nmode = \"counter\"\n\n[store]\nsqlite = \"" << (dir / "counter.db").string()
                        << "\"\nurl = \"postgresql:///hall?host=" << (dir / "no-server").string() << "&user=postgres\"\n";
  app::TerminalOptions o;
  o.config_file = config.string();
  o.mode = core::Mode::Counter;
  o.demo = true;
  o.visible = false;
  o.windowed = true;
  o.start_clock = false;
  auto t = app::Terminal::open(o);
  REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
  app::Terminal& term = **t;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < until && term.state().hall_sync.link == core::HallLink::Checking)
    if (auto e = term.queue().wait_pop(std::chrono::milliseconds(50))) term.apply(*e);
  REQUIRE(term.state().hall_sync.enabled);
  CHECK(term.state().hall_sync.link == core::HallLink::Unreachable);
  term.render();
  CHECK(term.renderer().probe().find("待同步 0 件 · 大厅服务器连不上，受理照常，恢复后自动上传"));

  term.apply(core::ev::HallSyncReported{12, core::HallLink::Connected});
  term.render();
  CHECK(term.renderer().probe().find("待同步 12 件 · 大厅服务器已连接"));
}
