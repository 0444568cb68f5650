#pragma once
// Staff PINs at rest: only an Argon2id hash (libsodium crypto_pwhash, the self-describing
// "$argon2id$v=19$m=…,t=…,p=…$salt$hash" string), never the PIN itself. INTERACTIVE limits
// (64 MiB, 2 passes) suit a counter: one verification per sign-in, on the counter's own machine.
#include <string>
#include <string_view>

#include "base/result.h"

namespace store {

// Hashes a PIN (format already checked) with a fresh random salt.
base::Result<std::string> hash_pin(std::string_view pin);

// True when `pin` matches `stored_hash`; false for a wrong PIN or an unreadable hash.
bool pin_matches(std::string_view pin, const std::string& stored_hash);

// True when the stored hash was made with other parameters or another algorithm than hash_pin()
// uses today: the next successful sign-in stores a fresh hash.
bool pin_hash_outdated(const std::string& stored_hash);

}  // namespace store
