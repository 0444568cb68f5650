#include "app/voice/speech_synth.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <mutex>

namespace app::voice {

namespace {

std::mutex g_mu;          // espeak-ng's state is global: one caller at a time
int g_sample_rate = 0;    // > 0 once initialised
bool g_init_failed = false;

struct Job {
  Speech* out = nullptr;
  const std::function<bool()>* cancelled = nullptr;
};

int on_samples(short* wav, int n, espeak_EVENT* events) {
  Job* job = events ? static_cast<Job*>(events->user_data) : nullptr;
  if (!job) return 0;
  if (wav && n > 0) job->out->samples.insert(job->out->samples.end(), wav, wav + n);
  if (*job->cancelled && (*job->cancelled)()) {
    job->out->cut = true;
    return 1;  // abort the synthesis
  }
  return 0;
}

base::Status initialise() {
  if (g_sample_rate > 0) return base::ok();
  if (g_init_failed) return base::Error{"espeak-ng could not be initialised (see the first error)"};
  // DONT_EXIT: without it espeak-ng ends the process when its data is missing.
  const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 60, nullptr, espeakINITIALIZE_DONT_EXIT);
  if (rate <= 0) {
    g_init_failed = true;
    return base::Error{"espeak-ng could not be initialised: its data is missing (Debian espeak-ng-data)"};
  }
  espeak_SetSynthCallback(on_samples);
  g_sample_rate = rate;
  return base::ok();
}

}  // namespace

std::string voice_for_language(std::string_view language_tag) {
  return language_tag.rfind("zh", 0) == 0 ? "cmn" : "en";
}

base::Result<Speech> synthesize(std::string_view text, const SpeechOptions& o, const std::function<bool()>& cancelled) {
  std::lock_guard lock(g_mu);
  if (auto s = initialise(); !s) return s.error();
  if (espeak_SetVoiceByName(o.voice.c_str()) != EE_OK)
    return base::Error{"voice " + o.voice + " is not installed (Debian espeak-ng-data has cmn, en, …)"};
  espeak_SetParameter(espeakVOLUME, std::clamp(o.volume, 0, 100), 0);
  espeak_SetParameter(espeakRATE, std::clamp(o.rate_wpm, 80, 450), 0);
  Speech speech;
  speech.sample_rate = g_sample_rate;
  Job job{&speech, &cancelled};
  const std::string t(text);  // espeak-ng wants a NUL-terminated string
  const espeak_ERROR r =
      espeak_Synth(t.c_str(), t.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &job);
  if (r != EE_OK && !speech.cut) return base::Error{"espeak-ng refused the text (error " + std::to_string(r) + ")"};
  if (speech.cut) espeak_Cancel();  // a newer prompt: drop what espeak-ng still holds of this one
  else espeak_Synchronize();
  return speech;
}

}  // namespace app::voice
