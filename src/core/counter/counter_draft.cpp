// The counter's autosaved draft offered back after a crash (恢复未完成的受理 / 放弃), and the paging of
// long households and reviews and the relation list (issue 15).
#include "core/counter/counter_flow.h"
#include "core/counter/counter_flow_support.h"

namespace core::counter {

using detail::signed_in;

Effects on(AppState& s, const ev::DraftFound& e) {
  // Only to the one who left it, and only while nothing new has been typed: a form already under
  // way is not swapped for an old one.
  if (!signed_in(s) || s.counter.staff->staff_no != e.draft.staff_no || s.counter.accepted) return {};
  const IntakeForm& now = s.counter.form;
  const bool untouched = now.applicant.name.empty() && now.applicant.id_number.empty() && now.item_code.empty() &&
                         now.members.empty() && now.phone.empty();
  if (!untouched || s.screen != ScreenId::CounterIntake) return {};
  s.counter.offered_draft = e.draft;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::RestoreDraft& e) {
  if (!signed_in(s) || !s.counter.offered_draft) return {};
  CounterDraft d = std::move(*s.counter.offered_draft);
  s.counter.offered_draft.reset();
  touch(s);
  if (!e.restore) return {fx::DiscardDraft{}};
  // Everything typed so far, under its own form key (a commit of it is still one application).
  s.counter.form = std::move(d.form);
  s.counter.step = d.step;
  s.counter.household_first = 0;
  s.counter.relation_list = kNoRelationList;
  s.counter.review_scroll_px = 0;
  // A step the restored form cannot open (the catalog changed overnight …) falls back to the first.
  if (!may_open(s, s.counter.step)) s.counter.step = IntakeStep::Applicant;
  return detail::autosave(s);
}

Effects on(AppState& s, const intent::ScrollHousehold& e) {
  if (!signed_in(s)) return {};
  const int first = e.first_row < 0 ? 0 : e.first_row;
  if (first != s.counter.household_first) {
    s.counter.household_first = first;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::ScrollReview& e) {
  if (!signed_in(s)) return {};
  const float px = e.px < 0 ? 0 : e.px;
  if (px != s.counter.review_scroll_px) {
    s.counter.review_scroll_px = px;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::OpenRelationList& e) {
  if (!signed_in(s) || s.counter.pressing) return {};
  const int members = static_cast<int>(s.counter.form.members.size());
  if (e.member != kNoRelationList && (e.member < 0 || e.member >= members)) return {};
  s.counter.relation_list = e.member;
  touch(s);
  return {};
}

}  // namespace core::counter
