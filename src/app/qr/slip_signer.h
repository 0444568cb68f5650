#pragma once
// Signs and verifies slip QR payloads (format in core/slip_code.h) with HMAC-SHA256 from libsodium
// under the hall key's "qr-mac" sub-key. Signing needs no store; every terminal of a hall shares
// the key file, so a slip printed at one counter verifies at every kiosk of the hall.
// sign() and verify() are const and keep no state: one signer may serve several threads.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"
#include "core/domain/slip_code.h"

namespace app::qr {

class SlipSigner {
 public:
  static constexpr std::size_t kKeyBytes = 32;
  using Key = std::array<std::uint8_t, kKeyBytes>;

  // key: the 32-byte "qr-mac" sub-key (store::HallKey::derive(store::kPurposeQrMac)).
  explicit SlipSigner(const Key& key);
  // Loads (or creates, mode 0600) the hall key file and derives the QR sub-key from it.
  static base::Result<SlipSigner> from_hall_key_file(const std::filesystem::path& file);

  // "OW1:<no>:<MAC>", or an error when the acceptance number is malformed.
  base::Result<std::string> sign(std::string_view acceptance_no) const;

  // Version, format, then the MAC, compared as its one canonical spelling in constant time.
  // ok() = genuine, and acceptance_no is set.
  core::SlipPayloadCheck verify(std::string_view payload) const;

 private:
  core::SlipMac mac_of(std::string_view acceptance_no) const;
  Key key_;
};

}  // namespace app::qr
