#pragma once
// The device side of a receipt printer, in memory: takes ESC/POS bytes, answers real-time status
// requests, and keeps what it "printed" as pages of operations (a cut ends a page) for a renderer
// (src/app/slip/escpos_render) to draw. Tests and the demo change its condition on command: paper
// out, cover open, offline, or paper that runs out after so many bytes.
#include <cstddef>
#include <memory>
#include <condition_variable>
#include <mutex>
#include <string>
#include <optional>
#include <thread>
#include <vector>

#include "devices/printer/escpos_parser.h"
#include "devices/printer/printer_status.h"
#include "devices/transport.h"

namespace devices::printer {

using PrintedPage = std::vector<PrinterOp>;

// Not thread-safe by itself; VirtualPrinterDevice guards it.
class VirtualPrinter {
 public:
  // Bytes from the host; returns what the printer answers (status bytes, in request order).
  Bytes receive(std::span<const std::uint8_t> bytes);

  void set_condition(const PrinterCondition& c) { condition_ = c; }
  const PrinterCondition& condition() const { return condition_; }
  // After `bytes` more bytes the paper is out (a job that fails half-way); nullopt: never.
  void run_out_of_paper_after(std::optional<std::size_t> bytes) { paper_left_ = bytes; }

  // Pages ended by a cut, then the page in progress if it holds anything.
  std::vector<PrintedPage> pages() const;
  std::size_t cut_pages() const { return pages_.size(); }
  const std::vector<UnknownOp>& unknown_commands() const { return unknown_; }
  std::size_t bytes_received() const { return received_; }
  // Operations dropped because the printer could not print (paper out, cover open…).
  std::size_t ops_lost() const { return lost_; }

 private:
  EscPosParser parser_;
  PrinterCondition condition_;
  std::optional<std::size_t> paper_left_;
  std::vector<PrintedPage> pages_;
  PrintedPage current_;
  std::vector<UnknownOp> unknown_;
  std::size_t received_ = 0;
  std::size_t lost_ = 0;
};

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
