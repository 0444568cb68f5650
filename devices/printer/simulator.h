#pragma once
// A simulated receipt printer: a VirtualPrinter (virtual_printer.h) behind a plug, serving the
// printer's side of ESC/POS over an in-memory transport. It is a TransportSource, so the real
// PrinterDriver runs against it unchanged (the `--demo` mode and the driver tests).
//
//   auto printer = std::make_shared<SimulatedPrinter>();
//   printer->set_condition(paper_out);         // 缺纸 in the demo
//   printer->unplug(); printer->plug();        // cable out, cable in
//   printer->with_printer([](VirtualPrinter& p) { return p.pages(); });   // what came out
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "devices/printer/virtual_printer.h"
#include "devices/transport.h"

namespace devices::printer {

// A VirtualPrinter behind a plug: a TransportSource, so the real PrinterDriver runs against it
// unchanged (demo mode and driver tests). Each open() while plugged makes a fresh in-memory link
// served by a thread; unplug() cuts it as if the cable were pulled. What was printed survives
// unplugging, like paper in the tray.
class SimulatedPrinter final : public devices::TransportSource {
 public:
  SimulatedPrinter() = default;
  ~SimulatedPrinter() override;
  SimulatedPrinter(const SimulatedPrinter&) = delete;
  SimulatedPrinter& operator=(const SimulatedPrinter&) = delete;

  std::shared_ptr<devices::Transport> open(std::chrono::milliseconds wait) override;
  void cancel() override;
  std::string describe() const override { return "simulated printer"; }

  void set_condition(const PrinterCondition& c);
  void run_out_of_paper_after(std::optional<std::size_t> bytes);
  void unplug();  // cuts the current link; open() returns nullptr until plug()
  void plug();
  // Pulls the cable once this many more bytes have arrived (a job interrupted by an unplug).
  void unplug_after(std::size_t bytes);

  // Runs `f` on the printer under its lock (to read pages, counts…).
  template <class F>
  auto with_printer(F&& f) {
    std::lock_guard lock(mutex_);
    return f(printer_);
  }

 private:
  void serve(std::shared_ptr<devices::Transport> device_end);
  void join_server();

  std::mutex mutex_;
  std::condition_variable changed_;
  VirtualPrinter printer_;
  bool plugged_ = true;
  std::optional<std::size_t> unplug_after_;
  bool cancelled_ = false;
  std::shared_ptr<devices::Transport> host_end_, device_end_;
  std::thread server_;
};

}  // namespace devices::printer
