#pragma once
// The scanner driver: reads reports from a Transport on its own thread, decodes them with the pure
// codecs and reports ScannerEvents. When the device goes away it reports ScannerDisconnected and
// waits for the TransportSource to hand it a new transport (hot-plug, the simulator's plug()).
//
//   auto sim = std::make_shared<scanner::SimulatedScanner>(scanner::ScannerInterface::BootKeyboard);
//   scanner::ScannerDriver driver(sim, {.interface = scanner::ScannerInterface::BootKeyboard},
//                                 [&](const scanner::ScannerEvent& e) { post(e); });
//   driver.start();   // … driver.stop() (also done by the destructor)
//   sim->scan({.text = "OW1:…"});
//
// The callback runs on the driver thread: it must not block.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "devices/scanner/report_decoder.h"
#include "devices/scanner/scan_types.h"
#include "devices/scanner/scanner_events.h"
#include "devices/scanner/serial_codec.h"
#include "devices/transport.h"

namespace devices::scanner {

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

 private:
  void run(std::stop_token stop);
  void serve(std::stop_token& stop, devices::Transport& transport);
  void handle(const ScanEvents& events);
  void log(const std::string& line) const;
  Timestamp now() const;

  std::shared_ptr<devices::TransportSource> source_;
  ScannerDriverOptions options_;
  Callback on_event_;
  std::jthread thread_;
};

// The size of one report for an interface (0 for serial: any number of bytes).
std::size_t report_size(ScannerInterface interface);

}  // namespace devices::scanner
