#include "devices/printer/protocol_parser.h"

#include <algorithm>
#include <cstdio>

namespace devices::printer {

namespace {

constexpr std::size_t kUnknownKeepBytes = 16;
constexpr std::uint8_t kCr = 0x0D, kHt = 0x09, kFf = 0x0C;
constexpr std::size_t kMaxTabStops = 32;  // ESC D lists at most 32 stops, then NUL

std::string hex_name(const char* prefix, std::uint8_t b) {
  char s[32];
  std::snprintf(s, sizeof s, "%s 0x%02X", prefix, b);
  return s;
}

Align align_of(std::uint8_t n) {
  switch (n) {
    case 1: case '1': return Align::Center;
    case 2: case '2': return Align::Right;
    default: return Align::Left;
  }
}

}  // namespace

void EscPosParser::feed(std::span<const std::uint8_t> bytes) {
  std::size_t start = 0;
  if (skip_ > 0) {
    start = std::min(skip_, bytes.size());
    skip_ -= start;
  }
  buf_.insert(buf_.end(), bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.end());
  consumed_ += start;
  std::size_t pos = 0;
  while (pos < buf_.size()) {
    const std::size_t used = parse_one(pos);
    if (used == 0) break;
    pos += used;
    if (skip_ > 0) {  // an oversized command: drop what is here, the rest in later feeds
      const std::size_t drop = std::min(skip_, buf_.size() - pos);
      pos += drop;
      skip_ -= drop;
    }
  }
  buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(pos));
  consumed_ += pos;
}

void EscPosParser::finish() {
  flush_text();
  if (!buf_.empty()) {
    unknown(0, buf_.size(), "truncated command at end of stream");
    consumed_ += buf_.size();
    buf_.clear();
  }
  skip_ = 0;
}

std::vector<PrinterOp> EscPosParser::take_ops() {
  std::vector<PrinterOp> out;
  out.swap(ops_);
  return out;
}

void EscPosParser::flush_text() {
  if (text_.empty()) return;
  ops_.push_back(TextOp{std::move(text_), style_});
  text_.clear();
}

void EscPosParser::unknown(std::size_t pos, std::size_t len, std::string what) {
  flush_text();
  UnknownOp u;
  u.offset = consumed_ + pos;
  const std::size_t keep = std::min({len, kUnknownKeepBytes, buf_.size() - pos});
  u.bytes.assign(buf_.begin() + static_cast<std::ptrdiff_t>(pos), buf_.begin() + static_cast<std::ptrdiff_t>(pos + keep));
  u.what = std::move(what);
  ops_.push_back(std::move(u));
}

std::size_t EscPosParser::parse_one(std::size_t pos) {
  const std::uint8_t b = buf_[pos];
  if (b >= 0x20) {
    text_.push_back(b);
    return 1;
  }
  switch (b) {
    case kLf:
      flush_text();
      ops_.push_back(FeedOp{1, 0});
      return 1;
    case kFf:
      flush_text();
      ops_.push_back(FeedOp{1, 0});
      return 1;
    case kCr:
      return 1;  // a carriage return alone prints nothing on roll printers
    case kHt:
      text_.push_back(' ');
      return 1;
    case kEsc:
      return parse_esc(pos);
    case kGs:
      return parse_gs(pos);
    case kFs: {
      if (avail(pos) < 2) return 0;
      const std::uint8_t c = buf_[pos + 1];
      switch (c) {
        case '&': flush_text(); style_.chinese = true; return 2;
        case '.': flush_text(); style_.chinese = false; return 2;
        case '!':  // Chinese print mode: bit 2 double width, bit 3 double height
          if (avail(pos) < 3) return 0;
          flush_text();
          style_.double_width = (buf_[pos + 2] & 0x04) != 0;
          style_.double_height = (buf_[pos + 2] & 0x08) != 0;
          return 3;
        case '-': case 'C': case 'W':
          return avail(pos) < 3 ? 0 : 3;
        case 'S':
          return avail(pos) < 4 ? 0 : 4;
        default:
          unknown(pos, 2, hex_name("FS", c));
          return 2;
      }
    }
    case kDle: {
      if (avail(pos) < 2) return 0;
      const std::uint8_t c = buf_[pos + 1];
      if (c == kEot || c == 0x05) {
        if (avail(pos) < 3) return 0;
        if (c == kEot) {
          flush_text();
          ops_.push_back(StatusRequestOp{buf_[pos + 2]});
        }
        return 3;
      }
      if (c == 0x14) {  // DLE DC4 fn m t: pulse / power-off / clear buffer
        if (avail(pos) < 5) return 0;
        unknown(pos, 5, "DLE DC4 (real-time request)");
        return 5;
      }
      unknown(pos, 1, hex_name("control", b));
      return 1;
    }
    default:
      unknown(pos, 1, hex_name("control", b));
      return 1;
  }
}

