#pragma once
// Splitting text at a separator character.
#include <string>
#include <string_view>
#include <vector>

namespace base {

// The pieces of `text` between `separator`s: "a b" → {"a", "b"}, "a  b" → {"a", "", "b"}. A
// separator at the very end ends the last piece and starts none ("a\n" → {"a"}), so text written
// as one line per item reads back as the items; "" → {}.
std::vector<std::string> split(std::string_view text, char separator);

}  // namespace base
