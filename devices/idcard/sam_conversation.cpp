#include "devices/idcard/sam_conversation.h"

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

}  // namespace devices::idcard
