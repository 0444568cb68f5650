// Text from outside made safe for one line (issue 16): control characters, bad bytes, NUL, length.
#include "base/printable.h"

#include <doctest/doctest.h>

#include <string>

using base::printable;

TEST_CASE("printable: control characters and bad bytes escaped, text kept") {
  CHECK(printable("张三 abc") == "张三 abc");
  CHECK(printable("x\ny") == "x\\ny");
  CHECK(printable(std::string("a\0b", 3)) == "a\\0b");
  CHECK(printable("\x1b[31mred") == "\\x1B[31mred");
  CHECK(printable("tab\there\r") == "tab\\there\\r");
  CHECK(printable("\xFF\xFE" "ok") == "\\xFF\\xFEok");
  CHECK(printable("\xE4\xB8") == "\\xE4\\xB8");           // a character cut short
  CHECK(printable("a\xE2\x80\xA8" "b") == "a\\u2028b");  // line separator
  CHECK(printable("\xC2\x85") == "\\x85");               // C1 control (NEL)
  CHECK(printable("𠀾䶮") == "𠀾䶮");
}

TEST_CASE("printable: long text cut at a character boundary with an ellipsis, and one_line at 300") {
  std::string many;
  for (int i = 0; i < 100; ++i) many += "张";
  const std::string cut = printable(many, 10);
  CHECK(cut == std::string("张张张张张张张张张张") + "…");
  CHECK(printable(many, 100) == many);
  const std::string line = base::one_line(std::string(10'000, 'x'));
  CHECK(line.size() == base::kMaxLineChars + std::string("…").size());
}

TEST_CASE("plain text and positions in characters and lines") {
  CHECK(base::is_plain_text("李四"));
  CHECK_FALSE(base::is_plain_text("李\n四"));
  CHECK_FALSE(base::is_plain_text(std::string("王\0五", 7)));
  CHECK_FALSE(base::is_plain_text("\xFF"));
  const auto p = base::position_of("ab\n中文x", 9);  // the 'x'
  CHECK(p.line == 2);
  CHECK(p.column == 3);
}
