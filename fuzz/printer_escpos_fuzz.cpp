// libFuzzer target: the virtual printer's ESC/POS parser and the device model over it. Any byte
// stream, in any slicing, must parse without crashing, hanging or buffering without bound.
// Sources: devices/printer/protocol_*.cpp and virtual_printer.cpp, all pure.
#include <cstddef>
#include <cstdint>
#include <span>

#include "devices/printer/protocol_parser.h"
#include "devices/printer/virtual_printer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  // Whole stream at once.
  (void)devices::printer::parse_escpos(bytes);
  // The same stream in slices whose sizes come from the data itself, through the device model.
  devices::printer::VirtualPrinter p;
  if (size > 0) p.run_out_of_paper_after(data[0] * 16u);
  std::size_t at = 0;
  while (at < size) {
    const std::size_t n = std::min<std::size_t>(size - at, 1 + (data[at] % 37));
    (void)p.receive(bytes.subspan(at, n));
    at += n;
  }
  (void)p.pages();
  return 0;
}
