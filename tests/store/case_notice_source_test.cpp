// Where the back office's papers get their facts (store/case_notice_source.h), on both stores: the
// cases on notice (from a day, by start then number, only while publicized), the batch whose notice
// ended, and one application's notice facts or the reason it has none.
#include <doctest/doctest.h>

#include "store/case_desk_support.h"
#include "store/case_notice_source.h"
#include "store/store_backends.h"

using namespace store;
using namespace case_support;

STORE_TEST("case notice source: cases on notice from a day, the batch whose notice ended, one application's facts") {
  auto db = backend.open();
  add_staff(db);
  for (int i = 1; i <= 4; ++i) add_application(db, i);
  publicize(db, 3, "R01", 30000, "2026-12-01 09:00:00", "2026-12-10");
  publicize(db, 1, "R01", 10000, "2026-12-02 09:00:00", "2026-12-11");
  publicize(db, 2, "R01", 0, "2026-12-01 09:00:00", "2026-12-10");
  const auto cat = catalog();
  CaseNoticeSource source(db, cat);

  auto all = source.on_notice("");
  REQUIRE(all.ok());
  REQUIRE(all->size() == 3);
  CHECK((*all)[0].acceptance_no == acceptance_no(2));  // started 12-01, by number
  CHECK((*all)[1].acceptance_no == acceptance_no(3));
  CHECK((*all)[2].acceptance_no == acceptance_no(1));  // started 12-02
  CHECK((*all)[1].item_name == "最低生活保障（低保）申请");
  CHECK((*all)[1].applicant_id == id_for(3));
  CHECK((*all)[1].proposed_fen == 30000);
  CHECK((*all)[2].starts == "2026-12-02");
  CHECK((*all)[2].ends == "2026-12-11");
  auto later = source.on_notice("2026-12-02");
  REQUIRE(later.ok());
  REQUIRE(later->size() == 1);
  CHECK(later->front().acceptance_no == acceptance_no(1));

  auto ended = source.notice_ended_before("2026-12-11");
  REQUIRE(ended.ok());
  CHECK(*ended == std::vector<std::string>{acceptance_no(2), acceptance_no(3)});

  // An objection sends case 3 back to review: off the notice and out of the batch.
  CaseDesk desk(db, cat);
  const auto p01 = actor(desk, "P01");
  const auto day = at("2026-12-11 10:00:00");
  REQUIRE(std::holds_alternative<CaseClaim>(desk.claim(acceptance_no(3), p01, day, 600).value()));
  CaseWork objection;
  objection.request.action = core::CaseAction::Objection;
  objection.request.note = "邻居反映有经营收入";
  REQUIRE(std::holds_alternative<CaseDone>(desk.act(acceptance_no(3), p01, objection, day).value()));
  CHECK(source.on_notice("")->size() == 2);
  CHECK(*source.notice_ended_before("2026-12-11") == std::vector<std::string>{acceptance_no(2)});

  auto none = source.supplement(acceptance_no(4));
  REQUIRE(none.ok());
  REQUIRE(std::holds_alternative<core::Message>(*none));
  CHECK(std::get<core::Message>(*none).key == "notice.refused.status");
  auto unknown = source.rejection("320102-01-20261123-9999");
  REQUIRE(unknown.ok());
  CHECK(std::get<core::Message>(*unknown) == core::Message{"case.refused.unknown_case", {"320102-01-20261123-9999"}});
}
