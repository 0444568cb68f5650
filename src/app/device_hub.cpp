#include "app/device_hub.h"

#include <type_traits>

#include "app/log.h"
#include "devices/idcard/card_reader.h"
#include "devices/idcard/reader_simulator.h"
#include "devices/idcard/sample_cards.h"
#include "devices/scanner/scanner_driver.h"
#include "devices/scanner/scanner_simulator.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_device_source.h"

namespace app {

namespace {
core::ev::DeviceLinkChanged link(core::DeviceKind k, bool up, bool simulated) {
  return {k, {up ? core::DeviceLink::Connected : core::DeviceLink::Disconnected,
              simulated ? core::DeviceOrigin::Simulated : core::DeviceOrigin::Hardware}};
}
}  // namespace

DeviceHub::DeviceHub(core::EventQueue& q) : q_(q) {}

DeviceHub::~DeviceHub() { stop(); }

void DeviceHub::start(bool simulated) {
  if (!simulated) {
    auto ctx = devices::usb::UsbContext::create();
    if (!ctx) {
      log::error("devices", "USB unavailable: " + ctx.error().message);
      return;  // every device stays "not connected" on the strip
    }
    usb_ = *ctx;
  }
  start_reader(simulated);
  start_scanner(simulated);
  if (simulated) {
    // The printer simulator arrives with its driver; until then it shows as present.
    q_.post(link(core::DeviceKind::Printer, true, true));
  }
}

void DeviceHub::start_reader(bool simulated) {
  std::shared_ptr<devices::TransportSource> source;
  if (simulated) {
    sim_reader_ = std::make_shared<devices::idcard::SimulatedReader>();
    source = sim_reader_;
  } else {
    source = std::make_shared<devices::usb::UsbDeviceSource>(usb_, devices::usb::UsbRegistry::defaults(),
                                                             core::DeviceKind::IdCardReader);
  }
  devices::idcard::IdCardReaderOptions opts;
  opts.log = [](const std::string& line) { log::debug("idcard", line); };
  reader_ = std::make_unique<devices::idcard::IdCardReader>(
      source, opts, [this, simulated](const devices::idcard::IdCardReaderEvent& e) {
        std::visit(
            [&](const auto& v) {
              using T = std::decay_t<decltype(v)>;
              using namespace devices::idcard;
              if constexpr (std::is_same_v<T, ReaderConnected>) {
                log::info("idcard", "reader connected: " + v.reader);
                q_.post(link(core::DeviceKind::IdCardReader, true, simulated));
              } else if constexpr (std::is_same_v<T, ReaderDisconnected>) {
                log::warn("idcard", "reader disconnected: " + v.reason);
                q_.post(link(core::DeviceKind::IdCardReader, false, simulated));
              } else if constexpr (std::is_same_v<T, CardPresented>) {
                q_.post(core::ev::CardPresented{v.card});
              } else if constexpr (std::is_same_v<T, CardRemoved>) {
                q_.post(core::ev::CardRemoved{});
              } else if constexpr (std::is_same_v<T, ReadFailed>) {
                log::warn("idcard", "read failed: " + v.reason);
                q_.post(core::ev::CardReadFailed{v.reason});
              }
            },
            e);
      });
  reader_->start();
}

void DeviceHub::start_scanner(bool simulated) {
  namespace sc = devices::scanner;
  std::shared_ptr<devices::TransportSource> source;
  if (simulated) {
    sim_scanner_ = std::make_shared<sc::SimulatedScanner>(sc::ScannerInterface::BootKeyboard);
    source = sim_scanner_;
  } else {
    auto registry = devices::usb::UsbRegistry::defaults();
    sc::add_known_scanners(registry);
    source = std::make_shared<devices::usb::UsbDeviceSource>(usb_, registry, core::DeviceKind::Scanner);
  }
  sc::ScannerDriverOptions opts;
  opts.log = [](const std::string& line) { log::debug("scanner", line); };
  scanner_ = std::make_unique<sc::ScannerDriver>(source, opts, [this, simulated](const sc::ScannerEvent& e) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, sc::ScannerConnected>) {
            log::info("scanner", "connected: " + v.scanner);
            q_.post(link(core::DeviceKind::Scanner, true, simulated));
          } else if constexpr (std::is_same_v<T, sc::ScannerDisconnected>) {
            log::warn("scanner", "disconnected: " + v.reason);
            q_.post(link(core::DeviceKind::Scanner, false, simulated));
          } else if constexpr (std::is_same_v<T, sc::CodeScanned>) {
            q_.post(core::ev::CodeScanned{v.text, v.symbology});
          }
        },
        e);
  });
  scanner_->start();
}

void DeviceHub::simulate_scan(std::string text) {
  if (!sim_scanner_) return;
  demo_scans_.emplace_back([sim = sim_scanner_, text = std::move(text)](std::stop_token) {
    if (auto s = sim->scan({.text = text, .aim_prefix = "]Q1"}); !s) log::warn("scanner", "demo scan: " + s.error().message);
  });
}

void DeviceHub::simulate_card(int slot) {
  if (!sim_reader_) return;
  const auto cards = devices::idcard::sample_cards();
  if (slot < 0 || static_cast<size_t>(slot) >= cards.size()) {
    sim_reader_->remove();
  } else {
    sim_reader_->place(cards[static_cast<size_t>(slot)]);
  }
  reader_->poll_now();
}

void DeviceHub::stop() {
  demo_scans_.clear();  // joins
  if (scanner_) scanner_->stop();
  scanner_.reset();
  sim_scanner_.reset();
  if (reader_) reader_->stop();
  reader_.reset();
  sim_reader_.reset();
  usb_.reset();
}

}  // namespace app
