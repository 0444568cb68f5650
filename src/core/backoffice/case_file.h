#pragma once
// The case file (案卷): everything a reviewer or approver reads about one application, in one read
// (store/case_file.h): the application as the counter accepted it (applicant, household,
// declarations, materials, history), the item's review steps with their recorded results, the
// public notice, and the live claim. It carries the catalog's words it needs (step definitions,
// the item's materials, its benefit types), so the case screen draws it without the catalog.
#include <optional>
#include <string>
#include <vector>

#include "core/backoffice/case_rules.h"
#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/money.h"
#include "core/domain/review_step.h"
#include "core/domain/service_item.h"

namespace core {

// The latest recorded result of one review step (table case_steps).
struct CaseStepResult {
  std::string done_on;      // YYYY-MM-DD: the step's date field, else the day it was recorded
  std::string who;          // staff number
  std::string recorded_at;  // YYYY-MM-DD HH:MM:SS
  ReviewValues fields;      // field key -> value as typed
  std::string note;
};

// One step the item asks for, with its result once recorded.
struct CaseStep {
  ReviewStepDef def;
  std::optional<CaseStepResult> result;
};

// 张榜公示 (table case_notices).
struct CaseNotice {
  std::string starts;  // YYYY-MM-DD
  std::string ends;    // last day of the notice
  Fen proposed_fen = 0;
};

struct CaseFile {
  Application application;  // members, declarations, materials and history (oldest first)
  std::string item_name;    // the catalog's; the code when the catalog lacks the item
  int publicity_working_days = 0;
  std::vector<std::string> declared;  // "工资性收入：1,200.00 元/月", one per filled field
  std::vector<std::string> totals;    // the item's totals as stored with them (家庭人均月收入 …)
  std::vector<CaseStep> steps;        // the item's review steps, in the catalog's order
  std::optional<CaseNotice> notice;
  std::vector<Material> item_materials;   // every material the item knows (what 待补正 may name)
  std::vector<BenefitType> benefit_types;  // what an approval may grant (several: the approver picks)
  std::vector<std::string> rejection_reasons;  // 不予批准 reasons offered (assets/catalog/counter.toml)
  std::string claimed_by;   // the claim row's holder, live or not ('' : never claimed or released)
  std::string lease_until;  // YYYY-MM-DD HH:MM:SS
  std::string read_at;      // when the store read it (YYYY-MM-DD HH:MM:SS)
};

// Builds the parts that come from the catalog: item name, steps (results matched by code), the
// item's materials and benefit types, and declarations split into fields and totals (a stored line
// whose label is one of the item's totals is a total). `item` may be null (an item the catalog no
// longer has: its steps and totals are then unknown).
void fill_from_catalog(CaseFile& f, const ServiceItem* item, const ServiceCatalog& catalog,
                       const std::vector<std::pair<std::string, CaseStepResult>>& results);

// The holder of a live claim at `now_iso` (YYYY-MM-DD HH:MM:SS); empty when nobody holds it.
std::string live_holder(const CaseFile& f, const std::string& now_iso);

// The facts the rules (core/backoffice/case_rules.h) decide on, as this file shows them.
CaseFacts case_facts(const CaseFile& f, const std::string& now_iso);

// The actions `actor` may take on the case now, in CaseAction order, asked of decide_case with a
// well-formed request for each — the rules are not repeated here. The store decides again when the
// action is sent.
std::vector<CaseAction> offered_actions(const CaseFile& f, const CaseActor& actor, const CivilTime& now);

// The step a reviewer records next: the first without a result, else the last one (to correct it).
// Empty when the item has no steps.
std::string next_step(const CaseFile& f);

// Required materials not received yet.
std::vector<MaterialCheck> missing_materials(const CaseFile& f);

}  // namespace core
