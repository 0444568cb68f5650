// 导出花名册 on the queue (core/backoffice/roster_work.cpp) driven through update(): approvers and
// admins only, the month picked with 上月/下月 (this month at first, across a year's end), one
// export at a time, the result line from the answer, and an answer for someone else or another
// month ignored.
#include <doctest/doctest.h>

#include "core/backoffice/backoffice_flow.h"
#include "core/update.h"

using namespace core;
using Roster = BatchView::Roster;

namespace {

struct Desk {
  AppState s;
  explicit Desk(StaffRole role, const std::string& no = "C01") {
    s.mode = Mode::Backoffice;
    s.store = StoreLink::Ready;
    s.now = CivilTime{2026, 12, 10, 9, 0, 0, 4};
    s.backoffice.staff = StaffMember{no, "王德䶮", role, true};
    s.backoffice.last_activity = s.now;
    s.backoffice.lock_after_idle_s = 24 * 3600;
    s.backoffice.refresh_s = 24 * 3600;
    s.backoffice.last_read = s.now;
  }
  Effects send(const Event& e) { return update(s, e); }
  BatchView& b() { return s.backoffice.batch; }
};

template <class T>
const T* find(const Effects& fx) {
  for (const auto& e : fx)
    if (auto* x = e.get_if<T>()) return x;
  return nullptr;
}

}  // namespace

TEST_CASE("roster export on the queue: approvers and admins only") {
  CHECK(may_export_roster(StaffRole::Approver));
  CHECK(may_export_roster(StaffRole::Admin));
  CHECK_FALSE(may_export_roster(StaffRole::Reviewer));
  CHECK_FALSE(may_export_roster(StaffRole::Counter));
  Desk reviewer(StaffRole::Reviewer, "B01");
  CHECK(reviewer.send(intent::ExportRoster{}).empty());
  CHECK(reviewer.b().roster == Roster::Idle);
}

TEST_CASE("roster export on the queue: the month picked, one export at a time, the result line") {
  Desk d(StaffRole::Approver);
  CHECK(backoffice::roster_month_of(d.s) == "2026-12");
  d.send(intent::ShiftRosterMonth{1});
  CHECK(backoffice::roster_month_of(d.s) == "2027-01");
  d.send(intent::ShiftRosterMonth{-13});
  CHECK(backoffice::roster_month_of(d.s) == "2025-12");
  d.send(intent::ShiftRosterMonth{12});
  auto fx = d.send(intent::ExportRoster{});
  const auto* e = find<fx::ExportRoster>(fx);
  REQUIRE(e);
  CHECK(e->month == "2026-12");
  CHECK(e->staff_no == "C01");
  CHECK(d.b().roster == Roster::Working);
  CHECK(d.send(intent::ExportRoster{}).empty());  // one at a time
  d.send(intent::ShiftRosterMonth{1});
  CHECK(backoffice::roster_month_of(d.s) == "2026-12");  // not while it is written

  d.send(ev::RosterExported{"B01", "2026-12", "/x.xlsx", 1, 100, 0, {}});  // someone else's answer
  d.send(ev::RosterExported{"C01", "2026-11", "/x.xlsx", 1, 100, 0, {}});  // another month's
  CHECK(d.b().roster == Roster::Working);
  d.send(ev::RosterExported{"C01", "2026-12", "/srv/exports/发放花名册-2026-12.xlsx", 62500, 1920850000, 2000, {}});
  CHECK(d.b().roster == Roster::Written);
  CHECK(d.b().roster_path == "/srv/exports/发放花名册-2026-12.xlsx");
  CHECK(d.b().roster_notice == Message{"backoffice.roster.written",
                                       {"2026-12", "62500", "19208500.00", "2000", "/srv/exports/发放花名册-2026-12.xlsx"}});

  d.send(intent::ExportRoster{});
  d.send(ev::RosterExported{"C01", "2026-12", "", 0, 0, 0, Message{"backoffice.roster.write_failed", {"/srv/exports"}}});
  CHECK(d.b().roster == Roster::Failed);
  CHECK(d.b().roster_notice.key == "backoffice.roster.write_failed");
}
