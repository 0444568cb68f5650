#include "core/domain/slip_code.h"

#include "core/domain/acceptance_number.h"

namespace core {
namespace {

constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr unsigned kBitsPerChar = 5;
constexpr std::string_view kVersionPrefix = "OW";

bool is_base32_char(char c) { return kBase32Alphabet.find(c) != std::string_view::npos; }
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

SlipPayloadCheck refuse(SlipRefusal r, std::string detail) {
  SlipPayloadCheck c;
  c.refusal = r;
  c.detail = std::move(detail);
  return c;
}

}  // namespace

std::string base32_encode(std::span<const std::uint8_t> bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + kBitsPerChar - 1) / kBitsPerChar);
  unsigned buffer = 0;
  unsigned bits = 0;
  for (std::uint8_t b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= kBitsPerChar) {
      bits -= kBitsPerChar;
      out.push_back(kBase32Alphabet[(buffer >> bits) & 0x1F]);
    }
  }
  if (bits > 0) out.push_back(kBase32Alphabet[(buffer << (kBitsPerChar - bits)) & 0x1F]);
  return out;
}

std::string slip_mac_message(std::string_view acceptance_no) {
  std::string m(kSlipPayloadVersion);
  m += kSlipPayloadSeparator;
  m += acceptance_no;
  return m;
}

std::string format_slip_payload(std::string_view acceptance_no, const SlipMac& mac) {
  std::string p = slip_mac_message(acceptance_no);
  p += kSlipPayloadSeparator;
  p += base32_encode(mac);
  return p;
}

std::string_view slip_refusal_name(SlipRefusal r) {
  switch (r) {
    case SlipRefusal::BadVersion: return "bad version";
    case SlipRefusal::BadFormat: return "bad format";
    case SlipRefusal::MacMismatch: return "MAC mismatch";
  }
  return "bad format";
}

SlipPayloadCheck parse_slip_payload(std::string_view payload) {
  const std::size_t first = payload.find(kSlipPayloadSeparator);
  const std::string_view version = payload.substr(0, first);
  if (version != kSlipPayloadVersion) {
    if (version.substr(0, kVersionPrefix.size()) == kVersionPrefix && all_digits(version.substr(kVersionPrefix.size())) &&
        first != std::string_view::npos) {
      return refuse(SlipRefusal::BadVersion, "payload version " + std::string(version) + " is not " +
                                                 std::string(kSlipPayloadVersion));
    }
    return refuse(SlipRefusal::BadFormat, "payload does not start with " + std::string(kSlipPayloadVersion) + ":");
  }
  const std::size_t second = payload.find(kSlipPayloadSeparator, first + 1);
  if (second == std::string_view::npos) return refuse(SlipRefusal::BadFormat, "payload has no MAC");
  const std::string_view number = payload.substr(first + 1, second - first - 1);
  const std::string_view mac = payload.substr(second + 1);

  if (auto parsed = parse_acceptance_number(number); !parsed.ok()) {
    return refuse(SlipRefusal::BadFormat, parsed.error().message);
  }
  if (mac.size() != kSlipMacChars) {
    return refuse(SlipRefusal::BadFormat, "MAC has " + std::to_string(mac.size()) + " characters, expected " +
                                              std::to_string(kSlipMacChars));
  }
  for (std::size_t i = 0; i < mac.size(); ++i) {
    if (!is_base32_char(mac[i])) {
      return refuse(SlipRefusal::BadFormat, "MAC character " + std::to_string(i + 1) +
                                                " is not an upper-case base32 letter or digit 2-7");
    }
  }
  SlipPayloadCheck c;
  c.acceptance_no = std::string(number);
  c.mac = std::string(mac);
  return c;
}

}  // namespace core
