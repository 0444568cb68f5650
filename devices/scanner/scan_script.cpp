#include "devices/scanner/scan_script.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include "devices/scanner/protocol_hid_pos.h"
#include "devices/scanner/protocol_keyboard.h"

namespace devices::scanner {
namespace {

constexpr std::size_t kSerialChunk = 64;

// Hands out report times: the interval plus a seeded random jitter.
class Clock {
 public:
  explicit Clock(const SimulatedScan& s) : interval_(s.report_interval), jitter_(s.jitter), rng_(s.seed) {}
  Timestamp next() {
    Timestamp t = t_;
    auto extra = jitter_.count() > 0
                     ? std::uniform_int_distribution<std::int64_t>(0, jitter_.count())(rng_)
                     : std::int64_t{0};
    t_ += interval_ + std::chrono::microseconds(extra);
    return t;
  }

 private:
  Timestamp t_{};
  std::chrono::microseconds interval_, jitter_;
  std::mt19937 rng_;
};

std::vector<std::uint8_t> boot_report(std::uint8_t modifiers, std::uint8_t key) {
  return {modifiers, 0, key, 0, 0, 0, 0, 0};
}

bool cut_here(const SimulatedScan& s, std::size_t i) { return s.fault == ScanFault::CutOff && i == s.fault_at; }

}  // namespace

base::Result<std::vector<TimedReport>> keyboard_scan_reports(const SimulatedScan& scan) {
  const std::string all = scan.aim_prefix + scan.text;
  std::vector<TimedReport> out;
  Clock clock(scan);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (cut_here(scan, i)) return out;
    auto k = keystroke_for(all[i]);
    if (!k) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned char>(all[i]));
      return base::Error{"a keyboard-wedge scanner cannot type character " + std::to_string(i + 1) + " (byte " +
                         hex + "): keep scanned payloads ASCII"};
    }
    out.push_back({clock.next(), boot_report(k->shift ? modifier::kLeftShift : 0, k->usage)});
    if (!(scan.fault == ScanFault::DroppedRelease && i == scan.fault_at)) {
      out.push_back({clock.next(), boot_report(0, 0)});
    }
  }
  if (cut_here(scan, all.size())) return out;
  out.push_back({clock.next(), boot_report(0, scan.terminator)});
  out.push_back({clock.next(), boot_report(0, 0)});
  return out;
}

std::vector<TimedReport> hid_pos_scan_reports(const SimulatedScan& scan) {
  const std::string data = scan.text + "\r\n";
  std::vector<TimedReport> out;
  Clock clock(scan);
  for (std::size_t at = 0; at < data.size(); at += kHidPosMaxData) {
    if (scan.fault == ScanFault::CutOff && at >= scan.fault_at && at > 0) return out;
    const std::string chunk = data.substr(at, kHidPosMaxData);
    const bool more = at + kHidPosMaxData < data.size();
    auto r = make_hid_pos_report(scan.aim_prefix, chunk, more);
    out.push_back({clock.next(), {r.begin(), r.end()}});
  }
  return out;
}

std::vector<TimedReport> serial_scan_reports(const SimulatedScan& scan) {
  std::string data = scan.aim_prefix + scan.text;
  if (scan.fault == ScanFault::CutOff) {
    data.resize(std::min(data.size(), scan.fault_at));
  } else {
    data += "\r\n";
  }
  std::vector<TimedReport> out;
  Clock clock(scan);
  for (std::size_t at = 0; at < data.size(); at += kSerialChunk) {
    const std::string chunk = data.substr(at, kSerialChunk);
    out.push_back({clock.next(), {chunk.begin(), chunk.end()}});
  }
  return out;
}

base::Result<std::vector<TimedReport>> scan_reports(ScannerInterface interface, const SimulatedScan& scan) {
  switch (interface) {
    case ScannerInterface::BootKeyboard: return keyboard_scan_reports(scan);
    case ScannerInterface::HidPos: return hid_pos_scan_reports(scan);
    case ScannerInterface::Serial: return serial_scan_reports(scan);
  }
  return base::Error{"unknown scanner interface"};
}

}  // namespace devices::scanner
