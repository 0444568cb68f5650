#include "core/counter/counter_flow.h"

#include "core/counter/counter_flow_support.h"

#include <algorithm>

#include "base/id_number.h"
#include "core/domain/staff_member.h"
#include "core/rating/rating_flow.h"

namespace core::counter {

namespace detail {

bool signed_in(const AppState& s) { return s.counter.staff.has_value() && !s.counter.locked; }

void notice(AppState& s, std::string key) {
  s.notice_key = std::move(key);
  s.notice_until = plus_seconds(s.now, 6);
}

// A fresh form: the UUID comes from the app (randomness is I/O).
Effects open_new_form(AppState& s) {
  s.counter.form = IntakeForm{};
  s.counter.step = IntakeStep::Applicant;
  s.counter.item_query.clear();
  s.counter.press_problem = {};
  s.counter.accepted.reset();
  s.counter.household_first = 0;
  s.counter.relation_list = kNoRelationList;
  s.counter.review_scroll_px = 0;
  s.screen = ScreenId::CounterIntake;
  return {fx::OpenForm{}};
}

Effects autosave(const AppState& s) {
  if (!signed_in(s) || s.counter.form.uuid.empty() || s.counter.accepted) return {};
  return {fx::SaveDraft{CounterDraft{s.counter.staff->staff_no, s.counter.form, s.counter.step, s.now.iso_datetime()}}};
}

}  // namespace detail

namespace {

using detail::signed_in;
using detail::open_new_form;
using detail::autosave;
using detail::notice;

const ServiceCatalog* services(const AppState& s) {
  return s.counter_catalog ? &s.counter_catalog->services : nullptr;
}

int step_index(IntakeStep st) { return static_cast<int>(st); }

std::string print_problem_key(const ev::PrintFailed& e) {
  return e.trouble == PrinterTrouble::None ? std::string("counter.print_failed")
                                           : std::string(printer_trouble_key(e.trouble));
}

}  // namespace

bool may_open(const AppState& s, IntakeStep step) {
  const ServiceCatalog* cat = services(s);
  if (!cat) return step == IntakeStep::Applicant;
  for (int i = 0; i < step_index(step); ++i)
    if (!problems(s.counter.form, static_cast<IntakeStep>(i), *cat, s.now).empty()) return false;
  return true;
}

bool may_accept(const AppState& s) {
  const ServiceCatalog* cat = services(s);
  return signed_in(s) && cat && !s.counter.pressing && !s.counter.accepted && !s.counter.form.uuid.empty() &&
         s.store == StoreLink::Ready && all_problems(s.counter.form, *cat, s.now).empty();
}

Effects on(AppState& s, const ev::CounterCatalogLoaded& e) {
  s.counter_catalog = e.catalog;
  touch(s);
  return {};
}


Effects on(AppState& s, const ev::FormOpened& e) {
  if (!s.counter.form.uuid.empty()) return {};
  s.counter.form.uuid = e.uuid;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CardPresented& e) {
  if (!signed_in(s) || s.screen != ScreenId::CounterIntake) {
    notice(s, "counter.card_not_now");
    touch(s);
    return {};
  }
  IntakeForm& f = s.counter.form;
  const std::string id = base::normalize_id_number(e.card.id_number);
  if (s.counter.step == IntakeStep::Applicant) {
    fill_from_card(f.applicant, e.card);
  } else if (s.counter.step == IntakeStep::Household) {
    if (id == base::normalize_id_number(f.applicant.id_number)) {
      notice(s, "counter.card_is_applicant");
    } else {
      auto it = std::find_if(f.members.begin(), f.members.end(),
                             [&](const MemberRow& m) { return base::normalize_id_number(m.person.id_number) == id; });
      if (it == f.members.end()) {
        // An empty row staff added for this person takes the card; otherwise a new row.
        it = std::find_if(f.members.begin(), f.members.end(), [](const MemberRow& m) {
          return m.person.name.empty() && m.person.id_number.empty();
        });
        if (it == f.members.end()) {
          it = f.members.insert(f.members.end(), MemberRow{});
          s.counter.household_first = detail::kLastHouseholdPage;
        }
      }
      fill_from_card(it->person, e.card);
    }
  } else {
    notice(s, "counter.card_wrong_step");
    touch(s);
    return {};
  }
  touch(s);
  return autosave(s);
}

Effects on(AppState&, const ev::CardReading&) { return {}; }
Effects on(AppState&, const ev::CardRemoved&) { return {}; }

Effects on(AppState& s, const ev::CardReadFailed&) {
  notice(s, "card.read_failed");
  touch(s);
  return {};
}

namespace {

MemberRow* member_at(IntakeForm& f, int index) {
  if (index == -1) return &f.applicant_row;
  if (index < 0 || index >= static_cast<int>(f.members.size())) return nullptr;
  return &f.members[static_cast<std::size_t>(index)];
}

// A field read from the card keeps the card's value.
void set_person(PersonFields& p, std::string PersonFields::*field, const std::string& value) {
  if (p.from_card) return;
  p.*field = value;
  if (field == &PersonFields::id_number) complete_from_id_number(p);
}

}  // namespace

Effects on(AppState& s, const intent::EditForm& e) {
  if (!signed_in(s) || s.counter.pressing) return {};
  IntakeForm& f = s.counter.form;
  using F = intent::FormField;
  switch (e.field) {
    case F::ApplicantName: set_person(f.applicant, &PersonFields::name, e.value); break;
    case F::ApplicantGender: set_person(f.applicant, &PersonFields::gender, e.value); break;
    case F::ApplicantNation: set_person(f.applicant, &PersonFields::nation, e.value); break;
    case F::ApplicantBirth: set_person(f.applicant, &PersonFields::birth, e.value); break;
    case F::ApplicantAddress: set_person(f.applicant, &PersonFields::address, e.value); break;
    case F::ApplicantId: set_person(f.applicant, &PersonFields::id_number, e.value); break;
    case F::ApplicantPhone: f.phone = e.value; break;
    case F::Declaration: f.declarations[e.key] = e.value; break;
    case F::RefusalReason: f.refusal_reason = e.value; break;
    case F::ItemQuery: s.counter.item_query = e.value; break;
    default: {
      MemberRow* m = member_at(f, e.member);
      if (!m) return {};
      switch (e.field) {
        case F::MemberName: set_person(m->person, &PersonFields::name, e.value); break;
        case F::MemberId: set_person(m->person, &PersonFields::id_number, e.value); break;
        case F::MemberRelation:
          if (e.member >= 0) m->relation = e.value;
          s.counter.relation_list = kNoRelationList;  // a pick closes the list
          break;
        case F::MemberLives:
          if (e.member >= 0) m->lives_in_household = e.value != "no";
          break;
        case F::MemberDisabilityCert: m->disability_cert_no = e.value; break;
        case F::MemberIncome: m->monthly_income = e.value; break;
        default: break;
      }
    }
  }
  s.counter.press_problem = {};
  touch(s);
  // The item search box is not the form: nothing to save for it.
  return e.field == F::ItemQuery ? Effects{} : autosave(s);
}

Effects on(AppState& s, const intent::AddMember&) {
  if (!signed_in(s)) return {};
  s.counter.form.members.push_back(MemberRow{});
  s.counter.household_first = detail::kLastHouseholdPage;  // the new row is on the last page
  s.counter.relation_list = kNoRelationList;
  touch(s);
  return autosave(s);
}

Effects on(AppState& s, const intent::RemoveMember& e) {
  auto& m = s.counter.form.members;
  if (!signed_in(s) || e.index < 0 || e.index >= static_cast<int>(m.size())) return {};
  m.erase(m.begin() + e.index);
  s.counter.relation_list = kNoRelationList;
  touch(s);
  return autosave(s);
}

Effects on(AppState& s, const intent::ClearApplicant&) {
  if (!signed_in(s)) return {};
  s.counter.form.applicant = PersonFields{};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PickItem& e) {
  const ServiceCatalog* cat = services(s);
  if (!signed_in(s) || !cat || !cat->find(e.code)) return {};
  IntakeForm& f = s.counter.form;
  if (f.item_code != e.code) {
    // Another item asks other questions and other materials.
    f.item_code = e.code;
    f.declarations.clear();
    f.received.clear();
  }
  touch(s);
  return autosave(s);
}

Effects on(AppState& s, const intent::ToggleMaterial& e) {
  if (!signed_in(s)) return {};
  auto& r = s.counter.form.received;
  if (auto it = std::find(r.begin(), r.end(), e.code); it != r.end())
    r.erase(it);
  else
    r.push_back(e.code);
  touch(s);
  return autosave(s);
}

Effects on(AppState& s, const intent::ChooseDecision& e) {
  if (!signed_in(s)) return {};
  s.counter.form.decision = e.decision;
  touch(s);
  return autosave(s);
}

namespace {
// Every step change saves the form (the draft offered after a crash).
Effects enter_step(AppState& s, IntakeStep step) {
  s.counter.step = step;
  s.counter.relation_list = kNoRelationList;
  s.counter.review_scroll_px = 0;
  touch(s);
  return autosave(s);
}
}  // namespace

Effects on(AppState& s, const intent::GoToStep& e) {
  if (!signed_in(s) || s.screen != ScreenId::CounterIntake || !may_open(s, e.step)) return {};
  return enter_step(s, e.step);
}

Effects on(AppState& s, const intent::NextStep&) {
  if (!signed_in(s) || s.screen != ScreenId::CounterIntake || s.counter.step == IntakeStep::Review) return {};
  const auto next = static_cast<IntakeStep>(step_index(s.counter.step) + 1);
  if (!may_open(s, next)) return {};
  return enter_step(s, next);
}

Effects on(AppState& s, const intent::PressAccept&) {
  if (!may_accept(s)) return {};
  s.counter.pressing = true;
  s.counter.press_problem = {};
  const std::uint64_t job = s.next_print_job++;
  touch(s);
  return {fx::AcceptIntake{s.counter.form, s.counter.staff->staff_no, s.now, job}};
}

Effects on(AppState& s, const ev::IntakeAccepted& e) {
  if (!s.counter.pressing) return {};
  s.counter.pressing = false;
  AcceptedIntake a;
  a.application = e.application;
  a.slip_preview = e.slip_preview;
  a.slip_problem = e.slip_problem;
  a.print_job = e.job;
  a.print = e.job ? SlipPrint::Printing : SlipPrint::None;
  s.counter.accepted = std::move(a);
  s.counter.form = IntakeForm{};  // committed: nothing of it stays to be pressed twice
  // 好差评: the resident rates this application on the screen turned toward them (one rating each).
  const Application& app = s.counter.accepted->application;
  if (app.status != ApplicationStatus::NotAccepted)
    rating::offer_at_counter(s, app.acceptance_no, app.item_code, s.counter.staff ? s.counter.staff->staff_no : "");
  else
    rating::close(s);
  if (s.screen == ScreenId::CounterIntake) s.screen = ScreenId::CounterAccepted;
  if (s.screen == ScreenId::CounterLocked) s.counter_screen_before_lock = ScreenId::CounterAccepted;
  touch(s);
  return {fx::DiscardDraft{}};  // nor as a draft
}

Effects on(AppState& s, const ev::SlipPreviewed& e) {
  if (!s.counter.accepted || s.counter.accepted->application.uuid != e.application_uuid) return {};
  s.counter.accepted->slip_preview = e.preview;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::IntakeFailed& e) {
  if (!s.counter.pressing) return {};
  s.counter.pressing = false;
  s.counter.press_problem = e.message;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::PrintDone& e) {
  auto& c = s.counter;
  if (c.accepted && e.job != 0 && e.job == c.accepted->print_job) {
    c.accepted->print = SlipPrint::Printed;
    touch(s);
    return {fx::RecordSlipPrint{c.accepted->application.uuid, true, "", s.now,
                                c.staff ? c.staff->staff_no : std::string()}};
  }
  if (e.job != 0 && e.job == c.reprint_job) {
    c.reprint_job = 0;
    c.ledger_message = Message{"counter.ledger.reprinted", {c.reprint_no}};
    touch(s);
    return {fx::RecordSlipPrint{c.reprint_uuid, true, "", s.now, c.staff ? c.staff->staff_no : std::string()},
            fx::LoadLedger{s.now.iso_date()}};
  }
  return {};
}

Effects on(AppState& s, const ev::PrintFailed& e) {
  auto& c = s.counter;
  const std::string reason = e.trouble == PrinterTrouble::None ? e.reason : std::string(printer_trouble_key(e.trouble));
  if (c.accepted && e.job != 0 && e.job == c.accepted->print_job) {
    c.accepted->print = SlipPrint::Failed;
    c.accepted->print_problem_key = print_problem_key(e);
    touch(s);
    return {fx::RecordSlipPrint{c.accepted->application.uuid, false, reason, s.now,
                                c.staff ? c.staff->staff_no : std::string()}};
  }
  if (e.job != 0 && e.job == c.reprint_job) {
    c.reprint_job = 0;
    c.ledger_message = Message{"counter.ledger.reprint_failed", {c.reprint_no}};
    c.ledger_problem_key = print_problem_key(e);
    touch(s);
    return {fx::RecordSlipPrint{c.reprint_uuid, false, reason, s.now, c.staff ? c.staff->staff_no : std::string()},
            fx::LoadLedger{s.now.iso_date()}};
  }
  return {};
}

Effects on(AppState& s, const ev::ReprintFailed& e) {
  auto& c = s.counter;
  if (c.accepted && e.job == c.accepted->print_job) {
    c.accepted->print = SlipPrint::Failed;
    c.accepted->print_problem_key = "counter.print_failed";
  } else if (e.job == c.reprint_job) {
    c.reprint_job = 0;
    c.ledger_message = e.message;
    c.ledger_problem_key.clear();
  } else {
    return {};
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ReprintSlip& e) {
  auto& c = s.counter;
  if (!signed_in(s) || !s.printer_ready() || e.application_uuid.empty()) return {};
  std::string number;
  if (c.accepted && c.accepted->application.uuid == e.application_uuid) number = c.accepted->application.acceptance_no;
  if (c.ledger)
    for (const auto& row : *c.ledger)
      if (row.application_uuid == e.application_uuid) number = row.acceptance_no;
  if (number.empty()) return {};
  const std::uint64_t job = s.next_print_job++;
  if (c.accepted && c.accepted->application.uuid == e.application_uuid && s.screen == ScreenId::CounterAccepted) {
    if (c.accepted->print == SlipPrint::Printing) return {};
    c.accepted->print = SlipPrint::Printing;
    c.accepted->print_job = job;
    c.accepted->print_problem_key.clear();
  } else {
    if (c.reprint_job != 0) return {};
    c.reprint_job = job;
    c.reprint_uuid = e.application_uuid;
    c.reprint_no = number;
    c.ledger_message = Message{"counter.ledger.reprinting", {c.reprint_no}};
    c.ledger_problem_key.clear();
  }
  touch(s);
  return {fx::ReprintSlip{e.application_uuid, number, job}};
}

Effects on(AppState& s, const intent::NewIntake&) {
  if (!signed_in(s) || s.counter.pressing) return {};
  touch(s);
  return open_new_form(s);
}

Effects on(AppState& s, const intent::ShowLedger& e) {
  if (!signed_in(s)) return {};
  if (e.show) {
    s.screen = ScreenId::CounterLedger;
    s.counter.ledger_message = {};
    s.counter.ledger_problem_key.clear();
    touch(s);
    return {fx::LoadLedger{s.now.iso_date()}};
  }
  if (s.screen == ScreenId::CounterLedger) {
    s.screen = s.counter.accepted ? ScreenId::CounterAccepted : ScreenId::CounterIntake;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const ev::LedgerLoaded& e) {
  s.counter.ledger = e.rows;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ExportLedger& e) {
  if (!signed_in(s)) return {};
  s.counter.ledger_message = Message{"counter.ledger.exporting", {}};
  s.counter.ledger_problem_key.clear();
  touch(s);
  return {fx::ExportLedger{s.now.iso_date(), e.gb18030}};
}

Effects on(AppState& s, const ev::LedgerExported& e) {
  s.counter.ledger_message = e.problem.empty() ? Message{"counter.ledger.exported", {e.path}} : e.problem;
  touch(s);
  return {};
}

}  // namespace core::counter
