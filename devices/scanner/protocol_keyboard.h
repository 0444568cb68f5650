#pragma once
// Keyboard-wedge scanners: a HID boot keyboard that "types" the code and presses Enter.
// Boot report (HID 1.11 appendix B): modifier byte, a reserved byte, six key usages (page 0x07).
#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include "base/result.h"
#include "devices/scanner/protocol_code_assembler.h"
#include "devices/scanner/protocol_types.h"

namespace devices::scanner {

inline constexpr std::size_t kBootReportSize = 8;
inline constexpr std::size_t kBootKeySlots = 6;

// Modifier bits of the boot report's first byte.
namespace modifier {
inline constexpr std::uint8_t kLeftCtrl = 0x01;
inline constexpr std::uint8_t kLeftShift = 0x02;
inline constexpr std::uint8_t kLeftAlt = 0x04;
inline constexpr std::uint8_t kLeftGui = 0x08;
inline constexpr std::uint8_t kRightCtrl = 0x10;
inline constexpr std::uint8_t kRightShift = 0x20;
inline constexpr std::uint8_t kRightAlt = 0x40;
inline constexpr std::uint8_t kRightGui = 0x80;
inline constexpr std::uint8_t kShift = kLeftShift | kRightShift;
// Chords with these are shortcuts, not text.
inline constexpr std::uint8_t kNotText = kLeftCtrl | kLeftAlt | kLeftGui | kRightCtrl | kRightAlt | kRightGui;
}  // namespace modifier

// Key usages with a meaning beyond "a character".
namespace usage {
inline constexpr std::uint8_t kNone = 0x00;
inline constexpr std::uint8_t kErrorRollOver = 0x01;  // too many keys down: the report is phantom
inline constexpr std::uint8_t kA = 0x04;
inline constexpr std::uint8_t kEnter = 0x28;
inline constexpr std::uint8_t kTab = 0x2B;
inline constexpr std::uint8_t kKeypadEnter = 0x58;
}  // namespace usage

struct KeyboardReport {
  std::uint8_t modifiers = 0;
  std::array<std::uint8_t, kBootKeySlots> keys{};
  bool operator==(const KeyboardReport&) const = default;
};

// Exactly 8 bytes, or an error naming the length.
base::Result<KeyboardReport> parse_keyboard_report(std::span<const std::uint8_t> bytes);

// The character a US-layout host types for a key usage, or nothing (control keys, terminators).
// Keypad keys give their NumLock-on characters.
std::optional<char> character_for(std::uint8_t key_usage, bool shifted);
bool is_terminator(std::uint8_t key_usage);

// The reverse, for the simulator: the usage and whether shift is needed, for printable ASCII.
struct KeyStroke {
  std::uint8_t usage = 0;
  bool shift = false;
};
std::optional<KeyStroke> keystroke_for(char c);

// Turns a stream of boot reports into codes. A key counts when it appears in a report and was not
// down in the one before, so a held key (rollover, a missing release) never repeats, and a repeated
// character needs a release in between, as on a real keyboard. A scanner never holds a key longer
// than max_key_gap, so keys still "down" after such a pause are taken as released (a dropped release
// report would otherwise swallow the next code's first character).
class KeyboardDecoder {
 public:
  explicit KeyboardDecoder(ScanOptions options = {}) : assembler_(options) {}

  void feed(const KeyboardReport& report, Timestamp at, ScanEvents& out);
  void expire(Timestamp now, ScanEvents& out) { assembler_.expire(now, out); }
  bool pending() const { return assembler_.pending(); }

 private:
  bool was_down(std::uint8_t key) const;

  CodeAssembler assembler_;
  std::array<std::uint8_t, kBootKeySlots> down_{};
  Timestamp last_report_{};
  bool seen_report_ = false;
};

}  // namespace devices::scanner
