#include "core/domain/annual_review.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "base/utf8.h"
#include "core/domain/civil_time.h"

namespace core {
namespace {

constexpr std::array<std::pair<ReviewOutcome, std::string_view>, 4> kOutcomes = {
    std::pair{ReviewOutcome::Continue, std::string_view("continue")},
    std::pair{ReviewOutcome::Adjust, std::string_view("adjust")},
    std::pair{ReviewOutcome::Suspend, std::string_view("suspend")},
    std::pair{ReviewOutcome::End, std::string_view("end")}};

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

std::string_view review_outcome_code(ReviewOutcome o) {
  for (const auto& entry : kOutcomes)
    if (entry.first == o) return entry.second;
  return "continue";
}

std::optional<ReviewOutcome> review_outcome_from_code(std::string_view code) {
  for (const auto& entry : kOutcomes)
    if (entry.second == code) return entry.first;
  return std::nullopt;
}

bool is_year_month(const std::string& text) { return text.size() == 7 && parse_iso_date(text + "-01").ok(); }

std::string add_months_to_date(const std::string& date, int months) {
  const int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
  const int total = y * 12 + (m - 1) + months;
  const int ny = total / 12, nm = total % 12 + 1;
  char b[40];  // room for any int, so the compiler sees no truncation
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", ny, nm, std::min(d, days_in_month(ny, nm)));
  return b;
}

std::vector<Message> annual_review_problems(const Benefit& current, const ServiceItem& item,
                                            const ServiceCatalog& catalog, const AnnualReview& r,
                                            const std::string& today) {
  std::vector<Message> out;
  const std::string type(benefit_type_name(current.type));
  if (current.status == BenefitStatus::Ended) {
    out.push_back(Message{"annual_review.problem.ended", {type}});
    return out;
  }
  if (!parse_iso_date(r.reviewed_on)) out.push_back(Message{"annual_review.problem.reviewed_on", {r.reviewed_on}});
  else if (r.reviewed_on > today) out.push_back(Message{"annual_review.problem.reviewed_on_future", {r.reviewed_on}});
  for (const auto& entry : r.steps) {
    const std::string& code = entry.first;  // clang 14 cannot capture a structured binding
    if (std::find(item.annual_review_steps.begin(), item.annual_review_steps.end(), code) ==
        item.annual_review_steps.end())
      out.push_back(Message{"annual_review.problem.unknown_step", {item.name, code}});
  }
  for (const auto& code : item.annual_review_steps) {
    const ReviewStepDef* def = catalog.find_review_step(code);
    if (!def) continue;  // the catalog reader refuses a list naming an unknown step
    auto it = r.steps.find(code);
    const ReviewValues none;
    for (auto& m : review_problems(*def, it == r.steps.end() ? none : it->second, today)) out.push_back(std::move(m));
  }
  if (r.reason.empty()) out.push_back(Message{"annual_review.problem.reason", {}});
  else if (!base::is_valid_utf8(r.reason) || base::count_chars(r.reason) > kMaxReviewReasonChars)
    out.push_back(Message{"annual_review.problem.reason_text", {}});
  if (!is_year_month(r.effective_month)) out.push_back(Message{"annual_review.problem.month", {r.effective_month}});
  else if (r.reviewed_on.size() >= 7 && r.effective_month < r.reviewed_on.substr(0, 7))
    out.push_back(Message{"annual_review.problem.month_before", {r.effective_month}});
  if (r.outcome == ReviewOutcome::Adjust) {
    if (r.amount_after_fen <= 0 || r.amount_after_fen > kMaxAmountFen)
      out.push_back(Message{"annual_review.problem.amount", {}});
    else if (r.amount_after_fen == current.monthly_amount_fen)
      out.push_back(Message{"annual_review.problem.same_amount", {format_yuan(current.monthly_amount_fen)}});
  }
  if (r.outcome == ReviewOutcome::Suspend && current.status == BenefitStatus::Suspended)
    out.push_back(Message{"annual_review.problem.already_suspended", {type}});
  return out;
}

ReviewApplied apply_annual_review(const Benefit& current, const ServiceItem& item, AnnualReview r) {
  Benefit b = current;
  r.id_number = current.id_number;
  r.type = current.type;
  r.amount_before_fen = current.monthly_amount_fen;
  switch (r.outcome) {
    case ReviewOutcome::Continue: b.status = BenefitStatus::Active; break;
    case ReviewOutcome::Adjust:
      b.status = BenefitStatus::Active;
      b.monthly_amount_fen = r.amount_after_fen;
      break;
    case ReviewOutcome::Suspend: b.status = BenefitStatus::Suspended; break;
    case ReviewOutcome::End: b.status = BenefitStatus::Ended; break;
  }
  r.amount_after_fen = r.outcome == ReviewOutcome::End ? 0 : b.monthly_amount_fen;
  if (r.outcome == ReviewOutcome::End) {
    r.next_review_after.clear();  // the benefit keeps its last date; nothing is due any more
  } else {
    const int period = item.review_period_months > 0 ? item.review_period_months : kDefaultReviewPeriodMonths;
    // From the date it was due; a review long overdue moves to the first date after the review.
    std::string next = parse_iso_date(current.next_review) ? current.next_review : r.reviewed_on;
    next = add_months_to_date(next, period);
    for (int guard = 0; next <= r.reviewed_on && guard < 100; ++guard) next = add_months_to_date(next, period);
    b.next_review = next;
    r.next_review_after = next;
  }
  return {b, r};
}

std::string review_due_until(const std::string& today, int within_days) {
  auto d = parse_iso_date(today);
  return d ? format_iso_date(d.value() + within_days) : today;
}

bool review_notice_due(const Benefit& b, const std::string& today, int lead_days) {
  if (b.status == BenefitStatus::Ended || lead_days <= 0) return false;
  if (!parse_iso_date(b.next_review)) return false;
  // 「将于X月年审」 speaks of a review to come: one already past is the staff's to chase.
  return b.next_review >= today && b.next_review <= review_due_until(today, lead_days);
}

}  // namespace core
