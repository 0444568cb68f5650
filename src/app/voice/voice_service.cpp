#include "app/voice/voice_service.h"

#include "app/log.h"
#include "app/voice/audio_out.h"
#include "app/voice/speech_synth.h"

namespace app::voice {

VoiceService::~VoiceService() { stop(); }

void VoiceService::say(Text text, std::string voice) {
  if (!settings_.enabled) return;
  {
    std::lock_guard lock(mu_);
    if (stop_ || silent_) return;
    pending_ = Request{std::move(text), std::move(voice)};
    ++generation_;
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
  }
  cv_.notify_one();
}

void VoiceService::stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    ++generation_;
  }
  cv_.notify_one();
  if (thread_.joinable()) thread_.join();
}

std::uint64_t VoiceService::played() const {
  std::lock_guard lock(mu_);
  return played_;
}

bool VoiceService::silent() const {
  std::lock_guard lock(mu_);
  return silent_;
}

void VoiceService::run() {
  for (;;) {
    Request r;
    std::uint64_t generation = 0;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stop_ || pending_.has_value(); });
      if (stop_) return;
      r = std::move(*pending_);
      pending_.reset();
      generation = generation_;
    }
    speak(std::move(r), generation);
  }
}

void VoiceService::speak(Request r, std::uint64_t generation) {
  auto superseded = [this, generation] {
    std::lock_guard lock(mu_);
    return stop_ || generation_ != generation;
  };
  const std::string text = r.text ? r.text() : std::string();
  if (text.empty() || superseded()) return;
  auto speech = synthesize(text, SpeechOptions{r.voice, settings_.volume}, superseded);
  auto give_up = [this](const std::string& why) {
    log::warn("voice", why + ": prompts stay silent until the terminal restarts");
    std::lock_guard lock(mu_);
    silent_ = true;
    pending_.reset();
  };
  if (!speech) return give_up(speech.error().message);
  if (speech->cut) return;
  if (auto s = play(*speech, superseded); !s) return give_up(s.error().message);
  std::lock_guard lock(mu_);
  ++played_;
}

}  // namespace app::voice
