#pragma once
// The byte pipe every device driver talks through (USB bulk, USB interrupt, serial tty, in-memory
// for simulators and tests). Drivers only see this interface, so a conversation is written once and
// runs against real hardware and the simulator alike.
//
// Contract:
// - write() sends every byte or fails; a transport that packetises (USB) decides how frames map to
//   packets, the driver only hands over whole protocol frames.
// - read() returns between 1 and max_bytes bytes as soon as any are available, or an error after
//   the timeout. It never returns an empty vector on success.
// - Errors say *what kind* of failure happened, because the reaction differs: a time-out is retried,
//   a disconnect ends the session and waits for the device to come back, other I/O errors are logged
//   and retried a limited number of times.
#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "base/result.h"

namespace devices {

enum class IoErrorKind {
  Timeout,       // nothing (or not enough) arrived in time; the link may still be fine
  Disconnected,  // the device is gone (unplugged, closed, tty hung up)
  Io,            // anything else: a stall, a pipe error, a refused claim…
};

std::string_view io_error_kind_name(IoErrorKind k);  // "timeout", "disconnected", "i/o error"

struct IoError {
  IoErrorKind kind = IoErrorKind::Io;
  std::string message;  // technical detail for the log, e.g. "bulk OUT 0x02: LIBUSB_ERROR_PIPE"

  // "timeout: bulk IN 0x81 after 500 ms"
  std::string describe() const;
  base::Error to_error() const { return base::Error{describe()}; }
};

// Like base::Result, but the error keeps its IoErrorKind.
template <class T>
class [[nodiscard]] IoResult {
 public:
  IoResult(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  IoResult(IoError error) : v_(std::move(error)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const IoError& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, IoError> v_;
};

using IoStatus = IoResult<base::Ok>;
inline IoStatus io_ok() { return base::Ok{}; }
inline IoError timeout_error(std::string message) { return {IoErrorKind::Timeout, std::move(message)}; }
inline IoError disconnected_error(std::string message) {
  return {IoErrorKind::Disconnected, std::move(message)};
}
inline IoError io_error(std::string message) { return {IoErrorKind::Io, std::move(message)}; }

using Bytes = std::vector<std::uint8_t>;

class Transport {
 public:
  virtual ~Transport() = default;

  virtual IoStatus write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) = 0;
  virtual IoResult<Bytes> read(std::size_t max_bytes, std::chrono::milliseconds timeout) = 0;

  // Drops whatever has been received but not yet read (used to resynchronise after an error).
  virtual void discard_input() = 0;

  // False once the device is known to be gone; every later call fails with Disconnected.
  virtual bool connected() const = 0;

  // Releases the device and wakes any blocked read() (which then fails with Disconnected).
  // Safe to call from another thread and more than once.
  virtual void close() = 0;

  // For logs and `onewindow devices`: "usb 0400:c35a bus 1 addr 2", "memory", "/dev/ttyUSB0".
  virtual std::string describe() const = 0;
};

// Where a driver gets its transport from, again and again: a device may be absent at start-up, be
// unplugged and come back. A driver asks for a transport, uses it until it fails with Disconnected,
// then asks again.
class TransportSource {
 public:
  virtual ~TransportSource() = default;
  // A connected transport when the device is there; nullptr when it is not. May wait up to `wait`
  // for a device to arrive (a hot-plug source wakes as soon as one does).
  virtual std::shared_ptr<Transport> open(std::chrono::milliseconds wait) = 0;
  // Wakes a thread blocked in open() (used when stopping).
  virtual void cancel() = 0;
  // For logs: "USB 0400:c35a", "simulated reader".
  virtual std::string describe() const = 0;
  // Why the last open() returned nothing ("no matching device", "opening …: LIBUSB_ERROR_ACCESS");
  // empty when it did not fail or there is nothing to say.
  virtual std::string last_problem() const { return {}; }
};

}  // namespace devices
