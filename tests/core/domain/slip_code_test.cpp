#include "core/domain/slip_code.h"

#include <doctest/doctest.h>

#include <string>

using core::SlipRefusal;

namespace {
std::span<const std::uint8_t> bytes(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}
constexpr std::string_view kNumber = "320102-01-20261123-0042";
}  // namespace

TEST_CASE("slip code: base32 follows RFC 4648 test vectors, unpadded") {
  CHECK(core::base32_encode(bytes("")) == "");
  CHECK(core::base32_encode(bytes("f")) == "MY");
  CHECK(core::base32_encode(bytes("fo")) == "MZXQ");
  CHECK(core::base32_encode(bytes("foo")) == "MZXW6");
  CHECK(core::base32_encode(bytes("foob")) == "MZXW6YQ");
  CHECK(core::base32_encode(bytes("fooba")) == "MZXW6YTB");
  CHECK(core::base32_encode(bytes("foobar")) == "MZXW6YTBOI");
}

TEST_CASE("slip code: payload format: version, acceptance number, 16-character MAC") {
  core::SlipMac mac{};
  for (std::size_t i = 0; i < mac.size(); ++i) mac[i] = static_cast<std::uint8_t>(0x11 * i);
  const std::string p = core::format_slip_payload(kNumber, mac);
  CHECK(p.rfind("OW1:320102-01-20261123-0042:", 0) == 0);
  CHECK(p.size() == 28 + core::kSlipMacChars);
  CHECK(core::slip_mac_message(kNumber) == "OW1:320102-01-20261123-0042");
  auto c = core::parse_slip_payload(p);
  REQUIRE(c.ok());
  CHECK(c.acceptance_no == kNumber);
  CHECK(c.mac == core::base32_encode(mac));
  // only QR alphanumeric-mode characters, so the code stays small
  for (char ch : p) {
    CHECK(std::string_view("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:").find(ch) != std::string_view::npos);
  }
}

TEST_CASE("slip code: malformed payloads are refused with the right reason") {
  const std::string good = std::string("OW1:") + std::string(kNumber) + ":ABCDEFGHIJKLMNOP";
  REQUIRE(core::parse_slip_payload(good).ok());
  auto reason = [](std::string_view p) {
    auto c = core::parse_slip_payload(p);
    REQUIRE_FALSE(c.ok());
    CHECK_FALSE(c.detail.empty());
    return *c.refusal;
  };
  CHECK(reason("OW2:320102-01-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadVersion);
  CHECK(reason("OW10:320102-01-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadVersion);
  CHECK(reason("ow1:320102-01-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);
  CHECK(reason("OW1") == SlipRefusal::BadFormat);
  CHECK(reason("") == SlipRefusal::BadFormat);
  CHECK(reason("https://example.com/") == SlipRefusal::BadFormat);
  CHECK(reason("OW1:320102-01-20261123-0042") == SlipRefusal::BadFormat);                    // no MAC
  CHECK(reason("OW1:320102-01-20261123-0042:") == SlipRefusal::BadFormat);                   // empty MAC
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNO") == SlipRefusal::BadFormat);    // truncated
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNOPQ") == SlipRefusal::BadFormat);  // too long
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNOP======") == SlipRefusal::BadFormat);  // padded
  CHECK(reason("OW1:320102-01-20261123-0042:abcdefghijklmnop") == SlipRefusal::BadFormat);        // lower case
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNO1") == SlipRefusal::BadFormat);  // 1 is not base32
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGH IJKLMNO") == SlipRefusal::BadFormat);
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNOP\n") == SlipRefusal::BadFormat);
  CHECK(reason(" OW1:320102-01-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);
  CHECK(reason("OW1:320102-1-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);   // terminal digits
  CHECK(reason("OW1:320102-01-20261131-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);  // 31 November
  CHECK(reason("OW1:320102-01-20261123-42:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);
  CHECK(reason("OW1:32O102-01-20261123-0042:ABCDEFGHIJKLMNOP") == SlipRefusal::BadFormat);  // letter O
  CHECK(reason("OW1:320102-01-20261123-0042:ABCDEFGH:JKLMNOP") == SlipRefusal::BadFormat);
}

TEST_CASE("slip code: refusal names are what qr verify prints") {
  CHECK(core::slip_refusal_name(SlipRefusal::BadVersion) == "bad version");
  CHECK(core::slip_refusal_name(SlipRefusal::BadFormat) == "bad format");
  CHECK(core::slip_refusal_name(SlipRefusal::MacMismatch) == "MAC mismatch");
}
