#include "devices/idcard/simulator.h"

#include "devices/idcard/protocol_read_reply.h"
#include "devices/idcard/protocol_text_block.h"

namespace devices::idcard {

namespace {
constexpr std::chrono::milliseconds kServePoll{50};
constexpr std::size_t kFindCardDataBytes = 4;
constexpr std::size_t kSelectCardDataBytes = 8;
constexpr std::size_t kSamIdBytes = 16;
}  // namespace

SimulatedReader::SimulatedReader() = default;

SimulatedReader::~SimulatedReader() {
  cancel();
  std::shared_ptr<MemoryTransport> host;
  {
    std::lock_guard lock(mutex_);
    host = host_end_;
  }
  if (host) host->close();
  if (server_.joinable()) {
    server_.request_stop();
    server_.join();
  }
}

std::shared_ptr<Transport> SimulatedReader::open(std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  auto free_to_open = [&] { return plugged_ && (!host_end_ || !host_end_->connected()); };
  changed_.wait_for(lock, wait, [&] { return free_to_open() || cancelled_; });
  if (cancelled_) {
    cancelled_ = false;  // one cancel wakes one wait; the source can be used again
    return nullptr;
  }
  if (!free_to_open()) return nullptr;
  auto pair = make_memory_transport_pair("simulated reader");
  host_end_ = pair.host;
  card_read_ = false;  // a reader that powers up sees any card as new
  lock.unlock();
  if (server_.joinable()) {
    server_.request_stop();
    server_.join();
  }
  server_ = std::jthread([this, dev = pair.device](std::stop_token st) { serve(st, dev); });
  return pair.host;
}

void SimulatedReader::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  changed_.notify_all();
}

void SimulatedReader::place(base::IdCardRecord card) {
  std::lock_guard lock(mutex_);
  card_ = std::move(card);
  card_read_ = false;
}

void SimulatedReader::remove() {
  std::lock_guard lock(mutex_);
  card_.reset();
  card_read_ = false;
}

bool SimulatedReader::has_card() const {
  std::lock_guard lock(mutex_);
  return card_.has_value();
}

void SimulatedReader::unplug() {
  std::shared_ptr<MemoryTransport> host;
  {
    std::lock_guard lock(mutex_);
    plugged_ = false;
    host = std::move(host_end_);
  }
  if (host) host->close();
}

void SimulatedReader::plug() {
  {
    std::lock_guard lock(mutex_);
    plugged_ = true;
    if (host_end_ && !host_end_->connected()) host_end_.reset();
  }
  changed_.notify_all();
}

bool SimulatedReader::plugged() const {
  std::lock_guard lock(mutex_);
  return plugged_;
}

void SimulatedReader::corrupt_replies(int count, std::optional<SamCommand> command) {
  std::lock_guard lock(mutex_);
  rules_.push_back({Rule::Action::Corrupt, command, count});
}
void SimulatedReader::delay_replies(std::chrono::milliseconds delay, int count, std::optional<SamCommand> command) {
  std::lock_guard lock(mutex_);
  rules_.push_back({Rule::Action::Delay, command, count, delay});
}
void SimulatedReader::fail_replies(std::uint8_t status, int count, std::optional<SamCommand> command) {
  std::lock_guard lock(mutex_);
  rules_.push_back({Rule::Action::Fail, command, count, {}, status});
}
void SimulatedReader::drop_replies(int count, std::optional<SamCommand> command) {
  std::lock_guard lock(mutex_);
  rules_.push_back({Rule::Action::Drop, command, count});
}
void SimulatedReader::clear_script() {
  std::lock_guard lock(mutex_);
  rules_.clear();
}

int SimulatedReader::commands_seen(SamCommand command) const {
  std::lock_guard lock(mutex_);
  auto it = seen_.find(command);
  return it == seen_.end() ? 0 : it->second;
}

void SimulatedReader::set_on_read_reply_sent(std::function<void(std::chrono::steady_clock::time_point)> hook) {
  std::lock_guard lock(mutex_);
  on_read_reply_sent_ = std::move(hook);
}

