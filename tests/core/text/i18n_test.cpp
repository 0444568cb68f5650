#include <doctest/doctest.h>

#include "core/text/i18n.h"

using namespace core;

TEST_CASE("catalog: lookups by language, a missing key shows itself") {
  Catalog c;
  c.set_table(Language::ZhCN, {{"a", "甲"}});
  c.set_table(Language::En, {{"a", "A"}});
  CHECK(c.get(Language::ZhCN, "a") == "甲");
  CHECK(c.get(Language::En, "a") == "A");
  CHECK(c.get(Language::En, "missing.key") == "missing.key");
  CHECK_FALSE(c.has(Language::En, "missing.key"));
}

TEST_CASE("format fills {} in order and leaves extra braces alone") {
  CHECK(format("{}年{}月{}日", {"2026", "11", "23"}) == "2026年11月23日");
  CHECK(format("{} and {}", {"x"}) == "x and {}");
}