std::size_t EscPosParser::parse_esc(std::size_t pos) {
  if (avail(pos) < 2) return 0;
  const std::uint8_t c = buf_[pos + 1];
  auto need = [&](std::size_t n) { return avail(pos) >= n; };
  switch (c) {
    case '@':
      flush_text();
      style_ = TextStyle{};
      qr_module_ = 3;
      qr_level_ = QrLevel::L;
      ops_.push_back(InitOp{});
      return 2;
    case '!': {
      if (!need(3)) return 0;
      flush_text();
      const std::uint8_t n = buf_[pos + 2];
      style_.bold = (n & 0x08) != 0;
      style_.double_height = (n & 0x10) != 0;
      style_.double_width = (n & 0x20) != 0;
      return 3;
    }
    case 'E': case 'G':
      if (!need(3)) return 0;
      flush_text();
      style_.bold = (buf_[pos + 2] & 1) != 0;
      return 3;
    case 'a':
      if (!need(3)) return 0;
      flush_text();
      style_.align = align_of(buf_[pos + 2]);
      return 3;
    case 'd':
      if (!need(3)) return 0;
      flush_text();
      ops_.push_back(FeedOp{buf_[pos + 2], 0});
      return 3;
    case 'J':
      if (!need(3)) return 0;
      flush_text();
      ops_.push_back(FeedOp{0, buf_[pos + 2]});
      return 3;
    case 'i': case 'm':
      flush_text();
      ops_.push_back(CutOp{c == 'm', 0});
      return 2;
    case '2': case '<':
      return 2;
    case '3': case 't': case 'R': case '-': case 'M': case 'V': case '{': case ' ': case 'U': case 'r':
      return need(3) ? 3 : 0;
    case '$': case '\\': case 'c':
      return need(4) ? 4 : 0;
    case 'p':
      return need(5) ? 5 : 0;
    case 'D': {
      for (std::size_t i = 2; i < 2 + kMaxTabStops + 1; ++i) {
        if (!need(i + 1)) return 0;
        if (buf_[pos + i] == 0) return i + 1;
      }
      unknown(pos, 2, "ESC D without NUL");
      return 2;
    }
    case '*': {  // bit image: m nL nH, then n columns of 1 or 3 bytes
      if (!need(5)) return 0;
      const std::size_t cols = buf_[pos + 3] | (buf_[pos + 4] << 8);
      const std::size_t len = 5 + cols * (buf_[pos + 2] >= 32 ? 3 : 1);
      if (!need(len)) return 0;
      unknown(pos, len, "ESC * bit image (not rendered)");
      return len;
    }
    default:
      unknown(pos, 2, hex_name("ESC", c));
      return 2;
  }
}

