#pragma once
// A mono 16-bit PCM WAV file of synthesised speech (`onewindow say --out`).
#include <filesystem>
#include <string>

#include "app/voice/speech_synth.h"
#include "base/result.h"

namespace app::voice {

// The bytes of a RIFF/WAVE file holding `speech`.
std::string wav_bytes(const Speech& speech);
// Writes them to `file` (replacing it); the error names the file.
base::Status write_wav(const std::filesystem::path& file, const Speech& speech);

}  // namespace app::voice
