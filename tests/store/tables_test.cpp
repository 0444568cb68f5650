#include <doctest/doctest.h>

#include "store/acceptance_sequences.h"
#include "store/applications_table.h"
#include "store/benefits_table.h"
#include "store/households_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/staff_table.h"
#include "store_fixture.h"

using namespace store;
using test_support::kIdOld;
using test_support::kIdZhang;

TEST_CASE("residents keep rare characters untouched") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "r.db");
  ResidentsTable t(db);
  REQUIRE(t.insert(test_support::resident(kIdZhang, "王𠀾䶮", "1949-12-31")).ok());
  CHECK_FALSE(t.insert(test_support::resident(kIdZhang, "又一个", "1949-12-31")).ok());
  auto r = t.find(kIdZhang);
  REQUIRE(r.value().has_value());
  CHECK(r.value()->name == "王𠀾䶮");
  CHECK_FALSE(t.find(kIdOld).value().has_value());
}

TEST_CASE("benefit and payment upserts say inserted, updated or unchanged") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "b.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(kIdZhang, "张小三", "1949-12-31")).ok());
  core::Benefit b{kIdZhang, core::BenefitType::RuralDibao, core::BenefitStatus::Active, 35900, "2024-01-01", "2026-12-31"};
  BenefitsTable bt(db);
  CHECK(bt.upsert(b).value() == Upsert::Inserted);
  CHECK(bt.upsert(b).value() == Upsert::Unchanged);
  b.monthly_amount_fen = 36000;
  CHECK(bt.upsert(b).value() == Upsert::Updated);
  REQUIRE(bt.for_resident(kIdZhang).value().size() == 1);
  CHECK(bt.for_resident(kIdZhang).value()[0].monthly_amount_fen == 36000);

  PaymentsTable pt(db);
  for (int m = 1; m <= 14; ++m) {
    char period[8];
    std::snprintf(period, sizeof period, "2026-%02d", m > 12 ? m - 12 : m);
    std::string p = m > 12 ? std::string("2025-") + std::string(period).substr(5) : period;
    core::PaymentRecord r{kIdZhang, core::BenefitType::RuralDibao, p, 36000, p + "-10", "惠农一卡通",
                          core::PaymentStatus::Paid};
    CHECK(pt.upsert(r).value() == Upsert::Inserted);
    CHECK(pt.upsert(r).value() == Upsert::Unchanged);
  }
  auto latest = pt.latest(kIdZhang, 12).value();
  REQUIRE(latest.size() == 12);
  CHECK(latest.front().period == "2026-12");
  CHECK(latest.back().period == "2026-01");
  // A payment for someone the store does not know is refused by the foreign key.
  core::PaymentRecord stranger{kIdOld, core::BenefitType::RuralDibao, "2026-01", 1, "2026-01-10", "现金",
                               core::PaymentStatus::Paid};
  CHECK_FALSE(pt.upsert(stranger).ok());
}

TEST_CASE("households store members with their relation") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "h.db");
  ResidentsTable rt(db);
  REQUIRE(rt.insert(test_support::resident(kIdZhang, "张小三", "1949-12-31")).ok());
  REQUIRE(rt.insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
  HouseholdsTable ht(db);
  core::Household h{"320102-000001", kIdZhang, "锁金村1号", {{kIdZhang, "本人"}, {kIdOld, "父母"}}};
  REQUIRE(ht.save(h).ok());
  REQUIRE(ht.save(h).ok());  // saving again replaces, not duplicates
  auto found = ht.find("320102-000001").value();
  REQUIRE(found.has_value());
  CHECK(found->members.size() == 2);
  CHECK(found->members[0].relation == "本人");
  CHECK(ht.household_of(kIdOld).value() == std::optional<std::string>("320102-000001"));
  StaffTable st(db);
  REQUIRE(st.save(core::StaffMember{"A07", "李明", core::StaffRole::Counter, true}).ok());
  CHECK(st.find("A07").value()->name == "李明");
}

namespace {
core::Application new_application(Database& db, int terminal = 1) {
  auto tx = Transaction::begin(db);
  REQUIRE(tx.ok());
  auto n = AcceptanceSequences(db).next("320102", terminal, 2026, 11, 23);
  REQUIRE(n.ok());
  core::Application a;
  a.acceptance_no = core::format_acceptance_number(n.value());
  a.uuid = "uuid-" + a.acceptance_no;
  a.item_code = "gaoling";
  a.applicant_id = kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-23 09:30:00";
  a.due = "2026-12-14";
  a.materials = {{"shenfenzheng", "居民身份证", true, true}, {"hukoubu", "户口簿", true, false}};
  a.members = {{kIdOld, "本人"}};
  a.declarations = {"无其他收入"};
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  REQUIRE(ApplicationsTable(db).insert(a).ok());
  REQUIRE(tx->commit().ok());
  return a;
}
}  // namespace

TEST_CASE("acceptance numbers are never reused across a restart, nor after a rolled-back attempt") {
  test_support::TempDir dir;
  auto file = dir / "seq.db";
  std::string first, second, third;
  {
    auto db = test_support::open_test_store(file);
    REQUIRE(ResidentsTable(db).insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
    first = new_application(db).acceptance_no;
    second = new_application(db).acceptance_no;
  }  // "restart": close the file
  {
    auto db = test_support::open_test_store(file);
    third = new_application(db).acceptance_no;
    CHECK(new_application(db, 2).acceptance_no == "320102-02-20261123-0001");
  }
  CHECK(first == "320102-01-20261123-0001");
  CHECK(second == "320102-01-20261123-0002");
  CHECK(third == "320102-01-20261123-0003");
  auto db = test_support::open_test_store(file);
  // A number allocated in a transaction that rolls back is given out again: nothing was printed
  // with it, and the application it named does not exist.
  {
    auto tx = Transaction::begin(db);
    CHECK(AcceptanceSequences(db).next("320102", 1, 2026, 11, 23).value().sequence == 4);
  }
  CHECK(new_application(db).acceptance_no == "320102-01-20261123-0004");
  // A new day starts again at 0001.
  auto tx = Transaction::begin(db);
  CHECK(AcceptanceSequences(db).next("320102", 1, 2026, 11, 24).value().sequence == 1);
}

TEST_CASE("applications round-trip and transitions are stored as events") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "a.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
  auto a = new_application(db);
  ApplicationsTable t(db);
  REQUIRE(t.transition(a, core::ApplicationStatus::Reviewing, "B02", "2026-11-24 10:00:00", "入户调查").ok());
  auto bad = t.transition(a, core::ApplicationStatus::Paying, "B02", "2026-11-24 10:00:00", "");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("reviewing") != std::string::npos);
  auto stored = t.find_by_acceptance_no(a.acceptance_no).value();
  REQUIRE(stored.has_value());
  CHECK(stored->status == core::ApplicationStatus::Reviewing);
  REQUIRE(stored->events.size() == 2);
  CHECK(stored->events[1].who == "B02");
  CHECK(stored->events[1].from == core::ApplicationStatus::Accepted);
  CHECK(stored->materials.size() == 2);
  CHECK(stored->declarations == std::vector<std::string>{"无其他收入"});
  CHECK(t.open_for(kIdOld).value().size() == 1);
  CHECK(t.count_with_status(core::ApplicationStatus::Reviewing).value() == 1);
  // A stale copy cannot move the stored application.
  core::Application stale = a;
  stale.status = core::ApplicationStatus::Accepted;
  stale.events.pop_back();
  CHECK_FALSE(t.transition(stale, core::ApplicationStatus::Withdrawn, "A07", "t", "").ok());
}
