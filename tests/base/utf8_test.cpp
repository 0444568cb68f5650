#include <doctest/doctest.h>

#include <algorithm>

#include "base/utf8.h"

using namespace base;

TEST_CASE("UTF-8 decodes 1- to 4-byte characters") {
  auto cps = base::decode_utf8("a张䶮𠀾");
  REQUIRE(cps.size() == 4);
  CHECK(cps[0] == U'a');
  CHECK(cps[1] == 0x5F20);
  CHECK(cps[2] == 0x4DAE);
  CHECK(cps[3] == 0x2003E);
  CHECK(base::encode_utf8(std::u32string(cps.begin(), cps.end())) == "a张䶮𠀾");
}

TEST_CASE("malformed UTF-8 becomes replacement characters and loses nothing after it") {
  auto cps = base::decode_utf8(std::string("a\xE5\x90") + "b\xFF" + "c");  // truncated 3-byte, stray byte
  REQUIRE(cps.size() >= 4);
  CHECK(cps.front() == U'a');
  CHECK(cps.back() == U'c');
  CHECK(std::count(cps.begin(), cps.end(), base::kReplacementChar) >= 2);
  CHECK(std::find(cps.begin(), cps.end(), U'b') != cps.end());
  // Overlong encodings and surrogates are refused.
  CHECK(base::decode_utf8("\xC0\xAF")[0] == base::kReplacementChar);
  CHECK(base::decode_utf8("\xED\xA0\x80")[0] == base::kReplacementChar);
}
