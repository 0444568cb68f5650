#pragma once
// A scenario line's lexical layer (app/scenario/script.h has the format): comments, blanks and
// "quoted strings" split into tokens, whole numbers and durations such as 2s, 500ms, 1.5s.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace app::scenario {

struct Token {
  std::string text;
  bool quoted = false;
};

std::string_view trim(std::string_view s);
// The line without its comment ('#' outside "quotes").
std::string_view strip_comment(std::string_view line);
base::Result<std::vector<Token>> tokenize(std::string_view s);
bool parse_int(std::string_view s, long& v);
// "2s", "500ms", "1.5s" to milliseconds (at most ten minutes).
bool parse_duration(std::string_view s, int& ms);

}  // namespace app::scenario
