#pragma once
// The conversation with a receipt printer over a Transport (USB printer class bulk OUT/IN, or the
// virtual printer). One worker thread owns the transport: between jobs it polls the real-time
// status (DLE EOT 1, 2, 4) and reports changes; a job is sent only when the printer is ready, and
// is "done" only after every byte was accepted AND the status read after it shows no error. A job
// that cannot start or fails half-way is reported with a reason and is never retried on its own:
// the counter decides to print again (nothing is re-accepted).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "devices/printer/escpos_encoder.h"
#include "devices/printer/printer_status.h"
#include "devices/transport.h"

namespace devices::printer {

using JobId = std::uint64_t;

// What the driver reports. Callbacks run on the driver's thread: post to the app's EventQueue and
// return (never block).
struct PrinterEvents {
  // Connected + condition after every change (and once after connecting); connected=false when
  // the printer is unplugged or does not answer.
  std::function<void(bool connected, const PrinterCondition&)> on_status;
  std::function<void(JobId)> on_done;
  // reason: a sentence for staff (Chinese), e.g. "打印失败：缺纸", detail for the log.
  std::function<void(JobId, const std::string& reason, const std::string& detail)> on_failed;
};

struct PrinterTiming {
  std::chrono::milliseconds poll_interval{1000};  // status polling between jobs
  std::chrono::milliseconds status_timeout{500};  // one DLE EOT reply
  std::chrono::milliseconds write_timeout{5000};  // one chunk of a job (printers throttle bulk OUT)
  std::chrono::milliseconds open_wait{1000};      // waiting for the device to appear
  std::size_t chunk_bytes = 4096;                  // bytes per write
};

// One status round: DLE EOT 1, 2, 4, merged. Times out or fails like the transport does.
devices::IoResult<PrinterCondition> query_condition(devices::Transport& t, std::chrono::milliseconds timeout);

struct JobOutcome {
  bool done = false;
  std::string reason;  // for staff when !done
  std::string detail;  // for the log
};
// Sends one job on `t` synchronously with the checks described above (used by the worker, and by
// `onewindow` tools that print once).
JobOutcome run_print_job(devices::Transport& t, std::span<const std::uint8_t> job, const PrinterTiming& timing);

class PrinterDriver {
 public:
  PrinterDriver(std::shared_ptr<devices::TransportSource> source, PrinterEvents events, PrinterTiming timing = {});
  ~PrinterDriver();  // stops the worker
  PrinterDriver(const PrinterDriver&) = delete;
  PrinterDriver& operator=(const PrinterDriver&) = delete;

  void start();
  void stop();
  // Queues a job (bytes from the slip renderer); its id comes back in on_done / on_failed.
  JobId submit(Bytes job);
  // Last known state (for a status strip that starts after the driver).
  bool connected() const;
  PrinterCondition condition() const;

 private:
  void run();
  void publish(bool connected, const PrinterCondition& c);

  std::shared_ptr<devices::TransportSource> source_;
  PrinterEvents events_;
  PrinterTiming timing_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<JobId, Bytes>> jobs_;
  JobId next_id_ = 1;
  bool stopping_ = false;
  bool connected_ = false;
  std::optional<PrinterCondition> condition_;
  std::thread thread_;
};

}  // namespace devices::printer
