#include "core/device_link.h"

namespace core {

std::string_view printer_trouble_key(PrinterTrouble t) {
  switch (t) {
    case PrinterTrouble::None: return "printer.ready";
    case PrinterTrouble::PaperNearEnd: return "printer.paper_near_end";
    case PrinterTrouble::PaperOut: return "printer.paper_out";
    case PrinterTrouble::CoverOpen: return "printer.cover_open";
    case PrinterTrouble::Offline: return "printer.offline";
    case PrinterTrouble::Fault: return "printer.fault";
  }
  return "printer.ready";
}

}  // namespace core
