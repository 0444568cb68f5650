// `onewindow say TEXT --out FILE.wav [--voice cmn] [--volume N]`: what the kiosk's voice would say,
// written as a mono 16-bit WAV file (for technicians checking a voice, and for the tests).
#include <string>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/voice/speech_synth.h"
#include "app/voice/wav_file.h"

namespace app {

int run_say(Args args) {
  ArgParser p(args);
  const auto out = p.option("--out");
  const auto voice = p.option("--voice");
  const auto volume = p.option("--volume");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("say takes one TEXT (in quotes if it has spaces)");
  if (!out) return usage_error("say needs --out FILE.wav");
  if (pos[0].find_first_not_of(" \t\r\n") == std::string::npos) return usage_error("say: TEXT is empty");
  voice::SpeechOptions o;
  if (voice) {
    if (voice->empty()) return usage_error("--voice must name an espeak-ng voice, e.g. cmn");
    o.voice = *voice;
  }
  if (volume) {
    const bool digits = !volume->empty() && volume->size() <= 3 && volume->find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoi(*volume) > 100) return usage_error("--volume takes 0 to 100, got '" + *volume + "'");
    o.volume = std::stoi(*volume);
  }
  auto speech = voice::synthesize(pos[0], o);
  if (!speech) return usage_error("say: " + speech.error().message);
  if (speech->samples.empty()) return usage_error("say: TEXT has nothing to speak");
  if (auto s = voice::write_wav(*out, *speech); !s) return usage_error("say: " + s.error().message);
  return kExitOk;
}

}  // namespace app
