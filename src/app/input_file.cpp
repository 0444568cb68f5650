#include "app/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/printable.h"

namespace app {

namespace {
constexpr std::size_t kChunk = 64 * 1024;

std::string mib(std::size_t bytes) {
  if (bytes >= kMiB) return std::to_string(bytes / kMiB) + " MB";
  if (bytes >= 1024) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes) + " bytes";
}
}  // namespace

base::Result<InputFile> InputFile::open(const std::string& path) {
  if (path == "-") return InputFile(STDIN_FILENO, false, "standard input", -1);
  const std::string name = base::printable(path, 120);
  if (path.empty()) return base::Error{"the file name is empty"};
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return base::Error{"cannot read " + name + ": " + std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int e = errno;
    ::close(fd);
    return base::Error{"cannot read " + name + ": " + std::strerror(e)};
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return base::Error{name + " is a folder, not a file"};
  }
  return InputFile(fd, true, name, S_ISREG(st.st_mode) ? static_cast<long long>(st.st_size) : -1);
}

InputFile::InputFile(InputFile&& o) noexcept
    : fd_(o.fd_), owned_(o.owned_), name_(std::move(o.name_)), size_(o.size_) {
  o.fd_ = -1;
  o.owned_ = false;
}

InputFile::~InputFile() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

base::Result<std::size_t> InputFile::read(char* buf, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno == EINTR) continue;
    return base::Error{"cannot read " + name_ + ": " + std::strerror(errno)};
  }
}

base::Result<std::string> read_input_file(const std::string& path, std::size_t max_bytes, std::string_view what) {
  auto in = InputFile::open(path);
  if (!in) return in.error();
  const auto too_long = [&] {
    return base::Error{in->name() + " is longer than " + mib(max_bytes) + ", more than " + std::string(what) +
                       " can be; refused"};
  };
  if (in->size() > static_cast<long long>(max_bytes)) return too_long();
  std::string out;
  if (in->size() > 0) out.reserve(static_cast<std::size_t>(in->size()));
  char buf[kChunk];
  for (;;) {
    auto got = in->read(buf, sizeof buf);
    if (!got) return got.error();
    if (*got == 0) break;
    if (out.size() + *got > max_bytes) return too_long();
    out.append(buf, *got);
  }
  return out;
}

bool LineReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t old = buf_.size();
  buf_.resize(old + kChunk);
  auto got = in_.read(buf_.data() + old, kChunk);
  if (!got) {
    buf_.resize(old);
    error_ = got.error().message;
    eof_ = true;
    return false;
  }
  buf_.resize(old + *got);
  bytes_ += *got;
  if (*got == 0) eof_ = true;
  return *got > 0;
}

base::Result<bool> LineReader::next(std::string& line) {
  std::size_t scanned = pos_;
  for (;;) {
    const std::size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      if (nl - pos_ > max_line_) break;
      line.assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      ++line_no_;
      return true;
    }
    if (buf_.size() - pos_ > max_line_) break;
    scanned = buf_.size();
    const std::size_t offset = pos_;
    if (!fill()) {
      if (!error_.empty()) return base::Error{error_};
      if (buf_.size() == pos_) return false;
      line.assign(buf_, pos_, std::string::npos);
      pos_ = buf_.size();
      if (!line.empty() && line.back() == '\r') line.pop_back();
      ++line_no_;
      return true;
    }
    scanned -= offset - pos_;  // fill() moved the unread bytes to the front
  }
  return base::Error{in_.name() + ": line " + std::to_string(line_no_ + 1) + " is longer than " + mib(max_line_) +
                     "; refused"};
}

}  // namespace app
