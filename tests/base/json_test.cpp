#include "base/json.h"

#include <doctest/doctest.h>

TEST_CASE("JSON keeps keys in insertion order, in both layouts") {
  base::Json doc;
  doc["zeta"] = "张𠀾";
  doc["alpha"] = std::int64_t{-52800};
  doc["list"] = base::Json::array({true, std::size_t{1024}});
  doc["empty"] = base::Json::array();
  CHECK(base::write_json(doc, base::JsonLayout::Compact).value() ==
        "{\"zeta\":\"张𠀾\",\"alpha\":-52800,\"list\":[true,1024],\"empty\":[]}");
  CHECK(base::write_json(doc, base::JsonLayout::Indented).value() ==
        "{\n  \"zeta\": \"张𠀾\",\n  \"alpha\": -52800,\n  \"list\": [\n    true,\n    1024\n  ],\n"
        "  \"empty\": []\n}");
}

TEST_CASE("JSON escapes quotes, backslashes and control characters, and passes other UTF-8 through") {
  base::Json doc;
  doc["s"] = std::string("a\"b\\c\n\t\x01\x7F䶮");
  CHECK(base::write_json(doc, base::JsonLayout::Compact).value() == "{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001\x7F䶮\"}");
}

TEST_CASE("a string that is not UTF-8 is an error, not garbage in the output") {
  for (const std::string& bad : {std::string("ok\xFF"), std::string("\xE5\x90"), std::string("\xED\xA0\x80")}) {
    base::Json doc;
    doc["name"] = bad;
    auto text = base::write_json(doc, base::JsonLayout::Indented);
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().message.find("not valid UTF-8") != std::string::npos);
  }
}
