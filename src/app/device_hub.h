#pragma once
// Owns the device threads (real USB or simulators) and turns what the drivers report into core
// events on the queue. Driver callbacks run on device threads: they only post and return.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/config.h"
#include "core/event_queue.h"
#include "devices/printer/protocol.h"

namespace devices::idcard {
class IdCardReaderService;
}
namespace devices::usb {
class UsbContext;
}
namespace devices::printer {
class PrinterDriver;
class SimulatedPrinter;
}  // namespace devices::printer
namespace devices::scanner {
class ScannerDriver;
class SimulatedScanner;
}  // namespace devices::scanner

namespace app {

class DeviceHub {
 public:
  explicit DeviceHub(core::EventQueue& q);
  ~DeviceHub();
  DeviceHub(const DeviceHub&) = delete;
  DeviceHub& operator=(const DeviceHub&) = delete;

  // Simulators in demo mode; otherwise USB discovery with hot-plug.
  void start(bool simulated, const core::Config& config);
  // Demo: place sample card `slot` on the simulated reader, or take it away (-1).
  void simulate_card(int slot);
  // Demo: the simulated scanner types `text` as a real keyboard-wedge scanner would (on its own
  // thread: a scan takes a few hundred milliseconds of key reports).
  void simulate_scan(std::string text);
  // Demo: the simulated printer runs out of paper (true) or gets a new roll (false).
  void simulate_paper_out(bool out);
  // Queues a print job; ev::PrintDone / ev::PrintFailed come back with `job` (the app's number).
  void print(std::uint64_t job, std::vector<std::uint8_t> bytes);
  // Demo: what the simulated printer has printed so far, page by page (empty on hardware).
  std::vector<std::vector<devices::printer::PrinterOp>> demo_printout();
  void stop();

 private:
  void start_reader(bool simulated, const core::Config& config);
  void start_scanner(bool simulated, const core::Config& config);
  void start_printer(bool simulated);

  core::EventQueue& q_;
  std::shared_ptr<devices::usb::UsbContext> usb_;
  std::unique_ptr<devices::idcard::IdCardReaderService> reader_;
  std::shared_ptr<devices::scanner::SimulatedScanner> sim_scanner_;
  std::unique_ptr<devices::scanner::ScannerDriver> scanner_;
  std::vector<std::jthread> demo_scans_;
  std::shared_ptr<devices::printer::SimulatedPrinter> sim_printer_;
  std::unique_ptr<devices::printer::PrinterDriver> printer_;
  std::mutex jobs_mu_;
  std::map<std::uint64_t, std::uint64_t> jobs_;  // driver's job id → the app's job number
  std::uint64_t take_job(std::uint64_t driver_job);
};

}  // namespace app
