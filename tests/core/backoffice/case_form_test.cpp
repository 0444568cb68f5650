// The case file's pure parts (core/backoffice/case_file.h) and the case form's check
// (core/backoffice/case_form.h): what is sent for each action, the sentences for what is wrong,
// and which actions the rules offer whom.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/backoffice/case_file.h"
#include "core/backoffice/case_form.h"

using namespace core;
using A = CaseAction;
using S = ApplicationStatus;

namespace {

constexpr const char* kToday = "2026-12-10";

ServiceCatalog catalog() {
  ServiceCatalog c;
  c.review_steps = {
      ReviewStepDef{"home_visit",
                    "入户调查",
                    {{"visit_date", "调查日期", ReviewFieldKind::Date, "", {}, true},
                     {"findings", "调查情况", ReviewFieldKind::Text, "", {}, true}},
                    "visit_date"},
      ReviewStepDef{"economic_check",
                    "家庭经济状况核对",
                    {{"result", "核对结果", ReviewFieldKind::Choice, "", {"符合", "不符合", "需说明"}, true},
                     {"income", "核实收入", ReviewFieldKind::Money, "元/月", {}, false}},
                    ""}};
  ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障（低保）申请";
  dibao.required = {{"hukoubu", "户口簿", ""}, {"income_proof", "收入证明", "近 6 个月"}};
  dibao.optional = {{"disability_cert", "残疾证", ""}};
  dibao.review_steps = {"home_visit", "economic_check"};
  dibao.publicity_working_days = 7;
  dibao.totals = {DeclarationTotal{"per_capita", "家庭人均月收入", "元/月", {"wage"}, {}, true}};
  c.items = {dibao};
  return c;
}

CaseFile file(S status = S::Reviewing) {
  const ServiceCatalog c = catalog();
  CaseFile f;
  f.application.acceptance_no = "320102-01-20261123-0042";
  f.application.item_code = "dibao";
  f.application.status = status;
  f.application.declarations = {"工资性收入：1,200.00 元/月", "家庭人均月收入：600.00 元/月"};
  f.application.materials = {{"hukoubu", "户口簿", true, true}, {"income_proof", "收入证明（近 6 个月）", true, false}};
  fill_from_catalog(f, c.find("dibao"), c, {{"home_visit", CaseStepResult{"2026-12-02", "R01", "2026-12-02 10:00:00", {}, ""}}});
  return f;
}

std::vector<std::string> keys_of(const CaseFormCheck& c) {
  std::vector<std::string> out;
  if (auto* p = std::get_if<std::vector<Message>>(&c))
    for (const auto& m : *p) out.push_back(m.key);
  return out;
}

CaseSubmission sent(const CaseFormCheck& c) {
  REQUIRE_MESSAGE(std::holds_alternative<CaseSubmission>(c), "problems: " << keys_of(c).size());
  return std::get<CaseSubmission>(c);
}

}  // namespace

TEST_CASE("the case file takes its steps, materials, totals and benefit types from the catalog") {
  const CaseFile f = file();
  CHECK(f.item_name == "最低生活保障（低保）申请");
  CHECK(f.declared == std::vector<std::string>{"工资性收入：1,200.00 元/月"});
  CHECK(f.totals == std::vector<std::string>{"家庭人均月收入：600.00 元/月"});
  REQUIRE(f.steps.size() == 2);
  CHECK(f.steps[0].def.name == "入户调查");
  CHECK(f.steps[0].result.has_value());
  CHECK_FALSE(f.steps[1].result.has_value());
  CHECK(next_step(f) == "economic_check");
  CHECK(f.item_materials.size() == 3);  // required and optional: what 待补正 may name
  CHECK(f.benefit_types.size() == 2);   // 城市低保 and 农村低保
  REQUIRE(missing_materials(f).size() == 1);
  CHECK(missing_materials(f)[0].code == "income_proof");
}

