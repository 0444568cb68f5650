#pragma once
// Files handed to people (ledger exports, PNG images, printer bytes): written to a temporary file
// beside the target and renamed into place only when complete and synced, so a reader never sees
// half a file and a failure leaves no file behind (no 0-byte o.png, no l.csv.part). A target that
// exists and is not a regular file (/dev/full, a FIFO, a symlink, a folder) is refused rather than
// replaced, and so is a target in a folder that does not exist.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace app {

// `mode` is the finished file's permission bits (0600 for a secret such as an exported hall key;
// the temporary file is private to its owner while it is written).
base::Status write_file_atomically(const std::filesystem::path& out, std::string_view bytes, unsigned mode = 0644);

// The same for a file written in pieces (a problem report of a million lines): the temporary
// file beside the target becomes the target at commit(); destroyed before that, it is removed.
class AtomicFile {
 public:
  static base::Result<AtomicFile> create(const std::filesystem::path& target, unsigned mode = 0644);
  AtomicFile(AtomicFile&& o) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();
  base::Status write(std::string_view bytes);
  base::Status commit();

 private:
  AtomicFile(std::filesystem::path target, std::string tmp, int fd, unsigned mode)
      : target_(std::move(target)), tmp_(std::move(tmp)), fd_(fd), mode_(mode) {}
  std::filesystem::path target_;
  std::string tmp_;
  int fd_ = -1;
  unsigned mode_ = 0644;
};

// For writers that take a file name (libpng's, in ui/png_writer): `write` fills the temporary file
// it is given, which becomes `out` only when it succeeded; otherwise it is removed.
base::Status write_through_temporary(const std::filesystem::path& out,
                                     const std::function<base::Status(const std::string& temporary)>& write,
                                     unsigned mode = 0644);

// Writes a command's result to standard output; a write error (a closed pipe, /dev/full) is an
// error value, so the command can exit 2 instead of reporting success.
base::Status write_stdout(std::string_view text);
// Flushes stdout and reports whether everything printed so far reached it.
base::Status flush_stdout();

}  // namespace app
