// The back office's 年审 and 主动发现 tabs (core/backoffice/dynamic_view.h): shown beside the queue,
// each read from the store when shown and after each change; a review is sent whole (the form is
// kept as typed until the store says it is written); a mark is sent at once.
#include "core/backoffice/backoffice_flow.h"
#include "core/domain/money.h"

namespace core::backoffice {

namespace {

bool on_tabs(const AppState& s) {
  return s.screen == ScreenId::BackofficeHome || s.screen == ScreenId::BackofficeReviews ||
         s.screen == ScreenId::BackofficeDiscovery;
}

Effects read_reviews(AppState& s) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!signed_in(s) || s.store != StoreLink::Ready) return {};
  if (r.loading) {
    r.reload = true;
    return {};
  }
  r.loading = true;
  r.reload = false;
  return {fx::LoadReviews{r.filter, s.now.iso_date()}};
}

Effects read_discovery(AppState& s) {
  DiscoveryDesk& d = s.backoffice.discovery;
  if (!signed_in(s) || s.store != StoreLink::Ready || d.loading) return {};
  d.loading = true;
  return {fx::LoadDiscovery{s.now.iso_date()}};
}

const char* recorded_key(ReviewOutcome o) {
  switch (o) {
    case ReviewOutcome::Continue: return "backoffice.review.recorded_continue";
    case ReviewOutcome::Adjust: return "backoffice.review.recorded_adjust";
    case ReviewOutcome::Suspend: return "backoffice.review.recorded_suspend";
    case ReviewOutcome::End: return "backoffice.review.recorded_end";
  }
  return "backoffice.review.recorded_continue";
}

ReviewForm fresh_form(const CivilTime& now) {
  ReviewForm f;
  f.reviewed_on = now.iso_date();
  f.effective_month = months_after(now.iso_date().substr(0, 7), 1);
  return f;
}

}  // namespace

Effects read_dynamic(AppState& s) {
  if (s.screen == ScreenId::BackofficeReviews && !s.backoffice.reviews.open) return read_reviews(s);
  if (s.screen == ScreenId::BackofficeDiscovery) return read_discovery(s);
  return {};
}

Effects on(AppState& s, const intent::ShowTab& e) {
  if (!signed_in(s) || !on_tabs(s)) return {};
  const ScreenId next = e.tab == intent::DynamicTab::Reviews     ? ScreenId::BackofficeReviews
                        : e.tab == intent::DynamicTab::Discovery ? ScreenId::BackofficeDiscovery
                                                                 : ScreenId::BackofficeHome;
  if (s.screen == next) return {};
  s.screen = next;
  touch(s);
  if (next == ScreenId::BackofficeHome) return read_queue(s);
  return read_dynamic(s);
}

Effects on(AppState& s, const ev::ReviewsLoaded& e) {
  ReviewDesk& r = s.backoffice.reviews;
  r.loading = false;
  if (!signed_in(s)) return {};
  if (r.reload || e.filter != r.filter) return read_reviews(s);
  if (e.failed) {
    r.notice = Message{"backoffice.review.read_failed", {}};
    touch(s);
    return {};
  }
  if (!r.due || *r.due != e.due) {
    r.due = e.due;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::FilterReviews& e) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!signed_in(s) || r.filter == e.filter) return {};
  r.filter = e.filter;
  r.first_row = 0;
  touch(s);
  return read_reviews(s);
}

Effects on(AppState& s, const intent::PageReviews& e) {
  if (!signed_in(s) || e.first_row < 0 || e.first_row == s.backoffice.reviews.first_row) return {};
  s.backoffice.reviews.first_row = e.first_row;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::OpenReview& e) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!signed_in(s) || !r.due || r.saving) return {};
  for (const auto& d : *r.due) {
    if (d.id_number != e.id_number || d.type != e.type) continue;
    r.open = d;
    r.history.clear();
    r.steps.clear();
    r.form = fresh_form(s.now);
    r.problems.clear();
    r.notice = {};
    touch(s);
    return {fx::LoadReviewHistory{d.id_number, d.type}};
  }
  return {};
}

Effects on(AppState& s, const ev::ReviewHistoryLoaded& e) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!r.open || r.open->id_number != e.id_number || r.open->type != e.type) return {};
  r.history = e.history;
  r.steps = e.steps;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::CloseReview&) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!r.open || r.saving) return {};
  r.open.reset();
  r.history.clear();
  r.problems.clear();
  touch(s);
  return read_reviews(s);
}

