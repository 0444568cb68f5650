// 年审 rules (core/domain/annual_review.h): what a review may record, and what it does to the benefit.
#include "core/domain/annual_review.h"

#include <doctest/doctest.h>

using namespace core;

namespace {

ServiceCatalog catalog() {
  ServiceCatalog c;
  c.review_steps = {ReviewStepDef{"home_visit", "入户调查",
                                  {{"visit_date", "调查日期", ReviewFieldKind::Date, "", {}, true},
                                   {"findings", "调查情况", ReviewFieldKind::Text, "", {}, true}},
                                  "visit_date"}};
  ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障（低保）申请";
  dibao.annual_review_steps = {"home_visit"};
  dibao.review_period_months = 12;
  c.items = {dibao};
  return c;
}

Benefit dibao(BenefitStatus status = BenefitStatus::Active) {
  return Benefit{"320102194501011236", BenefitType::RuralDibao, status, 35917, "2024-03-01", "2026-12-01"};
}

AnnualReview review(ReviewOutcome o) {
  AnnualReview r;
  r.id_number = "320102194501011236";
  r.type = BenefitType::RuralDibao;
  r.reviewed_on = "2026-11-20";
  r.who = "B01";
  r.recorded_at = "2026-11-23 10:00:00";
  r.steps["home_visit"] = {{"visit_date", "2026-11-20"}, {"findings", "家中无变化"}};
  r.outcome = o;
  r.reason = "家庭情况无变化";
  r.effective_month = "2026-12";
  return r;
}

std::vector<std::string> keys(const std::vector<Message>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.key);
  return out;
}

}  // namespace

TEST_CASE("outcome codes read back, and nothing else is an outcome") {
  for (auto o : {ReviewOutcome::Continue, ReviewOutcome::Adjust, ReviewOutcome::Suspend, ReviewOutcome::End})
    CHECK(review_outcome_from_code(review_outcome_code(o)) == o);
  CHECK_FALSE(review_outcome_from_code("raise"));
  CHECK_FALSE(review_outcome_from_code(""));
}

TEST_CASE("months move on by whole months, the day kept or cut to the month's end") {
  CHECK(add_months_to_date("2026-12-01", 12) == "2027-12-01");
  CHECK(add_months_to_date("2026-11-30", 3) == "2027-02-28");
  CHECK(add_months_to_date("2027-12-31", 2) == "2028-02-29");
  CHECK(add_months_to_date("2026-01-15", -1) == "2025-12-15");
  CHECK(is_year_month("2026-12"));
  CHECK_FALSE(is_year_month("2026-13"));
  CHECK_FALSE(is_year_month("2026-1"));
  CHECK(review_due_until("2026-11-23", 60) == "2027-01-22");
}

TEST_CASE("a complete review has no problems, and each missing or wrong part is named") {
  const auto c = catalog();
  CHECK(annual_review_problems(dibao(), c.items[0], c, review(ReviewOutcome::Continue), "2026-11-23").empty());
  auto r = review(ReviewOutcome::Adjust);
  r.reason.clear();
  r.effective_month = "2026-10";
  r.steps["home_visit"].erase("findings");
  r.steps["economic_check"] = {};
  CHECK(keys(annual_review_problems(dibao(), c.items[0], c, r, "2026-11-23")) ==
        std::vector<std::string>{"annual_review.problem.unknown_step", "review.problem.required",
                                 "annual_review.problem.reason", "annual_review.problem.month_before",
                                 "annual_review.problem.amount"});
  r = review(ReviewOutcome::Adjust);
  r.amount_after_fen = 35917;
  CHECK(keys(annual_review_problems(dibao(), c.items[0], c, r, "2026-11-23")) ==
        std::vector<std::string>{"annual_review.problem.same_amount"});
  r = review(ReviewOutcome::Continue);
  r.reviewed_on = "2026-11-24";
  r.effective_month = "2026-13";
  CHECK(keys(annual_review_problems(dibao(), c.items[0], c, r, "2026-11-23")) ==
        std::vector<std::string>{"annual_review.problem.reviewed_on_future", "annual_review.problem.month"});
  CHECK(keys(annual_review_problems(dibao(BenefitStatus::Ended), c.items[0], c, review(ReviewOutcome::Continue),
                                    "2026-11-23")) == std::vector<std::string>{"annual_review.problem.ended"});
  CHECK(keys(annual_review_problems(dibao(BenefitStatus::Suspended), c.items[0], c, review(ReviewOutcome::Suspend),
                                    "2026-11-23")) == std::vector<std::string>{"annual_review.problem.already_suspended"});
}

TEST_CASE("each outcome changes the benefit as it says, and the next review moves on by the item's period") {
  const auto c = catalog();
  auto cont = apply_annual_review(dibao(BenefitStatus::Suspended), c.items[0], review(ReviewOutcome::Continue));
  CHECK(cont.benefit.status == BenefitStatus::Active);
  CHECK(cont.benefit.monthly_amount_fen == 35917);
  CHECK(cont.benefit.next_review == "2027-12-01");
  CHECK(cont.review.amount_before_fen == 35917);
  CHECK(cont.review.amount_after_fen == 35917);
  CHECK(cont.review.next_review_after == "2027-12-01");

  auto r = review(ReviewOutcome::Adjust);
  r.amount_after_fen = 30000;
  auto adjust = apply_annual_review(dibao(), c.items[0], r);
  CHECK(adjust.benefit.monthly_amount_fen == 30000);
  CHECK(adjust.review.amount_before_fen == 35917);
  CHECK(adjust.review.amount_after_fen == 30000);

  auto suspend = apply_annual_review(dibao(), c.items[0], review(ReviewOutcome::Suspend));
  CHECK(suspend.benefit.status == BenefitStatus::Suspended);
  CHECK(suspend.benefit.next_review == "2027-12-01");

  auto end = apply_annual_review(dibao(), c.items[0], review(ReviewOutcome::End));
  CHECK(end.benefit.status == BenefitStatus::Ended);
  CHECK(end.benefit.next_review == "2026-12-01");  // kept: nothing is due any more
  CHECK(end.review.amount_after_fen == 0);
  CHECK(end.review.next_review_after.empty());

  // Two years overdue: the first anniversary after the review.
  Benefit late = dibao();
  late.next_review = "2024-06-01";
  CHECK(apply_annual_review(late, c.items[0], review(ReviewOutcome::Continue)).benefit.next_review == "2027-06-01");
  ServiceItem six = c.items[0];
  six.review_period_months = 6;
  CHECK(apply_annual_review(dibao(), six, review(ReviewOutcome::Continue)).benefit.next_review == "2027-06-01");
}

TEST_CASE("the kiosk's notice: within the lead of the next review, not once it has passed, never for an ended benefit") {
  CHECK(review_notice_due(dibao(), "2026-11-23", 30));      // 2026-12-01 is 8 days away
  CHECK(review_notice_due(dibao(), "2026-12-01", 30));      // the day itself
  CHECK_FALSE(review_notice_due(dibao(), "2026-10-01", 30));
  CHECK_FALSE(review_notice_due(dibao(), "2026-12-15", 30));  // past: not announced as to come
  CHECK_FALSE(review_notice_due(dibao(BenefitStatus::Ended), "2026-11-23", 30));
  CHECK_FALSE(review_notice_due(dibao(), "2026-11-23", 0));  // lead 0: the notice is off
}
