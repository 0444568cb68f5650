#include "devices/printer/protocol_status.h"

#include <cstdio>

namespace devices::printer {

std::string_view paper_level_name(PaperLevel p) {
  switch (p) {
    case PaperLevel::Ok: return "ok";
    case PaperLevel::NearEnd: return "near end";
    case PaperLevel::Out: return "out";
  }
  return "ok";
}

std::string PrinterCondition::summary_zh() const {
  if (cover_open) return "纸仓盖未合";
  if (paper == PaperLevel::Out || stopped_at_paper_end) return "缺纸";
  if (error) return "打印机故障";
  if (offline) return "打印机离线";
  if (paper == PaperLevel::NearEnd) return "纸将尽";
  return "就绪";
}

std::string PrinterCondition::describe() const {
  std::string s;
  auto add = [&](std::string_view w) {
    if (!s.empty()) s += ' ';
    s += w;
  };
  if (offline) add("offline");
  if (cover_open) add("cover-open");
  if (stopped_at_paper_end) add("stopped-at-paper-end");
  if (error) add("error");
  add("paper=" + std::string(paper_level_name(paper)));
  return s;
}

base::Status apply_status_byte(StatusRequest request, std::uint8_t reply, PrinterCondition& into) {
  if ((reply & kStatusFixedBits) != kStatusFixedBits) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "status reply 0x%02X to DLE EOT %d lacks the fixed bits 0x12", reply,
                  static_cast<int>(request));
    return base::Error{buf};
  }
  switch (request) {
    case StatusRequest::Printer:
      into.offline = (reply & kBitOffline) != 0;
      break;
    case StatusRequest::Offline:
      into.cover_open = (reply & kBitCoverOpen) != 0;
      into.stopped_at_paper_end = (reply & kBitPaperEndStop) != 0;
      into.error = (reply & kBitError) != 0;
      break;
    case StatusRequest::PaperSensor:
      into.paper = (reply & kBitsPaperEnd) ? PaperLevel::Out
                   : (reply & kBitsPaperNearEnd) ? PaperLevel::NearEnd
                                                 : PaperLevel::Ok;
      break;
  }
  return base::ok();
}

std::uint8_t status_byte_for(StatusRequest request, const PrinterCondition& c) {
  std::uint8_t b = kStatusFixedBits;
  switch (request) {
    case StatusRequest::Printer:
      if (c.offline || !c.ready()) b |= kBitOffline;
      break;
    case StatusRequest::Offline:
      if (c.cover_open) b |= kBitCoverOpen;
      if (c.stopped_at_paper_end || c.paper == PaperLevel::Out) b |= kBitPaperEndStop;
      if (c.error) b |= kBitError;
      break;
    case StatusRequest::PaperSensor:
      if (c.paper == PaperLevel::Out) b |= kBitsPaperEnd;
      else if (c.paper == PaperLevel::NearEnd) b |= kBitsPaperNearEnd;
      break;
  }
  return b;
}

}  // namespace devices::printer
