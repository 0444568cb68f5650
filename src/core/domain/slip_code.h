#pragma once
// The signed payload in an acceptance slip's QR code (architecture.md "Codes on paper"):
//
//   OW1:320102-01-20261123-0042:MFRGGZDFMZTWQ2LK
//   ^^^ version  ^ acceptance number        ^ MAC
//
// The MAC is HMAC-SHA256 under the hall key's "qr-mac" sub-key over "OW1:<acceptance number>",
// truncated to its first 10 bytes (80 bits) and written as RFC 4648 base32, upper case, no padding:
// exactly 16 characters. 10 bytes are a whole number of base32 groups, so the spelling has no
// spare bits and each MAC has exactly one accepted spelling. A forger gets one guess per scan at
// a kiosk, so 80 bits is ample; the payload stays in the QR alphanumeric set (digits, A–Z, ':', '-'),
// which keeps the code small (version 3 at error level M).
//
// This file only formats and parses; the MAC itself is computed in src/app/qr/slip_signer (libsodium).
// ASCII only: keyboard-wedge scanners scramble anything else.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace core {

inline constexpr std::string_view kSlipPayloadVersion = "OW1";
inline constexpr char kSlipPayloadSeparator = ':';
inline constexpr std::size_t kSlipMacBytes = 10;  // 80 bits of the HMAC-SHA256 output
inline constexpr std::size_t kSlipMacChars = 16;  // base32 of 10 bytes

using SlipMac = std::array<std::uint8_t, kSlipMacBytes>;

// RFC 4648 base32, alphabet A–Z 2–7, upper case, without '=' padding.
std::string base32_encode(std::span<const std::uint8_t> bytes);

// The bytes the MAC covers: "OW1:<acceptance number>".
std::string slip_mac_message(std::string_view acceptance_no);

// "OW1:<acceptance number>:<base32 MAC>".
std::string format_slip_payload(std::string_view acceptance_no, const SlipMac& mac);

enum class SlipRefusal {
  BadVersion,   // "OW<digits>:" of a version this build does not know
  BadFormat,    // anything else that is not exactly version, acceptance number and 16 base32 capitals
  MacMismatch,  // well formed, but not signed with this hall's key (forged or altered)
};
std::string_view slip_refusal_name(SlipRefusal r);  // "bad version", "bad format", "MAC mismatch"

// The outcome of reading a payload: its parts when well formed, otherwise why not.
struct SlipPayloadCheck {
  std::optional<SlipRefusal> refusal;  // empty = well formed (parse) or genuine (verify)
  std::string detail;                  // for the log, e.g. "MAC has 15 characters, expected 16"
  std::string acceptance_no;           // set when well formed
  std::string mac;                     // the MAC's spelling as given, set when well formed

  bool ok() const { return !refusal.has_value(); }
};

// Checks version and format only (strict: no spaces, no lower case, no padding, a real acceptance
// number). The MAC is checked by the signer.
SlipPayloadCheck parse_slip_payload(std::string_view payload);

}  // namespace core
