#pragma once
// What a printer put on paper, as an image the screen can show (the demo's virtual printer, and
// the counter's slip preview): 8-bit gray, 0 = ink, 255 = paper. Shared, never copied per frame.
#include <cstdint>
#include <memory>
#include <vector>

namespace core {

struct PaperPreview {
  std::uint64_t job = 0;
  int width = 0;
  int height = 0;
  std::shared_ptr<const std::vector<std::uint8_t>> gray;
  bool operator==(const PaperPreview& o) const { return job == o.job && gray == o.gray; }
};

}  // namespace core
