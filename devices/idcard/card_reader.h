#pragma once
// The ID-card reader driver: the find → select → read conversation as a state machine over a
// Transport, running on its own thread and reporting IdCardReaderEvents through a callback.
//
//   auto source = std::make_shared<devices::idcard::SimulatedReader>();   // or a USB source
//   devices::idcard::IdCardReader reader(source, {}, [&](const IdCardReaderEvent& e) { post(e); });
//   reader.start();   // … reader.stop() (also done by the destructor)
//
// The callback runs on the driver thread: it must not block (post to a queue and return).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "devices/idcard/reader_events.h"
#include "devices/idcard/sam_conversation.h"
#include "devices/transport.h"

namespace devices::idcard {

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

 private:
  void run(std::stop_token stop);
  void poll_once();
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

  std::optional<SamConversation> conversation_;
  bool card_present_ = false;
  bool read_failure_reported_ = false;
  bool unread_card_ = false;  // a card was found but its read failed  // one ReadFailed per placed card, not one per poll
  int consecutive_failures_ = 0;
  int resets_without_success_ = 0;
  std::string last_open_problem_;

  std::mutex wake_mutex_;
  std::condition_variable_any wake_;
  bool poll_requested_ = false;
  std::jthread thread_;
};

}  // namespace devices::idcard
