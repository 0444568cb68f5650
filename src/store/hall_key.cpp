#include "store/hall_key.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace store {
namespace {

constexpr mode_t kKeyFileMode = 0600;  // owner read/write only
constexpr std::string_view kSubkeyPrefix = "onewindow-subkey-v1:";
constexpr std::size_t kAuditHashBytes = 16;

std::string errno_text() { return std::strerror(errno); }

base::Status ensure_sodium() {
  if (sodium_init() < 0) return base::Error{"libsodium could not be initialised (no entropy source?)"};
  return base::ok();
}

base::Result<HallKey::Bytes> read_key(const std::filesystem::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return base::Error{"cannot open hall key " + file.string() + ": " + errno_text()};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return base::Error{"cannot stat hall key " + file.string() + ": " + errno_text()};
  }
  if (!S_ISREG(st.st_mode) || st.st_size != static_cast<off_t>(HallKey::kKeyBytes)) {
    ::close(fd);
    return base::Error{"hall key " + file.string() + " has " + std::to_string(st.st_size) +
                       " bytes, expected " + std::to_string(HallKey::kKeyBytes) +
                       "; it is not overwritten — restore it from backup or remove it to start a new key"};
  }
  HallKey::Bytes key{};
  std::size_t got = 0;
  while (got < key.size()) {
    ssize_t n = ::read(fd, key.data() + got, key.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return base::Error{"cannot read hall key " + file.string() + ": " + (n < 0 ? errno_text() : "short file")};
    }
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return key;
}

// Writes a new key to a private temporary file, then links it into place: link() fails if another
// process created the key meanwhile, and a crash never leaves a half-written key under the real name.
base::Status create_key(const std::filesystem::path& file) {
  std::error_code ec;
  if (file.has_parent_path()) {
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return base::Error{"cannot create folder " + file.parent_path().string() + ": " + ec.message()};
  }
  std::string tmp_template = file.string() + ".XXXXXX";
  int fd = ::mkstemp(tmp_template.data());
  if (fd < 0) return base::Error{"cannot create hall key " + file.string() + ": " + errno_text()};
  ::fchmod(fd, kKeyFileMode);
  HallKey::Bytes key{};
  randombytes_buf(key.data(), key.size());
  bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
  sodium_memzero(key.data(), key.size());
  ::close(fd);
  if (!written) {
    ::unlink(tmp_template.c_str());
    return base::Error{"cannot write hall key " + file.string() + ": " + errno_text()};
  }
  int linked = ::link(tmp_template.c_str(), file.c_str());
  int link_errno = errno;
  ::unlink(tmp_template.c_str());
  if (linked != 0 && link_errno != EEXIST) {
    return base::Error{"cannot create hall key " + file.string() + ": " + std::strerror(link_errno)};
  }
  return base::ok();
}

}  // namespace

base::Result<HallKey> HallKey::load_or_create(const std::filesystem::path& file) {
  if (auto s = ensure_sodium(); !s) return s.error();
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    if (auto s = create_key(file); !s) return s.error();
  }
  auto key = read_key(file);
  if (!key) return key.error();
  return HallKey(key.value());
}

base::Result<HallKey::Bytes> HallKey::read_master(const std::filesystem::path& file) { return read_key(file); }

std::string HallKey::fingerprint() const {
  const Bytes sub = derive(kPurposeFingerprint);
  char hex[9];
  sodium_bin2hex(hex, sizeof hex, sub.data(), 4);
  return hex;
}

HallKey::HallKey(const Bytes& master) : master_(master), audit_subkey_(derive(kPurposeAuditId)) {}

HallKey::Bytes HallKey::derive(std::string_view purpose) const {
  std::string input(kSubkeyPrefix);
  input.append(purpose);
  Bytes out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(input.data()), input.size(),
                     master_.data(), master_.size());
  return out;
}

std::string audit_hash_of_id(const HallKey& key, std::string_view id_number) {
  const HallKey::Bytes& sub = key.audit_subkey_;
  unsigned char digest[kAuditHashBytes];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(id_number.data()),
                     id_number.size(), sub.data(), sub.size());
  char hex[kAuditHashBytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace store
