#include "app/qr/slip_signer.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>

#include "core/domain/acceptance_number.h"
#include "store/hall_key.h"

namespace app::qr {

static_assert(SlipSigner::kKeyBytes == crypto_auth_hmacsha256_KEYBYTES);
static_assert(store::HallKey::kKeyBytes == SlipSigner::kKeyBytes);

SlipSigner::SlipSigner(const Key& key) : key_(key) {
  // HMAC needs no random numbers, but libsodium asks to be initialised before any use.
  if (sodium_init() < 0) std::abort();
}

base::Result<SlipSigner> SlipSigner::from_hall_key_file(const std::filesystem::path& file) {
  auto key = store::HallKey::load_or_create(file);
  if (!key) return key.error();
  return SlipSigner(key->derive(store::kPurposeQrMac));
}

core::SlipMac SlipSigner::mac_of(std::string_view acceptance_no) const {
  const std::string message = core::slip_mac_message(acceptance_no);
  std::array<std::uint8_t, crypto_auth_hmacsha256_BYTES> full{};
  crypto_auth_hmacsha256(full.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         key_.data());
  core::SlipMac mac{};
  std::copy_n(full.begin(), mac.size(), mac.begin());
  sodium_memzero(full.data(), full.size());
  return mac;
}

base::Result<std::string> SlipSigner::sign(std::string_view acceptance_no) const {
  if (auto n = core::parse_acceptance_number(acceptance_no); !n) return n.error();
  return core::format_slip_payload(acceptance_no, mac_of(acceptance_no));
}

core::SlipPayloadCheck SlipSigner::verify(std::string_view payload) const {
  core::SlipPayloadCheck check = core::parse_slip_payload(payload);
  if (!check.ok()) return check;
  const std::string expected = core::base32_encode(mac_of(check.acceptance_no));
  // parse_slip_payload guarantees both spellings have kSlipMacChars characters.
  if (expected.size() != check.mac.size() ||
      sodium_memcmp(expected.data(), check.mac.data(), expected.size()) != 0) {
    check.refusal = core::SlipRefusal::MacMismatch;
    check.detail = "MAC does not match this hall's key (forged, altered, or signed by another hall)";
  }
  return check;
}

}  // namespace app::qr
