#include "core/counter/resident_view.h"

#include "core/app_state.h"
#include "core/domain/masking.h"

namespace core {

namespace {

bool intake_started(const IntakeForm& f) {
  return !f.applicant.name.empty() || !f.applicant.id_number.empty() || !f.item_code.empty();
}

void fill_person(ResidentView& v, const std::string& name, const std::string& id) {
  v.name_masked = name.empty() ? std::string() : mask_name(name);
  v.id_masked = id.empty() ? std::string() : mask_id_number(id);
}

void fill_intake(ResidentView& v, const AppState& s) {
  const CounterSession& c = s.counter;
  v.phase = ResidentPhase::Intake;
  fill_person(v, c.form.applicant.name, c.form.applicant.id_number);
  const ServiceItem* item = s.counter_catalog ? s.counter_catalog->services.find(c.form.item_code) : nullptr;
  if (!item) return;
  v.item_name = item->name;
  if (static_cast<int>(c.step) >= static_cast<int>(IntakeStep::Household)) v.household = household_size(c.form);
  for (const Material* m : missing_required(c.form, *item)) v.missing.push_back(m->name);
}

void fill_accepted(ResidentView& v, const AppState& s) {
  const Application& app = s.counter.accepted->application;
  v.phase = app.status == ApplicationStatus::NotAccepted ? ResidentPhase::Refused : ResidentPhase::Accepted;
  v.acceptance_no = app.acceptance_no;
  fill_person(v, app.applicant_name, app.applicant_id);
  if (s.counter_catalog)
    if (const ServiceItem* item = s.counter_catalog->services.find(app.item_code)) v.item_name = item->name;
  if (v.phase == ResidentPhase::Accepted)
    for (const MaterialCheck& m : app.materials)
      if (m.required && !m.received) v.missing.push_back(m.name);
  if (v.phase == ResidentPhase::Accepted && s.resident_screen && s.rating.open &&
      s.rating.channel == RatingChannel::Counter)
    v.rating = s.rating;
}

}  // namespace

ResidentView resident_view(const AppState& s) {
  ResidentView v;
  v.language = s.language;
  v.hall_name = s.hall.name;
  v.window_no = s.hall.terminal_number;
  const CounterSession& c = s.counter;
  if (!c.staff) return v;  // Closed
  v.staff_name = c.staff->name;
  v.staff_no = c.staff->staff_no;
  if (c.locked) {
    v.phase = ResidentPhase::Away;
    return v;
  }
  v.phase = ResidentPhase::Welcome;
  if (s.maintenance.open) return v;
  if (s.screen == ScreenId::CounterAccepted && c.accepted)
    fill_accepted(v, s);
  else if (s.screen == ScreenId::CounterIntake && intake_started(c.form))
    fill_intake(v, s);
  return v;
}

}  // namespace core
