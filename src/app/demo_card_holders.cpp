#include "app/demo_card_holders.h"

#include <cstdio>

#include "app/demo_desk_cases.h"
#include "core/domain/application.h"
#include "store/applications_table.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"

namespace app {

namespace {

std::string month_before(int y, int m, int back) {
  int total = y * 12 + (m - 1) - back;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", total / 12, total % 12 + 1);
  return buf;
}

base::Status add_application(store::Database& db, core::Application a, const core::ServiceCatalog& catalog,
                             const core::HolidayCalendar& calendar,
                             const std::vector<std::pair<core::ApplicationStatus, std::string>>& path,
                             const std::string& note) {
  const core::ServiceItem* item = catalog.find(a.item_code);
  if (!item) return base::Error{"demo card holders need catalog item '" + a.item_code + "'"};
  auto day = core::parse_iso_date(a.accepted_at.substr(0, 10));
  if (!day) return day.error();
  const core::DueDate due = calendar.due(day.value(), item->promised_working_days);
  a.due = core::format_iso_date(due.day);
  a.due_provisional = due.provisional;
  const auto initial = path.empty() ? core::ApplicationStatus::Accepted : path.front().first;
  if (auto s = core::open_application(a, initial, "A01", a.accepted_at, note); !s) return s;
  for (std::size_t i = 1; i < path.size(); ++i)
    if (auto s = core::transition(a, path[i].first, "B01", path[i].second, ""); !s) return s;
  return store::ApplicationsTable(db).insert(a);
}

// A public notice from `starts` for the item's period (the usual one for an item without).
base::Status add_notice(store::Database& db, const core::ServiceCatalog& catalog, const core::HolidayCalendar& calendar,
                        const std::string& uuid, const std::string& starts, core::Fen proposed_fen) {
  auto day = core::parse_iso_date(starts);
  if (!day) return day.error();
  DemoCaseRows rows;
  rows.notice_starts = starts;
  rows.notice_ends = core::format_iso_date(calendar.add_working_days(day.value(), kDemoUsualNoticeDays));
  rows.proposed_fen = proposed_fen;
  return insert_demo_case_rows(db, catalog, uuid, rows);
}

// 王䶮's 低保 application: accepted, the item's review steps recorded by B01 on the working days
// after, then publicized for the item's period, which ended weeks before the demo's day.
base::Status add_elder_dibao(store::Database& db, const core::ServiceCatalog& catalog,
                             const core::HolidayCalendar& calendar) {
  const core::ServiceItem* item = catalog.find("dibao");
  if (!item) return base::Error{"demo card holders need catalog item 'dibao'"};
  core::Application a;
  a.uuid = "d3a0c0de-0000-4000-8000-000000000103";
  a.acceptance_no = kDemoElderDibaoNo;
  a.item_code = item->code;
  a.applicant_id = kDemoElderId;
  a.applicant_name = "王䶮";
  a.members = {{kDemoElderId, "本人"}};
  a.declarations = {"独居，除少量养老金外无其他收入"};
  for (const auto& m : item->required) a.materials.push_back({m.code, m.name, true, true});
  a.accepted_at = "2026-10-14 09:20:00";
  auto day = core::parse_iso_date(a.accepted_at.substr(0, 10));
  if (!day) return day.error();
  const core::DueDate due = calendar.due(day.value(), item->promised_working_days);
  a.due = core::format_iso_date(due.day);
  a.due_provisional = due.provisional;
  if (auto s = core::open_application(a, core::ApplicationStatus::Accepted, "A01", a.accepted_at, "窗口受理"); !s) return s;
  std::vector<std::pair<std::string, std::string>> steps;
  core::DayNumber at = day.value();
  for (const auto& step : item->review_steps) {
    at = calendar.add_working_days(at, 2);
    const std::string on = core::format_iso_date(at);
    if (a.status == core::ApplicationStatus::Accepted) {
      if (auto s = core::transition(a, core::ApplicationStatus::Reviewing, "B01", on + " 10:00:00", ""); !s) return s;
    } else {
      a.events.push_back(core::ApplicationEvent{core::ApplicationStatus::Reviewing, core::ApplicationStatus::Reviewing,
                                                "B01", on + " 10:00:00", "", ""});
    }
    a.events.back().action = "record_step:" + step;
    steps.emplace_back(step, on);
  }
  at = calendar.add_working_days(at, 1);
  const std::string starts = core::format_iso_date(at);
  const std::string ends = core::format_iso_date(calendar.add_working_days(at, item->publicity_working_days));
  if (auto s = core::transition(a, core::ApplicationStatus::Publicized, "B01", starts + " 09:00:00", starts + " — " + ends); !s)
    return s;
  a.events.back().action = "publicize";
  if (auto s = store::ApplicationsTable(db).insert(a); !s) return s;
  DemoCaseRows rows;
  rows.steps = std::move(steps);
  rows.notice_starts = starts;
  rows.notice_ends = ends;
  rows.proposed_fen = 64000;
  return insert_demo_case_rows(db, catalog, a.uuid, rows);
}

}  // namespace

base::Result<int> add_demo_card_holders(store::Database& db, const std::string& today, const core::ServiceCatalog& catalog,
                                   const core::HolidayCalendar& calendar) {
  using core::ApplicationStatus;
  using core::BenefitType;
  store::ResidentsTable residents(db);
  int added = 0;
  for (const core::Resident& r :
       {core::Resident{kDemoHolderId, "张𠀾", "女", "1949-12-31", "北京市朝阳区建国路88号", "13912345678"},
        core::Resident{kDemoElderId, "王䶮", "男", "1935-05-08", "江苏省南京市玄武区锁金村街道锁金一村12幢301室",
                       "13800000000"}}) {
    auto existing = residents.find(r.id_number);
    if (!existing) return existing.error();
    if (existing.value()) continue;  // generated data happened to use the number: keep theirs
    if (auto s = residents.insert(r); !s) return s.error();
    ++added;
  }

  store::BenefitsTable benefits(db);
  store::PaymentsTable payments(db);
  const core::Benefit dibao{kDemoHolderId, BenefitType::RuralDibao, core::BenefitStatus::Active, 78000, "2023-03-01",
                            "2027-03-01"};
  const core::Benefit disability{kDemoHolderId, BenefitType::DisabilityLiving, core::BenefitStatus::Suspended, 9000,
                                 "2021-07-01", "2026-07-01"};
  for (const auto& b : {dibao, disability})
    if (auto u = benefits.upsert(b); !u) return u.error();
  if (added < kDemoCardHolders) return added;  // not our people: add nothing to theirs

  const int y = std::stoi(today.substr(0, 4)), m = std::stoi(today.substr(5, 2));
  for (int back = 1; back <= 12; ++back) {
    const std::string period = month_before(y, m, back);
    core::PaymentRecord p{kDemoHolderId, BenefitType::RuralDibao, period, dibao.monthly_amount_fen, period + "-10",
                          "惠农一卡通", core::PaymentStatus::Paid};
    if (back == 1) p.status = core::PaymentStatus::Pending;
    if (back == 2) p.status = core::PaymentStatus::Failed;
    if (auto u = payments.upsert(p); !u) return u.error();

    if (back >= 5) {  // the disability subsidy was paid until its review lapsed
      core::PaymentRecord d{kDemoHolderId, BenefitType::DisabilityLiving, period, disability.monthly_amount_fen,
                            period + "-15", "银行卡", core::PaymentStatus::Paid};
      if (auto u = payments.upsert(d); !u) return u.error();
  
    }
  }

  store::ApplicationsTable applications(db);
  auto have = applications.find_by_acceptance_no(kDemoHolderSlipNo);
  if (!have) return have.error();
  if (have.value()) return added;

  core::Application linshi;
  linshi.uuid = "d3a0c0de-0000-4000-8000-000000000101";
  linshi.acceptance_no = kDemoHolderSlipNo;
  linshi.item_code = "linshi";
  linshi.applicant_id = kDemoHolderId;
  linshi.applicant_name = "张𠀾";
  linshi.members = {{kDemoHolderId, "本人"}};
  linshi.declarations = {"2026年11月突发重病住院，自付医疗费约1.2万元"};
  linshi.materials = {{"shenfenzheng", "居民身份证", true, true},
                      {"shenqingshu", "救助申请书", true, true},
                      {"yiliao_piaoju", "医疗费用票据", true, false}};
  linshi.accepted_at = "2026-11-18 10:12:00";
  if (auto s = add_application(db, linshi, catalog, calendar, {{ApplicationStatus::NeedsSupplement, ""}},
                               "容缺受理：请补交医疗费用票据");
      !s)
    return s.error();

  core::Application yiliao;
  yiliao.uuid = "d3a0c0de-0000-4000-8000-000000000102";
  yiliao.acceptance_no = "320102-09-20261026-0102";
  yiliao.item_code = "yiliao";
  yiliao.applicant_id = kDemoHolderId;
  yiliao.applicant_name = "张𠀾";
  yiliao.members = {{kDemoHolderId, "本人"}};
  yiliao.declarations = {"医保报销后自付住院费用8,650.00元"};
  yiliao.materials = {{"shenfenzheng", "居民身份证", true, true},
                      {"shenqingshu", "救助申请书", true, true},
                      {"yiliao_piaoju", "医疗费用票据", true, true}};
  yiliao.accepted_at = "2026-10-26 09:40:00";
  if (auto s = add_application(db, yiliao, catalog, calendar,
                               {{ApplicationStatus::Accepted, ""},
                                {ApplicationStatus::Reviewing, "2026-10-28 14:00:00"},
                                {ApplicationStatus::Publicized, "2026-11-16 09:00:00"}},
                               "窗口受理");
      !s)
    return s.error();
  if (auto s = add_notice(db, catalog, calendar, yiliao.uuid, "2026-11-16", 865000); !s) return s.error();
  if (auto s = add_elder_dibao(db, catalog, calendar); !s) return s.error();
  return added;
}

}  // namespace app
