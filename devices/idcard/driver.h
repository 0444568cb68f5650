#pragma once
// The ID-card reader driver: the find → select → read conversation as a state machine over a
// Transport, running on its own thread and reporting IdCardReaderEvents (events.h) through a callback.
//
//   auto source = std::make_shared<devices::idcard::SimulatedReader>();   // or a USB or serial source
//   devices::idcard::IdCardReader reader(source, {}, [&](const IdCardReaderEvent& e) { post(e); });
//   reader.start();   // … reader.stop() (also done by the destructor)
//
// The callback runs on the driver thread: it must not block (post to a queue and return).
//
// The states (ReaderState) and what moves between them:
//   Searching   → Connected    the source hands over a transport          ReaderConnected
//   Connected   → Reading      find-card answers 9F                       CardReading
//   Reading     → CardPresent  select and read succeed                    CardPresented
//   Reading     → CardUnread   every read attempt failed                  ReadFailed
//   CardPresent → Connected    select-card fails: the card was lifted     CardRemoved
//   CardPresent → Reading      find-card answers 9F: placed again         CardRemoved, CardReading
//   CardUnread  → Reading      find 9F, or find 80 and select ok: retry   (nothing: reported once)
//   CardUnread  → Connected    find 80 and select fails: the card is gone
//   any         → Searching    unplugged, or silent through SAM resets    [CardRemoved], ReaderDisconnected
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "devices/idcard/events.h"
#include "devices/idcard/protocol_sam_frame.h"
#include "devices/transport.h"

namespace devices::idcard {

enum class ReaderState {
  Searching,    // no reader open: asking the TransportSource again and again
  Connected,    // reader open, no card known: polling find-card
  Reading,      // a card was found: select and read in progress
  CardPresent,  // read and presented; find answers 80 while it stays
  CardUnread,   // found but its read failed (reported once); read again while it lies there
};

std::string_view reader_state_name(ReaderState s);  // "searching", "connected", … (logs, tests)

// How removal is noticed. After a successful read, find-card answers 80 both while the same card
// stays and after it is lifted (protocols.md). Probing with select-card (90 = still in the field,
// anything else = gone) is our assumption (unverified on hardware); with None, removal is only
// noticed when the next card is found.
enum class PresenceProbe { SelectCard, None };

struct IdCardReaderOptions {
  std::chrono::milliseconds poll_period{300};      // between find-card polls (config: idcard.poll_ms)
  std::chrono::milliseconds reply_timeout{500};    // find, select, SAM commands
  std::chrono::milliseconds read_timeout{3000};    // the 1,295-byte text+photo reply (~1 s on hardware)
  std::chrono::milliseconds reconnect_wait{500};   // between attempts to open an absent reader
  int read_attempts = 2;                           // select+read tries for one card before ReadFailed
  int failures_before_reset = 3;                   // consecutive failed exchanges before a SAM reset
  int resets_before_reopen = 2;                    // SAM resets without success before reopening the device
  PresenceProbe presence_probe = PresenceProbe::SelectCard;
  std::function<void(const std::string&)> log;     // technical detail (optional)
};

// One command and its reply over a Transport: the only place the driver touches bytes.
class SamConversation {
 public:
  explicit SamConversation(std::shared_ptr<Transport> transport) : transport_(std::move(transport)) {}

  // Sends `command`, waits up to `timeout` for one complete reply. Errors: Disconnected (device
  // gone), Timeout (no complete reply in time), Io (write failed, or the reply was corrupt: the
  // message names the command and what was wrong, e.g. "read text and photo: checksum expected 3A got 00").
  IoResult<SamResponse> exchange(SamCommand command, std::chrono::milliseconds timeout);

  Transport& transport() { return *transport_; }

 private:
  std::shared_ptr<Transport> transport_;
  SamStreamParser parser_;
};

class IdCardReader {
 public:
  using Callback = std::function<void(const IdCardReaderEvent&)>;

  IdCardReader(std::shared_ptr<TransportSource> source, IdCardReaderOptions options, Callback on_event);
  ~IdCardReader();
  IdCardReader(const IdCardReader&) = delete;
  IdCardReader& operator=(const IdCardReader&) = delete;

  void start();  // spawns the driver thread
  void stop();   // joins it; safe to call twice

  // Makes the next poll happen now (e.g. after hot-plug arrival).
  void poll_now();

  // Where the conversation stands (any thread). An event is sent after the state it reports is set.
  ReaderState state() const { return state_.load(); }

 private:
  void run(std::stop_token stop);
  void connect(std::shared_ptr<Transport> transport);
  void poll_once();
  void poll_without_card();  // find-card answered 80
  void read_card();
  void note_failure(const std::string& what);
  void drop_transport(const std::string& reason);
  void emit(IdCardReaderEvent e);
  void log(const std::string& line);
  bool handle_io(const IoError& e);  // true when the transport was dropped
  void wait(std::stop_token& stop, std::chrono::milliseconds d);

  std::shared_ptr<TransportSource> source_;
  IdCardReaderOptions options_;
  Callback on_event_;

  std::atomic<ReaderState> state_{ReaderState::Searching};
  std::optional<SamConversation> conversation_;  // set in every state but Searching
  int consecutive_failures_ = 0;
  int resets_without_success_ = 0;
  std::string last_open_problem_;

  std::mutex wake_mutex_;
  std::condition_variable_any wake_;
  bool poll_requested_ = false;
  std::jthread thread_;
};

}  // namespace devices::idcard
