#include "devices/printer/virtual_printer.h"

#include <algorithm>

namespace devices::printer {

Bytes VirtualPrinter::receive(std::span<const std::uint8_t> bytes) {
  received_ += bytes.size();
  std::size_t printable = bytes.size();
  if (paper_left_) {
    printable = std::min(printable, *paper_left_);
    *paper_left_ -= printable;
  }
  Bytes replies;
  auto handle = [&](std::vector<PrinterOp> ops) {
    for (auto& op : ops) {
      if (auto* s = std::get_if<StatusRequestOp>(&op)) {
        if (s->n == 1 || s->n == 2 || s->n == 4) {
          replies.push_back(status_byte_for(static_cast<StatusRequest>(s->n), condition_));
        }
        continue;
      }
      if (auto* u = std::get_if<UnknownOp>(&op)) {
        unknown_.push_back(*u);
        continue;
      }
      if (!condition_.ready()) {
        ++lost_;
        continue;
      }
      const bool is_cut = std::holds_alternative<CutOp>(op);
      current_.push_back(std::move(op));
      if (is_cut) {
        pages_.push_back(std::move(current_));
        current_.clear();
      }
    }
  };
  parser_.feed(bytes.first(printable));
  handle(parser_.take_ops());
  if (paper_left_ && *paper_left_ == 0) {
    condition_.paper = PaperLevel::Out;
    paper_left_.reset();
  }
  if (printable < bytes.size()) {
    parser_.feed(bytes.subspan(printable));
    handle(parser_.take_ops());
  }
  return replies;
}

std::vector<PrintedPage> VirtualPrinter::pages() const {
  auto all = pages_;
  if (!current_.empty()) all.push_back(current_);
  return all;
}

}  // namespace devices::printer
