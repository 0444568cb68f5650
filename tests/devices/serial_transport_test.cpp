// The serial transport on a pseudo-terminal: the ID-card driver reads a card from the simulator
// through a real tty in raw 8N1 mode, and notices the hang-up when the other side goes away.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "devices/idcard/driver.h"
#include "devices/idcard/sample_cards.h"
#include "devices/idcard/simulator.h"
#include "devices/event_log.h"
#include "devices/serial_transport.h"

using namespace std::chrono_literals;

namespace {
// Copies bytes between the pty master and the simulator's link, like a USB-serial bridge would.
class PtyBridge {
 public:
  PtyBridge() {
    char name[128] = {};
    REQUIRE(openpty(&master_, &slave_, name, nullptr, nullptr) == 0);
    path_ = name;
    termios t{};
    tcgetattr(master_, &t);
    cfmakeraw(&t);
    tcsetattr(master_, TCSANOW, &t);
    host_ = sim_->open(0ms);
    thread_ = std::thread([this] { run(); });
  }
  ~PtyBridge() { hang_up(); }
  void hang_up() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    if (slave_ >= 0) ::close(slave_);
    if (master_ >= 0) ::close(master_);
    slave_ = master_ = -1;
  }
  const std::string& path() const { return path_; }
  devices::idcard::SimulatedReader& simulator() { return *sim_; }

 private:
  void run() {
    std::uint8_t buf[4096];
    while (!stop_) {
      pollfd p{master_, POLLIN, 0};
      if (::poll(&p, 1, 5) > 0 && (p.revents & POLLIN)) {
        const ssize_t n = ::read(master_, buf, sizeof buf);
        if (n > 0) (void)host_->write(std::span(buf, static_cast<std::size_t>(n)), 10ms);
      }
      if (auto r = host_->read(4096, 0ms); r.ok()) {
        std::size_t off = 0;
        while (off < r->size()) {
          const ssize_t n = ::write(master_, r->data() + off, r->size() - off);
          if (n > 0) off += static_cast<std::size_t>(n);
        }
      }
    }
  }
  std::shared_ptr<devices::idcard::SimulatedReader> sim_ = std::make_shared<devices::idcard::SimulatedReader>();
  std::shared_ptr<devices::Transport> host_;
  int master_ = -1, slave_ = -1;
  std::string path_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};
}  // namespace

TEST_CASE("serial: a missing tty is an error naming the path") {
  auto t = devices::SerialTransport::open("/nonexistent/ttyUSB9");
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().message == "opening /nonexistent/ttyUSB9: No such file or directory");
  CHECK(devices::SerialTransport::open("/dev/null", 12345).error().message == "unsupported speed 12345");
}

TEST_CASE("serial: the driver reads a card through a tty at 115200 8N1") {
  PtyBridge bridge;
  {
    auto raw = devices::SerialTransport::open(bridge.path());
    REQUIRE(raw.ok());
    termios t{};
    // The bridge keeps the tty open, so the settings we made are still there to check.
    const int fd = ::open(bridge.path().c_str(), O_RDWR | O_NOCTTY);
    REQUIRE(fd >= 0);
    tcgetattr(fd, &t);
    ::close(fd);
    CHECK(cfgetospeed(&t) == B115200);
    CHECK((t.c_cflag & CSIZE) == CS8);
    CHECK((t.c_cflag & PARENB) == 0);
    CHECK((t.c_cflag & CSTOPB) == 0);
  }
  auto source = std::make_shared<devices::SerialDeviceSource>(bridge.path());
  test::EventLog<devices::idcard::IdCardReaderEvent> events;
  devices::idcard::IdCardReaderOptions o;
  o.poll_period = 10ms;
  o.reply_timeout = 200ms;
  o.read_timeout = 500ms;
  o.reconnect_wait = 50ms;
  devices::idcard::IdCardReader reader(source, o, std::ref(events));
  reader.start();
  REQUIRE(events.wait_count<devices::idcard::ReaderConnected>(1));
  CHECK(events.last<devices::idcard::ReaderConnected>().reader == bridge.path());
  bridge.simulator().place(devices::idcard::sample_cards()[0]);
  REQUIRE(events.wait_count<devices::idcard::CardPresented>(1));
  CHECK(events.last<devices::idcard::CardPresented>().card.name == "张𠀾");

  bridge.hang_up();
  REQUIRE(events.wait_count<devices::idcard::ReaderDisconnected>(1));
  reader.stop();
}

TEST_CASE("serial: the driver logs once why an absent tty cannot be opened") {
  auto source = std::make_shared<devices::SerialDeviceSource>("/nonexistent/ttyUSB7");
  test::EventLog<devices::idcard::IdCardReaderEvent> events;
  std::mutex m;
  std::vector<std::string> lines;
  devices::idcard::IdCardReaderOptions o;
  o.reconnect_wait = 10ms;
  o.log = [&](const std::string& line) {
    std::lock_guard lock(m);
    lines.push_back(line);
  };
  devices::idcard::IdCardReader reader(source, o, std::ref(events));
  reader.start();
  std::this_thread::sleep_for(150ms);
  reader.stop();
  CHECK(events.count<devices::idcard::ReaderConnected>() == 0);
  std::lock_guard lock(m);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "serial /nonexistent/ttyUSB7: opening /nonexistent/ttyUSB7: No such file or directory");
}
