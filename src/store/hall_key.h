#pragma once
// The hall's secret key (architecture.md "Files"): 32 random bytes in a file readable only by its
// owner, created the first time it is needed. Nothing signs or hashes with it directly; each use
// gets its own sub-key derived from it, so a leaked sub-key (say the audit-hash key) does not let
// anyone forge slip QR codes.
//
// Derivation: BLAKE2b (libsodium crypto_generichash) keyed with the 32-byte master key over the
// bytes "onewindow-subkey-v1:" + purpose, 32-byte output. Unlike crypto_kdf_derive_from_key this
// takes a purpose string of any length ("qr-mac", "audit-id") rather than an 8-byte context.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"

namespace store {

// Purposes in use; derive() accepts any string, these are the ones other parts rely on.
inline constexpr std::string_view kPurposeQrMac = "qr-mac";      // MAC on acceptance-slip QR codes
inline constexpr std::string_view kPurposeAuditId = "audit-id";  // keyed hash of ID numbers in the audit log
inline constexpr std::string_view kPurposeFingerprint = "fingerprint";  // HallKey::fingerprint()

class HallKey {
 public:
  static constexpr std::size_t kKeyBytes = 32;
  using Bytes = std::array<std::uint8_t, kKeyBytes>;

  // Reads the key file; when it does not exist, creates its parent folders and the file (mode 0600)
  // with fresh random bytes. A file of any other size than 32 bytes is refused, never overwritten.
  static base::Result<HallKey> load_or_create(const std::filesystem::path& file);
  // A key from known bytes (tests, fixed demo keys, an imported hall key).
  static HallKey from_bytes(const Bytes& master) { return HallKey(master); }
  // The 32 bytes of an existing key file, without creating one: only for moving one hall's key to
  // another terminal (`onewindow hall key export|import`); nothing else needs the master bytes.
  static base::Result<Bytes> read_master(const std::filesystem::path& file);

  // Eight hex digits naming the key, so a technician can see two terminals share one key: derived
  // like any sub-key, so it says nothing about the key itself.
  std::string fingerprint() const;

  Bytes derive(std::string_view purpose) const;

 private:
  explicit HallKey(const Bytes& master);
  Bytes master_{};
  // Derived once: every kiosk look-up hashes an ID number with it.
  Bytes audit_subkey_{};
  friend std::string audit_hash_of_id(const HallKey& key, std::string_view id_number);
};

// Keyed hash of an ID number for the audit log: lowercase hex of a 16-byte BLAKE2b keyed with the
// "audit-id" sub-key. The same number always gives the same hash under one hall key, so a
// technician holding the key can find whose look-ups were logged; without the key nobody can.
std::string audit_hash_of_id(const HallKey& key, std::string_view id_number);

}  // namespace store
