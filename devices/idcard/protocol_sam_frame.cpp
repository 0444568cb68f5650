#include "devices/idcard/protocol_sam_frame.h"

#include "base/printable.h"
#include "base/utf8.h"

#include <algorithm>
#include <cstdio>

namespace devices::idcard {

namespace {

struct CommandCode {
  std::uint8_t cmd, para;
};

CommandCode code_of(SamCommand c) {
  switch (c) {
    case SamCommand::ResetSam: return {0x10, 0xFF};
    case SamCommand::SamStatus: return {0x11, 0xFF};
    case SamCommand::ReadSamId: return {0x12, 0xFF};
    case SamCommand::FindCard: return {0x20, 0x01};
    case SamCommand::SelectCard: return {0x20, 0x02};
    case SamCommand::ReadTextPhoto: return {0x30, 0x01};
    case SamCommand::ReadTextPhotoFinger: return {0x30, 0x10};
    case SamCommand::ReadAppendedAddress: return {0x30, 0x03};
  }
  return {0x11, 0xFF};
}

std::string hex2(std::uint8_t b) {
  char s[3];
  std::snprintf(s, sizeof s, "%02X", b);
  return s;
}

std::vector<std::uint8_t> with_header_and_checksum(std::span<const std::uint8_t> body) {
  // body = everything between LEN and CHK
  const std::size_t len = body.size() + 1;
  std::vector<std::uint8_t> f(kSamPreamble.begin(), kSamPreamble.end());
  f.push_back(static_cast<std::uint8_t>(len >> 8));
  f.push_back(static_cast<std::uint8_t>(len & 0xFF));
  f.insert(f.end(), body.begin(), body.end());
  f.push_back(sam_checksum(std::span(f).subspan(kSamPreamble.size())));
  return f;
}

}  // namespace

std::string_view sam_command_name(SamCommand c) {
  switch (c) {
    case SamCommand::ResetSam: return "reset SAM";
    case SamCommand::SamStatus: return "SAM status";
    case SamCommand::ReadSamId: return "read SAM id";
    case SamCommand::FindCard: return "find card";
    case SamCommand::SelectCard: return "select card";
    case SamCommand::ReadTextPhoto: return "read text and photo";
    case SamCommand::ReadTextPhotoFinger: return "read text, photo and fingerprint";
    case SamCommand::ReadAppendedAddress: return "read appended address";
  }
  return "unknown command";
}

std::uint8_t sam_checksum(std::span<const std::uint8_t> bytes) {
  std::uint8_t x = 0;
  for (auto b : bytes) x ^= b;
  return x;
}

std::vector<std::uint8_t> build_command(SamCommand c) {
  const auto code = code_of(c);
  const std::uint8_t body[] = {code.cmd, code.para};
  return with_header_and_checksum(body);
}

std::vector<std::uint8_t> build_response(std::uint8_t status, std::span<const std::uint8_t> data,
                                         std::uint8_t sw1, std::uint8_t sw2) {
  std::vector<std::uint8_t> body = {sw1, sw2, status};
  body.insert(body.end(), data.begin(), data.end());
  return with_header_and_checksum(body);
}

std::string_view sam_status_meaning(std::uint8_t s) {
  switch (s) {
    case sw3::kOk: return "ok";
    case sw3::kCardFound: return "card found";
    case sw3::kChecksumError: return "checksum error";
    case sw3::kLengthError: return "length error";
    case sw3::kBadCommand: return "bad command";
    case sw3::kUnauthorized: return "unauthorized";
    case sw3::kUnknownError: return "unknown error";
    case sw3::kCardAuthSamFailed: return "card failed to authenticate SAM";
    case sw3::kSamAuthCardFailed: return "SAM failed to authenticate card";
    case sw3::kVerifyError: return "verify error";
    case sw3::kWrongCardType: return "wrong card type";
    case sw3::kReadFailed: return "read failed";
    case sw3::kRandomFailed: return "random failed";
    case sw3::kSamSelfTestFailed: return "SAM self-test failed";
    case sw3::kSamNotAuthorized: return "SAM not authorized";
    case sw3::kNoCard: return "find failed (no card)";
    case sw3::kSelectFailed: return "select failed";
    case sw3::kNoContent: return "no content";
    default: return "unknown status";
  }
}

std::string describe_sam_status(std::uint8_t s) {
  return "status " + hex2(s) + ": " + std::string(sam_status_meaning(s));
}

base::Status verify_frame(std::span<const std::uint8_t> f, std::size_t min_bytes) {
  for (std::size_t i = 0; i < kSamPreamble.size() && i < f.size(); ++i)
    if (f[i] != kSamPreamble[i]) return base::Error{"bad preamble at offset " + std::to_string(i)};
  if (f.size() < min_bytes)
    return base::Error{"frame too short: " + std::to_string(f.size()) + " bytes, a " +
                       (min_bytes == kMinResponseBytes ? "response" : "command") + " needs at least " +
                       std::to_string(min_bytes)};
  const std::size_t len = (std::size_t{f[5]} << 8) | f[6];
  const std::size_t follow = f.size() - kHeaderBytes;
  if (len != follow)
    return base::Error{"length says " + std::to_string(len) + " but " + std::to_string(follow) + " bytes follow"};
  const std::uint8_t expected = sam_checksum(f.subspan(kSamPreamble.size(), f.size() - kSamPreamble.size() - 1));
  if (expected != f.back()) return base::Error{"checksum expected " + hex2(expected) + " got " + hex2(f.back())};
  return base::ok();
}

base::Result<SamResponse> parse_response(std::span<const std::uint8_t> f) {
  if (auto v = verify_frame(f, kMinResponseBytes); !v) return v.error();
  SamResponse r;
  r.sw1 = f[7];
  r.sw2 = f[8];
  r.sw3 = f[9];
  r.data.assign(f.begin() + 10, f.end() - 1);
  return r;
}

base::Result<SamCommand> parse_command(std::span<const std::uint8_t> f) {
  if (auto v = verify_frame(f, kMinCommandBytes); !v) return v.error();
  for (auto c : {SamCommand::ResetSam, SamCommand::SamStatus, SamCommand::ReadSamId, SamCommand::FindCard,
                 SamCommand::SelectCard, SamCommand::ReadTextPhoto, SamCommand::ReadTextPhotoFinger,
                 SamCommand::ReadAppendedAddress}) {
    const auto code = code_of(c);
    if (f[7] == code.cmd && f[8] == code.para) return c;
  }
  return base::Error{"unknown command " + hex2(f[7]) + " " + hex2(f[8])};
}

// --- stream parser ---------------------------------------------------------------------------

void SamStreamParser::feed(std::span<const std::uint8_t> bytes) {
  if (start_ > 0 && start_ * 2 > buffer_.size()) {
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(start_));
    start_ = 0;
    inner_owner_ = kNoOwner;
  }
  buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
}

