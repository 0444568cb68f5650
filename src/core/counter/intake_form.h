#pragma once
// The counter's intake form (issue 9): what staff fill in, one step at a time, before 受理. Pure:
// each step says what is still missing as catalog sentences, and the filled form becomes the
// Application that the store commits. Values are kept as typed (text) so a half-typed amount is
// shown back exactly; they are checked, not coerced.
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/application.h"
#include "core/domain/civil_time.h"
#include "core/domain/declaration.h"
#include "base/id_card_record.h"
#include "base/result.h"
#include "core/domain/service_item.h"
#include "core/text/i18n.h"
#include "core/text/message.h"

namespace core {

enum class IntakeStep { Applicant, Item, Household, Declarations, Materials, Review };
inline constexpr int kIntakeSteps = 6;
std::string_view step_key(IntakeStep s);  // i18n key of the step's title, e.g. "counter.step.applicant"

// A person as the card gives them, or as staff typed them.
struct PersonFields {
  std::string name, gender, nation, birth, address, id_number;
  bool from_card = false;  // read from the ID card: shown read-only
};

struct MemberRow {
  PersonFields person;
  std::string relation;  // kSelfRelation (本人) for the applicant's row, else one of CounterChoices::relations
  bool lives_in_household = true;
  std::string disability_cert_no;
  std::string monthly_income;  // yuan as typed, e.g. "1200" or "1200.50"; empty = none
};

enum class IntakeDecision { Accept, Refuse };

struct IntakeForm {
  std::string uuid;  // the idempotency key, issued when the form is opened
  PersonFields applicant;
  std::string phone;
  std::string item_code;
  // Household members other than the applicant; the applicant's own row (本人) is made from
  // `applicant` and always comes first (household_rows()).
  std::vector<MemberRow> members;
  MemberRow applicant_row;  // the applicant's 本人 row: disability certificate and income
  DeclarationValues declarations;
  std::vector<std::string> received;  // material codes ticked as received
  IntakeDecision decision = IntakeDecision::Accept;
  std::string refusal_reason;
};

// Fills the applicant from a card read (read-only from now on).
void fill_from_card(PersonFields& p, const base::IdCardRecord& card);
// A typed ID number that checks out fills birth date and gender (staff still see and may not
// contradict them: see problems()).
void complete_from_id_number(PersonFields& p);

// The household in order: the applicant (本人) first, then the members as entered.
std::vector<MemberRow> household_rows(const IntakeForm& f);
int household_size(const IntakeForm& f);

// Material codes of the item (required first, then optional), and which required ones are missing.
std::vector<const Material*> item_materials(const ServiceItem& item);
std::vector<const Material*> missing_required(const IntakeForm& f, const ServiceItem& item);

// One thing that keeps a step from being done: whom it is about ("申请人", "家庭成员2（刘小）";
// empty when it is about the form as a whole) and what, each a catalog sentence.
struct FormProblem {
  Message who;
  Message what;
  bool operator==(const FormProblem&) const = default;
};
// "申请人：请填写姓名" — who and what joined by the catalog's counter.problem.about.
std::string render(const Catalog& catalog, Language l, const FormProblem& p);

// What keeps a step from being done (empty: the step is complete). `today` is the hall's date (a
// birth date in the future is refused).
std::vector<FormProblem> problems(const IntakeForm& f, IntakeStep step, const ServiceCatalog& catalog,
                                  const CivilTime& today);
// Every step's problems, in step order (the review screen, and the 受理 button's guard).
std::vector<FormProblem> all_problems(const IntakeForm& f, const ServiceCatalog& catalog, const CivilTime& today);

// The status the form will be committed in: not_accepted (refused), needs_supplement (容缺受理:
// required materials missing) or accepted.
ApplicationStatus intended_status(const IntakeForm& f, const ServiceCatalog& catalog);

// The Application to commit, opened in intended_status() by `staff_no` at `now` with `due`
// (YYYY-MM-DD) as the promised date. Its opening note (the refusal reason, or 「容缺受理，待补：…」)
// is written from `words` in kRecordLanguage. Error: the form still has problems (the first is
// named by key).
base::Result<Application> to_application(const IntakeForm& f, const ServiceCatalog& catalog, const std::string& staff_no,
                                         const CivilTime& now, const std::string& due, const Catalog& words);

}  // namespace core
