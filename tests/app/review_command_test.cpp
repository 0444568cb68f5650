// `onewindow review due|record` as processes, on a SQLite file and on the PostgreSQL hall store.
#include <doctest/doctest.h>

#include "store/benefits_table.h"
#include "store/case_desk_support.h"
#include "store/residents_table.h"
#include "store/store_backends.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

constexpr const char* kA = "320102194501011236";

void fill(const test_support::StoreBackend& backend) {
  auto db = backend.open();
  case_support::add_staff(db);
  auto a = test_support::resident(kA, "张老四", "1945-01-01");
  a.address = "江苏省南京市玄武区锁金村街道锁金一村3幢";
  REQUIRE(store::ResidentsTable(db).insert(a).ok());
  REQUIRE(store::BenefitsTable(db)
              .upsert(core::Benefit{kA, core::BenefitType::RuralDibao, core::BenefitStatus::Active, 35917, "2024-12-01",
                                    "2026-12-01"})
              .ok());
}

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

STORE_TEST("review due lists what falls due as JSON, empty when nothing does, and review record moves it on") {
  Sandbox s;
  fill(backend);
  const std::string db = " --db " + q(backend.location());
  auto due = s.run("review due --today 2026-11-23 --within 60d --item dibao" + db);
  REQUIRE_MESSAGE(due.exit_code == 0, due.err);
  CHECK(due.out.find("\"count\": 1") != std::string::npos);
  CHECK(due.out.find("\"id_number\": \"320102194501011236\"") != std::string::npos);
  CHECK(due.out.find("\"next_review\": \"2026-12-01\"") != std::string::npos);
  CHECK(due.out.find("\"monthly_amount\": \"359.17\"") != std::string::npos);
  auto none = s.run("review due --today 2026-11-23 --within 5d" + db);
  REQUIRE(none.exit_code == 0);
  CHECK(none.out.find("\"count\": 0") != std::string::npos);
  CHECK(none.out.find("\"due\": []") != std::string::npos);
  CHECK(s.run("review due --today 2026-11-23 --village 江苏省南京市鼓楼区" + db).out.find("\"count\": 0") != std::string::npos);

  const std::string base = "review record 320102194501011236 农村低保 --staff R01 --on 2026-11-20 "
                           "--at '2026-11-23 10:00:00' --effective 2026-12" + db;
  // Problems: one sentence each, exit 1, nothing written.
  auto refused = s.run(base + " --outcome adjust --amount 359.17");
  CHECK(refused.exit_code == 1);
  CHECK(refused.out.empty());
  CHECK(refused.err.find("give the reason") != std::string::npos);
  CHECK(refused.err.find("equals the current 359.17") != std::string::npos);
  CHECK(refused.err.find("调查日期") != std::string::npos);  // the step's label, from the catalog
  // Usage errors: exit 2.
  CHECK(s.run(base + " --outcome raise --reason x").exit_code == 2);
  CHECK(s.run(base + " --outcome adjust --reason x").exit_code == 2);  // no --amount
  CHECK(s.run("review record 320102194501011236 农村低保 --staff C01 --outcome continue --reason x --effective 2026-12" + db)
            .exit_code == 2);  // a counter clerk does not review
  CHECK(s.run("review due --within soon" + db).exit_code == 2);

  auto done = s.run(base + " --outcome adjust --amount 300 --reason '子女就业，家庭收入增加' "
                           "home_visit.visit_date=2026-11-20 'home_visit.staff_1=陈建华' 'home_visit.staff_2=李明' "
                           "'home_visit.findings=子女已就业' economic_check.result=符合 economic_check.income_found=1200 "
                           "economic_check.assets_found=0");
  REQUIRE_MESSAGE(done.exit_code == 0, done.err);
  CHECK(done.out == "320102194501011236\t农村低保\tadjust\tactive\t300.00\t2027-12-01\n");
  auto after = s.run("review due --today 2026-11-23 --within 60d" + db);
  CHECK(after.out.find("\"count\": 0") != std::string::npos);
  // The kiosk's look-up shows the new amount and date.
  auto status = s.run("status 320102194501011236 --json" + db);
  REQUIRE_MESSAGE(status.exit_code == 0, status.err);
  CHECK(status.out.find("2027-12-01") != std::string::npos);
  CHECK(status.out.find("30000") != std::string::npos);
}
