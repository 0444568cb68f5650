// The device hub with simulated devices: the real driver threads talk to the simulators and their
// reports arrive on the queue as core events; and the translation itself, device event by event.
#include <doctest/doctest.h>

#include <chrono>

#include "app/device_hub.h"
#include "devices/idcard/sample_cards.h"
#include "devices/printer/events.h"

using namespace std::chrono_literals;

namespace {
// Waits for an event of type T, skipping others, up to `limit`.
template <class T>
std::optional<T> wait_for(core::EventQueue& q, std::chrono::milliseconds limit = 5000ms) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    auto e = q.wait_pop(50ms);
    if (e && e->template holds<T>()) return e->template get<T>();
  }
  return std::nullopt;
}
}  // namespace

TEST_CASE("demo devices: the reader connects, a placed sample card is read, taking it away is noticed") {
  core::EventQueue q;
  app::DeviceHub hub(q);
  hub.start(/*simulated=*/true, core::Config{});
  bool reader_up = false;
  for (int i = 0; i < 10 && !reader_up; ++i) {
    auto link = wait_for<core::ev::DeviceLinkChanged>(q, 2000ms);
    REQUIRE(link);
    reader_up = link->kind == base::DeviceKind::IdCardReader && link->state.link == core::DeviceLink::Connected;
    if (reader_up) CHECK(link->state.origin == core::DeviceOrigin::Simulated);
  }
  REQUIRE(reader_up);

  hub.simulate_card(0);
  auto card = wait_for<core::ev::CardPresented>(q);
  REQUIRE(card);
  CHECK(card->card.name == devices::idcard::sample_cards()[0].name);
  CHECK(card->card.id_number == devices::idcard::sample_cards()[0].id_number);

  hub.simulate_card(-1);
  CHECK(wait_for<core::ev::CardRemoved>(q));
  hub.stop();
}

TEST_CASE("demo devices: the scanner connects and a code typed by the simulator arrives whole") {
  core::EventQueue q;
  app::DeviceHub hub(q);
  hub.start(/*simulated=*/true, core::Config{});
  bool scanner_up = false;
  for (int i = 0; i < 10 && !scanner_up; ++i) {
    auto link = wait_for<core::ev::DeviceLinkChanged>(q, 2000ms);
    REQUIRE(link);
    scanner_up = link->kind == base::DeviceKind::Scanner && link->state.link == core::DeviceLink::Connected;
  }
  REQUIRE(scanner_up);
  const std::string payload = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL";
  hub.simulate_scan(payload);
  auto code = wait_for<core::ev::CodeScanned>(q);
  REQUIRE(code);
  CHECK(code->text == payload);
  CHECK(code->symbology == "]Q1");
  hub.stop();
}

TEST_CASE("demo devices: the printer connects ready, paper out is reported, a new roll clears it") {
  core::EventQueue q;
  app::DeviceHub hub(q);
  hub.start(/*simulated=*/true, core::Config{});
  auto next_trouble = [&] { return wait_for<core::ev::PrinterTroubleChanged>(q, 8000ms); };
  auto first = next_trouble();
  REQUIRE(first);
  CHECK(first->trouble == core::PrinterTrouble::None);
  hub.simulate_paper_out(true);
  std::optional<core::ev::PrinterTroubleChanged> t;
  for (int i = 0; i < 5 && (!t || t->trouble != core::PrinterTrouble::PaperOut); ++i) t = next_trouble();
  REQUIRE(t);
  CHECK(t->trouble == core::PrinterTrouble::PaperOut);
  hub.simulate_paper_out(false);
  for (int i = 0; i < 5 && t && t->trouble != core::PrinterTrouble::None; ++i) t = next_trouble();
  REQUIRE(t);
  CHECK(t->trouble == core::PrinterTrouble::None);
  hub.stop();
}

TEST_CASE("demo devices: a print job comes back done with the app's number, paper out fails it with the cause") {
  core::EventQueue q;
  app::DeviceHub hub(q);
  hub.start(/*simulated=*/true, core::Config{});
  bool printer_up = false;
  for (int i = 0; i < 10 && !printer_up; ++i) {
    auto link = wait_for<core::ev::DeviceLinkChanged>(q, 2000ms);
    REQUIRE(link);
    printer_up = link->kind == base::DeviceKind::Printer && link->state.link == core::DeviceLink::Connected;
  }
  REQUIRE(printer_up);
  // ESC @, two lines, full cut: one page.
  std::vector<std::uint8_t> job = {0x1B, 0x40, 'H', 'e', 'l', 'l', 'o', '\n', 'W', '\n', 0x1D, 0x56, 0x00};
  hub.print(41, job);
  auto done = wait_for<core::ev::PrintDone>(q);
  REQUIRE(done);
  CHECK(done->job == 41);
  CHECK(hub.demo_printout().size() == 1);

  hub.simulate_paper_out(true);
  auto trouble = wait_for<core::ev::PrinterTroubleChanged>(q);
  REQUIRE(trouble);
  CHECK(trouble->trouble == core::PrinterTrouble::PaperOut);
  hub.print(42, job);
  auto failed = wait_for<core::ev::PrintFailed>(q);
  REQUIRE(failed);
  CHECK(failed->job == 42);
  CHECK(failed->trouble == core::PrinterTrouble::PaperOut);
  CHECK(hub.demo_printout().size() == 1);  // nothing more came out
  hub.stop();
}

