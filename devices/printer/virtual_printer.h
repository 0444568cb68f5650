#pragma once
// The paper side of a receipt printer, pure (no I/O, no threads): takes ESC/POS bytes, answers
// real-time status requests, and keeps what it "printed" as pages of operations (a cut ends a page)
// for a renderer (src/app/slip/escpos_render) to draw. The simulator (simulator.h) puts it behind a
// plug; the fuzz target feeds it directly. Its condition changes on command: paper out, cover open,
// offline, or paper that runs out after so many bytes.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "devices/printer/protocol_parser.h"
#include "devices/printer/protocol_status.h"

namespace devices::printer {

using PrintedPage = std::vector<PrinterOp>;

// Not thread-safe by itself; SimulatedPrinter guards it.
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

}  // namespace devices::printer
