#pragma once
// The conversation with a receipt printer over a Transport (USB printer class bulk OUT/IN, or the
// simulated printer). One worker thread owns the transport: between jobs it polls the real-time
// status (DLE EOT 1, 2, 4) and reports changes; a job is sent only when the printer is ready, and
// is "done" only after every byte was accepted AND the status read after it shows no error. A job
// that cannot start or fails half-way is reported with a reason and is never retried on its own:
// the counter decides to print again (nothing is re-accepted). It reports a PrinterEvent (events.h).
//
//   auto sim = std::make_shared<printer::SimulatedPrinter>();   // or a USB source
//   printer::PrinterDriver driver(sim, {}, [&](const printer::PrinterEvent& e) { post(e); });
//   driver.start();
//   const auto job = driver.submit(bytes);   // PrintJobDone / PrintJobFailed come back with `job`
//
// The callback runs on the driver thread: it must not block.
//
// The states (PrinterState) and what moves between them:
//   Searching → Connected   the source hands over a transport       PrinterStatusChanged{connected}
//   Searching → Searching   no printer: queued jobs fail at once     PrinterStatusChanged{!connected}, PrintJobFailed
//   Connected → Printing    a job is queued
//   Printing  → Connected   the job went through, or failed         PrintJobDone / PrintJobFailed
//   Connected → Searching   the status poll finds it unplugged      PrinterStatusChanged{!connected}
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
#include <string_view>
#include <thread>

#include "devices/printer/events.h"
#include "devices/printer/protocol.h"
#include "devices/transport.h"

namespace devices::printer {

enum class PrinterState {
  Searching,  // no printer open: asking the TransportSource again and again
  Connected,  // printer open, no job: polling its status
  Printing,   // a job is being sent and checked
};

std::string_view printer_state_name(PrinterState s);  // "searching", "connected", "printing"

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
  using Callback = std::function<void(const PrinterEvent&)>;

  PrinterDriver(std::shared_ptr<devices::TransportSource> source, PrinterTiming timing, Callback on_event);
  ~PrinterDriver();  // stops the worker
  PrinterDriver(const PrinterDriver&) = delete;
  PrinterDriver& operator=(const PrinterDriver&) = delete;

  void start();
  void stop();
  // Queues a job (bytes from the slip renderer); its id comes back in PrintJobDone / PrintJobFailed.
  JobId submit(Bytes job);
  // Last reported status (for a status strip that starts after the driver).
  bool connected() const;
  PrinterCondition condition() const;
  // Where the worker stands (any thread). An event is sent after the state it reports is set.
  PrinterState state() const { return state_.load(); }

 private:
  void run();
  void publish(const PrinterCondition& c);  // connected unless Searching
  void fail(JobId job, std::string reason, std::string detail);

  std::shared_ptr<devices::TransportSource> source_;
  PrinterTiming timing_;
  Callback on_event_;

  std::atomic<PrinterState> state_{PrinterState::Searching};
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
