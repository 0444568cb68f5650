#include "app/file_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/printable.h"

namespace app {

namespace {

std::string name_of(const std::filesystem::path& p) { return base::printable(p.string(), 120); }

base::Status check_target(const std::filesystem::path& out) {
  if (out.empty()) return base::Error{"the output file name is empty"};
  struct stat st {};
  if (::lstat(out.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) return base::Error{name_of(out) + " is a symbolic link; refusing to replace it"};
    if (S_ISDIR(st.st_mode)) return base::Error{name_of(out) + " is a folder, not a file"};
    if (!S_ISREG(st.st_mode)) return base::Error{name_of(out) + " is not a regular file (a device or a pipe); refusing to replace it"};
  } else if (errno != ENOENT) {
    return base::Error{"cannot write " + name_of(out) + ": " + std::strerror(errno)};
  }
  const auto folder = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  struct stat dir {};
  if (::stat(folder.c_str(), &dir) != 0 || !S_ISDIR(dir.st_mode)) {
    return base::Error{"cannot write " + name_of(out) + ": the folder " + name_of(folder) + " does not exist"};
  }
  return base::ok();
}

// Writes every byte or says why not (ENOSPC, EIO…).
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

base::Result<AtomicFile> AtomicFile::create(const std::filesystem::path& target, unsigned mode) {
  if (auto s = check_target(target); !s) return s.error();
  std::string tmp = target.string() + ".XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return base::Error{"cannot write " + name_of(target) + ": " + std::strerror(errno)};
  return AtomicFile(target, std::move(tmp), fd, mode);
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : target_(std::move(o.target_)), tmp_(std::move(o.tmp_)), fd_(o.fd_), mode_(o.mode_) {
  o.fd_ = -1;
  o.tmp_.clear();
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

base::Status AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0) return base::Error{"writing " + name_of(target_) + " after it was closed"};
  if (!write_all(fd_, bytes)) return base::Error{"writing " + name_of(target_) + " failed: " + std::strerror(errno)};
  return base::ok();
}

base::Status AtomicFile::commit() {
  const auto failed = [&](const char* what) {
    return base::Error{std::string(what) + " " + name_of(target_) + " failed: " + std::strerror(errno)};
  };
  if (::fchmod(fd_, static_cast<mode_t>(mode_)) != 0) return failed("writing");
  if (::fsync(fd_) != 0) return failed("syncing");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return failed("writing");
  if (::rename(tmp_.c_str(), target_.c_str()) != 0) return failed("renaming into");
  tmp_.clear();
  return base::ok();
}

base::Status write_file_atomically(const std::filesystem::path& out, std::string_view bytes, unsigned mode) {
  auto file = AtomicFile::create(out, mode);
  if (!file) return file.error();
  if (auto s = file->write(bytes); !s) return s;
  return file->commit();
}

base::Status write_through_temporary(const std::filesystem::path& out,
                                     const std::function<base::Status(const std::string& temporary)>& write,
                                     unsigned mode) {
  if (auto s = check_target(out); !s) return s;
  std::string tmp = out.string() + ".XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return base::Error{"cannot write " + name_of(out) + ": " + std::strerror(errno)};
  ::close(fd);
  auto written = write(tmp);
  if (written && ::chmod(tmp.c_str(), static_cast<mode_t>(mode)) != 0) written = base::Error{"cannot write " + name_of(out) + ": " + std::strerror(errno)};
  if (written && ::rename(tmp.c_str(), out.c_str()) != 0)
    written = base::Error{"cannot write " + name_of(out) + ": " + std::strerror(errno)};
  if (!written) ::unlink(tmp.c_str());
  return written;
}

base::Status write_stdout(std::string_view text) {
  if (!text.empty() && std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
    return base::Error{std::string("cannot write to standard output: ") + std::strerror(errno)};
  }
  return base::ok();
}

base::Status flush_stdout() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    return base::Error{std::string("cannot write to standard output: ") + std::strerror(errno)};
  }
  return base::ok();
}

}  // namespace app
