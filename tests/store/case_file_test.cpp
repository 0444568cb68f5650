// The case file (store/case_file.h) on both stores: one read holds the applicant, household,
// declarations split into fields and totals, materials, the steps with their recorded results, the
// notice, the live claim and the history with who, when, from, to and action — and each read is an
// audited look-up (why: review), while an unknown number reads nobody and logs nothing.
#include <doctest/doctest.h>

#include "store/audit_log.h"
#include "store/case_desk_support.h"
#include "store/case_file.h"
#include "store/store_backends.h"

using namespace store;
using namespace case_support;
using S = core::ApplicationStatus;

namespace {

core::ServiceCatalog catalog_with_total() {
  auto c = catalog();
  c.items[0].totals = {core::DeclarationTotal{"per_capita", "家庭人均月收入", "元/月", {"wage"}, {}, true}};
  c.items[0].optional = {{"disability_cert", "残疾证", ""}};
  return c;
}

// A 低保 application with a household of two and its declarations, as the counter stores them.
void add_household_case(Database& db) {
  add_application(db, 7);  // the resident and a plain application …
  core::Application a;     // … and one with a household (its own applicant row)
  a.uuid = "00000000-0000-4000-8000-000000000042";
  a.acceptance_no = acceptance_no(42);
  a.item_code = "dibao";
  a.applicant_id = id_for(7);
  a.applicant_name = "王秀英";
  a.applicant_phone = "13812345678";
  a.accepted_at = "2026-11-23 09:00:00";
  a.due = "2027-01-06";
  a.members = {core::HouseholdMember{id_for(7), "本人", "王秀英", true, "", 60000},
               core::HouseholdMember{id_for(8), "子女", "李明", true, "", 60000}};
  a.declarations = {"工资性收入：1,200.00 元/月", "家庭人均月收入：600.00 元/月"};
  a.materials = {{"hukoubu", "户口簿", true, true}};
  REQUIRE(core::open_application(a, S::Accepted, "C01", a.accepted_at, "").ok());
  REQUIRE(ApplicationsTable(db).insert(a).ok());
}

struct AuditRow {
  std::string who, why;
};
std::vector<AuditRow> audit_rows(Database& db) {
  auto conn = audit_database(db);
  REQUIRE(conn.ok());
  auto st = (*conn)->cached("SELECT who, why FROM audit_log ORDER BY id");
  REQUIRE(st.ok());
  std::vector<AuditRow> out;
  while (true) {
    auto row = (*st)->step();
    REQUIRE(row.ok());
    if (!row.value()) break;
    out.push_back({(*st)->text(0), (*st)->text(1)});
  }
  return out;
}

}  // namespace

STORE_TEST("the case file of a 低保 case in review: household, totals, steps, claim and history in one audited read") {
  auto db = backend.open();
  const auto cat = catalog_with_total();
  add_staff(db);
  add_household_case(db);
  const auto key = HallKey::from_bytes(HallKey::Bytes{});
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const std::string no = acceptance_no(42);
  REQUIRE(desk.claim(no, r01, at("2026-12-01 09:00:00"), 1800).ok());
  CaseWork visit;
  visit.request.action = core::CaseAction::RecordStep;
  visit.request.step = "home_visit";
  visit.request.note = "邻居证实";
  visit.values = {{"visit_date", "2026-11-30"}, {"findings", "家中无劳动力"}};
  auto done = desk.act(no, r01, visit, at("2026-12-01 09:05:00"));
  REQUIRE(done.ok());
  REQUIRE(std::holds_alternative<CaseDone>(done.value()));

  auto read = CaseFileReader(db, key, cat).read(CaseFileRead{no, "R01", "2026-12-01 09:06:00"});
  REQUIRE_MESSAGE(read.ok(), (read.ok() ? "" : read.error().message));
  REQUIRE(read->has_value());
  const core::CaseFile& f = **read;
  CHECK(f.application.applicant_name == "王秀英");  // in full: staff signed in
  CHECK(f.application.applicant_id == id_for(7));
  CHECK(f.application.applicant_phone == "13812345678");
  REQUIRE(f.application.members.size() == 2);
  CHECK(f.application.members[1].name == "李明");
  CHECK(f.item_name == "最低生活保障（低保）申请");
  CHECK(f.declared == std::vector<std::string>{"工资性收入：1,200.00 元/月"});
  CHECK(f.totals == std::vector<std::string>{"家庭人均月收入：600.00 元/月"});
  REQUIRE(f.application.materials.size() == 1);
  CHECK(f.application.materials[0].received);
  CHECK(f.item_materials.size() == 2);
  REQUIRE(f.steps.size() == 3);
  REQUIRE(f.steps[0].result.has_value());
  CHECK(f.steps[0].def.name == "入户调查");
  CHECK(f.steps[0].result->done_on == "2026-11-30");
  CHECK(f.steps[0].result->who == "R01");
  CHECK(f.steps[0].result->recorded_at == "2026-12-01 09:05:00");
  CHECK(f.steps[0].result->note == "邻居证实");
  CHECK(f.steps[0].result->fields == core::ReviewValues{{"findings", "家中无劳动力"}, {"visit_date", "2026-11-30"}});
  CHECK_FALSE(f.steps[1].result.has_value());
  CHECK_FALSE(f.notice.has_value());
  CHECK(f.claimed_by == "R01");
  CHECK(f.lease_until == "2026-12-01 09:30:00");
  CHECK(core::live_holder(f, "2026-12-01 09:06:00") == "R01");
  CHECK(f.read_at == "2026-12-01 09:06:00");
  CHECK(f.application.status == S::Reviewing);
  REQUIRE(f.application.events.size() == 2);
  const auto& e = f.application.events[1];
  CHECK(e.from == S::Accepted);
  CHECK(e.to == S::Reviewing);
  CHECK(e.who == "R01");
  CHECK(e.at == "2026-12-01 09:05:00");
  CHECK(e.action == "record_step:home_visit");
  CHECK(e.note == "邻居证实");
  const auto rows = audit_rows(db);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].who == "R01");
  CHECK(rows[0].why == kWhyReview);
}