void SamStreamParser::reset() {
  buffer_.clear();
  start_ = 0;
  inner_owner_ = kNoOwner;
}

void SamStreamParser::drop(std::size_t n) {
  start_ += std::min(n, buffer_.size() - start_);
  if (start_ == buffer_.size()) reset();
}

std::optional<std::size_t> SamStreamParser::find_preamble(std::size_t from) const {
  auto it = std::search(buffer_.begin() + static_cast<std::ptrdiff_t>(from), buffer_.end(), kSamPreamble.begin(),
                        kSamPreamble.end());
  if (it == buffer_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - buffer_.begin());
}

std::optional<std::size_t> SamStreamParser::complete_frame_length(std::size_t at) const {
  if (buffer_.size() - at < kHeaderBytes) return std::nullopt;
  const std::size_t len = (std::size_t{buffer_[at + 5]} << 8) | buffer_[at + 6];
  if (len < kMinLength || len > kMaxFrameLength) return std::nullopt;
  if (buffer_.size() - at < kHeaderBytes + len) return std::nullopt;
  return kHeaderBytes + len;
}

std::optional<base::Result<std::vector<std::uint8_t>>> SamStreamParser::next_frame() {
  using R = base::Result<std::vector<std::uint8_t>>;
  const auto at = find_preamble(start_);
  if (!at) {
    // Keep a tail that could be the start of a preamble split across reads.
    const std::size_t keep = std::min(buffered(), kSamPreamble.size() - 1);
    const std::size_t n = buffered() - keep;
    skipped_ += n;
    drop(n);
    return std::nullopt;
  }
  skipped_ += *at - start_;
  drop(*at - start_);
  if (buffered() < kHeaderBytes) return std::nullopt;

  const std::size_t len = (std::size_t{buffer_[start_ + 5]} << 8) | buffer_[start_ + 6];
  if (len < kMinLength || len > kMaxFrameLength) {
    skipped_ += 1;
    drop(1);
    return R(base::Error{"implausible length " + std::to_string(len) + ", resynchronising"});
  }
  if (buffered() < kHeaderBytes + len) {
    // A complete valid frame starting inside this one means this one was cut short. Preambles
    // already seen are remembered, so feeding a long frame in small packets stays linear.
    if (inner_owner_ != start_) {
      inner_owner_ = start_;
      inner_scanned_ = start_ + 1;
      inner_candidates_.clear();
    }
    for (auto later = find_preamble(inner_scanned_); later; later = find_preamble(*later + 1))
      inner_candidates_.push_back(*later);
    inner_scanned_ = std::max(inner_scanned_, buffer_.size() - std::min(buffer_.size(), kSamPreamble.size() - 1));
    for (const std::size_t later : inner_candidates_) {
      const auto n = complete_frame_length(later);
      if (!n) continue;
      if (verify_frame(std::span(buffer_).subspan(later, *n), kHeaderBytes + kMinLength).ok()) {
        skipped_ += later - start_;
        drop(later - start_);
        return R(base::Error{"partial frame abandoned"});
      }
    }
    return std::nullopt;
  }
  const auto frame = std::span(buffer_).subspan(start_, kHeaderBytes + len);
  if (auto v = verify_frame(frame, kHeaderBytes + kMinLength); !v) {
    skipped_ += 1;
    drop(1);
    return R(v.error());
  }
  std::vector<std::uint8_t> out(frame.begin(), frame.end());
  drop(frame.size());
  return R(std::move(out));
}

