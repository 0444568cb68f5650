#include "core/counter/intake_form.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/id_number.h"
#include "core/domain/money.h"

namespace core {

std::string_view step_key(IntakeStep s) {
  switch (s) {
    case IntakeStep::Applicant: return "counter.step.applicant";
    case IntakeStep::Item: return "counter.step.item";
    case IntakeStep::Household: return "counter.step.household";
    case IntakeStep::Declarations: return "counter.step.declarations";
    case IntakeStep::Materials: return "counter.step.materials";
    case IntakeStep::Review: return "counter.step.review";
  }
  return "counter.step.applicant";
}

std::vector<std::string_view> member_relations() {
  return {"配偶", "子女", "父母", "孙子女", "祖父母", "兄弟姐妹", "其他"};
}

std::vector<std::string_view> refusal_reasons() {
  return {"不属于本事项受理范围", "申请人不符合申请条件", "非本辖区户籍或居住", "已在办理中，不重复受理"};
}

void fill_from_card(PersonFields& p, const base::IdCardRecord& card) {
  p.name = card.name.empty() ? card.english_name : card.name;
  p.gender = card.gender;
  p.nation = card.nation;
  p.birth = card.birth;
  p.address = card.address;
  p.id_number = base::normalize_id_number(card.id_number);
  p.from_card = true;
}

void complete_from_id_number(PersonFields& p) {
  if (p.from_card || !base::is_valid_id_number(p.id_number)) return;
  p.id_number = base::normalize_id_number(p.id_number);
  if (auto b = base::birth_date_of(p.id_number)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
    p.birth = buf;
  }
  // The 17th digit: odd for men, even for women (GB 11643).
  p.gender = ((p.id_number[16] - '0') % 2 == 1) ? "男" : "女";
}

std::vector<MemberRow> household_rows(const IntakeForm& f) {
  std::vector<MemberRow> rows;
  MemberRow self = f.applicant_row;
  self.person = f.applicant;
  self.relation = "本人";
  rows.push_back(std::move(self));
  rows.insert(rows.end(), f.members.begin(), f.members.end());
  return rows;
}

int household_size(const IntakeForm& f) {
  int n = 1;
  for (const auto& m : f.members)
    if (m.lives_in_household) ++n;
  return n;
}

std::vector<const Material*> item_materials(const ServiceItem& item) {
  std::vector<const Material*> all;
  for (const auto& m : item.required) all.push_back(&m);
  for (const auto& m : item.optional) all.push_back(&m);
  return all;
}

std::vector<const Material*> missing_required(const IntakeForm& f, const ServiceItem& item) {
  std::vector<const Material*> missing;
  for (const auto& m : item.required)
    if (std::find(f.received.begin(), f.received.end(), m.code) == f.received.end()) missing.push_back(&m);
  return missing;
}

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// "申请人" / "家庭成员 2（李四）" — who a sentence is about.
void person_problems(const PersonFields& p, const std::string& who, const CivilTime& today,
                     std::vector<std::string>& out) {
  if (blank(p.name)) out.push_back(who + "：请填写姓名");
  if (blank(p.id_number)) {
    out.push_back(who + "：请填写身份证号码");
  } else if (!p.from_card) {
    if (auto bad = base::check_id_number(p.id_number)) {
      switch (bad->kind) {
        case base::IdNumberProblem::Kind::Length:
          out.push_back(who + "：身份证号码应为18位（现为" + std::to_string(p.id_number.size()) + "位）");
          break;
        case base::IdNumberProblem::Kind::Characters: out.push_back(who + "：身份证号码只能是数字，最后一位可以是X"); break;
        case base::IdNumberProblem::Kind::BirthDate: out.push_back(who + "：身份证号码中的出生日期不存在，请核对"); break;
        case base::IdNumberProblem::Kind::CheckCharacter:
          out.push_back(who + "：身份证号码校验位不对，请逐位核对");
          break;
      }
    } else if (auto b = base::birth_date_of(p.id_number)) {
      const CivilTime born{b->year, b->month, b->day};
      if (today.iso_date() < born.iso_date()) out.push_back(who + "：身份证号码中的出生日期晚于今天，请核对");
    }
  }
}

std::vector<std::string> applicant_problems(const IntakeForm& f, const CivilTime& today) {
  std::vector<std::string> out;
  person_problems(f.applicant, "申请人", today, out);
  if (blank(f.applicant.address)) out.push_back("申请人：请填写住址");
  return out;
}

std::string member_who(const MemberRow& m, std::size_t index) {
  std::string who = "家庭成员" + std::to_string(index + 1);
  if (!blank(m.person.name)) who += "（" + m.person.name + "）";
  return who;
}

std::vector<std::string> household_problems(const IntakeForm& f, const CivilTime& today) {
  std::vector<std::string> out;
  const auto rows = household_rows(f);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const MemberRow& m = rows[i];
    const std::string who = i == 0 ? std::string("申请人本人") : member_who(m, i);
    if (i > 0) {
      person_problems(m.person, who, today, out);
      if (blank(m.relation)) out.push_back(who + "：请选择与申请人关系");
    }
    if (!blank(m.monthly_income) && !parse_yuan(m.monthly_income))
      out.push_back(who + "：月收入「" + m.monthly_income + "」不是金额（例：1200 或 1200.50）");
    const std::string id = base::normalize_id_number(m.person.id_number);
    if (!blank(id) && !seen.insert(id).second) out.push_back(who + "：身份证号码与前面的成员重复");
  }
  return out;
}

