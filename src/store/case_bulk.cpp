// CaseDesk's batch decisions (store/case_desk.h): bulk approval and bulk 公示, one transaction per
// case, and the cases ready for a 公示 batch.
#include <map>
#include <set>

#include "store/case_desk.h"

namespace store {

base::Result<Answer<CaseDone>> CaseDesk::take_and_act(const std::string& acceptance_no, const core::CaseActor& actor,
                                                      const core::CivilTime& now, const BatchWork& work_for) {
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto loaded = load(acceptance_no, now, /*lock=*/true);
  if (!loaded) return loaded.error();
  if (!loaded.value()) return Answer<CaseDone>(Refusal{"case.refused.unknown_case", {acceptance_no}});
  LoadedCase c = std::move(**loaded);
  // Taken as claim() takes it, and given back by the decision in the same transaction.
  if (auto refusal = core::claim_refusal(c.facts, actor, now.iso_date())) return Answer<CaseDone>(*refusal);
  c.facts.claim_holder = actor.staff_no;
  c.claim_expired = false;
  auto work = work_for(c);
  if (!work) return work.error();
  auto done = decide_loaded(c, actor, *work, now);
  if (!done) return done.error();
  if (std::holds_alternative<CaseDone>(done.value()))
    if (auto s = tx->commit(); !s) return s.error();
  return done;
}

BulkReport CaseDesk::run_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                               const core::CivilTime& now, const BatchWork& work_for) {
  BulkReport report;
  for (const auto& no : acceptance_nos) {
    auto done = take_and_act(no, actor, now, work_for);
    if (!done) {
      report.stopped = no + ": " + done.error().message;
      break;
    }
    if (auto* refusal = std::get_if<Refusal>(&done.value()))
      report.refused.push_back(BulkRefusal{no, *refusal});
    else
      report.done.push_back(std::get<CaseDone>(done.value()));
  }
  return report;
}

BulkReport CaseDesk::approve_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                                   const BulkApproval& how, const core::CivilTime& now) {
  return run_batch(acceptance_nos, actor, now, [&](const LoadedCase& c) -> base::Result<CaseWork> {
    CaseWork work;
    work.request.action = core::CaseAction::Approve;
    work.request.start_month = how.start_month;
    work.benefit = how.benefit;
    if (auto it = how.benefit_by_item.find(c.item_code); it != how.benefit_by_item.end()) work.benefit = it->second;
    if (how.amount_fen) {
      work.request.amount_fen = *how.amount_fen;
      return work;
    }
    auto st = db_.cached("SELECT proposed_fen FROM case_notices WHERE application_uuid = ?1");
    if (!st) return st.error();
    (*st)->bind(1, c.uuid);
    auto row = (*st)->step();
    if (!row) return row.error();
    if (row.value()) work.request.amount_fen = (*st)->int64(0);
    (*st)->reset();
    return work;
  });
}

BulkReport CaseDesk::publicize_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                                     const BulkPublicity& how, const core::CivilTime& now) {
  return run_batch(acceptance_nos, actor, now, [&](const LoadedCase& c) -> base::Result<CaseWork> {
    CaseWork work;
    work.request.action = core::CaseAction::Publicize;
    work.calendar = how.calendar;  // the notice runs the item's working days from today
    if (auto it = how.proposed_fen.find(c.facts.acceptance_no); it != how.proposed_fen.end()) work.proposed_fen = it->second;
    return work;
  });
}

base::Result<std::vector<PublicityCandidate>> CaseDesk::ready_for_publicity(const core::CaseActor& actor,
                                                                            const core::CivilTime& now,
                                                                            const core::HolidayCalendar& calendar, int limit) {
  const std::string at = now.iso_datetime(), today = now.iso_date();
  auto day = core::parse_iso_date(today);
  if (!day) return day.error();
  // Three set reads over the reviewing cases (not one load() per case): the cases free to take or
  // the actor's, the steps recorded on them, and those still missing a material.
  struct Row {
    std::string uuid;
    LoadedCase c;
    std::string name;
  };
  std::vector<Row> rows;
  {
    auto st = db_.cached(
        "SELECT uuid, acceptance_no, item_code, applicant_name, claimed_by, lease_until FROM applications "
        "WHERE status = 'reviewing' AND (lease_until < ?1 OR claimed_by = ?2) ORDER BY accepted_at, acceptance_no");
    if (!st) return st.error();
    (*st)->bind_all(at, actor.staff_no);
    while (true) {
      auto row = (*st)->step();
      if (!row) return row.error();
      if (!row.value()) break;
      Row r;
      r.uuid = (*st)->text(0);
      r.c.uuid = r.uuid;
      r.c.facts.acceptance_no = (*st)->text(1);
      r.c.item_code = (*st)->text(2);
      r.name = (*st)->text(3);
      r.c.facts.status = core::ApplicationStatus::Reviewing;
      if ((*st)->text(4) == actor.staff_no && (*st)->text(5) >= at) r.c.facts.claim_holder = actor.staff_no;
      rows.push_back(std::move(r));
    }
  }
  std::map<std::string, std::vector<std::string>> steps;
  {
    auto st = db_.cached(
        "SELECT s.application_uuid, s.step FROM case_steps s JOIN applications a ON a.uuid = s.application_uuid "
        "WHERE a.status = 'reviewing'");
    if (!st) return st.error();
    while (true) {
      auto row = (*st)->step();
      if (!row) return row.error();
      if (!row.value()) break;
      steps[(*st)->text(0)].push_back((*st)->text(1));
    }
  }
  std::set<std::string> missing;
  {
    auto st = db_.cached(
        "SELECT DISTINCT m.application_uuid FROM application_materials m JOIN applications a ON a.uuid = "
        "m.application_uuid WHERE a.status = 'reviewing' AND m.required = 1 AND m.received = 0");
    if (!st) return st.error();
    while (true) {
      auto row = (*st)->step();
      if (!row) return row.error();
      if (!row.value()) break;
      missing.insert((*st)->text(0));
    }
  }
  std::vector<PublicityCandidate> out;
  for (Row& r : rows) {
    if (static_cast<int>(out.size()) >= limit) break;
    core::CaseFacts& f = r.c.facts;
    const core::ServiceItem* item = catalog_.find(r.c.item_code);
    if (!item || item->publicity_working_days <= 0) continue;
    f.steps_required = item->review_steps;
    f.publicity_working_days = item->publicity_working_days;
    f.steps_done = steps[r.uuid];
    f.materials_complete = missing.count(r.uuid) == 0;
    const bool held = !f.claim_holder.empty();
    if (core::claim_refusal(f, actor, today)) continue;
    f.claim_holder = actor.staff_no;  // as publicize_batch takes it
    core::CaseRequest request;
    request.action = core::CaseAction::Publicize;
    request.notice_ends = core::format_iso_date(calendar.add_working_days(*day, item->publicity_working_days));
    if (!std::holds_alternative<core::CaseOutcome>(core::decide_case(f, actor, request, today))) continue;
    out.push_back(PublicityCandidate{f.acceptance_no, r.c.item_code, r.name, request.notice_ends, held});
  }
  return out;
}

}  // namespace store