std::optional<base::Result<SamResponse>> SamStreamParser::next() {
  auto f = next_frame();
  if (!f) return std::nullopt;
  if (!f->ok()) return base::Result<SamResponse>(f->error());
  return parse_response(f->value());
}

// --- hex -------------------------------------------------------------------------------------

base::Result<std::vector<std::uint8_t>> parse_hex(std::string_view text) {
  std::vector<std::uint8_t> out;
  int high = -1;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    else {
      // The character as a person sees it (a NUL or an ESC escaped), where a person counts.
      const auto at = base::position_of(text, i);
      return base::Error{"not a hex digit '" + base::printable(text.substr(i, base::next_char_boundary(text, i) - i)) + "' at line " +
                         std::to_string(at.line) + ", character " + std::to_string(at.column) + " (byte " +
                         std::to_string(i) + ")"};
    }
    ++digits;
    if (high < 0) {
      high = v;
    } else {
      out.push_back(static_cast<std::uint8_t>(high * 16 + v));
      high = -1;
    }
  }
  if (high >= 0) return base::Error{"odd number of hex digits (" + std::to_string(digits) + ")"};
  return out;
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
  std::string s;
  s.reserve(bytes.size() * 3);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i) s += ' ';
    s += hex2(bytes[i]);
  }
  return s;
}

}  // namespace devices::idcard
