#include "devices/idcard/driver.h"

#include "devices/idcard/protocol_read_reply.h"

namespace devices::idcard {

namespace {
// Big enough for the longest reply in one read; smaller chunks are fine too.
constexpr std::size_t kReadChunkBytes = 4096;
// The most data a short command's reply carries (SAM id: 16 bytes). A longer reply is a late answer
// to an earlier read that timed out, and is skipped rather than taken for this command's.
constexpr std::size_t kShortReplyMaxData = 64;

bool is_short_command(SamCommand c) {
  return c != SamCommand::ReadTextPhoto && c != SamCommand::ReadTextPhotoFinger &&
         c != SamCommand::ReadAppendedAddress;
}
}  // namespace

std::string_view reader_state_name(ReaderState s) {
  switch (s) {
    case ReaderState::Searching: return "searching";
    case ReaderState::Connected: return "connected";
    case ReaderState::Reading: return "reading";
    case ReaderState::CardPresent: return "card present";
    case ReaderState::CardUnread: return "card unread";
  }
  return "unknown";
}

IoResult<SamResponse> SamConversation::exchange(SamCommand command, std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  const std::string what(sam_command_name(command));
  // A late reply to an earlier, timed-out command must not be taken for this one's.
  transport_->discard_input();
  parser_.reset();
  const auto frame = build_command(command);
  if (auto w = transport_->write(frame, timeout); !w) return IoError{w.error().kind, what + ": " + w.error().message};

  const auto deadline = Clock::now() + timeout;
  for (;;) {
    if (auto parsed = parser_.next()) {
      if (parsed->ok() && is_short_command(command) && parsed->value().data.size() > kShortReplyMaxData) continue;
      if (parsed->ok()) return std::move(parsed->value());
      return io_error(what + ": " + parsed->error().message);
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0)
      return timeout_error(what + ": no complete reply after " + std::to_string(timeout.count()) + " ms (" +
                           std::to_string(parser_.buffered()) + " bytes pending)");
    auto chunk = transport_->read(kReadChunkBytes, left);
    if (!chunk) {
      if (chunk.error().kind == IoErrorKind::Timeout) continue;  // the deadline check above reports it
      return IoError{chunk.error().kind, what + ": " + chunk.error().message};
    }
    parser_.feed(*chunk);
  }
}

IdCardReader::IdCardReader(std::shared_ptr<TransportSource> source, IdCardReaderOptions options, Callback on_event)
    : source_(std::move(source)), options_(std::move(options)), on_event_(std::move(on_event)) {}

IdCardReader::~IdCardReader() { stop(); }

void IdCardReader::start() {
  if (thread_.joinable()) return;
  thread_ = std::jthread([this](std::stop_token st) { run(st); });
}

void IdCardReader::stop() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  source_->cancel();
  wake_.notify_all();
  thread_.join();
  if (conversation_) conversation_->transport().close();
  conversation_.reset();
  state_ = ReaderState::Searching;
}

void IdCardReader::poll_now() {
  {
    std::lock_guard lock(wake_mutex_);
    poll_requested_ = true;
  }
  wake_.notify_all();
}

void IdCardReader::emit(IdCardReaderEvent e) {
  if (on_event_) on_event_(e);
}

void IdCardReader::log(const std::string& line) {
  if (options_.log) options_.log(line);
}

void IdCardReader::wait(std::stop_token& stop, std::chrono::milliseconds d) {
  std::unique_lock lock(wake_mutex_);
  wake_.wait_for(lock, stop, d, [&] { return poll_requested_; });
  poll_requested_ = false;
}

void IdCardReader::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    if (state_ == ReaderState::Searching) {
      auto transport = source_->open(options_.reconnect_wait);
      if (!transport) {
        // Log each new reason once, not every reconnect attempt.
        if (auto problem = source_->last_problem(); problem != last_open_problem_) {
          if (!problem.empty()) log(source_->describe() + ": " + problem);
          last_open_problem_ = std::move(problem);
        }
        if (!stop.stop_requested()) wait(stop, options_.reconnect_wait / 10);
        continue;
      }
      connect(std::move(transport));
      if (auto s = conversation_->exchange(SamCommand::SamStatus, options_.reply_timeout); s.ok())
        log("SAM status: " + describe_sam_status(s->sw3));
      else if (handle_io(s.error()))
        continue;
    }
    poll_once();
    if (state_ != ReaderState::Searching) wait(stop, options_.poll_period);
  }
}

void IdCardReader::connect(std::shared_ptr<Transport> transport) {
  last_open_problem_.clear();
  const auto reader = transport->describe();
  conversation_.emplace(std::move(transport));
  consecutive_failures_ = 0;
  resets_without_success_ = 0;
  state_ = ReaderState::Connected;
  emit(ReaderConnected{reader});
}

