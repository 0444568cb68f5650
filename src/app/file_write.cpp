#include "app/file_write.h"

#include <fstream>

namespace app {

base::Status write_file_atomically(const std::filesystem::path& out, const std::string& bytes) {
  auto tmp = out;
  tmp += ".part";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return base::Error{"cannot write " + tmp.string()};
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.flush();
    if (!f) return base::Error{"writing " + tmp.string() + " failed (disk full?)"};
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return base::Error{"cannot write " + out.string() + ": " + ec.message()};
  }
  return base::ok();
}

}  // namespace app
