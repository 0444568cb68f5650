#include "app/text_lines.h"

#include "base/printable.h"
#include "base/utf8.h"

namespace app {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
}  // namespace

base::Status TextLineReader::fill() {
  if (pos_ > 0) {
    text_.erase(0, pos_);
    pos_ = 0;
  }
  std::string raw(kChunk, '\0');
  auto got = in_.read(raw.data(), raw.size());
  if (!got) return got.error();
  raw.resize(*got);
  bytes_ += *got;
  if (*got == 0) eof_ = true;
  std::string_view chunk = raw;
  if (!started_) {
    started_ = true;
    const auto sniffed = sniff_encoding(chunk);
    encoding_ = sniffed.encoding;
    chunk.remove_prefix(sniffed.bom_bytes);
    if (encoding_ != TextEncoding::Utf8 && encoding_ != TextEncoding::Utf8Bom)
      decoder_ = std::make_unique<StreamDecoder>(iconv_name(encoding_));
  }
  if (decoder_) {
    if (auto s = decoder_->feed(chunk, eof_, text_); !s) {
      return base::Error{in_.name() + ": line " + std::to_string(line_no_ + 1) + " or after it: " +
                         s.error().message + " (the file was read as " + iconv_name(encoding_) + ")"};
    }
  } else {
    text_.append(chunk);
  }
  return base::ok();
}

base::Result<bool> TextLineReader::next(std::string& line) {
  std::size_t scanned = pos_;
  for (;;) {
    const std::size_t nl = text_.find('\n', scanned);
    std::size_t end = nl;
    if (nl == std::string::npos) {
      if (text_.size() - pos_ > max_line_) break;
      if (eof_) {
        if (text_.size() == pos_) return false;
        end = text_.size();
      } else {
        scanned = text_.size() - pos_;
        if (auto s = fill(); !s) return s.error();
        scanned += pos_;  // fill() moved the unread text to the front (pos_ is 0 now)
        continue;
      }
    }
    if (end - pos_ > max_line_) break;
    line.assign(text_, pos_, end - pos_);
    pos_ = end == text_.size() ? end : end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++line_no_;
    if (!decoder_ && !base::is_valid_utf8(line)) {
      // The first byte that does not start a well-formed character.
      std::size_t good = 0;
      while (good < line.size()) {
        const std::size_t next = base::next_char_boundary(line, good);
        if (!base::is_valid_utf8(std::string_view(line).substr(good, next - good))) break;
        good = next;
      }
      const auto at = base::position_of(line, good);
      return base::Error{in_.name() + ": line " + std::to_string(line_no_) + ", character " +
                         std::to_string(at.column) + ": bytes that are not UTF-8 (the file began as UTF-8)"};
    }
    return true;
  }
  return base::Error{in_.name() + ": line " + std::to_string(line_no_ + 1) + " is longer than " +
                     std::to_string(max_line_ / 1024) + " KB, more than a row can be; refused"};
}

}  // namespace app
