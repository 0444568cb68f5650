// The real driver against the simulator over an in-memory transport, in real time.
#include "devices/scanner/driver.h"

#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "devices/scanner/simulator.h"

using namespace std::chrono_literals;
using namespace devices::scanner;

namespace {

const std::string kPayload = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL";

// Collects what the driver reports, as the app's event queue would.
class Inbox {
 public:
  void operator()(const ScannerEvent& e) {
    {
      std::lock_guard lock(m_);
      events_.push_back(e);
    }
    cv_.notify_all();
  }
  void log(const std::string& line) {
    std::lock_guard lock(m_);
    log_.push_back(line);
  }
  // Waits until `n` events of type T have arrived.
  template <class T>
  bool wait_for(std::size_t n, std::chrono::milliseconds timeout = 3s) {
    std::unique_lock lock(m_);
    return cv_.wait_for(lock, timeout, [&] { return count<T>() >= n; });
  }
  template <class T>
  std::vector<T> all() {
    std::lock_guard lock(m_);
    std::vector<T> out;
    for (const auto& e : events_)
      if (auto* t = std::get_if<T>(&e)) out.push_back(*t);
    return out;
  }
  std::vector<std::string> logged() {
    std::lock_guard lock(m_);
    return log_;
  }

 private:
  template <class T>
  std::size_t count() const {
    std::size_t n = 0;
    for (const auto& e : events_) n += std::holds_alternative<T>(e) ? 1 : 0;
    return n;
  }
  std::mutex m_;
  std::condition_variable cv_;
  std::vector<ScannerEvent> events_;
  std::vector<std::string> log_;
};

struct Rig {
  explicit Rig(ScannerInterface kind)
      : sim(std::make_shared<SimulatedScanner>(kind)),
        driver(sim,
               {.interface = kind, .read_timeout = 20ms, .reconnect_wait = 50ms,
                .log = [this](const std::string& l) { inbox.log(l); }},
               [this](const ScannerEvent& e) { inbox(e); }) {
    driver.start();
    REQUIRE(sim->wait_until_open(2s));
    REQUIRE(inbox.wait_for<ScannerConnected>(1));
  }
  Inbox inbox;
  std::shared_ptr<SimulatedScanner> sim;
  ScannerDriver driver;
};

}  // namespace

TEST_CASE("scanner driver: a keyboard-wedge scan arrives as CodeScanned with its symbology") {
  Rig rig(ScannerInterface::BootKeyboard);
  CHECK(rig.inbox.all<ScannerConnected>()[0].scanner.find("simulated scanner") != std::string::npos);
  REQUIRE(rig.sim->scan({.text = kPayload, .aim_prefix = "]Q1", .report_interval = 1ms}).ok());
  REQUIRE(rig.inbox.wait_for<CodeScanned>(1));
  auto codes = rig.inbox.all<CodeScanned>();
  CHECK(codes[0].text == kPayload);
  CHECK(codes[0].symbology == "]Q1");
}

TEST_CASE("scanner driver: HID POS and serial scanners, several scans in a row, with jitter") {
  for (auto kind : {ScannerInterface::HidPos, ScannerInterface::Serial}) {
    Rig rig(kind);
    const std::string long_text(150, 'L');
    REQUIRE(rig.sim->scan({.text = long_text, .aim_prefix = "]Q1", .report_interval = 1ms}).ok());
    REQUIRE(rig.sim->scan({.text = "second", .report_interval = 1ms, .jitter = 5ms}).ok());
    REQUIRE(rig.inbox.wait_for<CodeScanned>(2));
    auto codes = rig.inbox.all<CodeScanned>();
    CHECK(codes[0].text == long_text);
    CHECK(codes[0].symbology == "]Q1");
    CHECK(codes[1].text == "second");
  }
}