STORE_TEST("the case file after publicity: the notice, the claim given back, the whole history") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 1);
  const auto key = HallKey::from_bytes(HallKey::Bytes{});
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const std::string no = acceptance_no(1);
  const auto t0 = at("2026-12-01 09:00:00");
  REQUIRE(desk.claim(no, r01, t0, 1800).ok());
  for (auto [step, values] : {std::pair{"home_visit", core::ReviewValues{{"visit_date", "2026-11-30"}, {"findings", "x"}}},
                              std::pair{"community_review", core::ReviewValues{{"outcome", "通过"}}},
                              std::pair{"economic_check", core::ReviewValues{{"result", "符合"}}}}) {
    CaseWork w;
    w.request.action = core::CaseAction::RecordStep;
    w.request.step = step;
    w.values = values;
    REQUIRE(std::holds_alternative<CaseDone>(desk.act(no, r01, w, t0).value()));
  }
  CaseWork notice;
  notice.request.action = core::CaseAction::Publicize;
  notice.request.notice_ends = "2026-12-10";
  notice.proposed_fen = 52800;
  REQUIRE(std::holds_alternative<CaseDone>(desk.act(no, r01, notice, t0).value()));

  auto read = CaseFileReader(db, key, cat).read(CaseFileRead{no, "P01", "2026-12-11 08:00:00"});
  REQUIRE(read.ok());
  REQUIRE(read->has_value());
  const core::CaseFile& f = **read;
  CHECK(f.application.status == S::Publicized);
  REQUIRE(f.notice.has_value());
  CHECK(f.notice->starts == "2026-12-01");
  CHECK(f.notice->ends == "2026-12-10");
  CHECK(f.notice->proposed_fen == 52800);
  CHECK(f.claimed_by.empty());
  for (const auto& s : f.steps) CHECK(s.result.has_value());
  std::vector<std::string> actions;
  for (const auto& e : f.application.events) actions.push_back(e.action);
  CHECK(actions == std::vector<std::string>{"", "record_step:home_visit", "record_step:community_review",
                                            "record_step:economic_check", "publicize"});
  // The approver may decide it now (the rules asked through the case file, not repeated).
  const core::CaseActor p01{"P01", core::StaffRole::Approver, true};
  const core::CivilTime later = at("2026-12-11 08:00:00");
  CHECK(core::offered_actions(f, p01, later).empty());  // not claimed yet
  CHECK_FALSE(core::claim_refusal(core::case_facts(f, later.iso_datetime()), p01, later.iso_date()).has_value());
}

STORE_TEST("an unknown acceptance number reads nobody and logs nothing") {
  auto db = backend.open();
  const auto cat = catalog();
  const auto key = HallKey::from_bytes(HallKey::Bytes{});
  auto read = CaseFileReader(db, key, cat).read(CaseFileRead{acceptance_no(99), "R01", "2026-12-01 09:00:00"});
  REQUIRE(read.ok());
  CHECK_FALSE(read->has_value());
  CHECK(audit_rows(db).empty());
}
