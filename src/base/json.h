#pragma once
// JSON output. Documents are built as nlohmann::ordered_json, whose objects keep their keys in the
// order they were added (the order the commands document), and turned into text only here, so
// escaping lives in one place and a string that is not UTF-8 is refused instead of written out.
#include <nlohmann/json.hpp>
#include <string>

#include "base/result.h"

namespace base {

using Json = nlohmann::ordered_json;

enum class JsonLayout {
  Compact,   // one line, no spaces: {"a":1,"b":[2]}
  Indented,  // one member per line, two spaces per level, "key": value
};

// The text of `doc`, without a final newline. Strings must be valid UTF-8 (JSON text is UTF-8);
// one that is not makes an error naming the byte, not a document with the bad bytes in it.
// Control characters are escaped (\n, \t, … and \u00XX); everything else is written as it is.
Result<std::string> write_json(const Json& doc, JsonLayout layout);

}  // namespace base
