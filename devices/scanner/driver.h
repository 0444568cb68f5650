#pragma once
// The scanner driver: reads reports from a Transport on its own thread, decodes them with the pure
// codecs (protocol.h) and reports ScannerEvents (events.h). When the device goes away it reports
// ScannerDisconnected and waits for the TransportSource to hand it a new transport (hot-plug, the
// simulator's plug()).
//
//   auto sim = std::make_shared<scanner::SimulatedScanner>(scanner::ScannerInterface::BootKeyboard);
//   scanner::ScannerDriver driver(sim, {.interface = scanner::ScannerInterface::BootKeyboard},
//                                 [&](const scanner::ScannerEvent& e) { post(e); });
//   driver.start();   // … driver.stop() (also done by the destructor)
//   sim->scan({.text = "OW1:…"});
//
// The callback runs on the driver thread: it must not block.
//
// The states (ScannerState) and what moves between them:
//   Searching → Connected   the source hands over a transport            ScannerConnected
//   Connected → Scanning    the first characters of a code arrived
//   Scanning  → Connected   its terminator arrived                       CodeScanned
//   Scanning  → Connected   a quiet read finds it older than the key gap (dropped, logged)
//   any       → Searching   unplugged, or the driver stops               ScannerDisconnected
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "devices/scanner/events.h"
#include "devices/scanner/protocol.h"
#include "devices/transport.h"

namespace devices::scanner {

enum class ScannerState {
  Searching,  // no scanner open: asking the TransportSource again and again
  Connected,  // scanner open, no code in progress
  Scanning,   // part of a code arrived; a quiet read checks whether it was cut off
};

std::string_view scanner_state_name(ScannerState s);  // "searching", "connected", "scanning"

struct ScannerDriverOptions {
  ScannerInterface interface = ScannerInterface::BootKeyboard;
  ScanOptions scan;                                  // key gap, AIM prefix handling
  std::chrono::milliseconds read_timeout{50};        // how often a quiet link checks for cut-off codes
  std::chrono::milliseconds reconnect_wait{500};     // between attempts to open an absent scanner
  std::function<void(const std::string&)> log;       // technical detail (optional)
  // Time source for the codecs; steady_clock when empty (tests may fix it).
  std::function<Timestamp()> clock;
};

class ScannerDriver {
 public:
  using Callback = std::function<void(const ScannerEvent&)>;

  ScannerDriver(std::shared_ptr<devices::TransportSource> source, ScannerDriverOptions options, Callback on_event);
  ~ScannerDriver();
  ScannerDriver(const ScannerDriver&) = delete;
  ScannerDriver& operator=(const ScannerDriver&) = delete;

  void start();  // spawns the driver thread
  void stop();   // joins it; safe to call twice

  // Where the driver stands (any thread). An event is sent after the state it reports is set.
  ScannerState state() const { return state_.load(); }

 private:
  void run(std::stop_token stop);
  void serve(std::stop_token& stop, devices::Transport& transport);
  void handle(const ScanEvents& events);
  void log(const std::string& line) const;
  Timestamp now() const;

  std::shared_ptr<devices::TransportSource> source_;
  ScannerDriverOptions options_;
  Callback on_event_;
  std::atomic<ScannerState> state_{ScannerState::Searching};
  std::jthread thread_;
};

// The size of one report for an interface (0 for serial: any number of bytes).
std::size_t report_size(ScannerInterface interface);

}  // namespace devices::scanner
