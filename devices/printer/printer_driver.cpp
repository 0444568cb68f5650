#include "devices/printer/printer_driver.h"

#include <algorithm>
#include <array>

namespace devices::printer {

namespace {

constexpr std::array kStatusRound = {StatusRequest::Printer, StatusRequest::Offline, StatusRequest::PaperSensor};

std::string reason_for(const devices::IoError& e, const char* when) {
  std::string r = when;
  r += e.kind == devices::IoErrorKind::Disconnected ? "打印机已断开" : "打印机未响应";
  return r;
}

}  // namespace

devices::IoResult<PrinterCondition> query_condition(devices::Transport& t, std::chrono::milliseconds timeout) {
  PrinterCondition c;
  t.discard_input();
  for (const auto n : kStatusRound) {
    if (auto w = t.write(status_request(n), timeout); !w) return w.error();
    auto reply = t.read(1, timeout);
    if (!reply) return reply.error();
    if (auto s = apply_status_byte(n, reply->front(), c); !s) return devices::io_error(s.error().message);
  }
  return c;
}

JobOutcome run_print_job(devices::Transport& t, std::span<const std::uint8_t> job, const PrinterTiming& timing) {
  auto before = query_condition(t, timing.status_timeout);
  if (!before) return {false, reason_for(before.error(), "无法打印："), before.error().describe()};
  if (!before->ready()) return {false, "无法打印：" + before->summary_zh(), "before job: " + before->describe()};
  for (std::size_t at = 0; at < job.size(); at += timing.chunk_bytes) {
    const auto chunk = job.subspan(at, std::min(timing.chunk_bytes, job.size() - at));
    if (auto w = t.write(chunk, timing.write_timeout); !w) {
      return {false, reason_for(w.error(), "打印中断："),
              "after " + std::to_string(at) + " of " + std::to_string(job.size()) + " bytes: " + w.error().describe()};
    }
  }
  auto after = query_condition(t, timing.status_timeout);
  if (!after) return {false, reason_for(after.error(), "打印可能未完成："), "after job: " + after.error().describe()};
  if (!after->ready()) return {false, "打印未完成：" + after->summary_zh(), "after job: " + after->describe()};
  return {true, {}, {}};
}

PrinterDriver::PrinterDriver(std::shared_ptr<devices::TransportSource> source, PrinterEvents events,
                             PrinterTiming timing)
    : source_(std::move(source)), events_(std::move(events)), timing_(timing) {}

PrinterDriver::~PrinterDriver() { stop(); }

void PrinterDriver::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void PrinterDriver::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  source_->cancel();
  if (thread_.joinable()) thread_.join();
}

JobId PrinterDriver::submit(Bytes job) {
  JobId id = 0;
  {
    std::lock_guard lock(mutex_);
    id = next_id_++;
    jobs_.emplace_back(id, std::move(job));
  }
  wake_.notify_all();
  return id;
}

bool PrinterDriver::connected() const {
  std::lock_guard lock(mutex_);
  return connected_;
}

PrinterCondition PrinterDriver::condition() const {
  std::lock_guard lock(mutex_);
  return condition_.value_or(PrinterCondition{});
}

void PrinterDriver::publish(bool connected, const PrinterCondition& c) {
  {
    std::lock_guard lock(mutex_);
    if (condition_ && connected_ == connected && *condition_ == c) return;
    connected_ = connected;
    condition_ = c;
  }
  if (events_.on_status) events_.on_status(connected, c);
}

void PrinterDriver::run() {
  std::shared_ptr<devices::Transport> link;
  PrinterCondition offline;
  offline.offline = true;
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    if (!link || !link->connected()) {
      link = source_->open(timing_.open_wait);
      if (!link) {
        publish(false, offline);
        // Nobody to print on: fail queued jobs now rather than surprise staff later.
        std::deque<std::pair<JobId, Bytes>> failed;
        {
          std::lock_guard lock(mutex_);
          failed.swap(jobs_);
        }
        for (auto& [id, bytes] : failed) {
          if (events_.on_failed) events_.on_failed(id, "无法打印：打印机未连接", "no printer: " + source_->describe());
        }
        continue;
      }
    }
    std::optional<std::pair<JobId, Bytes>> job;
    {
      std::lock_guard lock(mutex_);
      if (!jobs_.empty()) {
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
    }
    if (job) {
      const auto outcome = run_print_job(*link, job->second, timing_);
      if (outcome.done) {
        if (events_.on_done) events_.on_done(job->first);
      } else if (events_.on_failed) {
        events_.on_failed(job->first, outcome.reason, outcome.detail);
      }
    }
    auto c = query_condition(*link, timing_.status_timeout);
    if (c) {
      publish(true, *c);
    } else if (c.error().kind == devices::IoErrorKind::Disconnected) {
      link->close();
      publish(false, offline);
      continue;
    } else {
      publish(true, offline);  // plugged but silent: treat as offline
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, timing_.poll_interval, [&] { return stopping_ || !jobs_.empty(); });
  }
  if (link) link->close();
}

}  // namespace devices::printer
