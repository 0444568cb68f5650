// CaseDesk's bulk 公示 on both stores (store/case_bulk.cpp): the cases a reviewer could publicize now
// (the rules asked per case: status, steps, materials, role, someone else's claim), and
// publicize_batch — each case in its own transaction, refusals reported with the rules' sentence
// and left as they were, the notice's dates from the working-day calendar and each case's amount.
#include <doctest/doctest.h>

#include "store/case_desk_support.h"
#include "store/store_backends.h"

using namespace case_support;

namespace {

// Case i's review steps recorded by `reviewer` (the first `steps` of the three); the claim given
// back unless `keep`.
void review(store::Database& db, int i, const std::string& reviewer, int steps, bool keep, const char* when) {
  const core::ServiceCatalog cat = catalog();
  store::CaseDesk desk(db, cat);
  const core::CaseActor who = actor(desk, reviewer);
  const core::CivilTime now = at(when);
  auto claimed = desk.claim(acceptance_no(i), who, now, 3600);
  REQUIRE(claimed.ok());
  REQUIRE(std::holds_alternative<store::CaseClaim>(claimed.value()));
  const std::pair<const char*, core::ReviewValues> all[] = {
      {"home_visit", {{"visit_date", std::string(when).substr(0, 10)}, {"findings", "家中无劳动力"}}},
      {"community_review", {{"outcome", "通过"}}},
      {"economic_check", {{"result", "符合"}}}};
  for (int k = 0; k < steps; ++k) {
    store::CaseWork w;
    w.request.action = core::CaseAction::RecordStep;
    w.request.step = all[k].first;
    w.values = all[k].second;
    auto r = desk.act(acceptance_no(i), who, w, now);
    REQUIRE(r.ok());
    REQUIRE(std::holds_alternative<store::CaseDone>(r.value()));
  }
  if (!keep) REQUIRE(desk.release(acceptance_no(i), who, now).ok());
}

std::string rows(store::Database& db, const char* sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  std::string out;
  while (true) {
    auto row = st->step();
    REQUIRE(row.ok());
    if (!row.value()) break;
    for (int c = 0; c < st->column_count(); ++c) out += (c ? "|" : "") + st->text(c);
    out += "\n";
  }
  return out;
}

}  // namespace

STORE_TEST("bulk notice: the cases ready are listed by the rules, a batch publicizes those it may and says why not for the rest") {
  auto db = backend.open();
  add_staff(db);
  for (int i = 1; i <= 4; ++i) add_application(db, i);
  add_application(db, 5, "gaoling");  // no steps, no notice
  review(db, 1, "R01", 3, false, "2026-11-30 09:00:00");  // ready, free
  review(db, 2, "R01", 3, true, "2026-12-01 08:30:00");   // ready, R01 holds it
  review(db, 3, "R02", 3, true, "2026-12-01 08:30:00");   // R02 holds it
  review(db, 4, "R01", 1, false, "2026-11-30 09:00:00");  // a step missing
  const core::ServiceCatalog cat = catalog();
  const core::HolidayCalendar calendar;  // weekends only: 7 working days after Tue 2026-12-01 is Thu the 10th
  store::CaseDesk desk(db, cat);
  const core::CivilTime now = at("2026-12-01 09:00:00");
  const core::CaseActor r01 = actor(desk, "R01");

  auto ready = desk.ready_for_publicity(r01, now, calendar, 100);
  REQUIRE_MESSAGE(ready.ok(), (ready.ok() ? "" : ready.error().message));
  REQUIRE(ready->size() == 2);
  CHECK((*ready)[0].acceptance_no == acceptance_no(1));
  CHECK((*ready)[0].notice_ends == "2026-12-10");
  CHECK((*ready)[0].applicant_name == "王秀英");
  CHECK_FALSE((*ready)[0].held);
  CHECK((*ready)[1].acceptance_no == acceptance_no(2));
  CHECK((*ready)[1].held);
  auto one = desk.ready_for_publicity(r01, now, calendar, 1);
  REQUIRE(one.ok());
  CHECK(one->size() == 1);
  // An approver may not publicize: nothing is ready for them; R02 sees case 1 (free) and their own 3.
  auto for_approver = desk.ready_for_publicity(actor(desk, "P01"), now, calendar, 100);
  REQUIRE(for_approver.ok());
  CHECK(for_approver->empty());
  auto for_r02 = desk.ready_for_publicity(actor(desk, "R02"), now, calendar, 100);
  REQUIRE(for_r02.ok());
  REQUIRE(for_r02->size() == 2);
  CHECK((*for_r02)[1].acceptance_no == acceptance_no(3));

  store::BulkPublicity how;
  how.calendar = &calendar;
  how.proposed_fen[acceptance_no(1)] = 52800;
  const store::BulkReport report = desk.publicize_batch(
      {acceptance_no(1), acceptance_no(2), acceptance_no(3), acceptance_no(4), acceptance_no(5), "320102-01-20261123-9999"}, r01, how,
      now);
  CHECK(report.stopped.empty());
  REQUIRE(report.done.size() == 2);
  CHECK(report.done[0].acceptance_no == acceptance_no(1));
  CHECK(report.done[0].from == core::ApplicationStatus::Reviewing);
  CHECK(report.done[0].to == core::ApplicationStatus::Publicized);
  CHECK(report.done[0].notice_ends == "2026-12-10");
  CHECK(report.done[1].acceptance_no == acceptance_no(2));
  REQUIRE(report.refused.size() == 4);
  CHECK(report.refused[0].acceptance_no == acceptance_no(3));
  CHECK(report.refused[0].why.key == "case.refused.claimed_by");
  CHECK(report.refused[1].why.key == "case.refused.steps_missing");
  CHECK(report.refused[2].why.key == "case.refused.status");  // 高龄津贴 accepted: never reviewed
  CHECK(report.refused[3].why.key == "case.refused.unknown_case");
  // Each written whole (notice with its amount, claim given back, history), the refused as they were.
  CHECK(rows(db, "SELECT a.acceptance_no, n.starts, n.ends, n.proposed_fen FROM case_notices n JOIN applications a ON "
                 "a.uuid = n.application_uuid ORDER BY a.acceptance_no") ==
        acceptance_no(1) + "|2026-12-01|2026-12-10|52800\n" + acceptance_no(2) + "|2026-12-01|2026-12-10|0\n");
  CHECK(rows(db, "SELECT acceptance_no, status, claimed_by FROM applications ORDER BY acceptance_no") ==
        acceptance_no(1) + "|publicized|\n" + acceptance_no(2) + "|publicized|\n" + acceptance_no(3) + "|reviewing|R02\n" +
            acceptance_no(4) + "|reviewing|\n" + acceptance_no(5) + "|accepted|\n");
  CHECK(rows(db, "SELECT e.who, e.action, e.note FROM application_events e JOIN applications a ON a.uuid = "
                 "e.application_uuid WHERE a.acceptance_no = '320102-01-20261123-0001' AND e.action = 'publicize'") ==
        "R01|publicize|2026-12-01 — 2026-12-10\n");
  auto after = desk.ready_for_publicity(r01, now, calendar, 100);
  REQUIRE(after.ok());
  CHECK(after->empty());
}
