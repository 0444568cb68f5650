#pragma once
// The ID-card reader as the app uses it: a driver thread over a real (USB or serial) or simulated
// reader, whose events arrive already as core::Events for the app's queue.
//
//   auto reader = devices::idcard::IdCardReaderService::simulated({}, post);      // --demo
//   auto reader = devices::idcard::IdCardReaderService::usb(usb_context, registry, {}, post);
//   reader->start();
//   reader->demo_card(0);    // intent::DemoCard{slot}: F1..F4 place sample cards 0..3, F9 card 4, -1 removes
//
// `post` runs on the driver thread: it must only enqueue (and wake the UI loop), never block.
#include <functional>
#include <memory>

#include "core/device_link.h"
#include "core/event.h"
#include "devices/idcard/driver.h"
#include "devices/idcard/simulator.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_registry.h"

namespace devices::idcard {

// ReaderConnected/Disconnected → ev::DeviceLinkChanged{IdCardReader, …, origin};
// CardPresented/CardRemoved/ReadFailed → ev::CardPresented/CardRemoved/CardReadFailed.
core::Event to_core_event(const IdCardReaderEvent& e, core::DeviceOrigin origin);

class IdCardReaderService {
 public:
  using Post = std::function<void(core::Event)>;

  static std::unique_ptr<IdCardReaderService> simulated(IdCardReaderOptions options, Post post);
  static std::unique_ptr<IdCardReaderService> usb(std::shared_ptr<usb::UsbContext> context, usb::UsbRegistry registry,
                                                  IdCardReaderOptions options, Post post);
  static std::unique_ptr<IdCardReaderService> serial(std::string tty_path, IdCardReaderOptions options, Post post);

  void start() { reader_->start(); }
  void stop() { reader_->stop(); }

  // Demo only: places sample card `slot` (0..4) on the simulated reader, or lifts it (-1).
  // Returns false (and does nothing) on real hardware or for a slot out of range.
  bool demo_card(int slot);

  core::DeviceOrigin origin() const { return simulator_ ? core::DeviceOrigin::Simulated : core::DeviceOrigin::Hardware; }
  SimulatedReader* simulator() { return simulator_.get(); }  // nullptr on hardware

 private:
  IdCardReaderService(std::shared_ptr<TransportSource> source, std::shared_ptr<SimulatedReader> simulator,
                      IdCardReaderOptions options, Post post);

  std::shared_ptr<SimulatedReader> simulator_;
  std::unique_ptr<IdCardReader> reader_;
};

}  // namespace devices::idcard
