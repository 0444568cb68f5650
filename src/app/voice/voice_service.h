#pragma once
// The kiosk's voice: one worker thread owns espeak-ng and the sound device. The UI thread only
// posts "say this"; a newer request cuts the one being spoken (the synthesis is aborted, the
// buffered sound dropped). The thread starts, and espeak-ng is initialised, at the first prompt —
// never at start-up. Between prompts the thread sleeps on a condition variable (an idle kiosk
// uses no CPU). Without a sound card (CI, Xvfb) the first prompt logs one line and every later
// one is dropped at once: the kiosk keeps working, silently, with no retries.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace app::voice {

struct VoiceSettings {
  bool enabled = false;
  int volume = 100;  // 0..100
};

class VoiceService {
 public:
  // Builds the sentence on the worker (catalog files load there, off the UI thread); empty: nothing.
  using Text = std::function<std::string()>;

  explicit VoiceService(VoiceSettings settings) : settings_(settings) {}
  ~VoiceService();
  VoiceService(const VoiceService&) = delete;
  VoiceService& operator=(const VoiceService&) = delete;

  bool enabled() const { return settings_.enabled; }
  // Speaks `text` in espeak-ng voice `voice` ("cmn", "en"), cutting whatever is being said.
  void say(Text text, std::string voice);
  // Cuts the current prompt and ends the thread (Services::stop).
  void stop();

  // For tests: how many prompts were played, and whether the sound device was found missing.
  std::uint64_t played() const;
  bool silent() const;

 private:
  struct Request {
    Text text;
    std::string voice;
  };
  void run();
  void speak(Request r, std::uint64_t generation);

  const VoiceSettings settings_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::optional<Request> pending_;
  std::uint64_t generation_ = 0;  // raised by every request: the one being spoken compares
  bool stop_ = false;
  bool silent_ = false;           // no sound device, or espeak-ng unusable: drop everything
  std::uint64_t played_ = 0;
  std::thread thread_;
};

}  // namespace app::voice
