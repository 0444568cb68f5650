#pragma once
// One print job from a command line tool (`onewindow notice … --print`): finds the receipt printer
// (USB printer class, as the terminal does) or uses the simulated one, sends the bytes and reads the
// status after them (devices/printer/driver.h run_print_job). Nothing is retried: a job that did not
// come out is reported, and the caller says so.
#include <chrono>
#include <span>
#include <string>

#include "base/result.h"
#include "devices/printer/driver.h"

namespace app::slip {

enum class PrinterChoice {
  Usb,               // the first USB printer-class device
  Simulated,         // --demo: the simulated printer, with paper
  SimulatedPaperOut, // --demo with an empty roll: the fault the back office must survive
};

// How long to wait for a USB printer to appear.
inline constexpr std::chrono::milliseconds kPrinterWait{3000};

// The outcome of the job; an error when no printer could be opened at all.
base::Result<devices::printer::JobOutcome> print_once(std::span<const std::uint8_t> bytes, PrinterChoice choice);

}  // namespace app::slip
