#include "app/file_write.h"

#include <fstream>

namespace app {

core::Status write_file_atomically(const std::filesystem::path& out, const std::string& bytes) {
  auto tmp = out;
  tmp += ".part";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return core::Error{"cannot write " + tmp.string()};
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.flush();
    if (!f) return core::Error{"writing " + tmp.string() + " failed (disk full?)"};
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return core::Error{"cannot write " + out.string() + ": " + ec.message()};
  }
  return core::ok();
}

}  // namespace app
