#pragma once
// The sign-in rules both staff desks share (the counter and the back office): what a typed staff
// number and PIN need before the store checks them, the sentence for each refusal the store
// answers, and when an untouched desk locks itself. Each desk keeps its own session; these work on
// the parts every desk has.
#include <optional>
#include <string>

#include "core/app_state.h"
#include "core/desk_events.h"
#include "core/effect.h"

namespace core::desk {

// A typed staff number or PIN (ignored while a check runs). True when it changed the draft.
bool edit(SignInDraft& d, const intent::EditSignIn& e);

// 登录 / 解锁 pressed with `staff_no` (the typed one, or whoever locked the screen): the check to
// run on the store worker, or nothing with the draft's problem set. The PIN leaves the draft.
Effects submit(SignInDraft& d, const std::string& staff_no, StoreLink store, const CivilTime& now);

// The sentence for a refusal (counter.sign_in.*); nullopt for SignedIn.
std::optional<Message> refusal(const SignInOutcome& outcome);

// Whether a desk untouched since `last_activity` locks itself at `now` (lock_after_s <= 0: never).
bool idle_for(const CivilTime& now, const CivilTime& last_activity, int lock_after_s);

}  // namespace core::desk
