#pragma once
// A Transport over a claimed USB interface with bulk (or interrupt) endpoints, in either frame
// style of vendor-bulk ID-card readers (see FrameStyle). Transfers are synchronous and cut into
// short slices so close() (e.g. on hot-plug removal) ends a blocked read promptly.
#include <atomic>
#include <memory>
#include <mutex>

#include "devices/transport.h"
#include "devices/usb/usb_registry.h"

struct libusb_device;
struct libusb_device_handle;

namespace devices::usb {

class UsbTransport final : public Transport {
 public:
  // Opens the device, detaches a kernel driver bound to the interface (re-attached on close), claims
  // it and picks the bulk endpoints: first IN/OUT for WholeFrame, first and second for SplitHeader.
  static base::Result<std::shared_ptr<UsbTransport>> open(libusb_device* device, const UsbDeviceInfo& info,
                                                          const UsbMatch& match);
  ~UsbTransport() override;

  IoStatus write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) override;
  IoResult<Bytes> read(std::size_t max_bytes, std::chrono::milliseconds timeout) override;
  void discard_input() override;
  bool connected() const override { return !closed_; }
  void close() override;
  std::string describe() const override { return description_; }

  bool is_device(libusb_device* device) const { return device_ == device; }

 private:
  UsbTransport() = default;
  IoStatus transfer_out(std::uint8_t endpoint, std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout);
  IoResult<Bytes> transfer_in(std::uint8_t endpoint, std::size_t max_bytes, std::chrono::milliseconds timeout);
  void release();

  libusb_device* device_ = nullptr;  // referenced while open
  libusb_device_handle* handle_ = nullptr;
  std::uint8_t interface_ = 0;
  FrameStyle style_ = FrameStyle::WholeFrame;
  std::uint8_t out_[2] = {0, 0}, in_[2] = {0, 0};
  std::uint16_t in_packet_[2] = {64, 64};
  bool in_is_interrupt_ = false;
  std::atomic<bool> closed_{false};
  std::mutex io_mutex_;          // one transfer direction at a time per pipe pair
  std::size_t second_pipe_due_ = 0;  // SplitHeader: bytes of the current reply still on IN pipe 2
  std::string description_;
};

}  // namespace devices::usb
