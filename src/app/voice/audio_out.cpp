#include "app/voice/audio_out.h"

#include <alsa/asoundlib.h>

#include <algorithm>
#include <mutex>
#include <string>

namespace app::voice {

namespace {

void quiet(const char*, int, const char*, int, const char*, ...) {}

}  // namespace

base::Status play(const Speech& speech, const std::function<bool()>& cancelled) {
  static std::once_flag silenced;
  std::call_once(silenced, [] { snd_lib_error_set_handler(quiet); });
  if (speech.samples.empty()) return base::ok();
  snd_pcm_t* pcm = nullptr;
  int r = snd_pcm_open(&pcm, "default", SND_PCM_STREAM_PLAYBACK, 0);
  if (r < 0) return base::Error{std::string("no sound device (ALSA default: ") + snd_strerror(r) + ")"};
  r = snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                         static_cast<unsigned>(speech.sample_rate), 1, 200000 /* µs of buffer */);
  if (r < 0) {
    snd_pcm_close(pcm);
    return base::Error{std::string("the sound device refused 16-bit mono (ALSA: ") + snd_strerror(r) + ")"};
  }
  const std::size_t chunk = static_cast<std::size_t>(std::max(1, speech.sample_rate / 20));  // 50 ms
  std::size_t at = 0;
  bool cut = false;
  while (at < speech.samples.size()) {
    if (cancelled && cancelled()) {
      cut = true;
      break;
    }
    const std::size_t n = std::min(chunk, speech.samples.size() - at);
    snd_pcm_sframes_t w = snd_pcm_writei(pcm, speech.samples.data() + at, n);
    if (w < 0) w = snd_pcm_recover(pcm, static_cast<int>(w), 1);
    if (w < 0) {
      snd_pcm_close(pcm);
      return base::Error{std::string("the sound device stopped (ALSA: ") + snd_strerror(static_cast<int>(w)) + ")"};
    }
    at += static_cast<std::size_t>(w);
  }
  if (cut) snd_pcm_drop(pcm);
  else snd_pcm_drain(pcm);
  snd_pcm_close(pcm);
  return base::ok();
}

}  // namespace app::voice
