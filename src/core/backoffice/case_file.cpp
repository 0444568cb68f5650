#include "core/backoffice/case_file.h"

#include <algorithm>

namespace core {
namespace {

const std::string kProbeNote = "-";  // a probe request's reason: any non-empty text

}  // namespace

void fill_from_catalog(CaseFile& f, const ServiceItem* item, const ServiceCatalog& catalog,
                       const std::vector<std::pair<std::string, CaseStepResult>>& results) {
  f.item_name = item ? item->name : f.application.item_code;
  f.publicity_working_days = item ? item->publicity_working_days : 0;
  f.declared.clear();
  f.totals.clear();
  for (const std::string& line : f.application.declarations) {
    if (line.empty()) continue;
    (item && is_total_line(*item, line) ? f.totals : f.declared).push_back(line);
  }
  f.steps.clear();
  if (item)
    for (const std::string& code : item->review_steps) {
      CaseStep step;
      if (const ReviewStepDef* def = catalog.find_review_step(code)) step.def = *def;
      else step.def.code = step.def.name = code;
      for (const auto& [c, r] : results)
        if (c == code) step.result = r;
      f.steps.push_back(std::move(step));
    }
  f.item_materials.clear();
  if (item) {
    f.item_materials = item->required;
    f.item_materials.insert(f.item_materials.end(), item->optional.begin(), item->optional.end());
  }
  f.benefit_types.clear();
  for (BenefitType t : all_benefit_types())
    if (benefit_item_code(t) == f.application.item_code) f.benefit_types.push_back(t);
}

std::string live_holder(const CaseFile& f, const std::string& now_iso) {
  if (f.claimed_by.empty() || f.lease_until < now_iso) return {};
  return f.claimed_by;
}

CaseFacts case_facts(const CaseFile& f, const std::string& now_iso) {
  CaseFacts c;
  c.acceptance_no = f.application.acceptance_no;
  c.status = f.application.status;
  for (const CaseStep& s : f.steps) {
    c.steps_required.push_back(s.def.code);
    if (s.result) c.steps_done.push_back(s.def.code);
  }
  // Who took part in the review, as the store reads it for maker-checker (store/case_desk.cpp).
  for (const ApplicationEvent& e : f.application.events) {
    const bool review = e.action.rfind("record_step:", 0) == 0 || e.action == "supplement" || e.action == "publicize";
    if (review && std::find(c.reviewed_by.begin(), c.reviewed_by.end(), e.who) == c.reviewed_by.end())
      c.reviewed_by.push_back(e.who);
  }
  c.publicity_working_days = f.publicity_working_days;
  if (f.notice) c.notice_ends = f.notice->ends;
  c.materials_complete = missing_materials(f).empty();
  c.claim_holder = live_holder(f, now_iso);
  return c;
}

std::vector<CaseAction> offered_actions(const CaseFile& f, const CaseActor& actor, const CivilTime& now) {
  const std::string today = now.iso_date();
  const CaseFacts facts = case_facts(f, now.iso_datetime());
  std::vector<CaseAction> out;
  for (CaseAction a : {CaseAction::RecordStep, CaseAction::AskSupplement, CaseAction::SupplementArrived,
                       CaseAction::Publicize, CaseAction::Objection, CaseAction::Approve, CaseAction::Reject}) {
    CaseRequest probe;
    probe.action = a;
    probe.step = next_step(f);
    probe.note = kProbeNote;
    probe.missing = {kProbeNote};
    probe.amount_fen = 1;
    probe.start_month = today.substr(0, 7);
    if (auto day = parse_iso_date(today)) probe.notice_ends = format_iso_date(*day + 1);
    if (std::holds_alternative<CaseOutcome>(decide_case(facts, actor, probe, today))) out.push_back(a);
  }
  return out;
}

std::string next_step(const CaseFile& f) {
  for (const CaseStep& s : f.steps)
    if (!s.result) return s.def.code;
  return f.steps.empty() ? std::string() : f.steps.back().def.code;
}

std::vector<MaterialCheck> missing_materials(const CaseFile& f) {
  std::vector<MaterialCheck> out;
  for (const MaterialCheck& m : f.application.materials)
    if (m.required && !m.received) out.push_back(m);
  return out;
}

}  // namespace core