Effects on(AppState& s, const intent::EditReviewForm& e) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!r.open || r.saving) return {};
  using F = intent::ReviewFormField;
  switch (e.field) {
    case F::StepField: r.form.steps[e.step][e.key] = e.value; break;
    case F::Amount: r.form.amount_yuan = e.value; break;
    case F::Reason: r.form.reason = e.value; break;
    case F::EffectiveMonth: r.form.effective_month = e.value; break;
    case F::ReviewedOn: r.form.reviewed_on = e.value; break;
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PickReviewOutcome& e) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!r.open || r.saving || r.form.outcome == e.outcome) return {};
  r.form.outcome = e.outcome;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::SubmitReview&) {
  ReviewDesk& r = s.backoffice.reviews;
  if (!signed_in(s) || !r.open || r.saving) return {};
  r.problems.clear();
  touch(s);
  if (!r.form.outcome) {
    r.problems.push_back(Message{"annual_review.problem.outcome", {}});
    return {};
  }
  AnnualReview review;
  review.id_number = r.open->id_number;
  review.type = r.open->type;
  review.reviewed_on = r.form.reviewed_on;
  review.who = s.backoffice.staff->staff_no;
  review.recorded_at = s.now.iso_datetime();
  // Empty fields are left out: the step's own check names each required one.
  for (const auto& step : r.form.steps)
    for (const auto& field : step.second)
      if (!field.second.empty()) review.steps[step.first][field.first] = field.second;
  review.outcome = *r.form.outcome;
  review.reason = r.form.reason;
  review.effective_month = r.form.effective_month;
  if (review.outcome == ReviewOutcome::Adjust) {
    auto fen = parse_yuan(r.form.amount_yuan);
    if (!fen) {
      r.problems.push_back(Message{"annual_review.problem.amount", {}});
      return {};
    }
    review.amount_after_fen = *fen;
  }
  r.saving = true;
  return {fx::RecordReview{std::move(review), s.now.iso_date()}};
}

Effects on(AppState& s, const ev::ReviewRecorded& e) {
  ReviewDesk& r = s.backoffice.reviews;
  r.saving = false;
  touch(s);
  if (!r.open || r.open->id_number != e.id_number || r.open->type != e.type) return {};
  if (!e.applied) {
    r.problems = e.problems;
    return {};
  }
  const AnnualReview& done = e.applied->review;
  r.notice = Message{recorded_key(done.outcome),
                     {r.open->name, std::string(benefit_type_name(e.type)),
                      format_yuan(done.outcome == ReviewOutcome::Adjust || done.outcome == ReviewOutcome::Continue
                                      ? done.amount_after_fen
                                      : done.amount_before_fen),
                      done.next_review_after}};
  r.open.reset();
  r.history.clear();
  r.form = ReviewForm{};
  r.problems.clear();
  return read_reviews(s);
}

Effects on(AppState& s, const ev::DiscoveryLoaded& e) {
  DiscoveryDesk& d = s.backoffice.discovery;
  d.loading = false;
  if (!signed_in(s)) return {};
  if (e.failed) {
    d.notice = Message{"backoffice.discovery.read_failed", {}};
  } else if (!d.entries || *d.entries != e.entries) {
    d.entries = e.entries;
  } else {
    return {};
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PageDiscovery& e) {
  if (!signed_in(s) || e.first_row < 0 || e.first_row == s.backoffice.discovery.first_row) return {};
  s.backoffice.discovery.first_row = e.first_row;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::MarkDiscovery& e) {
  DiscoveryDesk& d = s.backoffice.discovery;
  if (!signed_in(s) || d.marking) return {};
  d.marking = true;
  d.notice = {};
  touch(s);
  return {fx::MarkDiscoveryEntry{e.rule, e.id_number, e.period, e.mark, s.backoffice.staff->staff_no,
                                 s.now.iso_datetime()}};
}

Effects on(AppState& s, const ev::DiscoveryMarked& e) {
  DiscoveryDesk& d = s.backoffice.discovery;
  d.marking = false;
  if (e.failed) d.notice = Message{"backoffice.discovery.mark_failed", {}};
  touch(s);
  return read_discovery(s);
}

}  // namespace core::backoffice
