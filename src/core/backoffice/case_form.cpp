#include "core/backoffice/case_form.h"

#include <algorithm>

namespace core {
namespace {

// How a picked reason and the free words are joined in the stored note.
constexpr const char* kReasonJoin = " — ";

bool valid_month(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return false;
  return parse_iso_date(m + "-01").ok();
}

const CaseStep* step_of(const CaseFile& f, const std::string& code) {
  for (const CaseStep& s : f.steps)
    if (s.def.code == code) return &s;
  return nullptr;
}

}  // namespace

std::variant<Fen, Message> check_proposed(const std::string& yuan) {
  if (yuan.empty()) return Fen{0};
  auto fen = parse_yuan(yuan);
  if (!fen || *fen <= 0 || *fen > kMaxAmountFen) return Message{"case.form.proposed", {yuan}};
  return *fen;
}

std::string form_step(const CaseForm& form, const CaseFile& file) { return form.step.empty() ? next_step(file) : form.step; }

CaseFormCheck check_case_form(const CaseForm& form, CaseAction action, const CaseFile& file, const std::string& today) {
  CaseSubmission out;
  out.request.action = action;
  std::vector<Message> problems;
  const std::string& no = file.application.acceptance_no;
  switch (action) {
    case CaseAction::RecordStep: {
      const std::string code = form_step(form, file);
      const CaseStep* step = step_of(file, code);
      if (!step) {
        problems.push_back(Message{"case.refused.unknown_step", {no, code}});
        break;
      }
      // Only the keys the step has: an emptied field is as good as untyped.
      // (No structured binding captured in the lambda: clang 14, the fuzz build's, cannot.)
      for (const auto& typed : form.values)
        if (!typed.second.empty() && std::any_of(step->def.fields.begin(), step->def.fields.end(),
                                                 [&](const ReviewField& f) { return f.key == typed.first; }))
          out.values[typed.first] = typed.second;
      problems = review_problems(step->def, out.values, today);
      out.request.step = code;
      out.request.note = form.step_note;
      break;
    }
    case CaseAction::AskSupplement:
      for (const Material& m : file.item_materials)
        if (std::find(form.missing.begin(), form.missing.end(), m.code) != form.missing.end())
          out.request.missing.push_back(m.code);
      if (out.request.missing.empty()) problems.push_back(Message{"case.form.pick_missing", {}});
      break;
    case CaseAction::SupplementArrived: break;
    case CaseAction::Publicize: {
      auto fen = check_proposed(form.proposed_yuan);
      if (auto* problem = std::get_if<Message>(&fen)) problems.push_back(*problem);
      else out.proposed_fen = std::get<Fen>(fen);
      break;
    }
    case CaseAction::Objection:
      out.request.note = form.objection_note;
      if (out.request.note.empty()) problems.push_back(Message{"case.form.objection_note", {}});
      break;
    case CaseAction::Approve: {
      auto fen = parse_yuan(form.amount_yuan);
      if (!fen || *fen <= 0 || *fen > kMaxAmountFen) problems.push_back(Message{"case.form.amount", {form.amount_yuan}});
      else out.request.amount_fen = *fen;
      if (!valid_month(form.start_month)) problems.push_back(Message{"case.form.start_month", {form.start_month}});
      out.request.start_month = form.start_month;
      if (file.benefit_types.size() > 1) {
        if (!form.benefit || std::find(file.benefit_types.begin(), file.benefit_types.end(), *form.benefit) ==
                                 file.benefit_types.end())
          problems.push_back(Message{"case.form.benefit", {}});
        else out.benefit = form.benefit;
      } else if (file.benefit_types.size() == 1) {
        out.benefit = file.benefit_types.front();
      }
      break;
    }
    case CaseAction::Reject:
      if (form.reject_reason.empty() && !(file.rejection_reasons.empty() && !form.reject_note.empty())) {
        problems.push_back(Message{"case.form.reject_reason", {}});
      } else if (form.reject_reason.empty()) {
        out.request.note = form.reject_note;  // no list offered: the free words are the reason
      } else {
        out.request.note = form.reject_reason;
        if (!form.reject_note.empty()) out.request.note += kReasonJoin + form.reject_note;
      }
      break;
  }
  if (!problems.empty()) return problems;
  return out;
}

void clear_after(CaseForm& form, CaseAction action) {
  switch (action) {
    case CaseAction::RecordStep:
      form.step.clear();
      form.values.clear();
      form.step_note.clear();
      break;
    case CaseAction::AskSupplement: form.missing.clear(); break;
    case CaseAction::SupplementArrived: break;
    case CaseAction::Publicize: form.proposed_yuan.clear(); break;
    case CaseAction::Objection: form.objection_note.clear(); break;
    case CaseAction::Approve:
      form.amount_yuan.clear();
      form.start_month.clear();
      form.benefit.reset();
      break;
    case CaseAction::Reject:
      form.reject_reason.clear();
      form.reject_note.clear();
      break;
  }
}

}  // namespace core