std::size_t EscPosParser::parse_gs(std::size_t pos) {
  if (avail(pos) < 2) return 0;
  const std::uint8_t c = buf_[pos + 1];
  auto need = [&](std::size_t n) { return avail(pos) >= n; };
  switch (c) {
    case '!': {
      if (!need(3)) return 0;
      flush_text();
      const std::uint8_t n = buf_[pos + 2];
      style_.double_width = (n >> 4) >= 1;
      style_.double_height = (n & 0x0F) >= 1;
      return 3;
    }
    case 'V': {
      if (!need(3)) return 0;
      const std::uint8_t m = buf_[pos + 2];
      if (m == 0 || m == 1 || m == '0' || m == '1') {
        flush_text();
        ops_.push_back(CutOp{m == 1 || m == '1', 0});
        return 3;
      }
      if (m == 'A' || m == 'B') {
        if (!need(4)) return 0;
        flush_text();
        ops_.push_back(CutOp{m == 'B', buf_[pos + 3]});
        return 4;
      }
      unknown(pos, 3, hex_name("GS V mode", m));
      return 3;
    }
    case 'v': {
      if (!need(8)) return 0;
      if (buf_[pos + 2] != '0') {
        unknown(pos, 3, hex_name("GS v", buf_[pos + 2]));
        return 3;
      }
      const std::size_t x = buf_[pos + 4] | (buf_[pos + 5] << 8);
      const std::size_t y = buf_[pos + 6] | (buf_[pos + 7] << 8);
      const std::size_t data = x * y;
      if (data > kMaxCommandBytes) {
        unknown(pos, 8, "GS v 0 image too large, skipped");
        skip_ = data;
        return 8;
      }
      if (!need(8 + data)) return 0;
      flush_text();
      RasterOp r;
      r.bytes_per_row = static_cast<int>(x);
      r.rows = static_cast<int>(y);
      r.scale_mode = buf_[pos + 3] & 0x03;
      r.align = style_.align;
      r.bits.assign(buf_.begin() + static_cast<std::ptrdiff_t>(pos + 8),
                    buf_.begin() + static_cast<std::ptrdiff_t>(pos + 8 + data));
      ops_.push_back(std::move(r));
      return 8 + data;
    }
    case '(':
      return parse_gs_paren(pos);
    case 'B': case 'H': case 'h': case 'w': case 'f': case 'a': case 'I': case 'r': case 'b':
      return need(3) ? 3 : 0;
    case 'L': case 'W': case 'P': case '$':
      return need(4) ? 4 : 0;
    case 'k': {  // barcodes: m < 7 → NUL-terminated; else n then n bytes
      if (!need(3)) return 0;
      const std::uint8_t m = buf_[pos + 2];
      if (m < 7) {
        for (std::size_t i = 3; i < 3 + 256; ++i) {
          if (!need(i + 1)) return 0;
          if (buf_[pos + i] == 0) {
            unknown(pos, i + 1, "GS k barcode (not rendered)");
            return i + 1;
          }
        }
        unknown(pos, 3, "GS k barcode without NUL");
        return 3;
      }
      if (!need(4)) return 0;
      const std::size_t len = 4 + buf_[pos + 3];
      if (!need(len)) return 0;
      unknown(pos, len, "GS k barcode (not rendered)");
      return len;
    }
    default:
      unknown(pos, 2, hex_name("GS", c));
      return 2;
  }
}

std::size_t EscPosParser::parse_gs_paren(std::size_t pos) {
  if (avail(pos) < 5) return 0;
  const std::uint8_t letter = buf_[pos + 2];
  const std::size_t len = buf_[pos + 3] | (buf_[pos + 4] << 8);
  const std::size_t total = 5 + len;
  if (len > kMaxCommandBytes) {  // cannot happen with 16 bits, kept for clarity of intent
    unknown(pos, 5, "GS ( too large");
    skip_ = len;
    return 5;
  }
  if (avail(pos) < total) return 0;
  if (letter != 'k' || len < 2 || buf_[pos + 5] != 0x31) {
    unknown(pos, total, hex_name("GS (", letter) + (letter == 'k' && len >= 1 ? hex_name(" cn", buf_[pos + 5]) : ""));
    return total;
  }
  const std::uint8_t fn = buf_[pos + 6];
  const std::uint8_t* p = buf_.data() + pos + 7;  // parameters after cn fn
  const std::size_t np = len - 2;
  switch (fn) {
    case 0x41:  // model: n1 n2 (only model 2 is printed; model 1 is obsolete)
      return total;
    case 0x43:
      if (np >= 1) qr_module_ = std::clamp<int>(p[0], kMinQrModuleDots, kMaxQrModuleDots);
      return total;
    case 0x45:
      if (np >= 1 && p[0] >= 0x30 && p[0] <= 0x33) qr_level_ = static_cast<QrLevel>(p[0]);
      return total;
    case 0x50:  // store: m=0x30, then the data
      if (np >= 1) qr_data_.assign(p + 1, p + np);
      return total;
    case 0x51: {
      flush_text();
      ops_.push_back(QrOp{qr_data_, qr_module_, qr_level_, style_.align});
      return total;
    }
    default:
      unknown(pos, total, hex_name("GS ( k QR fn", fn));
      return total;
  }
}

std::vector<PrinterOp> parse_escpos(std::span<const std::uint8_t> bytes) {
  EscPosParser p;
  p.feed(bytes);
  p.finish();
  return p.take_ops();
}

}  // namespace devices::printer
