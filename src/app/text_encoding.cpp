#include "app/text_encoding.h"

#include <iconv.h>

#include <cerrno>

namespace app {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Owns one iconv descriptor.
class Converter {
 public:
  Converter(const char* from, const char* to) : cd_(iconv_open(to, from)) {}
  ~Converter() {
    if (ok()) iconv_close(cd_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // Converts from `in` onto the end of `out` until the input ends or a byte cannot be converted;
  // returns the number of input bytes consumed.
  std::size_t run(std::string_view in, std::string& out) {
    char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write there
    std::size_t left = in.size();
    char buf[4096];
    while (left > 0) {
      char* dst = buf;
      std::size_t room = sizeof buf;
      const std::size_t rc = iconv(cd_, &src, &left, &dst, &room);
      out.append(buf, static_cast<std::size_t>(dst - buf));
      if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) break;  // EILSEQ, or EINVAL at the end
    }
    char* dst = buf;
    std::size_t room = sizeof buf;
    iconv(cd_, nullptr, nullptr, &dst, &room);  // back to the initial shift state
    out.append(buf, static_cast<std::size_t>(dst - buf));
    return in.size() - left;
  }

 private:
  iconv_t cd_;
};

std::string cannot_open(const char* from, const char* to) {
  return std::string("iconv cannot convert ") + from + " to " + to;
}

}  // namespace

base::Result<std::string> convert_text(std::string_view bytes, const char* from, const char* to) {
  Converter c(from, to);
  if (!c.ok()) return base::Error{cannot_open(from, to)};
  std::string out;
  const std::size_t used = c.run(bytes, out);
  if (used < bytes.size()) return base::Error{"bad bytes at byte offset " + std::to_string(used)};
  return out;
}

std::string convert_text_to_utf8_lossy(std::string_view bytes, const char* from) {
  Converter c(from, "UTF-8");
  std::string out;
  if (!c.ok()) return out;
  while (!bytes.empty()) {
    bytes.remove_prefix(c.run(bytes, out));
    if (bytes.empty()) break;
    out += kReplacement;
    bytes.remove_prefix(1);
  }
  return out;
}

SniffedEncoding sniff_encoding(std::string_view head) {
  if (head.substr(0, kUtf8Bom.size()) == kUtf8Bom) return {TextEncoding::Utf8Bom, kUtf8Bom.size()};
  if (head.substr(0, 2) == "\xFF\xFE") return {TextEncoding::Utf16Le, 2};
  if (head.substr(0, 2) == "\xFE\xFF") return {TextEncoding::Utf16Be, 2};
  // A chunk may end inside a character: up to three bytes at the end may wait for the rest.
  for (std::size_t cut = 0; cut <= 3 && cut <= head.size(); ++cut) {
    if (is_valid_utf8(head.substr(0, head.size() - cut))) return {TextEncoding::Utf8, 0};
  }
  return {TextEncoding::Gb18030, 0};
}

const char* iconv_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::Gb18030: return "GB18030";
    case TextEncoding::Utf16Le: return "UTF-16LE";
    case TextEncoding::Utf16Be: return "UTF-16BE";
    default: return "UTF-8";
  }
}

StreamDecoder::StreamDecoder(const char* from) : cd_(iconv_open("UTF-8", from)) {}
StreamDecoder::~StreamDecoder() {
  if (cd_ != reinterpret_cast<void*>(-1)) iconv_close(static_cast<iconv_t>(cd_));
}

base::Status StreamDecoder::feed(std::string_view bytes, bool last, std::string& out) {
  if (cd_ == reinterpret_cast<void*>(-1)) return base::Error{"iconv cannot convert to UTF-8"};
  carry_.append(bytes);
  char* src = carry_.data();
  std::size_t left = carry_.size();
  char buf[4096];
  while (left > 0) {
    char* dst = buf;
    std::size_t room = sizeof buf;
    const std::size_t rc = iconv(static_cast<iconv_t>(cd_), &src, &left, &dst, &room);
    out.append(buf, static_cast<std::size_t>(dst - buf));
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    if (errno == EINVAL && !last) break;  // a character cut at the chunk's end: wait for the rest
    return base::Error{"bytes that are not text at byte offset " +
                       std::to_string(offset_ + static_cast<unsigned long long>(src - carry_.data()))};
  }
  const std::size_t used = carry_.size() - left;
  offset_ += used;
  carry_.erase(0, used);
  return base::ok();
}

base::Result<DecodedText> decode_text(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    const bool le = bytes[0] == '\xFF';
    auto converted = convert_text(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", "UTF-8");
    if (!converted) return base::Error{"the file starts with a UTF-16 byte-order mark but is not UTF-16: " + converted.error().message};
    return DecodedText{le ? TextEncoding::Utf16Le : TextEncoding::Utf16Be, std::move(converted.value())};
  }
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    auto rest = bytes.substr(kUtf8Bom.size());
    if (!is_valid_utf8(rest)) return base::Error{"the file starts with a UTF-8 byte-order mark but is not valid UTF-8"};
    return DecodedText{TextEncoding::Utf8Bom, std::string(rest)};
  }
  if (is_valid_utf8(bytes)) return DecodedText{TextEncoding::Utf8, std::string(bytes)};
  auto converted = convert_text(bytes, "GB18030", "UTF-8");
  if (!converted) return base::Error{"the text is neither UTF-8 nor GB18030: " + converted.error().message};
  return DecodedText{TextEncoding::Gb18030, std::move(converted.value())};
}

base::Result<std::string> to_gb18030(std::string_view utf8) {
  auto converted = convert_text(utf8, "UTF-8", "GB18030");
  if (!converted) return base::Error{"text cannot be converted to GB18030: " + converted.error().message};
  return converted;
}

}  // namespace app
