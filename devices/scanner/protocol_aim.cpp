#include "devices/scanner/protocol_aim.h"

namespace devices::scanner {
namespace {
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool is_aim_id(std::string_view id) {
  return id.size() == kAimIdLength && id[0] == ']' && is_letter(id[1]) &&
         (is_letter(id[2]) || is_digit(id[2]));
}

AimSplit split_aim_prefix(std::string_view text) {
  if (text.size() >= kAimIdLength && is_aim_id(text.substr(0, kAimIdLength))) {
    return {std::string(text.substr(0, kAimIdLength)), std::string(text.substr(kAimIdLength))};
  }
  return {std::string(), std::string(text)};
}

std::string_view symbology_name(std::string_view aim_id) {
  if (!is_aim_id(aim_id)) return "unknown";
  switch (aim_id[1]) {
    case 'Q': return "QR Code";
    case 'd': return "Data Matrix";
    case 'C': return "Code 128";
    case 'A': return "Code 39";
    case 'E': return "EAN/UPC";
    case 'I': return "Interleaved 2 of 5";
    case 'L': return "PDF417";
    case 'z': return "Aztec";
    case 'F': return "Codabar";
    case 'G': return "Code 93";
    case 'e': return "GS1 DataBar";
    default: return "unknown";
  }
}

}  // namespace devices::scanner
