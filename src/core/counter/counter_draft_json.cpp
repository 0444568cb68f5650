#include "core/counter/counter_draft_json.h"

#include <stdexcept>

#include "base/json.h"

namespace core {

namespace {

using nlohmann::json;
constexpr int kDraftFormat = 1;

constexpr IntakeStep kSteps[] = {IntakeStep::Applicant, IntakeStep::Item, IntakeStep::Household,
                                 IntakeStep::Declarations, IntakeStep::Materials, IntakeStep::Review};

json person_json(const PersonFields& p) {
  return json{{"name", p.name},       {"gender", p.gender},       {"nation", p.nation}, {"birth", p.birth},
              {"address", p.address}, {"id_number", p.id_number}, {"from_card", p.from_card}};
}

json row_json(const MemberRow& m) {
  return json{{"person", person_json(m.person)},
              {"relation", m.relation},
              {"lives_in_household", m.lives_in_household},
              {"disability_cert_no", m.disability_cert_no},
              {"monthly_income", m.monthly_income}};
}

// Reading: every field must be there with its type; a missing or wrong one is an error naming it.
struct Reader {
  std::string where;
  const json& at(const json& j, const char* key) const {
    if (!j.is_object() || !j.contains(key)) throw std::runtime_error(where + ": '" + key + "' missing");
    return j.at(key);
  }
  std::string text(const json& j, const char* key) const {
    const json& v = at(j, key);
    if (!v.is_string()) throw std::runtime_error(where + ": '" + key + "' is not text");
    return v.get<std::string>();
  }
  bool flag(const json& j, const char* key) const {
    const json& v = at(j, key);
    if (!v.is_boolean()) throw std::runtime_error(where + ": '" + key + "' is not true or false");
    return v.get<bool>();
  }
  PersonFields person(const json& j) const {
    PersonFields p;
    p.name = text(j, "name");
    p.gender = text(j, "gender");
    p.nation = text(j, "nation");
    p.birth = text(j, "birth");
    p.address = text(j, "address");
    p.id_number = text(j, "id_number");
    p.from_card = flag(j, "from_card");
    return p;
  }
  MemberRow row(const json& j) const {
    MemberRow m;
    m.person = person(at(j, "person"));
    m.relation = text(j, "relation");
    m.lives_in_household = flag(j, "lives_in_household");
    m.disability_cert_no = text(j, "disability_cert_no");
    m.monthly_income = text(j, "monthly_income");
    return m;
  }
};

}  // namespace

std::string draft_to_json(const CounterDraft& d) {
  const IntakeForm& f = d.form;
  json members = json::array();
  for (const auto& m : f.members) members.push_back(row_json(m));
  json doc{{"format", kDraftFormat},
           {"staff_no", d.staff_no},
           {"form_key", f.uuid},
           {"saved_at", d.saved_at},
           {"step", static_cast<int>(d.step)},
           {"applicant", person_json(f.applicant)},
           {"phone", f.phone},
           {"item_code", f.item_code},
           {"members", members},
           {"applicant_row", row_json(f.applicant_row)},
           {"declarations", f.declarations},
           {"received", f.received},
           {"refuse", f.decision == IntakeDecision::Refuse},
           {"refusal_reason", f.refusal_reason}};
  // Typed text is UTF-8 from the keyboard and the card; anything else is replaced, not refused (a
  // draft is a convenience, never a reason to lose the rest).
  return doc.dump(1, ' ', false, json::error_handler_t::replace);
}

base::Result<CounterDraft> draft_from_json(std::string_view text) {
  if (text.size() > kMaxDraftBytes) return base::Error{"draft larger than " + std::to_string(kMaxDraftBytes) + " bytes"};
  const json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return base::Error{"draft is not a JSON object"};
  Reader r{"draft"};
  try {
    const json& format = r.at(doc, "format");
    if (!format.is_number_integer() || format.get<int>() != kDraftFormat) return base::Error{"draft: unknown format"};
    CounterDraft d;
    d.staff_no = r.text(doc, "staff_no");
    d.form.uuid = r.text(doc, "form_key");
    d.saved_at = r.text(doc, "saved_at");
    const json& step = r.at(doc, "step");
    if (!step.is_number_integer() || step.get<int>() < 0 || step.get<int>() >= kIntakeSteps)
      return base::Error{"draft: 'step' is not a step"};
    d.step = kSteps[step.get<int>()];
    d.form.applicant = r.person(r.at(doc, "applicant"));
    d.form.phone = r.text(doc, "phone");
    d.form.item_code = r.text(doc, "item_code");
    const json& members = r.at(doc, "members");
    if (!members.is_array()) return base::Error{"draft: 'members' is not a list"};
    for (const auto& m : members) d.form.members.push_back(r.row(m));
    d.form.applicant_row = r.row(r.at(doc, "applicant_row"));
    const json& decl = r.at(doc, "declarations");
    if (!decl.is_object()) return base::Error{"draft: 'declarations' is not a table"};
    for (const auto& [k, v] : decl.items()) {
      if (!v.is_string()) return base::Error{"draft: declaration '" + k + "' is not text"};
      d.form.declarations[k] = v.get<std::string>();
    }
    const json& received = r.at(doc, "received");
    if (!received.is_array()) return base::Error{"draft: 'received' is not a list"};
    for (const auto& code : received) {
      if (!code.is_string()) return base::Error{"draft: a received material is not text"};
      d.form.received.push_back(code.get<std::string>());
    }
    d.form.decision = r.flag(doc, "refuse") ? IntakeDecision::Refuse : IntakeDecision::Accept;
    d.form.refusal_reason = r.text(doc, "refusal_reason");
    if (d.staff_no.empty() || d.form.uuid.empty()) return base::Error{"draft: no staff number or form key"};
    return d;
  } catch (const std::exception& e) {
    return base::Error{e.what()};
  }
}

}  // namespace core
