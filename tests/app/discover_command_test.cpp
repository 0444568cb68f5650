// `onewindow discover` and `discover mark` as processes: on a demo store (whose people turning
// 80/90/100 this month hold no 高龄津贴) and on an empty one, on SQLite and PostgreSQL.
#include <doctest/doctest.h>

#include "store/case_desk_support.h"
#include "store/store_backends.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {
std::string q(const std::string& s) { return "'" + s + "'"; }
}  // namespace

TEST_CASE("discover lists the demo's people turning 80, 90 and 100 with why, and a mark shows on the next run") {
  Sandbox s;
  const std::string db = s.path("demo.db").string();
  REQUIRE(s.run("demo-data --db " + db + " --residents 1000 --months 3 --seed 7").exit_code == 0);
  auto found = s.run("discover --today 2026-11-23 --db " + db);
  REQUIRE_MESSAGE(found.exit_code == 0, found.err);
  for (const char* expected : {"\"rule\": \"gaoling_80\"", "\"name\": \"赵桂兰\"", "\"rule\": \"gaoling_90\"",
                               "\"name\": \"钱德明\"", "\"rule\": \"gaoling_100\"", "\"name\": \"孙秀英\"",
                               "\"why\": \"年满80周岁，可申请80至89周岁档高龄津贴\"", "\"birth\": \"1946-11-01\"",
                               "\"rule\": \"canji_cert\"", "\"rule\": \"payment_failed\"", "\"mark\": \"\""})
    CHECK_MESSAGE(found.out.find(expected) != std::string::npos, expected);
  // 赵桂兰's entry, by the ID number the list gives.
  const auto at = found.out.find("\"name\": \"赵桂兰\"");
  const auto id_at = found.out.rfind("\"id_number\": \"", at);
  REQUIRE(id_at != std::string::npos);
  const std::string id = found.out.substr(id_at + 14, 18);
  auto marked = s.run("discover mark gaoling_80 " + id + " --period 2026-11 --mark contacted --staff B01 "
                      "--note 已电话告知家属 --at '2026-11-23 10:00:00' --db " + db);
  REQUIRE_MESSAGE(marked.exit_code == 0, marked.err);
  CHECK(marked.out == "gaoling_80\t" + id + "\t2026-11\tcontacted\n");
  auto again = s.run("discover --today 2026-11-23 --db " + db);
  CHECK(again.out.find("\"mark\": \"contacted\"") != std::string::npos);
  CHECK(again.out.find("\"note\": \"已电话告知家属\"") != std::string::npos);
  CHECK(s.run("discover mark gaoling_80 " + id + " --mark called --staff B01 --db " + db).exit_code == 2);
  CHECK(s.run("discover mark no_such_rule " + id + " --mark applied --staff B01 --db " + db).exit_code == 2);
  CHECK(s.run("discover mark gaoling_80 " + id + " --mark applied --staff A01 --db " + db).exit_code == 2);  // counter
  CHECK(s.run("discover --today 2026-13-01 --db " + db).exit_code == 2);
}

STORE_TEST("discover on a store with nothing to find prints an empty list and exits 0") {
  Sandbox s;
  { auto db = backend.open(); }
  auto found = s.run("discover --today 2026-11-23 --db " + q(backend.location()));
  REQUIRE_MESSAGE(found.exit_code == 0, found.err);
  CHECK(found.out.find("\"count\": 0") != std::string::npos);
  CHECK(found.out.find("\"entries\": []") != std::string::npos);
}
