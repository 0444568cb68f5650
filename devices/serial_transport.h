#pragma once
// A Transport over a tty (USB-serial bridges: CDC-ACM, CH340, PL2303), raw 8N1 at a given speed
// (ID-card readers: 115200). A hang-up (bridge unplugged) reads as Disconnected.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "devices/transport.h"

namespace devices {

constexpr int kDefaultSerialBaud = 115200;

class SerialTransport final : public Transport {
 public:
  // Errors: "opening /dev/ttyUSB0: No such file or directory", "unsupported speed 12345".
  static base::Result<std::shared_ptr<SerialTransport>> open(const std::string& path, int baud = kDefaultSerialBaud);
  ~SerialTransport() override;

  IoStatus write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) override;
  IoResult<Bytes> read(std::size_t max_bytes, std::chrono::milliseconds timeout) override;
  void discard_input() override;
  bool connected() const override { return !closed_; }
  void close() override;
  std::string describe() const override { return path_; }

 private:
  SerialTransport(int fd, int wake_fd, std::string path) : fd_(fd), wake_fd_(wake_fd), path_(std::move(path)) {}
  int fd_ = -1;
  int wake_fd_ = -1;  // eventfd: close() wakes a blocked poll
  std::string path_;
  std::atomic<bool> closed_{false};
};

// Opens the configured tty whenever it exists; after a hang-up, again when it reappears.
class SerialDeviceSource final : public TransportSource {
 public:
  explicit SerialDeviceSource(std::string path, int baud = kDefaultSerialBaud) : path_(std::move(path)), baud_(baud) {}
  std::shared_ptr<Transport> open(std::chrono::milliseconds wait) override;
  void cancel() override;
  std::string describe() const override { return "serial " + path_; }
  std::string last_problem() const override;

 private:
  std::string path_;
  int baud_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool cancelled_ = false;
  std::string last_problem_;
};

}  // namespace devices
