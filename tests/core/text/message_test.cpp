#include <doctest/doctest.h>

#include "core/text/message.h"

using namespace core;

TEST_CASE("a message renders its catalog sentence with the values in order, per language") {
  Catalog c;
  c.set_table(Language::ZhCN, {{"pin.wrong", "密码不正确，再错{}次该工号将被锁定"}, {"two", "{}至{}"}});
  c.set_table(Language::En, {{"pin.wrong", "Wrong PIN: {} more tries"}});
  CHECK(render(c, Language::ZhCN, {"pin.wrong", {"2"}}) == "密码不正确，再错2次该工号将被锁定");
  CHECK(render(c, Language::En, {"pin.wrong", {"2"}}) == "Wrong PIN: 2 more tries");
  CHECK(render(c, Language::ZhCN, {"two", {"9:00", "17:00"}}) == "9:00至17:00");
  // Fewer values than places: the rest stay visible, so the gap shows.
  CHECK(render(c, Language::ZhCN, {"two", {"9:00"}}) == "9:00至{}");
  CHECK(render(c, Language::ZhCN, {}).empty());
  CHECK(render(c, Language::ZhCN, {"no.such.key", {}}) == "no.such.key");
}
