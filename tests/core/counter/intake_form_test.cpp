// The intake form's rules: typed ID numbers checked, the household in order, what 受理 makes of
// missing materials (待补正) or a refusal (不予受理), and the Application it commits.
#include <doctest/doctest.h>

#include "core/counter/intake_form.h"

using namespace core;

namespace {

ServiceCatalog catalog() {
  ServiceItem it;
  it.code = "gaoling";
  it.name = "高龄津贴";
  it.required = {{"shenfenzheng", "居民身份证", ""}, {"hukoubu", "户口簿", ""}};
  it.optional = {{"yinhangka", "银行卡", ""}};
  ServiceCatalog c;
  c.items.push_back(it);
  return c;
}
const CivilTime kToday{2026, 11, 24, 10, 0, 0, 2};

// The sentences the opening note is written from (tests/app/counter_text_test.cpp holds the
// shipped catalog to the same words).
Catalog words() {
  Catalog c;
  c.set_table(kRecordLanguage, {{"counter.note.to_supplement", "容缺受理，待补：{}"}, {"counter.note.list_separator", "、"}});
  return c;
}

FormProblem applicant_problem(std::string what, std::vector<std::string> values = {}) {
  return FormProblem{Message{"counter.who.applicant", {}}, Message{std::move(what), std::move(values)}};
}

IntakeForm typed_form() {
  IntakeForm f;
  f.uuid = "9b2d3c1e-0000-4000-8000-000000000001";
  f.applicant.id_number = "320102198007150028";
  complete_from_id_number(f.applicant);
  f.applicant.name = "刘𠀾芳";
  f.applicant.address = "南京市玄武区锁金村12号";
  f.item_code = "gaoling";
  return f;
}

}  // namespace

TEST_CASE("intake applicant: a typed ID number is checked and fills birth date and gender") {
  IntakeForm f = typed_form();
  CHECK(f.applicant.birth == "1980-07-15");
  CHECK(f.applicant.gender == "女");
  CHECK(problems(f, IntakeStep::Applicant, catalog(), kToday).empty());
  f.applicant.id_number = "320102198007150029";
  auto p = problems(f, IntakeStep::Applicant, catalog(), kToday);
  REQUIRE(p.size() == 1);
  CHECK(p[0] == applicant_problem("counter.problem.id_check_character"));
  f.applicant.id_number = "3201021980";
  CHECK(problems(f, IntakeStep::Applicant, catalog(), kToday)[0] == applicant_problem("counter.problem.id_length", {"10"}));
  f.applicant = {};
  CHECK(problems(f, IntakeStep::Applicant, catalog(), kToday).size() == 3);  // name, ID, address
}

TEST_CASE("intake household: the applicant first, duplicates and bad incomes named") {
  IntakeForm f = typed_form();
  MemberRow m;
  m.person.name = "刘小";
  m.person.id_number = "320102198007150028";  // the applicant's number again
  m.relation = "子女";
  m.monthly_income = "12a";
  f.members.push_back(m);
  const auto rows = household_rows(f);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].relation == "本人");
  CHECK(rows[0].person.name == "刘𠀾芳");
  const auto p = problems(f, IntakeStep::Household, catalog(), kToday);
  REQUIRE(p.size() == 2);
  CHECK(p[0].what.key == "counter.problem.income_not_money");
  CHECK(p[1] == FormProblem{Message{"counter.who.member_named", {"2", "刘小"}}, Message{"counter.problem.id_repeated", {}}});
}

TEST_CASE("intake outcome: missing required materials make 待补正 with them in the note") {
  IntakeForm f = typed_form();
  f.received = {"shenfenzheng", "yinhangka"};
  CHECK(intended_status(f, catalog()) == ApplicationStatus::NeedsSupplement);
  auto a = to_application(f, catalog(), "A07", kToday, "2026-12-15", words());
  REQUIRE(a);
  CHECK(a->status == ApplicationStatus::NeedsSupplement);
  REQUIRE(a->events.size() == 1);
  CHECK(a->events[0].note == "容缺受理，待补：户口簿");
  CHECK(a->events[0].who == "A07");
  REQUIRE(a->materials.size() == 3);
  CHECK(a->materials[1].code == "hukoubu");
  CHECK(a->materials[1].required);
  CHECK_FALSE(a->materials[1].received);
  CHECK(a->materials[2].received);
  REQUIRE(a->members.size() == 1);
  CHECK(a->members[0].relation == "本人");
  CHECK(a->due == "2026-12-15");
  f.received.push_back("hukoubu");
  CHECK(intended_status(f, catalog()) == ApplicationStatus::Accepted);
}

TEST_CASE("intake refusal needs a reason and commits as not_accepted with it") {
  IntakeForm f = typed_form();
  f.decision = IntakeDecision::Refuse;
  CHECK_FALSE(to_application(f, catalog(), "A07", kToday, "2026-12-15", words()));
  f.refusal_reason = "申请人不符合申请条件";
  auto a = to_application(f, catalog(), "A07", kToday, "2026-12-15", words());
  REQUIRE(a);
  CHECK(a->status == ApplicationStatus::NotAccepted);
  CHECK(a->events[0].note == "申请人不符合申请条件");
  f.uuid.clear();
  CHECK_FALSE(to_application(f, catalog(), "A07", kToday, "2026-12-15", words()));
}
