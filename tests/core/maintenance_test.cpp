// The maintenance exit in core: F12 opens it over any screen, the desks' PIN rules apply, only an
// admin ends the program, 取消 puts the screen back, and the counter's own sign-in is untouched.
#include <doctest/doctest.h>

#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 12, 2, h, m, s, 3}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

AppState started(Mode mode) {
  AppState s;
  Config c;
  c.terminal.mode = mode;
  update(s, ev::Started{c, false, at(9, 0, 0)});
  update(s, ev::StoreReady{"test"});
  return s;
}

}  // namespace

TEST_CASE("maintenance exit: F12, an admin's PIN ends the kiosk, a clerk's does not") {
  AppState s = started(Mode::Kiosk);
  const ScreenId before = s.screen;
  update(s, intent::OpenMaintenance{});
  REQUIRE(s.maintenance.open);
  CHECK(s.screen == before);  // drawn over the screen, which stays as it was

  update(s, intent::EditSignIn{"a01", "123456"});
  auto fx = update(s, intent::SubmitSignIn{});
  const auto* check = effect<fx::CheckMaintenancePin>(fx);
  REQUIRE(check);
  CHECK(check->staff_no == "A01");  // case-insensitive, as at the desks
  CHECK(check->pin == "123456");
  CHECK_FALSE(effect<fx::CheckSignIn>(fx));  // not the desk's check
  CHECK(s.maintenance.draft.pin.empty());
  CHECK(update(s, intent::SubmitSignIn{}).empty());  // one check at a time

  update(s, ev::MaintenanceAnswered{sign_in::SignedIn{StaffMember{"A01", "李娜", StaffRole::Counter, true}}});
  CHECK(s.running);
  CHECK(s.maintenance.draft.problem == Message{"maintenance.not_admin", {"A01"}});

  update(s, intent::EditSignIn{"Z01", "111111"});
  update(s, intent::SubmitSignIn{});
  update(s, ev::MaintenanceAnswered{sign_in::WrongPin{4}});
  CHECK(s.running);
  CHECK(s.maintenance.draft.problem == Message{"counter.sign_in.wrong_pin", {"4"}});

  update(s, intent::EditSignIn{"Z01", "246810"});
  update(s, intent::SubmitSignIn{});
  fx = update(s, ev::MaintenanceAnswered{sign_in::SignedIn{StaffMember{"Z01", "赵管理", StaffRole::Admin, true}}});
  CHECK(effect<fx::Quit>(fx));
  CHECK_FALSE(s.running);
  CHECK(s.maintenance.leaving);
}

TEST_CASE("maintenance exit: 取消 puts the screen back, and the counter's sign-in is not touched") {
  AppState s = started(Mode::Counter);
  update(s, intent::EditSignIn{"A07", "1"});  // typed at the counter's own sign-in
  update(s, intent::OpenMaintenance{});
  update(s, intent::EditSignIn{"Z01", "2468"});
  CHECK(s.maintenance.draft.staff_no == "Z01");
  CHECK(s.counter.sign_in.staff_no == "A07");
  update(s, intent::CancelMaintenance{});
  CHECK_FALSE(s.maintenance.open);
  CHECK(s.maintenance.draft.staff_no.empty());
  CHECK(s.running);
  // Closed: typing reaches the counter's sign-in again.
  update(s, intent::EditSignIn{"A08", "1"});
  CHECK(s.counter.sign_in.staff_no == "A08");
  // An answer arriving after 取消 changes nothing.
  update(s, ev::MaintenanceAnswered{sign_in::SignedIn{StaffMember{"Z01", "赵管理", StaffRole::Admin, true}}});
  CHECK(s.running);
}
