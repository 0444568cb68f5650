#pragma once
// What `expect printed` (app/scenario/runner.cpp) checks: the words the simulated printer put on
// paper (app::slip::printed_text) hold a text, blanks and line breaks left out of both (a slip
// wraps long lines at the paper's width and pads its fields with spaces), and, when they do not,
// a short piece of what was printed for the failure line.
#include <cstddef>
#include <string>
#include <string_view>

namespace app::scenario {

// Without ASCII blanks, line breaks and the ideographic space U+3000.
std::string without_paper_blanks(std::string_view s);
bool printed_holds(std::string_view printed, std::string_view wanted);
// The end of `printed` (the newest paper), its lines joined by " | ", at most about `max_bytes`
// bytes cut on a character boundary ("…" in front when cut); "(nothing printed)" when empty.
std::string printed_excerpt(std::string_view printed, std::size_t max_bytes = 400);

}  // namespace app::scenario
