#pragma once
// Plays synthesised speech on the default ALSA device (PulseAudio or PipeWire through their ALSA
// plugin where installed). Blocking: the voice worker calls it, never the UI thread. ALSA's own
// error chatter on stderr is silenced; a failure comes back as one line.
#include <functional>

#include "app/voice/speech_synth.h"
#include "base/result.h"

namespace app::voice {

// Plays `speech` to the end, or until `cancelled` (asked every ~50 ms) says stop — then what is
// still buffered is dropped at once. Error: no sound device, or the device refused the format.
base::Status play(const Speech& speech, const std::function<bool()>& cancelled);

}  // namespace app::voice