void SimulatedReader::serve(std::stop_token stop, std::shared_ptr<MemoryTransport> device_end) {
  SamStreamParser parser;
  while (!stop.stop_requested()) {
    auto chunk = device_end->read(4096, kServePoll);
    if (!chunk) {
      if (chunk.error().kind == IoErrorKind::Disconnected) return;
      continue;
    }
    parser.feed(*chunk);
    while (auto frame = parser.next_frame()) {
      if (!frame->ok()) {
        auto reply = build_response(sw3::kChecksumError);
        (void)device_end->write(reply, kServePoll);
        continue;
      }
      auto command = parse_command(frame->value());
      if (!command) {
        auto reply = build_response(sw3::kBadCommand);
        (void)device_end->write(reply, kServePoll);
        continue;
      }
      answer(*command, *device_end, stop);
    }
  }
}

void SimulatedReader::answer(SamCommand command, MemoryTransport& device_end, std::stop_token& stop) {
  std::vector<std::uint8_t> reply;
  std::chrono::milliseconds delay{0};
  bool corrupt = false, drop = false;
  std::optional<std::uint8_t> fail;
  std::function<void(std::chrono::steady_clock::time_point)> hook;
  {
    std::lock_guard lock(mutex_);
    ++seen_[command];
    for (auto& r : rules_) {
      if (r.remaining <= 0 || (r.command && *r.command != command)) continue;
      --r.remaining;
      switch (r.action) {
        case Rule::Action::Corrupt: corrupt = true; break;
        case Rule::Action::Delay: delay += r.delay; break;
        case Rule::Action::Fail: fail = r.sw3; break;
        case Rule::Action::Drop: drop = true; break;
      }
    }
    std::erase_if(rules_, [](const Rule& r) { return r.remaining <= 0; });
    reply = fail ? build_response(*fail) : reply_to(command);
    if (command == SamCommand::ReadTextPhoto) hook = on_read_reply_sent_;
  }
  if (drop) return;
  if (delay.count() > 0) {
    std::mutex m;
    std::condition_variable_any cv;
    std::unique_lock lock(m);
    cv.wait_for(lock, stop, delay, [] { return false; });
    if (stop.stop_requested()) return;
  }
  if (corrupt) reply.back() ^= 0xFF;
  const auto handed_over = std::chrono::steady_clock::now();
  (void)device_end.write(reply, kServePoll);
  if (hook) hook(handed_over);
}

std::vector<std::uint8_t> SimulatedReader::reply_to(SamCommand command) {
  switch (command) {
    case SamCommand::ResetSam:
    case SamCommand::SamStatus: return build_response(sw3::kOk);
    case SamCommand::ReadSamId: return build_response(sw3::kOk, std::vector<std::uint8_t>(kSamIdBytes, 0x5A));
    case SamCommand::FindCard:
      if (!card_ || card_read_) return build_response(sw3::kNoCard);
      return build_response(sw3::kCardFound, std::vector<std::uint8_t>(kFindCardDataBytes, 0));
    case SamCommand::SelectCard:
      if (!card_) return build_response(sw3::kSelectFailed);
      return build_response(sw3::kOk, std::vector<std::uint8_t>(kSelectCardDataBytes, 0));
    case SamCommand::ReadTextPhoto:
    case SamCommand::ReadTextPhotoFinger: {
      if (!card_) return build_response(sw3::kReadFailed);
      card_read_ = true;
      const auto text = encode_text_block(*card_);
      std::vector<std::uint8_t> photo = card_->photo;
      photo.resize(kPhotoBytes);
      const std::vector<std::uint8_t> finger =
          command == SamCommand::ReadTextPhotoFinger ? std::vector<std::uint8_t>(1024, 0) : std::vector<std::uint8_t>{};
      return build_response(sw3::kOk, build_read_reply_data(text, photo, finger));
    }
    case SamCommand::ReadAppendedAddress:
      if (!card_) return build_response(sw3::kReadFailed);
      return build_response(sw3::kNoContent);
  }
  return build_response(sw3::kBadCommand);
}

}  // namespace devices::idcard
