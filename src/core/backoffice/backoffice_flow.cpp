#include "core/backoffice/backoffice_flow.h"

#include "core/domain/masking.h"

namespace core::backoffice {

Effects on(AppState&, const ev::CardReading&) { return {}; }
Effects on(AppState&, const ev::CardPresented&) { return {}; }
Effects on(AppState&, const ev::CardRemoved&) { return {}; }
Effects on(AppState&, const ev::CardReadFailed&) { return {}; }
Effects on(AppState&, const ev::CodeScanned&) { return {}; }
Effects on(AppState& s, const ev::PrintDone& e) {
  case_print_done(s, e.job);
  return {};
}
Effects on(AppState& s, const ev::PrintFailed& e) {
  case_print_failed(s, e.job);
  return {};
}
Effects on(AppState&, const intent::Touched&) { return {}; }

Effects on(AppState& s, const ev::QueueLoaded& e) {
  s.backoffice.queue = e.queue;
  // Nothing personal before a reviewer signs in (issue 19). The back office has no sign-in yet, so
  // its queue keeps only masked names and ID numbers: anyone passing the desk reads no more than a
  // kiosk shows.
  for (QueueEntry& entry : s.backoffice.queue->entries) {
    entry.applicant_name = mask_name(entry.applicant_name);
    entry.applicant_id = mask_id_number(entry.applicant_id);
  }
  touch(s);
  return {};
}

Effects store_ready(AppState& s) { return {fx::LoadQueue{s.now.iso_date()}}; }

Effects clock_ticked(AppState& s, bool new_minute) {
  Effects fx = case_clock(s);
  if (new_minute && s.store == StoreLink::Ready) fx.push_back(fx::LoadQueue{s.now.iso_date()});
  return fx;
}

}  // namespace core::backoffice
