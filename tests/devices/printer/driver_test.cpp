// The driver against the simulated printer: a job is done only when all bytes went through and the
// status after it is fine; paper out stops the next job; an unplug mid-job is a failure.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "devices/memory_transport.h"
#include "devices/printer/driver.h"
#include "devices/printer/simulator.h"

using namespace devices::printer;
using namespace std::chrono_literals;

namespace {

Bytes text_job(const std::string& text, int copies = 1) {
  EscPosWriter w;
  w.init();
  for (int i = 0; i < copies; ++i) w.text(text).line_feed();
  w.cut(Cut::Partial);
  return w.take();
}

PrinterTiming fast_timing() {
  PrinterTiming t;
  t.poll_interval = 20ms;
  t.status_timeout = 300ms;
  t.write_timeout = 500ms;
  t.open_wait = 50ms;
  t.chunk_bytes = 64;
  return t;
}

// Collects the driver's events and lets a test wait for one.
struct EventLog {
  std::mutex m;
  std::condition_variable cv;
  std::vector<JobId> done;
  std::vector<std::pair<JobId, std::string>> failed;
  std::vector<std::pair<bool, PrinterCondition>> status;

  // The driver's callback: each report lands in its list.
  void operator()(const PrinterEvent& e) {
    std::lock_guard l(m);
    if (const auto* s = std::get_if<PrinterStatusChanged>(&e)) status.emplace_back(s->connected, s->condition);
    if (const auto* d = std::get_if<PrintJobDone>(&e)) done.push_back(d->job);
    if (const auto* f = std::get_if<PrintJobFailed>(&e)) failed.emplace_back(f->job, f->reason);
    cv.notify_all();
  }
  template <class P>
  bool wait(P pred) {
    std::unique_lock l(m);
    return cv.wait_for(l, 3s, [&] { return pred(); });
  }
};

}  // namespace

TEST_CASE("printer driver: synchronous job on the virtual printer is done and printed in order") {
  SimulatedPrinter sim;
  auto link = sim.open(0ms);
  REQUIRE(link);
  const auto job = text_job("line", 50);
  const auto outcome = run_print_job(*link, job, fast_timing());
  CHECK(outcome.done);
  sim.with_printer([&](VirtualPrinter& p) {
    CHECK(p.cut_pages() == 1);
    CHECK(p.bytes_received() == job.size() + 2 * 9);  // job + two status rounds of 3 × 3 bytes
    const auto pages = p.pages();
    REQUIRE(pages.size() == 1);
    int lines = 0;
    for (const auto& op : pages[0]) lines += std::holds_alternative<TextOp>(op) ? 1 : 0;
    CHECK(lines == 50);
  });
}

TEST_CASE("printer driver: paper out stops the job before a byte of it is sent") {
  SimulatedPrinter sim;
  PrinterCondition out;
  out.paper = PaperLevel::Out;
  sim.set_condition(out);
  auto link = sim.open(0ms);
  REQUIRE(link);
  const auto outcome = run_print_job(*link, text_job("never"), fast_timing());
  CHECK_FALSE(outcome.done);
  CHECK(outcome.reason == "无法打印：缺纸");
  sim.with_printer([](VirtualPrinter& p) {
    CHECK(p.bytes_received() == 9);  // only the status round
    CHECK(p.pages().empty());
  });
}

TEST_CASE("printer driver: paper running out half-way fails the job (status after it)") {
  SimulatedPrinter sim;
  sim.run_out_of_paper_after(20);
  auto link = sim.open(0ms);
  REQUIRE(link);
  const auto outcome = run_print_job(*link, text_job("0123456789", 10), fast_timing());
  CHECK_FALSE(outcome.done);
  CHECK(outcome.reason == "打印未完成：缺纸");
  sim.with_printer([](VirtualPrinter& p) { CHECK(p.ops_lost() > 0); });
}