TEST_CASE("a step's values are checked against its definition before anything is sent") {
  const CaseFile f = file();
  CaseForm form;
  form.step = "home_visit";
  CHECK(keys_of(check_case_form(form, A::RecordStep, f, kToday)) ==
        std::vector<std::string>{"review.problem.required", "review.problem.required"});
  form.values = {{"visit_date", "2026-12-31"}, {"findings", "家中无劳动力"}};
  CHECK(keys_of(check_case_form(form, A::RecordStep, f, kToday)) == std::vector<std::string>{"review.problem.future_date"});
  form.values["visit_date"] = "2026-12-08";
  form.values["not_a_field"] = "x";  // a key the step lacks is not sent
  form.step_note = "邻居证实";
  const auto s = sent(check_case_form(form, A::RecordStep, f, kToday));
  CHECK(s.request.action == A::RecordStep);
  CHECK(s.request.step == "home_visit");
  CHECK(s.request.note == "邻居证实");
  CHECK(s.values == ReviewValues{{"visit_date", "2026-12-08"}, {"findings", "家中无劳动力"}});
}

TEST_CASE("without a step picked the form records the next one the case lacks") {
  CaseForm form;
  form.values = {{"result", "符合"}, {"income", "12a"}};
  CHECK(keys_of(check_case_form(form, A::RecordStep, file(), kToday)) == std::vector<std::string>{"review.problem.money"});
  form.values["income"] = "480";
  CHECK(sent(check_case_form(form, A::RecordStep, file(), kToday)).request.step == "economic_check");
  form.step = "community_review";  // not one of this item's steps
  CHECK(keys_of(check_case_form(form, A::RecordStep, file(), kToday)) == std::vector<std::string>{"case.refused.unknown_step"});
}

TEST_CASE("待补正 sends only materials the item knows, and needs at least one") {
  CaseForm form;
  CHECK(keys_of(check_case_form(form, A::AskSupplement, file(), kToday)) == std::vector<std::string>{"case.form.pick_missing"});
  form.missing = {"nonsense"};
  CHECK(keys_of(check_case_form(form, A::AskSupplement, file(), kToday)) == std::vector<std::string>{"case.form.pick_missing"});
  form.missing = {"disability_cert", "income_proof", "nonsense"};
  CHECK(sent(check_case_form(form, A::AskSupplement, file(), kToday)).request.missing ==
        std::vector<std::string>{"income_proof", "disability_cert"});  // the catalog's order
}

TEST_CASE("approval needs an amount, a start month and, for items with several, the benefit type") {
  CaseForm form;
  form.amount_yuan = "0";
  form.start_month = "2027-13";
  CHECK(keys_of(check_case_form(form, A::Approve, file(S::Publicized), kToday)) ==
        std::vector<std::string>{"case.form.amount", "case.form.start_month", "case.form.benefit"});
  form.amount_yuan = "528.50";
  form.start_month = "2027-01";
  form.benefit = BenefitType::Tekun;  // not one this item grants
  CHECK(keys_of(check_case_form(form, A::Approve, file(S::Publicized), kToday)) == std::vector<std::string>{"case.form.benefit"});
  form.benefit = BenefitType::RuralDibao;
  const auto s = sent(check_case_form(form, A::Approve, file(S::Publicized), kToday));
  CHECK(s.request.amount_fen == 52850);
  CHECK(s.request.start_month == "2027-01");
  CHECK(s.benefit == BenefitType::RuralDibao);
}

TEST_CASE("a rejection names a reason from the list, with free words after it") {
  CaseFile f = file(S::Publicized);
  f.rejection_reasons = {"家庭财产状况不符合规定"};
  CaseForm form;
  form.reject_note = "名下有两套住房";
  CHECK(keys_of(check_case_form(form, A::Reject, f, kToday)) == std::vector<std::string>{"case.form.reject_reason"});
  form.reject_reason = "家庭财产状况不符合规定";
  CHECK(sent(check_case_form(form, A::Reject, f, kToday)).request.note == "家庭财产状况不符合规定 — 名下有两套住房");
  form.reject_note.clear();
  CHECK(sent(check_case_form(form, A::Reject, f, kToday)).request.note == "家庭财产状况不符合规定");
  // No list in the county's file: the free words are the reason.
  f.rejection_reasons.clear();
  form.reject_reason.clear();
  form.reject_note = "名下有两套住房";
  CHECK(sent(check_case_form(form, A::Reject, f, kToday)).request.note == "名下有两套住房");
}

