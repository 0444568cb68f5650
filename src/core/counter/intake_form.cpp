#include "core/counter/intake_form.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/id_number.h"
#include "core/domain/money.h"
#include "core/domain/phone_number.h"
#include "core/domain/resident.h"

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
  p.gender = gender_of_id_number(p.id_number);
}

std::vector<MemberRow> household_rows(const IntakeForm& f) {
  std::vector<MemberRow> rows;
  MemberRow self = f.applicant_row;
  self.person = f.applicant;
  self.relation = kSelfRelation;
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

Message says(std::string key, std::vector<std::string> params = {}) {
  return Message{std::move(key), std::move(params)};
}

// `who`: the applicant, or a household member by row number (and name, once typed).
void person_problems(const PersonFields& p, const Message& who, const CivilTime& today, std::vector<FormProblem>& out) {
  auto add = [&](Message what) { out.push_back(FormProblem{who, std::move(what)}); };
  if (blank(p.name)) add(says("counter.problem.name_missing"));
  if (blank(p.id_number)) {
    add(says("counter.problem.id_missing"));
  } else if (!p.from_card) {
    if (auto bad = base::check_id_number(p.id_number)) {
      switch (bad->kind) {
        case base::IdNumberProblem::Kind::Length:
          add(says("counter.problem.id_length", {std::to_string(p.id_number.size())}));
          break;
        case base::IdNumberProblem::Kind::Characters: add(says("counter.problem.id_characters")); break;
        case base::IdNumberProblem::Kind::BirthDate: add(says("counter.problem.id_birth_date")); break;
        case base::IdNumberProblem::Kind::CheckCharacter: add(says("counter.problem.id_check_character")); break;
      }
    } else if (auto b = base::birth_date_of(p.id_number)) {
      const CivilTime born{b->year, b->month, b->day};
      if (today.iso_date() < born.iso_date()) add(says("counter.problem.id_born_later"));
    }
  }
}

std::vector<FormProblem> applicant_problems(const IntakeForm& f, const CivilTime& today) {
  std::vector<FormProblem> out;
  const Message who = says("counter.who.applicant");
  person_problems(f.applicant, who, today, out);
  if (blank(f.applicant.address)) out.push_back(FormProblem{who, says("counter.problem.address_missing")});
  // Optional, but a number given must be one the back office can call.
  if (!blank(f.phone) && !normalize_phone(f.phone)) out.push_back(FormProblem{who, says("counter.problem.phone_invalid")});
  return out;
}

Message member_who(const MemberRow& m, std::size_t index) {
  const std::string n = std::to_string(index + 1);
  return blank(m.person.name) ? says("counter.who.member", {n}) : says("counter.who.member_named", {n, m.person.name});
}

std::vector<FormProblem> household_problems(const IntakeForm& f, const CivilTime& today) {
  std::vector<FormProblem> out;
  const auto rows = household_rows(f);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const MemberRow& m = rows[i];
    const Message who = i == 0 ? says("counter.who.applicant_self") : member_who(m, i);
    if (i > 0) {
      person_problems(m.person, who, today, out);
      if (blank(m.relation)) out.push_back(FormProblem{who, says("counter.problem.relation_missing")});
    }
    if (!blank(m.monthly_income) && !parse_yuan(m.monthly_income))
      out.push_back(FormProblem{who, says("counter.problem.income_not_money", {m.monthly_income})});
    const std::string id = base::normalize_id_number(m.person.id_number);
    if (!blank(id) && !seen.insert(id).second) out.push_back(FormProblem{who, says("counter.problem.id_repeated")});
  }
  return out;
}

std::vector<FormProblem> materials_problems(const IntakeForm& f) {
  std::vector<FormProblem> out;
  if (f.decision == IntakeDecision::Refuse && blank(f.refusal_reason))
    out.push_back(FormProblem{{}, says("counter.problem.refusal_reason_missing")});
  return out;
}

// The reason as written, or 「容缺受理，待补：…」 naming what the applicant must bring.
std::string opening_note(const IntakeForm& f, const ServiceItem& item, ApplicationStatus status, const Catalog& words) {
  if (status == ApplicationStatus::NotAccepted) return f.refusal_reason;
  if (status != ApplicationStatus::NeedsSupplement) return {};
  std::string missing;
  const std::string_view separator = words.get(kRecordLanguage, "counter.note.list_separator");
  for (const Material* m : missing_required(f, item)) {
    if (!missing.empty()) missing += separator;
    missing += m->name;
  }
  return render(words, kRecordLanguage, says("counter.note.to_supplement", {missing}));
}

}  // namespace

std::string render(const Catalog& catalog, Language l, const FormProblem& p) {
  if (p.who.empty()) return render(catalog, l, p.what);
  return format(catalog.get(l, "counter.problem.about"), {render(catalog, l, p.who), render(catalog, l, p.what)});
}

std::vector<FormProblem> problems(const IntakeForm& f, IntakeStep step, const ServiceCatalog& catalog,
                                  const CivilTime& today) {
  const ServiceItem* item = catalog.find(f.item_code);
  switch (step) {
    case IntakeStep::Applicant: return applicant_problems(f, today);
    case IntakeStep::Item:
      if (!item) return {FormProblem{{}, says("counter.problem.item_missing")}};
      return {};
    case IntakeStep::Household: return household_problems(f, today);
    case IntakeStep::Declarations: {
      if (!item || f.decision == IntakeDecision::Refuse) return {};  // a refusal declares nothing
      std::vector<FormProblem> out;
      for (auto& m : declaration_problems(*item, f.declarations)) out.push_back(FormProblem{{}, std::move(m)});
      return out;
    }
    case IntakeStep::Materials: return materials_problems(f);
    case IntakeStep::Review: return all_problems(f, catalog, today);
  }
  return {};
}

std::vector<FormProblem> all_problems(const IntakeForm& f, const ServiceCatalog& catalog, const CivilTime& today) {
  std::vector<FormProblem> all;
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
                                         const CivilTime& now, const std::string& due, const Catalog& words) {
  auto bad = all_problems(f, catalog, now);
  if (!bad.empty()) return base::Error{"the form is not complete: " + bad.front().what.key};
  if (f.uuid.empty()) return base::Error{"the form has no UUID yet; open a new intake first"};
  const ServiceItem& item = *catalog.find(f.item_code);

  Application a;
  a.uuid = f.uuid;
  a.item_code = item.code;
  a.applicant_id = base::normalize_id_number(f.applicant.id_number);
  a.applicant_name = f.applicant.name;
  a.applicant_phone = normalize_phone(f.phone).value_or("");
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
  const std::string note = opening_note(f, item, status, words);
  if (auto s = open_application(a, status, staff_no, a.accepted_at, note); !s) return s.error();
  return a;
}

}  // namespace core
