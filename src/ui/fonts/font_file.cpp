#include "ui/fonts/font_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ui {

base::Result<std::shared_ptr<FontFile>> FontFile::map(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::string hint = path.find("noto") != std::string::npos
                           ? " (install the Debian package fonts-noto-cjk, or set [fonts] chain in the config)"
                           : " (check [fonts] chain in the config)";
    return base::Error{"font " + path + ": " + std::strerror(errno) + hint};
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return base::Error{"font " + path + ": empty or unreadable file"};
  }
  void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return base::Error{"font " + path + ": cannot map: " + std::strerror(errno)};
  auto f = std::shared_ptr<FontFile>(new FontFile());
  f->data_ = static_cast<unsigned char*>(p);
  f->size_ = static_cast<size_t>(st.st_size);
  f->path_ = path;
  return f;
}

FontFile::~FontFile() {
  if (data_) ::munmap(data_, size_);
}

}  // namespace ui