TEST_CASE("an objection needs its words, a notice's proposed amount must be an amount") {
  CaseForm form;
  CHECK(keys_of(check_case_form(form, A::Objection, file(S::Publicized), kToday)) ==
        std::vector<std::string>{"case.form.objection_note"});
  form.objection_note = "邻居反映有经营收入";
  CHECK(sent(check_case_form(form, A::Objection, file(S::Publicized), kToday)).request.note == "邻居反映有经营收入");
  form.proposed_yuan = "five";
  CHECK(keys_of(check_case_form(form, A::Publicize, file(), kToday)) == std::vector<std::string>{"case.form.proposed"});
  form.proposed_yuan = "528";
  CHECK(sent(check_case_form(form, A::Publicize, file(), kToday)).proposed_fen == 52800);
  form.proposed_yuan.clear();
  CHECK(sent(check_case_form(form, A::Publicize, file(), kToday)).proposed_fen == 0);
}

TEST_CASE("a done action clears only what it used") {
  CaseForm form;
  form.step = "home_visit";
  form.values = {{"findings", "x"}};
  form.amount_yuan = "528";
  form.missing = {"hukoubu"};
  clear_after(form, A::RecordStep);
  CHECK(form.step.empty());
  CHECK(form.values.empty());
  CHECK(form.amount_yuan == "528");
  CHECK(form.missing == std::vector<std::string>{"hukoubu"});
  clear_after(form, A::AskSupplement);
  CHECK(form.missing.empty());
}

TEST_CASE("the actions offered are the rules' answer for the role, the status and the claim") {
  const CivilTime now{2026, 12, 10, 9, 0, 0, 4};
  CaseFile f = file(S::Reviewing);
  const CaseActor r01{"R01", StaffRole::Reviewer, true};
  const CaseActor p01{"P01", StaffRole::Approver, true};
  CHECK(offered_actions(f, r01, now).empty());  // nobody holds it: nothing until claimed
  f.claimed_by = "R01";
  f.lease_until = "2026-12-10 09:30:00";
  CHECK(offered_actions(f, r01, now) == std::vector<A>{A::RecordStep, A::AskSupplement});  // steps and materials missing
  CHECK(offered_actions(f, p01, now).empty());  // held by someone else
  f.lease_until = "2026-12-10 08:59:59";
  CHECK(offered_actions(f, r01, now).empty());  // the lease ran out
  // Everything done: publicize; an approver on the ended notice: approve, reject, objection.
  f = file(S::Reviewing);
  f.application.materials[1].received = true;
  f.steps[1].result = CaseStepResult{"2026-12-03", "R01", "2026-12-03 10:00:00", {}, ""};
  f.claimed_by = "R01";
  f.lease_until = "2026-12-10 09:30:00";
  CHECK(offered_actions(f, r01, now) == std::vector<A>{A::RecordStep, A::AskSupplement, A::Publicize});
  f.application.status = S::Publicized;
  f.notice = CaseNotice{"2026-11-30", "2026-12-09", 0};
  f.claimed_by = "P01";
  f.application.events.push_back(ApplicationEvent{S::Reviewing, S::Reviewing, "R01", "2026-12-02 10:00:00", "", "record_step:home_visit"});
  CHECK(offered_actions(f, p01, now) == std::vector<A>{A::Objection, A::Approve, A::Reject});
  // Maker-checker: the approver who took part in the review may not decide.
  f.application.events.push_back(ApplicationEvent{S::Reviewing, S::Publicized, "P01", "2026-11-30 10:00:00", "", "publicize"});
  CHECK(offered_actions(f, p01, now) == std::vector<A>{A::Objection});
}
