#include "devices/serial_transport.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <optional>

namespace devices {

namespace {
std::optional<speed_t> speed_of(int baud) {
  switch (baud) {
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    case 230400: return B230400;
    default: return std::nullopt;
  }
}
std::string errno_text(int e) { return std::strerror(e); }
}  // namespace

base::Result<std::shared_ptr<SerialTransport>> SerialTransport::open(const std::string& path, int baud) {
  const auto speed = speed_of(baud);
  if (!speed) return base::Error{"unsupported speed " + std::to_string(baud)};
  const int fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return base::Error{"opening " + path + ": " + errno_text(errno)};
  termios t{};
  if (tcgetattr(fd, &t) != 0) {
    const int e = errno;
    ::close(fd);
    return base::Error{path + " is not a tty: " + errno_text(e)};
  }
  cfmakeraw(&t);  // 8 data bits, no parity, no echo, no line discipline
  t.c_cflag &= ~static_cast<tcflag_t>(CSTOPB | CRTSCTS);  // 1 stop bit, no hardware flow control
  t.c_cflag |= CLOCAL | CREAD;
  cfsetispeed(&t, *speed);
  cfsetospeed(&t, *speed);
  if (tcsetattr(fd, TCSANOW, &t) != 0) {
    const int e = errno;
    ::close(fd);
    return base::Error{"configuring " + path + ": " + errno_text(e)};
  }
  tcflush(fd, TCIOFLUSH);
  const int wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  return std::shared_ptr<SerialTransport>(new SerialTransport(fd, wake, path));
}

SerialTransport::~SerialTransport() {
  close();
  ::close(fd_);
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void SerialTransport::close() {
  if (closed_.exchange(true)) return;
  const std::uint64_t one = 1;
  if (wake_fd_ >= 0) (void)!::write(wake_fd_, &one, sizeof one);
}

IoStatus SerialTransport::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    if (closed_) return disconnected_error(path_ + ": closed");
    const ssize_t n = ::write(fd_, bytes.data() + sent, bytes.size() - sent);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
      if (errno == EIO || errno == ENXIO || errno == ENODEV) return disconnected_error(path_ + ": " + errno_text(errno));
      return io_error(path_ + ": write: " + errno_text(errno));
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return timeout_error(path_ + ": write stalled");
    pollfd p[2] = {{fd_, POLLOUT, 0}, {wake_fd_, POLLIN, 0}};
    ::poll(p, 2, static_cast<int>(left.count()));
  }
  return io_ok();
}

IoResult<Bytes> SerialTransport::read(std::size_t max_bytes, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (closed_) return disconnected_error(path_ + ": closed");
    Bytes buf(max_bytes == 0 ? 4096 : max_bytes);
    const ssize_t n = ::read(fd_, buf.data(), buf.size());
    if (n > 0) {
      buf.resize(static_cast<std::size_t>(n));
      return buf;
    }
    if (n == 0 || (n < 0 && (errno == EIO || errno == ENXIO || errno == ENODEV))) {
      closed_ = true;  // the other side hung up (bridge unplugged)
      return disconnected_error(path_ + ": hung up");
    }
    if (errno != EAGAIN && errno != EINTR) return io_error(path_ + ": read: " + errno_text(errno));
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return timeout_error(path_ + ": nothing after " + std::to_string(timeout.count()) + " ms");
    pollfd p[2] = {{fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    ::poll(p, 2, static_cast<int>(left.count()));
  }
}

void SerialTransport::discard_input() { tcflush(fd_, TCIFLUSH); }

std::shared_ptr<Transport> SerialDeviceSource::open(std::chrono::milliseconds wait) {
  auto t = SerialTransport::open(path_, baud_);
  std::unique_lock lock(mutex_);
  if (t) {
    last_problem_.clear();
    return *t;
  }
  last_problem_ = t.error().message;
  // No hot-plug notice for ttys: the wait paces the next attempt.
  cv_.wait_for(lock, wait, [&] { return cancelled_; });
  cancelled_ = false;
  return nullptr;
}

void SerialDeviceSource::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  cv_.notify_all();
}

std::string SerialDeviceSource::last_problem() const {
  std::lock_guard lock(mutex_);
  return last_problem_;
}

}  // namespace devices
