#include "base/split.h"

#include <doctest/doctest.h>

using Pieces = std::vector<std::string>;

TEST_CASE("split: pieces between separators, empty ones inside kept, none after a final separator") {
  CHECK(base::split("", '\n').empty());
  CHECK(base::split("idcard decode", ' ') == Pieces{"idcard", "decode"});
  CHECK(base::split("a\n\nb", '\n') == Pieces{"a", "", "b"});
  CHECK(base::split("a\n", '\n') == Pieces{"a"});
  CHECK(base::split("\n", '\n') == Pieces{""});
  CHECK(base::split("家庭成员无稳定收入\n无存款", '\n') == Pieces{"家庭成员无稳定收入", "无存款"});
}
