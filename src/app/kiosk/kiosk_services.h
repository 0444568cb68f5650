#pragma once
// Runs the kiosk's effects (core/kiosk/kiosk_events.h): slip codes checked on the job worker,
// look-ups on the store worker, the summary rendered on the job worker and sent to the printer;
// spoken prompts and 朗读 handed to the voice worker (app/voice), their words built there.
#include "app/service_context.h"
#include "app/voice/voice_service.h"
#include "core/kiosk/kiosk_events.h"

namespace app {

class KioskServices {
 public:
  KioskServices(ServiceContext& c, voice::VoiceService& v) : c_(c), voice_(v) {}

  void run(const core::fx::LookUpResident& q);
  void run(const core::fx::LookUpSlip& q);
  void run(const core::fx::PrintStatusSummary& p);
  void run(const core::fx::ShowDemoPaper& d);
  void run(const core::fx::Speak& s);
  void run(const core::fx::ReadStatusAloud& r);
  // 办事指南 (app/kiosk/guide_services.cpp).
  void run(const core::fx::LoadGuide& l);
  void run(const core::fx::PrintGuideNotice& p);

 private:
  std::string kiosk_name() const;  // "kiosk-01": who the audit log says looked
  ServiceContext& c_;
  voice::VoiceService& voice_;
};

}  // namespace app
