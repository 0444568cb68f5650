#include "app/voice/wav_file.h"

#include <cstdint>

#include "app/file_write.h"

namespace app::voice {

namespace {
void put_le(std::string& out, std::uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
}  // namespace

std::string wav_bytes(const Speech& s) {
  const std::uint32_t data_bytes = static_cast<std::uint32_t>(s.samples.size() * 2);
  const std::uint32_t rate = static_cast<std::uint32_t>(s.sample_rate);
  std::string out;
  out.reserve(44 + data_bytes);
  out += "RIFF";
  put_le(out, 36 + data_bytes, 4);
  out += "WAVEfmt ";
  put_le(out, 16, 4);        // fmt chunk size
  put_le(out, 1, 2);         // PCM
  put_le(out, 1, 2);         // mono
  put_le(out, rate, 4);
  put_le(out, rate * 2, 4);  // bytes per second
  put_le(out, 2, 2);         // block align
  put_le(out, 16, 2);        // bits per sample
  out += "data";
  put_le(out, data_bytes, 4);
  for (std::int16_t v : s.samples) put_le(out, static_cast<std::uint16_t>(v), 2);
  return out;
}

base::Status write_wav(const std::filesystem::path& file, const Speech& speech) {
  return write_file_atomically(file, wav_bytes(speech));
}

}  // namespace app::voice
