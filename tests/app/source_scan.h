#pragma once
// Reading the project's own source in tests: the string literals of a C++ file (ordinary,
// prefixed and raw; comments and character literals skipped), and whether a text is Chinese.
// Used by the tests that hold user text to the catalog (flow_text_test, catalog_keys_test).
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace source_scan {

struct Literal {
  int line;
  std::string text;
};

// The string literals of C++ source (ordinary, prefixed and raw), without comments or character
// literals. Enough of the lexer for this codebase: no trigraphs, no line splices inside literals.
inline std::vector<Literal> string_literals(std::string_view src) {
  std::vector<Literal> out;
  int line = 1;
  std::size_t i = 0;
  auto count_lines = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < src.size(); ++k) line += src[k] == '\n';
  };
  while (i < src.size()) {
    const char c = src[i];
    if (c == '\n') {
      ++line;
      ++i;
    } else if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string_view::npos) break;
    } else if (src.compare(i, 2, "/*") == 0) {
      const std::size_t end = src.find("*/", i + 2);
      const std::size_t stop = end == std::string_view::npos ? src.size() : end + 2;
      count_lines(i, stop);
      i = stop;
    } else if (c == 'R' && i + 1 < src.size() && src[i + 1] == '"') {
      // R"delim( … )delim"
      const std::size_t open = src.find('(', i + 2);
      if (open == std::string_view::npos) break;
      const std::string close = ")" + std::string(src.substr(i + 2, open - i - 2)) + "\"";
      const std::size_t end = src.find(close, open + 1);
      const std::size_t stop = end == std::string_view::npos ? src.size() : end;
      out.push_back({line, std::string(src.substr(open + 1, stop - open - 1))});
      count_lines(i, stop + close.size());
      i = stop + close.size();
    } else if (c == '"' || c == '\'') {
      std::size_t k = i + 1;
      while (k < src.size() && src[k] != c && src[k] != '\n') k += src[k] == '\\' ? 2 : 1;
      if (c == '"') out.push_back({line, std::string(src.substr(i + 1, k - i - 1))});
      i = k + 1;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      // A whole word, so a digit separator (1'000) is not taken for a character literal; a word
      // that is a raw string's prefix (R, u8R, LR …) hands its R back to the raw-string branch.
      const std::size_t start = i;
      const bool number = std::isdigit(static_cast<unsigned char>(c)) != 0;
      auto word_char = [&](std::size_t k) {
        const auto ch = static_cast<unsigned char>(src[k]);
        return std::isalnum(ch) || ch == '_' ||
               (number && ch == '\'' && k + 1 < src.size() && std::isalnum(static_cast<unsigned char>(src[k + 1])));
      };
      while (i < src.size() && word_char(i)) ++i;
      const std::string_view word = src.substr(start, i - start);
      if (i < src.size() && src[i] == '"' && (word == "R" || word == "u8R" || word == "uR" || word == "UR" || word == "LR"))
        --i;
    } else {
      ++i;
    }
  }
  return out;
}

// Han characters (CJK unified and compatibility ideographs, extensions) and the full-width
// punctuation a Chinese sentence is written with (、，。：「」（）).
inline bool is_chinese(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

inline bool has_chinese(std::string_view text) {
  for (char32_t cp : base::decode_utf8(text))
    if (is_chinese(cp)) return true;
  return false;
}

inline std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The literals of every .cpp and .h under `dir`, with the file each came from.
struct FileLiteral {
  std::filesystem::path file;
  Literal literal;
};
inline std::vector<FileLiteral> literals_under(const std::filesystem::path& dir) {
  std::vector<FileLiteral> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    for (auto& l : string_literals(read(entry.path()))) out.push_back({entry.path(), std::move(l)});
  }
  return out;
}

}  // namespace source_scan
