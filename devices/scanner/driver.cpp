#include "devices/scanner/driver.h"

#include <variant>

namespace devices::scanner {

std::size_t report_size(ScannerInterface interface) {
  switch (interface) {
    case ScannerInterface::BootKeyboard: return kBootReportSize;
    case ScannerInterface::HidPos: return kHidPosReportSize;
    case ScannerInterface::Serial: return 0;
  }
  return 0;
}

std::string_view scanner_state_name(ScannerState s) {
  switch (s) {
    case ScannerState::Searching: return "searching";
    case ScannerState::Connected: return "connected";
    case ScannerState::Scanning: return "scanning";
  }
  return "unknown";
}

namespace {
constexpr std::size_t kSerialReadBytes = 64;  // one full-speed bulk packet
}

ScannerDriver::ScannerDriver(std::shared_ptr<devices::TransportSource> source, ScannerDriverOptions options,
                             Callback on_event)
    : source_(std::move(source)), options_(std::move(options)), on_event_(std::move(on_event)) {}

ScannerDriver::~ScannerDriver() { stop(); }

void ScannerDriver::start() {
  if (thread_.joinable()) return;
  thread_ = std::jthread([this](std::stop_token st) { run(st); });
}

void ScannerDriver::stop() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  source_->cancel();
  thread_.join();
}

Timestamp ScannerDriver::now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<Timestamp>(std::chrono::steady_clock::now().time_since_epoch());
}

void ScannerDriver::log(const std::string& line) const {
  if (options_.log) options_.log(line);
}

void ScannerDriver::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    std::shared_ptr<devices::Transport> transport = source_->open(options_.reconnect_wait);
    if (!transport) continue;
    state_ = ScannerState::Connected;
    on_event_(ScannerConnected{transport->describe()});
    serve(stop, *transport);  // returns in Searching
    transport->close();
  }
}

void ScannerDriver::handle(const ScanEvents& events) {
  for (const auto& e : events) {
    if (const auto* code = std::get_if<ScannedCode>(&e)) {
      on_event_(CodeScanned{code->text, code->symbology});
    } else if (const auto* cut = std::get_if<CutOffCode>(&e)) {
      // Never half-used; the person simply scans again.
      log("scanner: code cut off after " + std::to_string(cut->partial.size()) + " characters, dropped");
    }
  }
}

void ScannerDriver::serve(std::stop_token& stop, devices::Transport& transport) {
  ReportDecoder reports(options_.scan);
  SerialDecoder serial(options_.scan);
  const std::size_t size = report_size(options_.interface);
  devices::Bytes pending;  // a report split across reads (in-memory links may split; USB does not)
  ScanEvents events;
  // Settled before the events go out, so a receiver asking state() sees where the driver now is.
  auto settle = [&] {
    state_ = reports.pending() || serial.pending() ? ScannerState::Scanning : ScannerState::Connected;
    handle(events);
  };
  while (!stop.stop_requested()) {
    events.clear();
    auto got = transport.read(size == 0 ? kSerialReadBytes : size - pending.size(), options_.read_timeout);
    const Timestamp at = now();
    if (!got) {
      const auto& err = got.error();
      if (err.kind == devices::IoErrorKind::Timeout) {
        if (state_ != ScannerState::Scanning) continue;  // nothing to cut off
        reports.expire(at, events);
        serial.expire(at, events);
        settle();
        continue;
      }
      if (err.kind == devices::IoErrorKind::Disconnected) {
        state_ = ScannerState::Searching;
        on_event_(ScannerDisconnected{err.describe()});
        return;
      }
      log("scanner: " + err.describe());
      continue;
    }
    if (size == 0) {
      serial.feed(*got, at, events);
    } else {
      pending.insert(pending.end(), got->begin(), got->end());
      if (pending.size() < size) continue;
      if (auto fed = reports.feed(pending, at, events); !fed) log("scanner: report ignored: " + fed.error().message);
      pending.clear();
    }
    settle();
  }
  state_ = ScannerState::Searching;
  on_event_(ScannerDisconnected{"driver stopped"});
}

}  // namespace devices::scanner
