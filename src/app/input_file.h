#pragma once
// Inputs named on the command line: a regular file, a pipe or a device, or "-" for standard input.
// A folder is refused with one line; every read has a limit, so /dev/zero or a 50 MB line cannot
// grow memory. Every command that reads a file goes through here.
#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"

namespace app {

inline constexpr std::size_t kMiB = std::size_t{1} << 20;

class InputFile {
 public:
  // "-" is standard input. A folder, a missing file or one that cannot be read is an error naming it.
  static base::Result<InputFile> open(const std::string& path);
  InputFile(InputFile&& o) noexcept;
  InputFile& operator=(InputFile&&) = delete;
  InputFile(const InputFile&) = delete;
  ~InputFile();

  // Up to n bytes into buf; 0 at the end of the input.
  base::Result<std::size_t> read(char* buf, std::size_t n);
  // The name to show in messages (already safe to print).
  const std::string& name() const { return name_; }
  // Size of a regular file, or -1 for a pipe, device or standard input.
  long long size() const { return size_; }

 private:
  InputFile(int fd, bool owned, std::string name, long long size)
      : fd_(fd), owned_(owned), name_(std::move(name)), size_(size) {}
  int fd_ = -1;
  bool owned_ = false;
  std::string name_;
  long long size_ = -1;
};

// The whole input, refused when longer than max_bytes ("what" names the kind in the message, e.g.
// "an ESC/POS stream").
base::Result<std::string> read_input_file(const std::string& path, std::size_t max_bytes, std::string_view what);

// Lines of an input, each at most max_line bytes ('\n' ends a line; a '\r' before it is removed).
class LineReader {
 public:
  LineReader(InputFile& in, std::size_t max_line) : in_(in), max_line_(max_line) {}
  // The next line into `line`; false at the end. A line longer than the limit is an error.
  base::Result<bool> next(std::string& line);
  long line_number() const { return line_no_; }  // of the line last returned, 1-based
  unsigned long long bytes_read() const { return bytes_; }

 private:
  bool fill();
  InputFile& in_;
  std::size_t max_line_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;
  long line_no_ = 0;
  unsigned long long bytes_ = 0;
};

}  // namespace app