TEST_CASE("scanner driver: a cut-off scan is dropped and logged, the next scan still works") {
  Rig rig(ScannerInterface::BootKeyboard);
  REQUIRE(rig.sim->scan({.text = kPayload, .report_interval = 1ms, .fault = ScanFault::CutOff, .fault_at = 10}).ok());
  std::this_thread::sleep_for(200ms);  // longer than the 100 ms key gap: the driver notices on a quiet read
  REQUIRE(rig.sim->scan({.text = "next", .report_interval = 1ms}).ok());
  REQUIRE(rig.inbox.wait_for<CodeScanned>(1));
  auto codes = rig.inbox.all<CodeScanned>();
  REQUIRE(codes.size() == 1);
  CHECK(codes[0].text == "next");
  auto log = rig.inbox.logged();
  REQUIRE(log.size() == 1);
  CHECK(log[0].find("cut off after 10 characters") != std::string::npos);
}

TEST_CASE("scanner driver: unplug reports disconnected, replug reconnects by itself") {
  Rig rig(ScannerInterface::BootKeyboard);
  rig.sim->unplug();
  REQUIRE(rig.inbox.wait_for<ScannerDisconnected>(1));
  CHECK_FALSE(rig.sim->scan({.text = "lost"}).ok());
  rig.sim->plug();
  REQUIRE(rig.sim->wait_until_open(2s));
  REQUIRE(rig.inbox.wait_for<ScannerConnected>(2));
  REQUIRE(rig.sim->scan({.text = "back", .report_interval = 1ms}).ok());
  REQUIRE(rig.inbox.wait_for<CodeScanned>(1));
  CHECK(rig.inbox.all<CodeScanned>()[0].text == "back");
}

TEST_CASE("scanner driver: stop ends the thread even while the scanner is unplugged") {
  Rig rig(ScannerInterface::BootKeyboard);
  rig.sim->unplug();
  REQUIRE(rig.inbox.wait_for<ScannerDisconnected>(1));
  const auto t0 = std::chrono::steady_clock::now();
  rig.driver.stop();
  CHECK(std::chrono::steady_clock::now() - t0 < 1s);
}

TEST_CASE("scanner driver: its state shows a code in progress until it ends or is found cut off") {
  auto sim = std::make_shared<SimulatedScanner>(ScannerInterface::BootKeyboard);
  Inbox inbox;
  // A long key gap, so that the cut-off code below stays "in progress" long enough to be seen.
  ScannerDriver driver(sim,
                       {.interface = ScannerInterface::BootKeyboard, .scan = {.max_key_gap = 500ms},
                        .read_timeout = 20ms, .reconnect_wait = 50ms,
                        .log = [&](const std::string& l) { inbox.log(l); }},
                       std::ref(inbox));
  auto reaches = [&](ScannerState s, std::chrono::milliseconds within) {
    const auto end = std::chrono::steady_clock::now() + within;
    while (driver.state() != s && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(1ms);
    return driver.state() == s;
  };
  CHECK(driver.state() == ScannerState::Searching);
  driver.start();
  REQUIRE(inbox.wait_for<ScannerConnected>(1));
  CHECK(driver.state() == ScannerState::Connected);
  REQUIRE(sim->scan({.text = kPayload, .report_interval = 1ms, .fault = ScanFault::CutOff, .fault_at = 10}).ok());
  CHECK(reaches(ScannerState::Scanning, 400ms));
  CHECK(reaches(ScannerState::Connected, 3s));
  CHECK(inbox.logged().size() == 1);  // the cut-off code, dropped
  REQUIRE(sim->scan({.text = "next", .report_interval = 1ms}).ok());
  REQUIRE(inbox.wait_for<CodeScanned>(1));
  CHECK(driver.state() == ScannerState::Connected);
  sim->unplug();
  REQUIRE(inbox.wait_for<ScannerDisconnected>(1));
  CHECK(driver.state() == ScannerState::Searching);
  CHECK(scanner_state_name(driver.state()) == "searching");
}
