#pragma once
// espeak-ng, synthesising into memory (never straight to a sound card): the kiosk's voice worker
// plays what comes back, `onewindow say` writes it to a WAV file. espeak-ng keeps one global state
// per process; this wrapper initialises it on first use and serialises every call. Voices are
// espeak-ng's names ("cmn" Mandarin, "en"); Debian's espeak-ng-data holds them.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace app::voice {

struct Speech {
  int sample_rate = 0;           // Hz, mono
  std::vector<std::int16_t> samples;
  bool cut = false;              // `cancelled` said stop before the end
  double seconds() const { return sample_rate ? static_cast<double>(samples.size()) / sample_rate : 0; }
};

struct SpeechOptions {
  std::string voice = "cmn";
  int volume = 100;  // 0..100 % of espeak-ng's normal loudness
  int rate_wpm = 150;  // a little slower than espeak-ng's 175: many kiosk users are elderly
};

// Synthesises `text` (UTF-8). `cancelled`, asked between chunks of about 50 ms, stops the work
// early (a newer prompt wins). Errors: espeak-ng's data or the voice not installed, text refused.
base::Result<Speech> synthesize(std::string_view text, const SpeechOptions& options,
                                const std::function<bool()>& cancelled = {});

// The espeak-ng voice for a UI language tag: "cmn" for zh-CN, "en" for en.
std::string voice_for_language(std::string_view language_tag);

}  // namespace app::voice
