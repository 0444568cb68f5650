#include "devices/scanner/protocol_hid_pos.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "devices/scanner/protocol_aim.h"
#include "devices/scanner/protocol_code_assembler.h"

namespace devices::scanner {
namespace {
constexpr std::size_t kLengthOffset = 1;
}

base::Result<HidPosReport> parse_hid_pos_report(std::span<const std::uint8_t> bytes) {
  if (bytes.size() != kHidPosReportSize) {
    return base::Error{"a HID POS report has 64 bytes, got " + std::to_string(bytes.size())};
  }
  if (bytes[0] != kHidPosReportId) {
    char got[4];
    std::snprintf(got, sizeof got, "%02X", bytes[0]);
    return base::Error{std::string("byte 0: HID POS scanned-data report id is 02, got ") + got};
  }
  const std::size_t length = bytes[kLengthOffset];
  if (length > kHidPosMaxData) {
    return base::Error{"byte 1: data length " + std::to_string(length) + " exceeds the 56 bytes a report holds"};
  }
  HidPosReport r;
  auto aim = bytes.subspan(kHidPosAimOffset, kAimIdLength);
  if (std::any_of(aim.begin(), aim.end(), [](std::uint8_t b) { return b != 0; })) {
    r.aim.assign(aim.begin(), aim.end());
  }
  auto data = bytes.subspan(kHidPosDataOffset, length);
  r.data.assign(data.begin(), data.end());
  r.more = (bytes[kHidPosFlagsOffset] & kHidPosMoreFollows) != 0;
  return r;
}

std::array<std::uint8_t, kHidPosReportSize> make_hid_pos_report(std::string_view aim, std::string_view data,
                                                               bool more) {
  std::array<std::uint8_t, kHidPosReportSize> r{};
  r[0] = kHidPosReportId;
  const std::size_t n = std::min(data.size(), kHidPosMaxData);
  r[kLengthOffset] = static_cast<std::uint8_t>(n);
  std::copy_n(aim.begin(), std::min(aim.size(), kAimIdLength), r.begin() + kHidPosAimOffset);
  std::copy_n(data.begin(), n, r.begin() + kHidPosDataOffset);
  r[kHidPosFlagsOffset] = more ? kHidPosMoreFollows : 0;
  return r;
}

void HidPosDecoder::feed(const HidPosReport& report, Timestamp at, ScanEvents& out) {
  if (pending_ && at - last_ > options_.max_key_gap) {
    out.emplace_back(CutOffCode{std::move(data_)});
    data_.clear();
    pending_ = false;
  }
  if (!pending_) aim_ = report.aim;
  data_ += report.data;
  last_ = at;
  pending_ = report.more;
  if (pending_) return;

  std::string text = std::move(data_);
  data_.clear();
  while (!text.empty() && (text.back() == '\r' || text.back() == '\n')) text.pop_back();
  if (text.empty()) return;
  if (!aim_.empty()) {
    out.emplace_back(ScannedCode{std::move(text), aim_});
  } else {
    out.emplace_back(make_code(std::move(text), options_));  // some scanners put the AIM id in the data
  }
}

void HidPosDecoder::expire(Timestamp now, ScanEvents& out) {
  if (pending_ && now - last_ > options_.max_key_gap) {
    out.emplace_back(CutOffCode{std::move(data_)});
    data_.clear();
    pending_ = false;
  }
}

}  // namespace devices::scanner
