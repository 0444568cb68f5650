#include "app/device_hub.h"

#include <type_traits>

#include "app/log.h"
#include "devices/idcard/card_reader.h"
#include "devices/idcard/reader_simulator.h"
#include "devices/idcard/sample_cards.h"
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
  if (simulated) {
    // Scanner and printer simulators arrive with their drivers; until then they show as present.
    q_.post(link(core::DeviceKind::Scanner, true, true));
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
  if (reader_) reader_->stop();
  reader_.reset();
  sim_reader_.reset();
  usb_.reset();
}

}  // namespace app