std::vector<std::string> materials_problems(const IntakeForm& f) {
  std::vector<std::string> out;
  if (f.decision == IntakeDecision::Refuse && blank(f.refusal_reason))
    out.push_back("不予受理：请选择或填写不予受理的理由");
  return out;
}

}  // namespace

std::vector<std::string> problems(const IntakeForm& f, IntakeStep step, const ServiceCatalog& catalog,
                                  const CivilTime& today) {
  const ServiceItem* item = catalog.find(f.item_code);
  switch (step) {
    case IntakeStep::Applicant: return applicant_problems(f, today);
    case IntakeStep::Item:
      if (!item) return {"请选择办理事项"};
      return {};
    case IntakeStep::Household: return household_problems(f, today);
    case IntakeStep::Declarations:
      if (!item || f.decision == IntakeDecision::Refuse) return {};  // a refusal declares nothing
      return declaration_problems(*item, f.declarations);
    case IntakeStep::Materials: return materials_problems(f);
    case IntakeStep::Review: return all_problems(f, catalog, today);
  }
  return {};
}

std::vector<std::string> all_problems(const IntakeForm& f, const ServiceCatalog& catalog, const CivilTime& today) {
  std::vector<std::string> all;
  for (IntakeStep s : {IntakeStep::Applicant, IntakeStep::Item, IntakeStep::Household, IntakeStep::Declarations,
                       IntakeStep::Materials}) {
    auto p = problems(f, s, catalog, today);
    all.insert(all.end(), p.begin(), p.end());
  }
  return all;
}

ApplicationStatus intended_status(const IntakeForm& f, const ServiceCatalog& catalog) {
  if (f.decision == IntakeDecision::Refuse) return ApplicationStatus::NotAccepted;
  const ServiceItem* item = catalog.find(f.item_code);
  if (item && !missing_required(f, *item).empty()) return ApplicationStatus::NeedsSupplement;
  return ApplicationStatus::Accepted;
}

base::Result<Application> to_application(const IntakeForm& f, const ServiceCatalog& catalog, const std::string& staff_no,
                                   const CivilTime& now, const std::string& due) {
  auto bad = all_problems(f, catalog, now);
  if (!bad.empty()) return base::Error{"the form is not complete: " + bad.front()};
  if (f.uuid.empty()) return base::Error{"the form has no UUID yet; open a new intake first"};
  const ServiceItem& item = *catalog.find(f.item_code);

  Application a;
  a.uuid = f.uuid;
  a.item_code = item.code;
  a.applicant_id = base::normalize_id_number(f.applicant.id_number);
  a.applicant_name = f.applicant.name;
  for (const MemberRow& row : household_rows(f)) {
    HouseholdMember m;
    m.id_number = base::normalize_id_number(row.person.id_number);
    m.relation = row.relation;
    m.name = row.person.name;
    m.lives_in_household = row.lives_in_household;
    m.disability_cert_no = row.disability_cert_no;
    m.monthly_income_fen = blank(row.monthly_income) ? 0 : parse_yuan(row.monthly_income).value_or(0);
    a.members.push_back(std::move(m));
  }
  if (f.decision == IntakeDecision::Accept) a.declarations = declaration_lines(item, f.declarations, household_size(f));
  for (const Material* m : item_materials(item)) {
    const bool required = std::find_if(item.required.begin(), item.required.end(),
                                       [&](const Material& r) { return r.code == m->code; }) != item.required.end();
    const bool received = std::find(f.received.begin(), f.received.end(), m->code) != f.received.end();
    a.materials.push_back(MaterialCheck{m->code, m->name, required, received});
  }
  a.accepted_at = now.iso_datetime();
  a.due = due;

  const ApplicationStatus status = intended_status(f, catalog);
  std::string note;
  if (status == ApplicationStatus::NotAccepted) {
    note = f.refusal_reason;
  } else if (status == ApplicationStatus::NeedsSupplement) {
    note = "容缺受理，待补：";
    bool first = true;
    for (const Material* m : missing_required(f, item)) {
      if (!first) note += "、";
      note += m->name;
      first = false;
    }
  }
  if (auto s = open_application(a, status, staff_no, a.accepted_at, note); !s) return s.error();
  return a;
}

}  // namespace core
