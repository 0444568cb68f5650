#include "devices/scanner/protocol_keyboard.h"

#include <algorithm>
#include <string>

namespace devices::scanner {
namespace {

// Usages 0x1E–0x38 on a US layout: unshifted and shifted characters; 0 = not a character here.
constexpr std::uint8_t kFirstRowUsage = 0x1E;
constexpr char kRowPlain[] = "1234567890\0\0\0\0 -=[]\\\\;'`,./";
constexpr char kRowShifted[] = "!@#$%^&*()\0\0\0\0 _+{}||:\"~<>?";
constexpr std::uint8_t kLastRowUsage = kFirstRowUsage + sizeof(kRowPlain) - 2;

// Keypad 0x54–0x63 with NumLock on: / * - + Enter 1 … 9 0 .
constexpr std::uint8_t kFirstKeypadUsage = 0x54;
constexpr char kKeypad[] = "/*-+\0" "1234567890.";
constexpr std::uint8_t kLastKeypadUsage = kFirstKeypadUsage + sizeof(kKeypad) - 2;

constexpr std::uint8_t kLettersInAlphabet = 26;

}  // namespace

base::Result<KeyboardReport> parse_keyboard_report(std::span<const std::uint8_t> bytes) {
  if (bytes.size() != kBootReportSize) {
    return base::Error{"a boot keyboard report has 8 bytes, got " + std::to_string(bytes.size())};
  }
  KeyboardReport r;
  r.modifiers = bytes[0];
  std::copy(bytes.begin() + 2, bytes.end(), r.keys.begin());
  return r;
}

std::optional<char> character_for(std::uint8_t key, bool shifted) {
  if (key >= usage::kA && key < usage::kA + kLettersInAlphabet) {
    return static_cast<char>((shifted ? 'A' : 'a') + (key - usage::kA));
  }
  if (key >= kFirstRowUsage && key <= kLastRowUsage) {
    char c = (shifted ? kRowShifted : kRowPlain)[key - kFirstRowUsage];
    if (c != '\0') return c;
    return std::nullopt;
  }
  if (key >= kFirstKeypadUsage && key <= kLastKeypadUsage) {
    char c = kKeypad[key - kFirstKeypadUsage];
    if (c != '\0') return c;
  }
  return std::nullopt;
}

bool is_terminator(std::uint8_t key) {
  return key == usage::kEnter || key == usage::kTab || key == usage::kKeypadEnter;
}

std::optional<KeyStroke> keystroke_for(char c) {
  if (c >= 'a' && c <= 'z') return KeyStroke{static_cast<std::uint8_t>(usage::kA + (c - 'a')), false};
  if (c >= 'A' && c <= 'Z') return KeyStroke{static_cast<std::uint8_t>(usage::kA + (c - 'A')), true};
  for (std::uint8_t key = kFirstRowUsage; key <= kLastRowUsage; ++key) {
    if (kRowPlain[key - kFirstRowUsage] == c && c != '\0') return KeyStroke{key, false};
    if (kRowShifted[key - kFirstRowUsage] == c && c != '\0') return KeyStroke{key, true};
  }
  return std::nullopt;
}

bool KeyboardDecoder::was_down(std::uint8_t key) const {
  return std::find(down_.begin(), down_.end(), key) != down_.end();
}

void KeyboardDecoder::feed(const KeyboardReport& report, Timestamp at, ScanEvents& out) {
  // Phantom state: the keyboard could not tell which keys are down. Keep the last known state.
  if (std::find(report.keys.begin(), report.keys.end(), usage::kErrorRollOver) != report.keys.end()) {
    return;
  }
  if (seen_report_ && at - last_report_ > assembler_.options().max_key_gap) down_.fill(usage::kNone);
  seen_report_ = true;
  last_report_ = at;

  const bool shifted = (report.modifiers & modifier::kShift) != 0;
  const bool text = (report.modifiers & modifier::kNotText) == 0;
  for (std::uint8_t key : report.keys) {
    if (key == usage::kNone || was_down(key)) continue;
    if (is_terminator(key)) {
      assembler_.terminate(at, out);
    } else if (auto c = character_for(key, shifted); c && text) {
      assembler_.add(*c, at, out);
    }
  }
  down_ = report.keys;
}

}  // namespace devices::scanner
