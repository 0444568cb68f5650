#include "app/scenario/pdf_text.h"

#include <cstdio>
#include <system_error>

namespace app::scenario {

std::string without_blanks(const std::string& s) {
  std::string out;
  for (char ch : s)
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') out += ch;
  return out;
}

std::optional<std::filesystem::path> newest_pdf(const std::filesystem::path& folder) {
  std::error_code ec;
  std::optional<std::filesystem::path> best;
  std::filesystem::file_time_type best_time;
  for (const auto& e : std::filesystem::directory_iterator(folder, ec)) {
    if (e.path().extension() != ".pdf") continue;
    const auto t = e.last_write_time(ec);
    if (ec) continue;
    if (!best || t > best_time) {
      best = e.path();
      best_time = t;
    }
  }
  return best;
}

std::optional<std::string> pdf_text(const std::filesystem::path& pdf) {
  std::string quoted = "'";
  for (char ch : pdf.string()) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  quoted += "'";
  FILE* p = ::popen(("pdftotext -q -enc UTF-8 " + quoted + " - 2>/dev/null").c_str(), "r");
  if (!p) return std::nullopt;
  std::string out;
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  if (::pclose(p) != 0) return std::nullopt;
  return out;
}

}  // namespace app::scenario
