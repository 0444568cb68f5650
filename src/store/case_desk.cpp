#include "store/case_desk.h"

#include <algorithm>

#include "base/json.h"
#include "store/application_events_table.h"
#include "store/benefits_table.h"
#include "store/text_column.h"

namespace store {
namespace {

using S = core::ApplicationStatus;

// The step's code after "record_step:" in a history row's action.
constexpr std::string_view kStepActionPrefix = "record_step:";

std::optional<core::BenefitType> benefit_for(const std::string& item_code, const std::optional<core::BenefitType>& asked,
                                             std::string& choices) {
  std::vector<core::BenefitType> types;
  for (core::BenefitType t : core::all_benefit_types())
    if (core::benefit_item_code(t) == item_code) types.push_back(t);
  for (core::BenefitType t : types) {
    if (!choices.empty()) choices += ", ";
    choices += core::benefit_type_name(t);
  }
  if (asked) {
    if (std::find(types.begin(), types.end(), *asked) != types.end()) return asked;
    return std::nullopt;
  }
  if (types.size() == 1) return types.front();
  return std::nullopt;
}

std::string next_review_of(const std::string& start_month) {
  // One year after the month the benefit starts (年审), on the first of the month.
  const int year = std::stoi(start_month.substr(0, 4)) + 1;
  return std::to_string(year) + start_month.substr(4) + "-01";
}

}  // namespace

base::Result<std::optional<LoadedCase>> CaseDesk::load(const std::string& acceptance_no, const core::CivilTime& now,
                                                       bool lock) {
  // The row lock serializes every writer of this case on PostgreSQL; SQLite's write transaction
  // already does.
  const char* sql = db_.is_postgres() && lock
                        ? "SELECT uuid, item_code, status, applicant_id, claimed_by, lease_until FROM applications "
                          "WHERE acceptance_no = ?1 FOR UPDATE"
                        : "SELECT uuid, item_code, status, applicant_id, claimed_by, lease_until FROM applications "
                          "WHERE acceptance_no = ?1";
  auto st = db_.cached(sql);
  if (!st) return st.error();
  (*st)->bind(1, acceptance_no);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<LoadedCase>{};
  LoadedCase c;
  c.uuid = (*st)->text(0);
  c.item_code = (*st)->text(1);
  c.applicant_id = (*st)->text(3);
  c.claim_staff = (*st)->text(4);
  const std::string lease_until = (*st)->text(5);
  auto status = core::status_from_code((*st)->text(2));
  if (!status) return base::Error{"application " + acceptance_no + " holds unknown status '" + (*st)->text(2) + "'"};
  (*st)->reset();
  c.facts.acceptance_no = acceptance_no;
  c.facts.status = *status;
  if (const core::ServiceItem* item = catalog_.find(c.item_code)) {
    c.facts.steps_required = item->review_steps;
    c.facts.publicity_working_days = item->publicity_working_days;
  }
  auto done = text_column(db_, "SELECT step FROM case_steps WHERE application_uuid = ?1", c.uuid);
  if (!done) return done.error();
  c.facts.steps_done = std::move(done.value());
  auto makers = text_column(db_,
                      "SELECT DISTINCT who FROM application_events WHERE application_uuid = ?1 AND "
                      "(action LIKE 'record_step:%' OR action = 'supplement' OR action = 'publicize')",
                      c.uuid);
  if (!makers) return makers.error();
  c.facts.reviewed_by = std::move(makers.value());
  auto ends = text_column(db_, "SELECT ends FROM case_notices WHERE application_uuid = ?1", c.uuid);
  if (!ends) return ends.error();
  if (!ends->empty()) c.facts.notice_ends = ends->front();
  auto missing = text_column(db_,
                       "SELECT code FROM application_materials WHERE application_uuid = ?1 AND required = 1 AND "
                       "received = 0",
                       c.uuid);
  if (!missing) return missing.error();
  c.facts.materials_complete = missing->empty();
  if (!c.claim_staff.empty()) {
    c.claim_expired = lease_until < now.iso_datetime();
    if (!c.claim_expired) c.facts.claim_holder = c.claim_staff;
  }
  return std::optional<LoadedCase>(std::move(c));
}

base::Result<Answer<CaseDone>> CaseDesk::act(const std::string& acceptance_no, const core::CaseActor& actor,
                                             const CaseWork& work, const core::CivilTime& now) {
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto loaded = load(acceptance_no, now, /*lock=*/true);
  if (!loaded) return loaded.error();
  if (!loaded.value()) return Answer<CaseDone>(Refusal{"case.refused.unknown_case", {acceptance_no}});
  auto done = decide_loaded(**loaded, actor, work, now);
  if (!done) return done.error();
  if (std::holds_alternative<CaseDone>(done.value()))
    if (auto s = tx->commit(); !s) return s.error();
  return done;
}

base::Result<Answer<CaseDone>> CaseDesk::decide_loaded(const LoadedCase& c, const core::CaseActor& actor,
                                                       const CaseWork& work, const core::CivilTime& now) {
  const std::string& acceptance_no = c.facts.acceptance_no;
  const std::string today = now.iso_date();
  // A lease that ran out while the holder typed: say so, rather than "not claimed".
  if (actor.role != core::StaffRole::Counter && c.claim_expired && c.claim_staff == actor.staff_no)
    return Answer<CaseDone>(Refusal{"case.refused.lease_expired", {acceptance_no}});
  core::CaseRequest request = work.request;
  if (request.action == core::CaseAction::Publicize && request.notice_ends.empty() && work.calendar &&
      c.facts.publicity_working_days > 0) {
    auto day = core::parse_iso_date(today);
    if (!day) return day.error();
    request.notice_ends = core::format_iso_date(work.calendar->add_working_days(*day, c.facts.publicity_working_days));
  }
  auto decision = core::decide_case(c.facts, actor, request, today);
  if (auto* refusal = std::get_if<core::Message>(&decision)) return Answer<CaseDone>(*refusal);
  const auto& out = std::get<core::CaseOutcome>(decision);
  if (work.request.action == core::CaseAction::RecordStep) {
    const core::ReviewStepDef* def = catalog_.find_review_step(work.request.step);
    if (!def) return Answer<CaseDone>(Refusal{"case.refused.unknown_step", {acceptance_no, work.request.step}});
    auto problems = core::review_problems(*def, work.values, today);
    if (!problems.empty()) return Answer<CaseDone>(problems.front());
  }
  if (work.request.action == core::CaseAction::AskSupplement) {
    // Only materials the item knows: a typo must not become a line on the resident's notice.
    const core::ServiceItem* item = catalog_.find(c.item_code);
    for (const auto& code : work.request.missing) {
      bool known = false;
      if (item)
        for (const auto* list : {&item->required, &item->optional})
          for (const auto& m : *list) known = known || m.code == code;
      if (!known) return Answer<CaseDone>(Refusal{"case.refused.unknown_material", {acceptance_no, code}});
    }
  }
  if (work.request.action == core::CaseAction::Approve) {
    std::string choices;
    if (!benefit_for(c.item_code, work.benefit, choices))
      return Answer<CaseDone>(Refusal{"case.refused.benefit_type", {acceptance_no, choices}});
  }
  CaseWork effective = work;
  effective.request = request;
  if (auto s = write(c, actor, effective, out, now); !s) return s.error();
  CaseDone done{acceptance_no, out.from, out.to, {}};
  if (request.action == core::CaseAction::Publicize) done.notice_ends = request.notice_ends;
  return Answer<CaseDone>(std::move(done));
}

base::Status CaseDesk::write(const LoadedCase& c, const core::CaseActor& actor, const CaseWork& work,
                             const core::CaseOutcome& out, const core::CivilTime& now) {
  const std::string at = now.iso_datetime();
  const core::CaseRequest& r = work.request;
  if (out.to != out.from) {
    auto st = db_.cached("UPDATE applications SET status = ?2 WHERE uuid = ?1 AND status = ?3");
    if (!st) return st.error();
    (*st)->bind_all(c.uuid, core::status_code(out.to), core::status_code(out.from));
    if (auto s = (*st)->run(); !s) return s;
    if (db_.changes() != 1) return base::Error{"application " + c.facts.acceptance_no + " changed in the store meanwhile"};
  }
  core::ApplicationEvent e{out.from, out.to, actor.staff_no, at, r.note, std::string(core::case_action_code(r.action))};
  switch (r.action) {
    case core::CaseAction::RecordStep: {
      e.action = std::string(kStepActionPrefix) + r.step;
      const core::ReviewStepDef* def = catalog_.find_review_step(r.step);
      base::Json fields = base::Json::object();
      for (const auto& [k, v] : work.values) fields[k] = v;
      auto text = base::write_json(fields, base::JsonLayout::Compact);
      if (!text) return text.error();
      auto st = db_.cached(
          "INSERT INTO case_steps(application_uuid, step, done_on, who, recorded_at, fields, note) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(application_uuid, step) DO UPDATE SET "
          "done_on = excluded.done_on, who = excluded.who, recorded_at = excluded.recorded_at, "
          "fields = excluded.fields, note = excluded.note");
      if (!st) return st.error();
      (*st)->bind_all(c.uuid, r.step, core::review_done_on(*def, work.values, now.iso_date()), actor.staff_no, at,
                      text.value(), r.note);
      if (auto s = (*st)->run(); !s) return s;
      break;
    }
    case core::CaseAction::AskSupplement: {
      const core::ServiceItem* item = catalog_.find(c.item_code);
      auto st = db_.cached(
          "INSERT INTO application_materials(application_uuid, code, name, required, received) "
          "VALUES(?1, ?2, ?3, 1, 0) ON CONFLICT(application_uuid, code) DO UPDATE SET required = 1, received = 0");
      if (!st) return st.error();
      std::string listed;
      for (const auto& code : r.missing) {
        std::string name = code;
        if (item)
          for (const auto* list : {&item->required, &item->optional})
            for (const auto& m : *list)
              if (m.code == code) name = m.full_name();
        (*st)->bind_all(c.uuid, code, name);
        if (auto s = (*st)->run(); !s) return s;
        listed += (listed.empty() ? "" : "、") + name;
      }
      if (e.note.empty()) e.note = listed;
      break;
    }
    case core::CaseAction::SupplementArrived: {
      auto st = db_.cached("UPDATE application_materials SET received = 1 WHERE application_uuid = ?1 AND required = 1");
      if (!st) return st.error();
      (*st)->bind(1, c.uuid);
      if (auto s = (*st)->run(); !s) return s;
      break;
    }
    case core::CaseAction::Publicize: {
      auto st = db_.cached(
          "INSERT INTO case_notices(application_uuid, starts, ends, proposed_fen) VALUES(?1, ?2, ?3, ?4) "
          "ON CONFLICT(application_uuid) DO UPDATE SET starts = excluded.starts, ends = excluded.ends, "
          "proposed_fen = excluded.proposed_fen");
      if (!st) return st.error();
      (*st)->bind_all(c.uuid, now.iso_date(), r.notice_ends, work.proposed_fen);
      if (auto s = (*st)->run(); !s) return s;
      if (e.note.empty()) e.note = now.iso_date() + " — " + r.notice_ends;
      break;
    }
    case core::CaseAction::Approve: {
      std::string choices;
      const core::BenefitType type = *benefit_for(c.item_code, work.benefit, choices);
      core::Benefit b{c.applicant_id, type, core::BenefitStatus::Active, r.amount_fen, r.start_month + "-01",
                      next_review_of(r.start_month)};
      auto up = BenefitsTable(db_).upsert(b);
      if (!up) return up.error();
      if (e.note.empty()) e.note = std::string(core::benefit_type_name(type)) + " " + core::format_yuan(r.amount_fen) + " " +
                                   r.start_month;
      break;
    }
    case core::CaseAction::Objection:
    case core::CaseAction::Reject: break;
  }
  if (auto s = ApplicationEventsTable(db_).append(c.uuid, e); !s) return s;
  if (out.releases_claim) {
    auto st = db_.cached("UPDATE applications SET claimed_by = '', lease_until = '' WHERE uuid = ?1");
    if (!st) return st.error();
    (*st)->bind(1, c.uuid);
    if (auto s = (*st)->run(); !s) return s;
  }
  return base::ok();
}

}  // namespace store
