#include "app/uuid.h"

#include <sodium.h>

#include <cstdio>

namespace app {

std::string uuid_v4(std::uint64_t high, std::uint64_t low) {
  char b[40];
  std::snprintf(b, sizeof b, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFF),
                static_cast<unsigned>(0x8000 | ((low >> 48) & 0x3FFF)),
                static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFull));
  return b;
}

std::string random_uuid() {
  std::uint64_t bits[2];
  randombytes_buf(bits, sizeof bits);
  return uuid_v4(bits[0], bits[1]);
}

}  // namespace app
