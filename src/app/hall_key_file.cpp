#include "app/hall_key_file.h"

namespace app {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

base::Error not_a_key_file() {
  return base::Error{"is not a hall key file (expected the one line written by `onewindow hall key export`)"};
}

}  // namespace

std::string format_hall_key_file(const store::HallKey::Bytes& master) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(kHallKeyFileTag);
  out += ' ';
  for (std::uint8_t b : master) {
    out += kDigits[b >> 4];
    out += kDigits[b & 0xF];
  }
  out += '\n';
  return out;
}

base::Result<store::HallKey::Bytes> parse_hall_key_file(std::string_view bytes) {
  store::HallKey::Bytes key{};
  if (bytes.size() > kHallKeyFileMaxBytes) return not_a_key_file();
  // A terminal's own key file, copied as it is.
  if (bytes.size() == key.size() && bytes.substr(0, kHallKeyFileTag.size()) != kHallKeyFileTag) {
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(bytes[i]);
    return key;
  }
  if (bytes.substr(0, kHallKeyFileTag.size()) != kHallKeyFileTag) return not_a_key_file();
  bytes.remove_prefix(kHallKeyFileTag.size());
  if (bytes.empty() || bytes.front() != ' ') return not_a_key_file();
  bytes.remove_prefix(1);
  if (!bytes.empty() && bytes.back() == '\n') bytes.remove_suffix(1);
  if (!bytes.empty() && bytes.back() == '\r') bytes.remove_suffix(1);
  if (bytes.size() != key.size() * 2) {
    return base::Error{"holds a key of " + std::to_string(bytes.size()) + " hex digits, expected " +
                       std::to_string(key.size() * 2) + " (was the file cut short or edited?)"};
  }
  for (std::size_t i = 0; i < key.size(); ++i) {
    const int hi = hex_value(bytes[2 * i]), lo = hex_value(bytes[2 * i + 1]);
    if (hi < 0 || lo < 0) return base::Error{"holds a character that is not a hex digit in its key"};
    key[i] = static_cast<std::uint8_t>(hi << 4 | lo);
  }
  return key;
}

}  // namespace app
