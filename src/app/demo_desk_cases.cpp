#include "app/demo_desk_cases.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/demo_data.h"
#include "app/uuid.h"
#include "base/calendar.h"
#include "base/json.h"
#include "base/splitmix64.h"
#include "core/domain/acceptance_number.h"
#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "store/acceptance_sequences.h"
#include "store/applications_table.h"
#include "store/benefits_table.h"

namespace app {
namespace {

using S = core::ApplicationStatus;

// What each case in the cycle looks like.
enum class Shape { Waiting, OneStep, AllSteps, MaterialsMissing, MaterialsBrought, NoticeRunning, NoticeEnded, Approved };
constexpr std::array kShapes = {Shape::Waiting,          Shape::OneStep,          Shape::AllSteps,
                                Shape::MaterialsMissing, Shape::MaterialsBrought, Shape::NoticeRunning,
                                Shape::NoticeEnded,      Shape::Approved};
// Items whose catalog entry lists review steps and a notice.
constexpr std::array<const char*, 3> kItems = {"dibao", "tekun", "ertong"};
constexpr std::uint64_t kSeedSalt = 0x19;  // the desk cases' generator differs from the main one
constexpr const char* kReviewer = "B01";
constexpr const char* kApprover = "C01";

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string step_fields(const core::ReviewStepDef& def, const std::string& day) {
  base::Json j = base::Json::object();
  for (const auto& f : def.fields) {
    switch (f.kind) {
      case core::ReviewFieldKind::Date: j[f.key] = day; break;
      case core::ReviewFieldKind::Count: j[f.key] = "9"; break;
      case core::ReviewFieldKind::Money: j[f.key] = "300"; break;
      case core::ReviewFieldKind::Choice: j[f.key] = f.choices.front(); break;
      case core::ReviewFieldKind::Text: j[f.key] = "经核实，情况属实"; break;
    }
  }
  auto text = base::write_json(j, base::JsonLayout::Compact);
  return text ? text.value() : "{}";
}

}  // namespace

base::Status insert_demo_case_rows(store::Database& db, const core::ServiceCatalog& catalog, const std::string& uuid,
                                   const DemoCaseRows& rows) {
  for (const auto& [step, on] : rows.steps) {
    const core::ReviewStepDef* def = catalog.find_review_step(step);
    if (!def) return base::Error{"demo data need review step '" + step + "'"};
    auto st = db.cached(
        "INSERT INTO case_steps(application_uuid, step, done_on, who, recorded_at, fields, note) VALUES(?1, ?2, ?3, ?4, ?5, ?6, '')");
    if (!st) return st.error();
    (*st)->bind_all(uuid, step, on, std::string(kReviewer), on + " 10:00:00", step_fields(*def, on));
    if (auto s = (*st)->run(); !s) return s;
  }
  if (!rows.notice_starts.empty()) {
    auto st = db.cached("INSERT INTO case_notices(application_uuid, starts, ends, proposed_fen) VALUES(?1, ?2, ?3, ?4)");
    if (!st) return st.error();
    (*st)->bind_all(uuid, rows.notice_starts, rows.notice_ends, rows.proposed_fen);
    if (auto s = (*st)->run(); !s) return s;
  }
  return base::ok();
}

base::Result<long> add_demo_desk_cases(store::Database& db, const DemoDataOptions& o, const core::ServiceCatalog& catalog,
                                       const core::HolidayCalendar& calendar) {
  auto today = core::parse_iso_date(o.today);
  if (!today) return today.error();
  const long wanted = std::max<long>(static_cast<long>(kShapes.size()), o.residents / 100);
  // Applicants: residents spread over the store, in id order (deterministic).
  std::vector<std::pair<std::string, std::string>> people;
  {
    auto st = db.prepare("SELECT id_number, name FROM residents ORDER BY id");
    if (!st) return st.error();
    long i = 0;
    const long every = std::max<long>(1, o.residents / wanted);
    while (true) {
      auto row = st->step();
      if (!row) return row.error();
      if (!row.value()) break;
      if (i++ % every == 0) people.emplace_back(st->text(0), st->text(1));
    }
  }
  if (people.empty()) return 0L;
  base::SplitMix64 rng(o.seed ^ kSeedSalt);
  store::AcceptanceSequences sequences(db);
  store::ApplicationsTable applications(db);
  long added = 0;
  for (long k = 0; k < wanted; ++k) {
    const Shape shape = kShapes[static_cast<std::size_t>(k) % kShapes.size()];
    const core::ServiceItem* item = catalog.find(kItems[static_cast<std::size_t>(k / static_cast<long>(kShapes.size())) % kItems.size()]);
    if (!item) return base::Error{"demo data need catalog item '" + std::string(kItems[0]) + "'"};
    const auto& [id, name] = people[static_cast<std::size_t>(k) % people.size()];
    // Cases further along were accepted earlier: a notice still running started a few days ago, an
    // ended one two weeks ago, an approved one's ended before that.
    const int days_back = shape == Shape::Waiting         ? 5
                          : shape < Shape::NoticeRunning  ? 14
                          : shape == Shape::NoticeRunning ? 10
                          : shape == Shape::NoticeEnded   ? 28
                                                          : 35;
    core::DayNumber day = today.value() - days_back - rng.below(3);
    while (!calendar.is_working_day(day)) --day;
    int y = 0, m = 0, d = 0;
    base::civil_from_days(day, y, m, d);
    auto number = sequences.next(o.hall_code, 2, y, m, d);  // terminal 2: the demo's second counter
    if (!number) return number.error();
    core::Application a;
    a.uuid = seeded_uuid(rng);
    a.acceptance_no = core::format_acceptance_number(number.value());
    a.item_code = item->code;
    a.applicant_id = id;
    a.applicant_name = name;
    a.members = {{id, "本人"}};
    a.declarations = {"家庭成员无稳定收入"};
    for (const auto& mat : item->required) a.materials.push_back({mat.code, mat.name, true, true});
    a.accepted_at = core::format_iso_date(day) + " " + two(9 + rng.below(7)) + ":" + two(rng.below(60)) + ":00";
    const core::DueDate due = calendar.due(day, item->promised_working_days);
    a.due = core::format_iso_date(due.day);
    a.due_provisional = due.provisional;
    if (auto s = core::open_application(a, S::Accepted, "A02", a.accepted_at, "窗口受理"); !s) return s.error();
    // The review: steps recorded on the working days after acceptance.
    std::size_t steps = shape == Shape::Waiting ? 0 : shape == Shape::OneStep ? 1 : item->review_steps.size();
    if (shape == Shape::MaterialsMissing || shape == Shape::MaterialsBrought) steps = 1;
    core::DayNumber at_day = day;
    DemoCaseRows rows;
    for (std::size_t i = 0; i < steps; ++i) {
      at_day = calendar.add_working_days(at_day, 1);
      const std::string when = core::format_iso_date(at_day) + " 10:00:00";
      const std::string action = "record_step:" + item->review_steps[i];
      if (a.status == S::Accepted) {
        if (auto s = core::transition(a, S::Reviewing, kReviewer, when, ""); !s) return s.error();
        a.events.back().action = action;
      } else {
        a.events.push_back(core::ApplicationEvent{S::Reviewing, S::Reviewing, kReviewer, when, "", action});
      }
      rows.steps.emplace_back(item->review_steps[i], core::format_iso_date(at_day));
    }
    if (shape == Shape::MaterialsMissing || shape == Shape::MaterialsBrought) {
      // Asked for the first material (the first two when some were brought: the first is in, the
      // second still missing — a 待补正 case always waits for something).
      at_day = calendar.add_working_days(at_day, 1);
      const std::size_t asked = shape == Shape::MaterialsBrought ? std::min<std::size_t>(2, a.materials.size()) : 1;
      std::string listed;
      for (std::size_t i = 0; i < asked; ++i) {
        a.materials[i].received = false;
        listed += (listed.empty() ? "" : "、") + a.materials[i].name;
      }
      if (asked > 1) a.materials.front().received = true;
      if (auto s = core::transition(a, S::NeedsSupplement, kReviewer, core::format_iso_date(at_day) + " 11:00:00", listed);
          !s)
        return s.error();
      a.events.back().action = "supplement";
    }
    if (shape >= Shape::NoticeRunning) {
      at_day = calendar.add_working_days(at_day, 1);
      rows.notice_starts = core::format_iso_date(at_day);
      rows.notice_ends = core::format_iso_date(calendar.add_working_days(at_day, item->publicity_working_days));
      if (auto s = core::transition(a, S::Publicized, kReviewer, rows.notice_starts + " 09:00:00",
                                    rows.notice_starts + " — " + rows.notice_ends);
          !s)
        return s.error();
      a.events.back().action = "publicize";
    }
    core::Fen amount = 30000 + 100 * static_cast<core::Fen>(rng.below(300));
    rows.proposed_fen = amount;
    if (shape == Shape::Approved) {
      const core::DayNumber decided = calendar.add_working_days(calendar.add_working_days(at_day, item->publicity_working_days), 1);
      if (decided >= today.value()) continue;  // never a decision in the future
      const std::string when = core::format_iso_date(decided) + " 15:00:00";
      core::BenefitType type = core::BenefitType::RuralDibao;
      for (core::BenefitType t : core::all_benefit_types())
        if (core::benefit_item_code(t) == item->code && item->code != "dibao") type = t;
      const std::string month = when.substr(0, 7);
      if (auto s = core::transition(a, S::Approved, kApprover, when, std::string(core::benefit_type_name(type)) + " " +
                                                                         core::format_yuan(amount) + " " + month);
          !s)
        return s.error();
      a.events.back().action = "approve";
      const std::string next_review = std::to_string(std::stoi(month.substr(0, 4)) + 1) + month.substr(4) + "-01";
      auto up = store::BenefitsTable(db).upsert(core::Benefit{id, type, core::BenefitStatus::Active, amount, month + "-01", next_review});
      if (!up) return up.error();
    }
    if (auto s = applications.insert(a); !s) return base::Error{"demo desk case: " + s.error().message};
    if (auto s = insert_demo_case_rows(db, catalog, a.uuid, rows); !s) return s.error();
    ++added;
  }
  return added;
}

}  // namespace app
