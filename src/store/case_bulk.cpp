// CaseDesk's bulk approval (store/case_desk.h): one transaction per case.
#include "store/case_desk.h"

namespace store {

base::Result<Answer<CaseDone>> CaseDesk::approve_one(const std::string& acceptance_no, const core::CaseActor& actor,
                                                     const BulkApproval& how, const core::CivilTime& now) {
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
  CaseWork work;
  work.request.action = core::CaseAction::Approve;
  work.request.start_month = how.start_month;
  work.benefit = how.benefit;
  if (auto it = how.benefit_by_item.find(c.item_code); it != how.benefit_by_item.end()) work.benefit = it->second;
  if (how.amount_fen) {
    work.request.amount_fen = *how.amount_fen;
  } else {
    auto st = db_.cached("SELECT proposed_fen FROM case_notices WHERE application_uuid = ?1");
    if (!st) return st.error();
    (*st)->bind(1, c.uuid);
    auto row = (*st)->step();
    if (!row) return row.error();
    if (row.value()) work.request.amount_fen = (*st)->int64(0);
    (*st)->reset();
  }
  auto done = decide_loaded(c, actor, work, now);
  if (!done) return done.error();
  if (std::holds_alternative<CaseDone>(done.value()))
    if (auto s = tx->commit(); !s) return s.error();
  return done;
}

BulkReport CaseDesk::approve_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                                   const BulkApproval& how, const core::CivilTime& now) {
  BulkReport report;
  for (const auto& no : acceptance_nos) {
    auto done = approve_one(no, actor, how, now);
    if (!done) {
      report.stopped = no + ": " + done.error().message;
      break;
    }
    if (auto* refusal = std::get_if<Refusal>(&done.value()))
      report.refused.push_back(BulkRefusal{no, *refusal});
    else
      report.approved.push_back(std::get<CaseDone>(done.value()));
  }
  return report;
}

}  // namespace store
