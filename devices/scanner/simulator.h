#pragma once
// A simulated scanner: plays scans as a real one would send them (key down, release, Enter; or HID
// POS reports; or serial bytes), over an in-memory transport. It is a TransportSource, so the real
// driver runs against it unchanged (the `--demo` mode and the driver tests).
//
//   auto sim = std::make_shared<SimulatedScanner>(ScannerInterface::BootKeyboard);
//   sim->scan({.text = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL", .aim_prefix = "]Q1"});
//   sim->unplug(); sim->plug();   // cable out, cable in
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "base/result.h"
#include "devices/memory_transport.h"
#include "devices/scanner/protocol_types.h"
#include "devices/scanner/scan_script.h"
#include "devices/transport.h"

namespace devices::scanner {

class SimulatedScanner final : public devices::TransportSource {
 public:
  explicit SimulatedScanner(ScannerInterface interface = ScannerInterface::BootKeyboard);
  ~SimulatedScanner() override;

  // --- TransportSource
  std::shared_ptr<devices::Transport> open(std::chrono::milliseconds wait) override;
  void cancel() override;
  std::string describe() const override { return "simulated scanner"; }

  // Sends one scan's reports at their times; blocks the caller until the last one is sent (a slip
  // payload takes ~0.4 s at 4 ms per report). Error when unplugged, when no driver has opened the
  // link yet, or when the text cannot be typed by this kind of scanner.
  base::Status scan(const SimulatedScan& scan);

  // --- the cable
  void unplug();  // cuts the current link; open() returns nullptr until plug()
  void plug();
  bool plugged() const;
  // True once a driver holds an open link (tests wait for it before scanning).
  bool wait_until_open(std::chrono::milliseconds wait) const;

 private:
  ScannerInterface interface_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  bool plugged_ = true;
  bool cancelled_ = false;
  std::shared_ptr<devices::MemoryTransport> host_end_, device_end_;
};

}  // namespace devices::scanner
