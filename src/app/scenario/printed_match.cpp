#include "app/scenario/printed_match.h"

namespace app::scenario {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

bool is_blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; }

}  // namespace

std::string without_paper_blanks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_blank(s[i])) continue;
    if (s.substr(i, kIdeographicSpace.size()) == kIdeographicSpace) {
      i += kIdeographicSpace.size() - 1;
      continue;
    }
    out += s[i];
  }
  return out;
}

bool printed_holds(std::string_view printed, std::string_view wanted) {
  const std::string w = without_paper_blanks(wanted);
  return !w.empty() && without_paper_blanks(printed).find(w) != std::string::npos;
}

std::string printed_excerpt(std::string_view printed, std::size_t max_bytes) {
  std::string lines;
  std::size_t start = 0;
  while (start < printed.size()) {
    std::size_t end = printed.find('\n', start);
    if (end == std::string_view::npos) end = printed.size();
    std::string_view line = printed.substr(start, end - start);
    while (!line.empty() && is_blank(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    if (!line.empty()) lines += (lines.empty() ? "" : " | ") + std::string(line);
    start = end + 1;
  }
  if (lines.empty()) return "(nothing printed)";
  if (lines.size() <= max_bytes) return lines;
  std::size_t from = lines.size() - max_bytes;
  while (from < lines.size() && (static_cast<unsigned char>(lines[from]) & 0xC0) == 0x80) ++from;  // not mid-character
  return "…" + lines.substr(from);
}

}  // namespace app::scenario
