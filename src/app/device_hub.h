#pragma once
// Owns the device threads (real USB or serial devices, or simulators) and is the one place where
// what the drivers report (each device's own events.h) becomes core events on the queue. Driver
// callbacks run on device threads: they only log, post and return.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/config.h"
#include "core/device_link.h"
#include "core/event.h"
#include "core/event_queue.h"
#include "devices/idcard/events.h"
#include "devices/printer/events.h"
#include "devices/printer/virtual_printer.h"
#include "devices/scanner/events.h"

namespace devices::usb {
class UsbContext;
}
namespace devices::idcard {
class IdCardReader;
class SimulatedReader;
}  // namespace devices::idcard
namespace devices::printer {
class PrinterDriver;
class SimulatedPrinter;
}  // namespace devices::printer
namespace devices::scanner {
class ScannerDriver;
class SimulatedScanner;
}  // namespace devices::scanner

namespace app {

// What each device reports, as the core events the flows answer. Pure (declared for tests); the
// technical detail in a device event (reasons, descriptions) goes to the log in DeviceHub.
core::Event to_core_event(const devices::idcard::IdCardReaderEvent& e, core::DeviceOrigin origin);
core::Event to_core_event(const devices::scanner::ScannerEvent& e, core::DeviceOrigin origin);
// A status change is two events (link, trouble); a job's outcome goes out under the app's number
// `app_job` (the hub's look-up of the driver's job id).
std::vector<core::Event> to_core_events(const devices::printer::PrinterEvent& e, core::DeviceOrigin origin,
                                        std::uint64_t app_job);

class DeviceHub {
 public:
  explicit DeviceHub(core::EventQueue& q);
  ~DeviceHub();
  DeviceHub(const DeviceHub&) = delete;
  DeviceHub& operator=(const DeviceHub&) = delete;

  // Simulators in demo mode; otherwise USB discovery with hot-plug (or the configured serial reader).
  void start(bool simulated, const core::Config& config);
  // Demo: place sample card `slot` (0..4; F1..F4, F9) on the simulated reader, or take it away (-1).
  // False (and nothing happens) on real hardware or for a slot out of range.
  bool simulate_card(int slot);
  // Demo: the simulated scanner types `text` as a real keyboard-wedge scanner would (on its own
  // thread: a scan takes a few hundred milliseconds of key reports).
  void simulate_scan(std::string text);
  // Demo: the simulated printer runs out of paper (true) or gets a new roll (false).
  void simulate_paper_out(bool out);
  // Queues a print job; ev::PrintDone / ev::PrintFailed come back with `job` (the app's number).
  void print(std::uint64_t job, std::vector<std::uint8_t> bytes);
  // Demo: what the simulated printer has printed so far, page by page (empty on hardware).
  std::vector<devices::printer::PrintedPage> demo_printout();
  void stop();

 private:
  void start_reader(bool simulated, const core::Config& config);
  void start_scanner(bool simulated, const core::Config& config);
  void start_printer(bool simulated);
  // On the device threads: log the detail, post the core events.
  void on_reader(const devices::idcard::IdCardReaderEvent& e, core::DeviceOrigin origin);
  void on_scanner(const devices::scanner::ScannerEvent& e, core::DeviceOrigin origin);
  void on_printer(const devices::printer::PrinterEvent& e, core::DeviceOrigin origin);
  std::uint64_t take_job(std::uint64_t driver_job);

  core::EventQueue& q_;
  std::shared_ptr<devices::usb::UsbContext> usb_;
  std::shared_ptr<devices::idcard::SimulatedReader> sim_reader_;
  std::unique_ptr<devices::idcard::IdCardReader> reader_;
  std::shared_ptr<devices::scanner::SimulatedScanner> sim_scanner_;
  std::unique_ptr<devices::scanner::ScannerDriver> scanner_;
  std::vector<std::jthread> demo_scans_;
  std::shared_ptr<devices::printer::SimulatedPrinter> sim_printer_;
  std::unique_ptr<devices::printer::PrinterDriver> printer_;
  std::mutex jobs_mu_;
  std::map<std::uint64_t, std::uint64_t> jobs_;  // driver's job id → the app's job number
};

}  // namespace app
