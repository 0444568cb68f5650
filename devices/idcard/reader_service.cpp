#include "devices/idcard/reader_service.h"

#include "devices/idcard/sample_cards.h"
#include "devices/serial_transport.h"
#include "devices/usb/usb_device_source.h"

namespace devices::idcard {

core::Event to_core_event(const IdCardReaderEvent& e, core::DeviceOrigin origin) {
  struct Visitor {
    core::DeviceOrigin origin;
    core::Event operator()(const ReaderConnected&) const {
      return core::ev::DeviceLinkChanged{base::DeviceKind::IdCardReader, {core::DeviceLink::Connected, origin}};
    }
    core::Event operator()(const ReaderDisconnected&) const {
      return core::ev::DeviceLinkChanged{base::DeviceKind::IdCardReader, {core::DeviceLink::Disconnected, origin}};
    }
    core::Event operator()(const CardPresented& c) const { return core::ev::CardPresented{c.card}; }
    core::Event operator()(const CardRemoved&) const { return core::ev::CardRemoved{}; }
    core::Event operator()(const CardReading&) const { return core::ev::CardReading{}; }
    core::Event operator()(const ReadFailed& f) const { return core::ev::CardReadFailed{f.reason}; }
  };
  return std::visit(Visitor{origin}, e);
}

IdCardReaderService::IdCardReaderService(std::shared_ptr<TransportSource> source,
                                         std::shared_ptr<SimulatedReader> simulator, IdCardReaderOptions options,
                                         Post post)
    : simulator_(std::move(simulator)) {
  const auto origin = simulator_ ? core::DeviceOrigin::Simulated : core::DeviceOrigin::Hardware;
  reader_ = std::make_unique<IdCardReader>(std::move(source), std::move(options),
                                           [post = std::move(post), origin](const IdCardReaderEvent& e) {
                                             if (post) post(to_core_event(e, origin));
                                           });
}

std::unique_ptr<IdCardReaderService> IdCardReaderService::simulated(IdCardReaderOptions options, Post post) {
  auto sim = std::make_shared<SimulatedReader>();
  return std::unique_ptr<IdCardReaderService>(new IdCardReaderService(sim, sim, std::move(options), std::move(post)));
}

std::unique_ptr<IdCardReaderService> IdCardReaderService::usb(std::shared_ptr<usb::UsbContext> context,
                                                              usb::UsbRegistry registry, IdCardReaderOptions options,
                                                              Post post) {
  auto source = std::make_shared<usb::UsbDeviceSource>(std::move(context), std::move(registry),
                                                       base::DeviceKind::IdCardReader);
  return std::unique_ptr<IdCardReaderService>(
      new IdCardReaderService(std::move(source), nullptr, std::move(options), std::move(post)));
}

std::unique_ptr<IdCardReaderService> IdCardReaderService::serial(std::string tty_path, IdCardReaderOptions options,
                                                                 Post post) {
  auto source = std::make_shared<SerialDeviceSource>(std::move(tty_path));
  return std::unique_ptr<IdCardReaderService>(
      new IdCardReaderService(std::move(source), nullptr, std::move(options), std::move(post)));
}

bool IdCardReaderService::demo_card(int slot) {
  if (!simulator_) return false;
  if (slot < 0) {
    simulator_->remove();
    return true;
  }
  const auto cards = sample_cards();
  if (static_cast<std::size_t>(slot) >= cards.size()) return false;
  simulator_->place(cards[static_cast<std::size_t>(slot)]);
  return true;
}

}  // namespace devices::idcard
