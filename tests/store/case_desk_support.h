#pragma once
// A small hall for the back-office tests: a catalog with a 低保 item (three review steps, a 7-day
// notice) and a 高龄津贴 item (no steps, no notice), staff of every role, and applications.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "base/id_number.h"
#include "core/domain/application.h"
#include "core/domain/service_item.h"
#include "core/domain/staff_member.h"
#include "store/applications_table.h"
#include "store/case_desk.h"
#include "store/residents_table.h"
#include "store/staff_table.h"
#include "store/store_fixture.h"

namespace case_support {

inline core::ServiceCatalog catalog() {
  core::ServiceCatalog c;
  core::ReviewStepDef visit{"home_visit", "入户调查",
                            {{"visit_date", "调查日期", core::ReviewFieldKind::Date, "", {}, true},
                             {"findings", "调查情况", core::ReviewFieldKind::Text, "", {}, true}},
                            "visit_date"};
  core::ReviewStepDef vote{"community_review", "民主评议",
                           {{"outcome", "评议结果", core::ReviewFieldKind::Choice, "", {"通过", "未通过"}, true}},
                           ""};
  core::ReviewStepDef check{"economic_check", "家庭经济状况核对",
                            {{"result", "核对结果", core::ReviewFieldKind::Choice, "", {"符合", "不符合", "需说明"}, true}},
                            ""};
  c.review_steps = {visit, vote, check};
  core::ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障（低保）申请";
  dibao.required = {{"hukoubu", "户口簿", ""}};
  dibao.review_steps = {"home_visit", "community_review", "economic_check"};
  dibao.publicity_working_days = 7;
  core::ServiceItem gaoling;
  gaoling.code = "gaoling";
  gaoling.name = "高龄津贴";
  gaoling.required = {{"hukoubu", "户口簿", ""}};
  c.items = {dibao, gaoling};
  return c;
}

inline std::string id_for(int i) {
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", 1940 + i % 30, 1 + (i / 30) % 12, 1 + (i / 360) % 28,
                i % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

inline std::string acceptance_no(int i) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "320102-01-20261123-%04d", i);
  return buf;
}

// Staff: R01, R02 reviewers, P01 approver, A01 admin, C01 counter.
inline void add_staff(store::Database& db) {
  store::StaffTable staff(db);
  for (auto [no, role] : {std::pair{"R01", core::StaffRole::Reviewer}, std::pair{"R02", core::StaffRole::Reviewer},
                          std::pair{"P01", core::StaffRole::Approver}, std::pair{"A01", core::StaffRole::Admin},
                          std::pair{"C01", core::StaffRole::Counter}})
    REQUIRE(staff.save(core::StaffMember{no, std::string("工作人员") + no, role, true}).ok());
}

// Application i of `item`, accepted i minutes after 08:00 on 2026-11-23 (so i orders them).
inline core::Application add_application(store::Database& db, int i, const std::string& item = "dibao",
                                         bool hukoubu_received = true) {
  const std::string id = id_for(i);
  store::ResidentsTable residents(db);
  REQUIRE(residents.insert(test_support::resident(id, "王秀英", "1950-01-01")).ok());
  core::Application a;
  char uuid[40];
  std::snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-%012d", i);
  a.uuid = uuid;
  a.acceptance_no = acceptance_no(i);
  a.item_code = item;
  a.applicant_id = id;
  a.applicant_name = "王秀英";
  char at[24];
  std::snprintf(at, sizeof at, "2026-11-23 %02d:%02d:00", 8 + i / 60 % 12, i % 60);
  a.accepted_at = at;
  a.due = "2027-01-06";
  if (item == "dibao") a.materials = {{"hukoubu", "户口簿", true, hukoubu_received}};
  const auto initial = hukoubu_received ? core::ApplicationStatus::Accepted : core::ApplicationStatus::NeedsSupplement;
  REQUIRE(core::open_application(a, initial, "C01", a.accepted_at, "").ok());
  REQUIRE(store::ApplicationsTable(db).insert(a).ok());
  return a;
}

inline core::CivilTime at(const char* text) {
  const std::string t = text;
  auto day = core::parse_iso_date(t.substr(0, 10));
  REQUIRE(day.ok());
  return core::civil_time_from_seconds(*day * 86400 + std::stoi(t.substr(11, 2)) * 3600 + std::stoi(t.substr(14, 2)) * 60 +
                                       std::stoi(t.substr(17, 2)));
}

inline core::CaseActor actor(store::CaseDesk& desk, const std::string& staff_no) {
  auto a = desk.actor(staff_no);
  REQUIRE(a.ok());
  REQUIRE(a->has_value());
  return **a;
}

// Takes application i through its three review steps and onto the public notice, as `reviewer`
// at `when`, proposing `fen` a month, the notice's last day `ends`.
inline void publicize(store::Database& db, int i, const std::string& reviewer, core::Fen fen, const char* when,
                      const std::string& ends) {
  const core::ServiceCatalog cat = catalog();
  store::CaseDesk desk(db, cat);
  const core::CaseActor who = actor(desk, reviewer);
  const core::CivilTime now = at(when);
  auto claimed = desk.claim(acceptance_no(i), who, now, 1800);
  REQUIRE(claimed.ok());
  REQUIRE(std::holds_alternative<store::CaseClaim>(claimed.value()));
  auto act = [&](store::CaseWork w) {
    auto r = desk.act(acceptance_no(i), who, w, now);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().message));
    REQUIRE(std::holds_alternative<store::CaseDone>(r.value()));
  };
  const std::pair<const char*, core::ReviewValues> steps[] = {
      {"home_visit", {{"visit_date", std::string(when).substr(0, 10)}, {"findings", "家中无劳动力"}}},
      {"community_review", {{"outcome", "通过"}}},
      {"economic_check", {{"result", "符合"}}}};
  for (const auto& [code, values] : steps) {
    store::CaseWork w;
    w.request.action = core::CaseAction::RecordStep;
    w.request.step = code;
    w.values = values;
    act(w);
  }
  store::CaseWork notice;
  notice.request.action = core::CaseAction::Publicize;
  notice.request.notice_ends = ends;
  notice.proposed_fen = fen;
  act(notice);
}

}  // namespace case_support
