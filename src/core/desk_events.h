#pragma once
// Staff desks' sign-in (the counter and the back office): the events, intents and the effect both
// answer, each in its own mode (core/desk_sign_in.h holds the rules they share). Staff number + PIN
// are checked on the store worker; 暂离 and the idle lock keep the work for the same PIN.
#include <string>

#include "core/domain/civil_time.h"
#include "core/domain/sign_in.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

struct SignInDraft {
  std::string staff_no;
  std::string pin;        // dropped as soon as it is sent for checking
  bool checking = false;  // the (deliberately slow) PIN check runs on the store worker
  Message problem;        // the last refusal
};

namespace ev {
// The store checked a staff number and PIN.
struct SignInAnswered {
  SignInOutcome outcome;
};
}  // namespace ev

namespace intent {
struct EditSignIn {
  std::string staff_no;
  std::string pin;
};
struct SubmitSignIn {};
struct LockDesk {};  // 暂离
struct SignOut {};   // 换人登录 / 退出
}  // namespace intent

namespace fx {
// Check a staff number and PIN on the store worker (ev::SignInAnswered).
struct CheckSignIn {
  std::string staff_no;
  std::string pin;
  CivilTime at;
};
}  // namespace fx

using DeskEvents = TypeList<ev::SignInAnswered, intent::EditSignIn, intent::SubmitSignIn, intent::LockDesk, intent::SignOut>;
using DeskEffects = TypeList<fx::CheckSignIn>;

}  // namespace core