TEST_CASE("printer driver: worker reports status, done, then failure after paper runs out") {
  auto sim = std::make_shared<SimulatedPrinter>();
  EventLog log;
  PrinterDriver driver(sim, fast_timing(), std::ref(log));
  driver.start();
  REQUIRE(log.wait([&] { return !log.status.empty(); }));
  CHECK(log.status.back().first);
  CHECK(log.status.back().second.ready());

  const JobId first = driver.submit(text_job("first"));
  REQUIRE(log.wait([&] { return log.done.size() == 1; }));
  CHECK(log.done[0] == first);

  PrinterCondition out;
  out.paper = PaperLevel::Out;
  sim->set_condition(out);
  REQUIRE(log.wait([&] { return log.status.back().second.paper == PaperLevel::Out; }));
  const JobId second = driver.submit(text_job("second"));
  REQUIRE(log.wait([&] { return log.failed.size() == 1; }));
  CHECK(log.failed[0].first == second);
  CHECK(log.failed[0].second == "无法打印：缺纸");
  sim->with_printer([](VirtualPrinter& p) { CHECK(p.cut_pages() == 1); });
  driver.stop();
}

TEST_CASE("printer driver: an unplug during a job reports failure, and the printer comes back") {
  auto sim = std::make_shared<SimulatedPrinter>();
  EventLog log;
  auto timing = fast_timing();
  timing.chunk_bytes = 16;
  PrinterDriver driver(sim, timing, std::ref(log));
  driver.start();
  REQUIRE(log.wait([&] { return !log.status.empty() && log.status.back().first; }));

  // The cable comes out after the status round and 200 bytes of the job.
  sim->unplug_after(9 + 200);
  const JobId job = driver.submit(text_job("a long line of text for the slip", 200));
  REQUIRE(log.wait([&] { return log.failed.size() == 1; }));
  CHECK(log.failed[0].first == job);
  INFO(log.failed[0].second);
  CHECK(log.failed[0].second.find("打印机已断开") != std::string::npos);
  REQUIRE(log.wait([&] { return !log.status.back().first; }));

  sim->plug();
  REQUIRE(log.wait([&] { return log.status.back().first; }));
  const JobId again = driver.submit(text_job("again"));
  REQUIRE(log.wait([&] { return !log.done.empty(); }));
  CHECK(log.done[0] == again);
  driver.stop();
}

TEST_CASE("printer driver: a job with no printer attached fails at once") {
  auto sim = std::make_shared<SimulatedPrinter>();
  sim->unplug();
  EventLog log;
  PrinterDriver driver(sim, fast_timing(), std::ref(log));
  driver.start();
  const JobId job = driver.submit(text_job("x"));
  REQUIRE(log.wait([&] { return !log.failed.empty(); }));
  CHECK(log.failed[0].first == job);
  CHECK(log.failed[0].second == "无法打印：打印机未连接");
  CHECK_FALSE(driver.connected());
  driver.stop();
}

TEST_CASE("printer driver: its state follows the printer, and a failed job carries the condition that stopped it") {
  auto sim = std::make_shared<SimulatedPrinter>();
  EventLog log;
  std::vector<PrinterState> state_at_outcome;
  std::optional<PrintJobFailed> failure;
  PrinterDriver* self = nullptr;
  PrinterDriver driver(sim, fast_timing(), [&](const PrinterEvent& e) {
    if (std::holds_alternative<PrintJobDone>(e) || std::holds_alternative<PrintJobFailed>(e)) {
      std::lock_guard l(log.m);
      state_at_outcome.push_back(self->state());
      if (const auto* f = std::get_if<PrintJobFailed>(&e)) failure = *f;
    }
    log(e);
  });
  self = &driver;
  CHECK(driver.state() == PrinterState::Searching);
  driver.start();
  REQUIRE(log.wait([&] { return !log.status.empty() && log.status.back().first; }));
  CHECK(driver.state() == PrinterState::Connected);

  driver.submit(text_job("fine"));
  REQUIRE(log.wait([&] { return log.done.size() == 1; }));
  PrinterCondition out;
  out.paper = PaperLevel::Out;
  sim->set_condition(out);
  REQUIRE(log.wait([&] { return log.status.back().second.paper == PaperLevel::Out; }));
  driver.submit(text_job("never"));
  REQUIRE(log.wait([&] { return log.failed.size() == 1; }));
  {
    std::lock_guard l(log.m);
    CHECK(state_at_outcome == std::vector{PrinterState::Connected, PrinterState::Connected});
    REQUIRE(failure);
    CHECK(failure->condition.paper == PaperLevel::Out);
    CHECK(failure->detail.find("paper=out") != std::string::npos);
  }
  sim->unplug();
  REQUIRE(log.wait([&] { return !log.status.back().first; }));
  CHECK(driver.state() == PrinterState::Searching);
  CHECK(printer_state_name(driver.state()) == "searching");
  driver.stop();
}
