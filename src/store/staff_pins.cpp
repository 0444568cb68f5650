#include "store/staff_pins.h"

#include <sodium.h>

namespace store {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;

bool sodium_ready() { return sodium_init() >= 0; }

}  // namespace

base::Result<std::string> hash_pin(std::string_view pin) {
  if (!sodium_ready()) return base::Error{"libsodium could not be initialised (no entropy source?)"};
  char out[crypto_pwhash_argon2id_STRBYTES];
  if (crypto_pwhash_argon2id_str(out, pin.data(), pin.size(), kOpsLimit, kMemLimit) != 0)
    return base::Error{"hashing the PIN failed: not enough memory for Argon2id (needs " +
                       std::to_string(kMemLimit / (1024 * 1024)) + " MiB)"};
  return std::string(out);
}

bool pin_matches(std::string_view pin, const std::string& stored_hash) {
  if (!sodium_ready() || stored_hash.empty()) return false;
  return crypto_pwhash_str_verify(stored_hash.c_str(), pin.data(), pin.size()) == 0;
}

bool pin_hash_outdated(const std::string& stored_hash) {
  // -1 (not an Argon2id string, e.g. an old Argon2i hash) also means: rehash.
  return crypto_pwhash_argon2id_str_needs_rehash(stored_hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

}  // namespace store
