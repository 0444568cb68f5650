#pragma once
// A simulated ID-card reader: the reader's side of the SAM protocol over an in-memory transport,
// with a card slot and a script of misbehaviour. It is a TransportSource, so the real driver runs
// against it unchanged (the `--demo` mode and the driver tests).
//
//   auto reader = std::make_shared<SimulatedReader>();
//   reader->place(sample_cards()[0]);   // a person puts a card down (F1..F4 in the demo)
//   reader->remove();                   // …and takes it away
//   reader->unplug(); reader->plug();   // cable out, cable in
//
// Card model: find-card answers 9F for a freshly placed card and 80 once it has been read (until it
// is placed again) or when there is none; select answers 90 while a card lies there, 81 otherwise.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "base/id_card_record.h"
#include "devices/idcard/protocol_sam_frame.h"
#include "devices/memory_transport.h"
#include "devices/transport.h"

namespace devices::idcard {

class SimulatedReader final : public TransportSource {
 public:
  SimulatedReader();
  ~SimulatedReader() override;

  // --- TransportSource
  std::shared_ptr<Transport> open(std::chrono::milliseconds wait) override;
  void cancel() override;
  std::string describe() const override { return "simulated reader"; }

  // --- the card slot
  void place(base::IdCardRecord card);
  void remove();
  bool has_card() const;

  // --- the cable
  void unplug();  // cuts the current link; open() returns nullptr until plug()
  void plug();
  bool plugged() const;

  // --- the script: each applies to the next `count` replies to `command` (all commands if nullopt)
  void corrupt_replies(int count, std::optional<SamCommand> command = std::nullopt);  // flip the checksum
  void delay_replies(std::chrono::milliseconds delay, int count, std::optional<SamCommand> command = std::nullopt);
  void fail_replies(std::uint8_t sw3, int count, std::optional<SamCommand> command = std::nullopt);
  void drop_replies(int count, std::optional<SamCommand> command = std::nullopt);  // say nothing
  void clear_script();

  // How many times each command has been received (tests assert the conversation).
  int commands_seen(SamCommand command) const;

  // Called with the time each read reply was handed to the transport, i.e. just before its bytes
  // (the last one included) reach the driver's end (benchmark).
  void set_on_read_reply_sent(std::function<void(std::chrono::steady_clock::time_point)> hook);

 private:
  struct Rule {
    enum class Action { Corrupt, Delay, Fail, Drop } action;
    std::optional<SamCommand> command;
    int remaining;
    std::chrono::milliseconds delay{0};
    std::uint8_t sw3 = 0;
  };

  void serve(std::stop_token stop, std::shared_ptr<MemoryTransport> device_end);
  void answer(SamCommand command, MemoryTransport& device_end, std::stop_token& stop);
  std::vector<std::uint8_t> reply_to(SamCommand command);  // under mutex_

  mutable std::mutex mutex_;
  std::condition_variable_any changed_;
  std::optional<base::IdCardRecord> card_;
  bool card_read_ = false;  // read since placed: find answers 80
  bool plugged_ = true;
  bool cancelled_ = false;
  std::vector<Rule> rules_;
  std::map<SamCommand, int> seen_;
  std::shared_ptr<MemoryTransport> host_end_;
  std::function<void(std::chrono::steady_clock::time_point)> on_read_reply_sent_;
  std::jthread server_;
};

}  // namespace devices::idcard
