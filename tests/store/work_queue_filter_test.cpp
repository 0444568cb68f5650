// The back office's queue query on both stores (issue 19): filters by item, status, overdue and
// "mine" (a live claim of the signed-in staff member), oldest first within a limit, the live
// claim's holder per row, and the counts per status and item over every open case.
#include "store/case_desk_support.h"
#include "store/store_backends.h"
#include "store/work_queue.h"

using namespace case_support;
using S = core::ApplicationStatus;

namespace {

store::QueueQuery query(core::QueueFilter f, const std::string& staff = "R01", int limit = 100) {
  return {"2026-11-24", "2026-11-24 09:00:00", staff, std::move(f), limit};
}

std::vector<std::string> numbers(const core::WorkQueue& q) {
  std::vector<std::string> out;
  for (const auto& e : q.entries) out.push_back(e.acceptance_no);
  return out;
}

}  // namespace

STORE_TEST("the queue query filters by item, status, overdue and my live claims, and counts every open case") {
  auto db = backend.open();
  add_staff(db);
  const auto cat = catalog();
  for (int i = 1; i <= 6; ++i) add_application(db, i, i % 2 ? "dibao" : "gaoling", i != 5);
  // Case 6 was due yesterday; case 3 is closed.
  REQUIRE(db.exec("UPDATE applications SET due = '2026-11-23' WHERE acceptance_no = '" + acceptance_no(6) + "'").ok());
  REQUIRE(db.exec("UPDATE applications SET status = 'withdrawn' WHERE acceptance_no = '" + acceptance_no(3) + "'").ok());
  store::CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01"), r02 = actor(desk, "R02");
  REQUIRE(desk.claim(acceptance_no(2), r01, at("2026-11-24 08:50:00"), 1800).ok());
  REQUIRE(desk.claim(acceptance_no(4), r02, at("2026-11-24 08:50:00"), 1800).ok());
  REQUIRE(desk.claim(acceptance_no(1), r01, at("2026-11-24 08:00:00"), 60).ok());  // expired by 09:00

  store::WorkQueue wq(db);
  auto all = wq.read(query({}));
  REQUIRE_MESSAGE(all.ok(), (all.ok() ? "" : all.error().message));
  CHECK(numbers(*all) == std::vector<std::string>{acceptance_no(1), acceptance_no(2), acceptance_no(4), acceptance_no(5),
                                                  acceptance_no(6)});
  CHECK(all->total_open == 5);
  CHECK(all->matching == 5);
  CHECK(all->mine == 1);  // case 2; case 1's lease has run out
  CHECK(all->entries[0].claimed_by.empty());
  CHECK(all->entries[1].claimed_by == "R01");
  CHECK(all->entries[1].lease_until == "2026-11-24 09:20:00");
  CHECK(all->entries[2].claimed_by == "R02");
  CHECK(all->entries[4].overdue);
  CHECK(all->entries[1].applicant_name == "王秀英");
  REQUIRE(all->by_status.size() == 2);
  CHECK(all->by_status[0].status == S::Accepted);
  CHECK(all->by_status[0].count == 4);
  CHECK(all->by_status[1].status == S::NeedsSupplement);
  CHECK(all->by_status[1].count == 1);
  REQUIRE(all->by_item.size() == 2);
  CHECK(all->by_item[0].item_code == "dibao");
  CHECK(all->by_item[0].count == 2);
  CHECK(all->by_item[1].item_code == "gaoling");
  CHECK(all->by_item[1].count == 3);

  core::QueueFilter f;
  f.item_code = "gaoling";
  auto items = wq.read(query(f)).value();
  CHECK(numbers(items) == std::vector<std::string>{acceptance_no(2), acceptance_no(4), acceptance_no(6)});
  CHECK(items.matching == 3);
  CHECK(items.total_open == 5);  // counts ignore the filter
  CHECK(items.filter == f);

  f = {};
  f.status = S::NeedsSupplement;
  CHECK(numbers(wq.read(query(f)).value()) == std::vector<std::string>{acceptance_no(5)});
  f = {};
  f.overdue_only = true;
  CHECK(numbers(wq.read(query(f)).value()) == std::vector<std::string>{acceptance_no(6)});
  f = {};
  f.mine = true;
  CHECK(numbers(wq.read(query(f)).value()) == std::vector<std::string>{acceptance_no(2)});
  CHECK(numbers(wq.read(query(f, "R02")).value()) == std::vector<std::string>{acceptance_no(4)});
  f.item_code = "dibao";
  CHECK(wq.read(query(f)).value().entries.empty());
  CHECK_FALSE(wq.read(query(f, "")).ok());  // "mine" needs someone

  // The limit keeps the oldest; the counts still see all.
  auto two = wq.read(query({}, "R01", 2)).value();
  CHECK(numbers(two) == std::vector<std::string>{acceptance_no(1), acceptance_no(2)});
  CHECK(two.matching == 5);

  auto one = wq.entry(acceptance_no(4), "2026-11-24", "2026-11-24 09:00:00");
  REQUIRE(one.ok());
  REQUIRE(one->has_value());
  CHECK((*one)->claimed_by == "R02");
  CHECK((*one)->item_code == "gaoling");
  CHECK_FALSE(wq.entry("320102-01-20261123-9999", "2026-11-24", "2026-11-24 09:00:00").value().has_value());
}
