#pragma once
// What a reviewer or approver types on the case screen before pressing an action, and the check
// that turns it into what is sent to the store (fx::ActOnCase). The form stays as typed whatever
// the answer — a refusal, a lease that ran out, a store failure — so nothing typed is lost; only a
// done action clears the part it used.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/backoffice/case_file.h"
#include "core/text/message.h"

namespace core {

struct CaseForm {
  std::string step;             // the step being recorded (empty: the case file's next_step)
  ReviewValues values;          // its fields, as typed
  std::string step_note;        // a remark on the step
  std::vector<std::string> missing;  // 待补正: material codes ticked
  std::string objection_note;   // what the objection says
  std::string proposed_yuan;    // 公示: the proposed monthly amount on the notice (optional)
  std::string amount_yuan;      // 审批: the monthly amount
  std::string start_month;      // 审批: YYYY-MM
  std::optional<BenefitType> benefit;  // 审批: when the item has several types
  std::string reject_reason;    // 不予批准: one of the case file's rejection_reasons
  std::string reject_note;      // … and free words
};

// What goes to the store for one action.
struct CaseSubmission {
  CaseRequest request;
  ReviewValues values;                 // RecordStep
  std::optional<BenefitType> benefit;  // Approve
  Fen proposed_fen = 0;                // Publicize
};

// The submission, or what is wrong with the form (one sentence per problem, in the catalog's
// words: review.problem.*, case.form.*). Rules about the case itself (status, claim,
// maker-checker) are the store's to check at the moment it writes.
using CaseFormCheck = std::variant<CaseSubmission, std::vector<Message>>;
CaseFormCheck check_case_form(const CaseForm& form, CaseAction action, const CaseFile& file, const std::string& today);

// 公示's proposed monthly amount as typed (empty: none on the notice): its fen, or the sentence
// saying what is wrong (case.form.proposed). The case screen and 批量公示 both check it so.
std::variant<Fen, Message> check_proposed(const std::string& yuan);

// The step the form records: the one picked, else the case file's next.
std::string form_step(const CaseForm& form, const CaseFile& file);

// After `action` was done: clears what it used (the other parts stay as typed).
void clear_after(CaseForm& form, CaseAction action);

}  // namespace core
