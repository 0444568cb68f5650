#pragma once
// What the printer driver tells the rest of the program. Delivered through a callback on the
// driver's own thread: the receiver posts it to the UI queue and returns at once.
#include <cstdint>
#include <string>
#include <variant>

#include "devices/printer/protocol_status.h"

namespace devices::printer {

using JobId = std::uint64_t;  // handed out by PrinterDriver::submit

// After every change of either (and once after connecting). connected=false when the printer is
// unplugged or absent; its condition is then "offline".
struct PrinterStatusChanged {
  bool connected = false;
  PrinterCondition condition;
};
// Every byte was accepted and the status read after the job shows no error.
struct PrintJobDone {
  JobId job = 0;
};
// The job could not start or failed half-way; it is never retried by the driver.
struct PrintJobFailed {
  JobId job = 0;
  std::string reason;           // a sentence for staff (Chinese), e.g. "无法打印：缺纸"
  std::string detail;           // technical detail for the log
  PrinterCondition condition;   // the condition last reported when it failed: names the cause
};

using PrinterEvent = std::variant<PrinterStatusChanged, PrintJobDone, PrintJobFailed>;

}  // namespace devices::printer