bool IdCardReader::handle_io(const IoError& e) {
  if (e.kind == IoErrorKind::Disconnected) {
    drop_transport(e.describe());
    return true;
  }
  note_failure(e.describe());
  return state_ == ReaderState::Searching;
}

void IdCardReader::drop_transport(const std::string& reason) {
  log("reader lost: " + reason);
  if (conversation_) conversation_->transport().close();
  conversation_.reset();
  const bool had_card = state_ == ReaderState::CardPresent;
  state_ = ReaderState::Searching;
  if (had_card) emit(CardRemoved{});
  emit(ReaderDisconnected{reason});
}

// Counts a failed exchange; after several in a row the SAM is reset, and a reader that stays
// silent through resets is closed and opened again (which also covers a wedged USB endpoint).
void IdCardReader::note_failure(const std::string& what) {
  log(what);
  if (++consecutive_failures_ < options_.failures_before_reset) return;
  consecutive_failures_ = 0;
  if (++resets_without_success_ > options_.resets_before_reopen) {
    resets_without_success_ = 0;
    drop_transport("no answer after " + std::to_string(options_.resets_before_reopen) + " SAM resets: " + what);
    return;
  }
  log("resetting SAM after repeated failures");
  auto r = conversation_->exchange(SamCommand::ResetSam, options_.reply_timeout);
  if (!r && r.error().kind == IoErrorKind::Disconnected) drop_transport(r.error().describe());
}

void IdCardReader::poll_once() {
  auto find = conversation_->exchange(SamCommand::FindCard, options_.reply_timeout);
  if (!find) {
    handle_io(find.error());
    return;
  }
  if (find->sw3 == sw3::kCardFound || find->sw3 == sw3::kNoCard) {
    consecutive_failures_ = 0;
    resets_without_success_ = 0;
  }
  switch (find->sw3) {
    case sw3::kCardFound:
      // A card that was read answers 80 while it stays; 9F now means it was lifted and placed again
      // (or another card came).
      if (state_ == ReaderState::CardPresent) {
        state_ = ReaderState::Connected;
        emit(CardRemoved{});
      }
      read_card();
      return;
    case sw3::kNoCard: poll_without_card(); return;
    default: note_failure("find card: " + describe_sam_status(find->sw3));
  }
}

void IdCardReader::poll_without_card() {
  switch (state_.load()) {
    case ReaderState::CardUnread: {
      // A read that failed late (e.g. a reply that came after our time-out) can leave the card
      // halted: find answers 80 although it still lies there. Select tells; then read it.
      auto sel = conversation_->exchange(SamCommand::SelectCard, options_.reply_timeout);
      if (!sel) {
        handle_io(sel.error());
        return;
      }
      if (sel->sw3 == sw3::kOk) {
        read_card();
        return;
      }
      state_ = ReaderState::Connected;  // the failed card is gone: report the next failure again
      return;
    }
    case ReaderState::CardPresent: {
      if (options_.presence_probe != PresenceProbe::SelectCard) return;
      auto sel = conversation_->exchange(SamCommand::SelectCard, options_.reply_timeout);
      if (!sel) {
        handle_io(sel.error());
        return;
      }
      if (sel->sw3 != sw3::kOk) {
        state_ = ReaderState::Connected;
        emit(CardRemoved{});
      }
      return;
    }
    default: return;
  }
}

void IdCardReader::read_card() {
  // Once per placed card: a card whose read keeps failing is not announced again on every poll.
  const bool retry = state_ == ReaderState::CardUnread;
  state_ = ReaderState::Reading;
  if (!retry) emit(CardReading{});
  std::string reason;
  for (int attempt = 1; attempt <= options_.read_attempts; ++attempt) {
    auto sel = conversation_->exchange(SamCommand::SelectCard, options_.reply_timeout);
    if (!sel) {
      if (sel.error().kind == IoErrorKind::Disconnected) return (void)handle_io(sel.error());
      reason = sel.error().describe();
      continue;
    }
    if (sel->sw3 != sw3::kOk) {
      reason = "select card: " + describe_sam_status(sel->sw3);
      continue;
    }
    auto reply = conversation_->exchange(SamCommand::ReadTextPhoto, options_.read_timeout);
    if (!reply) {
      if (reply.error().kind == IoErrorKind::Disconnected) return (void)handle_io(reply.error());
      reason = reply.error().describe();
      continue;
    }
    auto record = decode_read_reply(*reply);
    if (!record) {
      reason = "read text and photo: " + record.error().message;
      continue;
    }
    if (!record->id_number_valid) log("card number fails its check: " + record->id_number);
    state_ = ReaderState::CardPresent;
    emit(CardPresented{std::move(*record)});
    return;
  }
  log("read failed: " + reason);
  state_ = ReaderState::CardUnread;
  if (!retry) emit(ReadFailed{reason});
}

}  // namespace devices::idcard
