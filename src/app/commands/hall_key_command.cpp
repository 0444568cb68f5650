// `onewindow hall key export|import`: one hall key on every terminal of a hall, so a slip printed
// at any counter verifies at every kiosk. The key travels only as a 0600 file a technician carries
// (a USB stick, scp); it never reaches stdout, a log or a QR code — the commands print the key's
// fingerprint, which says nothing about the key.
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/file_write.h"
#include "app/hall_key_file.h"
#include "app/paths.h"
#include "base/printable.h"
#include "store/hall_key.h"

namespace app {

namespace {

constexpr unsigned kKeyFileMode = 0600;

std::string name_of(const std::filesystem::path& p) { return base::printable(p.string(), 120); }

std::filesystem::path terminal_key_file(const std::optional<std::string>& key) {
  return key ? std::filesystem::path(*key) : paths::default_hall_key();
}

// Reads FILE for import: a regular file, only its owner may read it, small. Never echoes its bytes.
base::Result<store::HallKey::Bytes> read_import_file(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return base::Error{"cannot open " + name_of(file) + ": " + std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return base::Error{name_of(file) + " is not a regular file"};
  }
  if ((st.st_mode & 077) != 0) {
    ::close(fd);
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return base::Error{name_of(file) + " is open to other users (mode " + mode + "); run `chmod 600 " + name_of(file) +
                       "` and import again"};
  }
  std::string bytes(kHallKeyFileMaxBytes + 1, '\0');
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      return base::Error{"cannot read " + name_of(file) + ": " + std::strerror(e)};
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(got);
  auto key = parse_hall_key_file(bytes);
  sodium_memzero(bytes.data(), bytes.size());
  if (!key) return base::Error{name_of(file) + " " + key.error().message};
  return key;
}

}  // namespace

int run_hall_key_export(Args args) {
  ArgParser p(args);
  const auto out = p.option("--out");
  const auto key = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("hall key export takes no positional argument; name the file with --out FILE");
  if (!out) return usage_error("hall key export needs --out FILE");
  const auto file = terminal_key_file(key);
  // The terminal's key, made now if this terminal never needed one yet (as the terminal itself would).
  auto hall = store::HallKey::load_or_create(file);
  if (!hall) return usage_error(hall.error().message);
  auto master = store::HallKey::read_master(file);
  if (!master) return usage_error(master.error().message);
  std::string text = format_hall_key_file(*master);
  sodium_memzero(master->data(), master->size());
  const auto written = write_file_atomically(*out, text, kKeyFileMode);
  sodium_memzero(text.data(), text.size());
  if (!written) return usage_error(written.error().message);
  if (auto s = write_stdout("hall key " + hall->fingerprint() + " written to " + name_of(*out) + "\n"); !s) {
    return usage_error(s.error().message);
  }
  return kExitOk;
}

int run_hall_key_import(Args args) {
  ArgParser p(args);
  const bool replace = p.flag("--replace");
  const auto key = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("hall key import takes one FILE (written by `onewindow hall key export`)");
  auto incoming = read_import_file(pos[0]);
  if (!incoming) return usage_error(incoming.error().message);
  const auto incoming_key = store::HallKey::from_bytes(*incoming);
  const auto target = terminal_key_file(key);

  std::error_code ec;
  const bool exists = std::filesystem::symlink_status(target, ec).type() != std::filesystem::file_type::not_found;
  if (exists) {
    auto current = store::HallKey::read_master(target);
    const bool same = current && *current == *incoming;
    const std::string current_name = current ? store::HallKey::from_bytes(*current).fingerprint() : std::string();
    if (current) sodium_memzero(current->data(), current->size());
    if (same) {
      sodium_memzero(incoming->data(), incoming->size());
      const auto s = write_stdout("hall key " + current_name + " already in place at " + name_of(target) + "\n");
      return s ? kExitOk : usage_error(s.error().message);
    }
    if (!replace) {
      sodium_memzero(incoming->data(), incoming->size());
      const std::string what =
          current ? "holds a different hall key (" + current_name + ")" : "exists and is not a hall key";
      return usage_error(name_of(target) + " " + what + "; slips signed with it would no longer verify here — add " +
                         "--replace to overwrite it with " + incoming_key.fingerprint());
    }
  }
  if (target.has_parent_path()) {
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) return usage_error("cannot create folder " + name_of(target.parent_path()) + ": " + ec.message());
  }
  std::string raw(incoming->begin(), incoming->end());
  sodium_memzero(incoming->data(), incoming->size());
  const auto written = write_file_atomically(target, raw, kKeyFileMode);
  sodium_memzero(raw.data(), raw.size());
  if (!written) return usage_error(written.error().message);
  if (auto s = write_stdout("hall key " + incoming_key.fingerprint() + " installed at " + name_of(target) + "\n"); !s) {
    return usage_error(s.error().message);
  }
  return kExitOk;
}

}  // namespace app
