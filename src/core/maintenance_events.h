#pragma once
// The maintenance exit (issue 21). A terminal in a kiosk session cannot be closed by a resident; a
// technician with a keyboard presses F12, and the staff number and PIN of an admin (the staff desks'
// check and lockout, core/desk_sign_in) end the program. Another role, a wrong PIN or 取消 leave it
// running. Its own effect and answer, so a desk's sign-in on the counter never mixes with it.
#include <string>

#include "core/desk_events.h"
#include "core/domain/civil_time.h"
#include "core/domain/sign_in.h"
#include "core/type_list.h"

namespace core {

struct MaintenanceExit {
  bool open = false;
  SignInDraft draft;
  bool leaving = false;  // an admin said so: the program ends after this frame
};

namespace intent {
struct OpenMaintenance {};    // F12
struct CancelMaintenance {};  // 取消
}  // namespace intent

namespace ev {
// The store checked the staff number and PIN typed for the maintenance exit.
struct MaintenanceAnswered {
  SignInOutcome outcome;
};
}  // namespace ev

namespace fx {
// The desks' PIN check (and lockout) on the store worker, answered by ev::MaintenanceAnswered.
struct CheckMaintenancePin {
  std::string staff_no;
  std::string pin;
  CivilTime at;
};
}  // namespace fx

using MaintenanceEvents = TypeList<intent::OpenMaintenance, intent::CancelMaintenance, ev::MaintenanceAnswered>;
using MaintenanceEffects = TypeList<fx::CheckMaintenancePin>;

}  // namespace core
