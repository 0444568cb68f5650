#pragma once
// AIM symbology identifiers (ISO/IEC 15424): "]" + code character + modifier, e.g. "]Q1" for a QR
// Code, "]C0" for Code 128. Scanners configured to send them put them before the data.
#include <string>
#include <string_view>

namespace devices::scanner {

inline constexpr std::size_t kAimIdLength = 3;

struct AimSplit {
  std::string symbology;  // "]Q1", or empty when the text carries no identifier
  std::string text;       // the data after it
};

// Splits a leading AIM identifier off; text without one is returned whole.
AimSplit split_aim_prefix(std::string_view text);

// True for "]" + letter + letter-or-digit.
bool is_aim_id(std::string_view id);

// "QR Code", "Code 128", … for the log and the technician screen; "unknown" otherwise.
std::string_view symbology_name(std::string_view aim_id);

}  // namespace devices::scanner
