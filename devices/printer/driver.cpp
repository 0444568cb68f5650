#include "devices/printer/driver.h"

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

PrinterCondition offline_condition() {
  PrinterCondition c;
  c.offline = true;
  return c;
}

}  // namespace

std::string_view printer_state_name(PrinterState s) {
  switch (s) {
    case PrinterState::Searching: return "searching";
    case PrinterState::Connected: return "connected";
    case PrinterState::Printing: return "printing";
  }
  return "unknown";
}

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

PrinterDriver::PrinterDriver(std::shared_ptr<devices::TransportSource> source, PrinterTiming timing,
                             Callback on_event)
    : source_(std::move(source)), timing_(timing), on_event_(std::move(on_event)) {}

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

void PrinterDriver::publish(const PrinterCondition& c) {
  const bool connected = state_ != PrinterState::Searching;
  {
    std::lock_guard lock(mutex_);
    if (condition_ && connected_ == connected && *condition_ == c) return;
    connected_ = connected;
    condition_ = c;
  }
  if (on_event_) on_event_(PrinterStatusChanged{connected, c});
}

void PrinterDriver::fail(JobId job, std::string reason, std::string detail) {
  if (on_event_) on_event_(PrintJobFailed{job, std::move(reason), std::move(detail), condition()});
}

void PrinterDriver::run() {
  std::shared_ptr<devices::Transport> link;
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    if (state_ == PrinterState::Searching || !link->connected()) {
      state_ = PrinterState::Searching;
      link = source_->open(timing_.open_wait);
      if (!link) {
        publish(offline_condition());
        // Nobody to print on: fail queued jobs now rather than surprise staff later.
        std::deque<std::pair<JobId, Bytes>> failed;
        {
          std::lock_guard lock(mutex_);
          failed.swap(jobs_);
        }
        for (auto& [id, bytes] : failed) fail(id, "无法打印：打印机未连接", "no printer: " + source_->describe());
        continue;
      }
      state_ = PrinterState::Connected;
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
      state_ = PrinterState::Printing;
      const auto outcome = run_print_job(*link, job->second, timing_);
      state_ = PrinterState::Connected;
      if (outcome.done) {
        if (on_event_) on_event_(PrintJobDone{job->first});
      } else {
        fail(job->first, outcome.reason, outcome.detail);
      }
    }
    auto c = query_condition(*link, timing_.status_timeout);
    if (c) {
      publish(*c);
    } else if (c.error().kind == devices::IoErrorKind::Disconnected) {
      link->close();
      state_ = PrinterState::Searching;
      publish(offline_condition());
      continue;
    } else {
      publish(offline_condition());  // plugged but silent: treat as offline
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, timing_.poll_interval, [&] { return stopping_ || !jobs_.empty(); });
  }
  if (link) link->close();
  state_ = PrinterState::Searching;
}

}  // namespace devices::printer
