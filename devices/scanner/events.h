#pragma once
// What the scanner driver (driver.h) tells the rest of the program, through a callback on the
// driver's own thread: the receiver posts it to the UI queue and returns at once.
#include <string>
#include <variant>

namespace devices::scanner {

struct ScannerConnected {
  std::string scanner;  // "usb 0c2e:0b61 bus 1 addr 4", "simulated scanner"
};
struct ScannerDisconnected {
  std::string reason;  // technical detail for the log; the status strip shows 「扫码枪未连接」
};
struct CodeScanned {
  std::string text;       // the code, AIM prefix and terminator removed
  std::string symbology;  // "]Q1" for QR when the scanner sends AIM ids, else empty
};

using ScannerEvent = std::variant<ScannerConnected, ScannerDisconnected, CodeScanned>;

}  // namespace devices::scanner