TEST_CASE("demo devices: the demo reader posts core events and F-key slots place sample cards") {
  core::EventQueue q;
  app::DeviceHub hub(q);
  hub.start(/*simulated=*/true, core::Config{});
  std::optional<core::ev::DeviceLinkChanged> reader_link;
  for (int i = 0; i < 10 && !reader_link; ++i) {
    auto link = wait_for<core::ev::DeviceLinkChanged>(q, 2000ms);
    REQUIRE(link);
    if (link->kind == base::DeviceKind::IdCardReader) reader_link = link;
  }
  REQUIRE(reader_link);
  CHECK(reader_link->state == core::DeviceState{core::DeviceLink::Connected, core::DeviceOrigin::Simulated});
  CHECK(hub.simulate_card(2));
  auto card = wait_for<core::ev::CardPresented>(q);
  REQUIRE(card);
  CHECK(hub.simulate_card(-1));
  REQUIRE(wait_for<core::ev::CardRemoved>(q));
  CHECK_FALSE(hub.simulate_card(static_cast<int>(devices::idcard::sample_cards().size())));  // no such sample card
  hub.stop();
  CHECK(card->card.card_type == base::CardType::Foreign2017);
}

TEST_CASE("device events: a failed read becomes CardReadFailed with the technical reason") {
  const auto e = app::to_core_event(devices::idcard::ReadFailed{"read text and photo: status 41: read failed"},
                                    core::DeviceOrigin::Hardware);
  REQUIRE(e.holds<core::ev::CardReadFailed>());
  CHECK(e.get<core::ev::CardReadFailed>().reason == "read text and photo: status 41: read failed");
  const auto d = app::to_core_event(devices::idcard::ReaderDisconnected{"gone"}, core::DeviceOrigin::Hardware);
  CHECK(d.get<core::ev::DeviceLinkChanged>().state.link == core::DeviceLink::Disconnected);
}

TEST_CASE("device events: a printer status is its link and its trouble, a failed job names the cause and not a low roll") {
  namespace pr = devices::printer;
  pr::PrinterCondition out;
  out.paper = pr::PaperLevel::Out;
  const auto status = app::to_core_events(pr::PrinterStatusChanged{true, out}, core::DeviceOrigin::Simulated, 0);
  REQUIRE(status.size() == 2);
  const auto& link = status[0].get<core::ev::DeviceLinkChanged>();
  CHECK(link.kind == base::DeviceKind::Printer);
  CHECK(link.state == core::DeviceState{core::DeviceLink::Connected, core::DeviceOrigin::Simulated});
  CHECK(status[1].get<core::ev::PrinterTroubleChanged>().trouble == core::PrinterTrouble::PaperOut);

  const auto failed = app::to_core_events(pr::PrintJobFailed{7, "无法打印：缺纸", "before job: paper=out", out},
                                          core::DeviceOrigin::Hardware, 41);
  REQUIRE(failed.size() == 1);
  CHECK(failed[0].get<core::ev::PrintFailed>().job == 41);
  CHECK(failed[0].get<core::ev::PrintFailed>().trouble == core::PrinterTrouble::PaperOut);
  CHECK(failed[0].get<core::ev::PrintFailed>().reason == "无法打印：缺纸 (before job: paper=out)");
  pr::PrinterCondition low;
  low.paper = pr::PaperLevel::NearEnd;
  const auto low_roll = app::to_core_events(pr::PrintJobFailed{8, "打印中断：打印机未响应", "timeout", low},
                                            core::DeviceOrigin::Hardware, 42);
  CHECK(low_roll[0].get<core::ev::PrintFailed>().trouble == core::PrinterTrouble::None);
  const auto done = app::to_core_events(pr::PrintJobDone{9}, core::DeviceOrigin::Hardware, 43);
  CHECK(done[0].get<core::ev::PrintDone>().job == 43);
}
