#pragma once
// The lines of a text file in any encoding county offices send (UTF-8 with or without a BOM,
// GB18030, UTF-16LE/BE with a BOM), as UTF-8, a chunk at a time: memory follows the longest line,
// never the file. A line longer than the limit, or bytes that are not text, end it with an error
// naming the line (and the byte offset, for a technician).
#include <cstddef>
#include <memory>
#include <string>

#include "app/input_file.h"
#include "app/text_encoding.h"
#include "base/result.h"

namespace app {

class TextLineReader {
 public:
  TextLineReader(InputFile& in, std::size_t max_line_bytes) : in_(in), max_line_(max_line_bytes) {}
  // The next line (without '\n' or "\r\n") into `line`; false at the end.
  base::Result<bool> next(std::string& line);
  TextEncoding encoding() const { return encoding_; }
  long line_number() const { return line_no_; }
  unsigned long long bytes_read() const { return bytes_; }

 private:
  base::Status fill();  // reads and decodes one chunk into text_
  InputFile& in_;
  std::size_t max_line_;
  bool started_ = false, eof_ = false;
  TextEncoding encoding_ = TextEncoding::Utf8;
  std::unique_ptr<StreamDecoder> decoder_;
  std::string text_;  // decoded, not yet returned
  std::size_t pos_ = 0;
  long line_no_ = 0;
  unsigned long long bytes_ = 0;
};

}  // namespace app
