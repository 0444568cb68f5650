#include "base/json.h"

namespace base {

Result<std::string> write_json(const Json& doc, JsonLayout layout) {
  const int indent = layout == JsonLayout::Indented ? 2 : -1;
  try {
    return doc.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::strict);
  } catch (const Json::type_error& e) {  // 316: invalid UTF-8, the only error dump() raises
    return Error{std::string("JSON output: a text is not valid UTF-8 (") + e.what() + ")"};
  }
}

}  // namespace base
