// The statistics model (issue 20): months, working days to decision with the hall's calendar,
// per item and month figures, totals, payments and the in-payment tables.
#include "core/backoffice/statistics.h"

#include <doctest/doctest.h>

using namespace core;

namespace {

DayNumber day(const char* iso) { return parse_iso_date(iso).value(); }

// 2026: Tuesday 2026-11-03 a holiday, Saturday 2026-11-07 a make-up working day.
HolidayCalendar calendar() {
  HolidayCalendar c;
  c.add_notice_year(2026);
  c.add_holiday(day("2026-11-03"));
  c.add_makeup_workday(day("2026-11-07"));
  return c;
}

const std::vector<std::string> kMonths = {"2026-10", "2026-11"};

}  // namespace

TEST_CASE("months end with the month asked for, oldest first, across a new year") {
  CHECK(months_ending("2026-02", 3) == std::vector<std::string>{"2025-12", "2026-01", "2026-02"});
  CHECK(months_ending("2026-11", 1) == std::vector<std::string>{"2026-11"});
  CHECK(months_ending("2026-13", 1) == std::nullopt);
  CHECK(months_ending("2026-1", 1) == std::nullopt);
  CHECK(months_ending("2026-11", 0) == std::nullopt);
  CHECK(months_ending("2026-11", kMaxStatisticsMonths + 1) == std::nullopt);
  CHECK(month_after_month("2026-12") == "2027-01");
  CHECK(month_after_month("2026-09") == "2026-10");
  CHECK(month_after_month("x") == std::nullopt);
}

TEST_CASE("working days to decision count as the promised date does: after acceptance, up to the decision") {
  const HolidayCalendar c = calendar();
  // Monday 2 November to Friday 6 November: Tue is a holiday → Wed, Thu, Fri.
  CHECK(working_days_between(c, day("2026-11-02"), day("2026-11-06")) == 3);
  // Friday to Monday: the make-up Saturday counts.
  CHECK(working_days_between(c, day("2026-11-06"), day("2026-11-09")) == 2);
  CHECK(working_days_between(c, day("2026-11-06"), day("2026-11-06")) == 0);
  CHECK(working_days_between(c, day("2026-11-09"), day("2026-11-06")) == 0);
}

TEST_CASE("each item's month sums received, decided, working days and overdue, and the totals add the items") {
  const HolidayCalendar c = calendar();
  StatisticsBuilder b(kMonths, "2026-11-23", c);
  b.add(ReceivedRow{"dibao", "2026-11", 4});
  b.add(ReceivedRow{"dibao", "2026-10", 1});
  b.add(ReceivedRow{"gaoling", "2026-11", 2});
  b.add(ReceivedRow{"gaoling", "2026-09", 7});  // before the months: ignored
  // Two dibao decisions of 3 working days, one of 2; one gaoling of 0 (decided the day it came).
  b.add(DecisionRow{"dibao", "2026-11-02", "2026-11-06", 2});
  b.add(DecisionRow{"dibao", "2026-11-06", "2026-11-09", 1});
  b.add(DecisionRow{"gaoling", "2026-11-10", "2026-11-10", 1});
  b.add(DecisionRow{"gaoling", "2026-12-01", "2026-12-02", 1});  // after the months: ignored
  b.add(DecisionRow{"gaoling", "bad", "2026-11-02", 1});         // unreadable: ignored
  b.add(OverdueRow{"dibao", "2026-10", 2});
  const StatisticsReport r = std::move(b).finish();
  CHECK(r.months == kMonths);
  CHECK(r.today == "2026-11-23");
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].item_code == "dibao");
  const ItemMonthFigures& nov = r.items[0].months[1];
  CHECK(nov.received == 4);
  CHECK(nov.decided == 3);
  CHECK(nov.working_days_total == 8);
  CHECK(nov.average_working_days() == doctest::Approx(8.0 / 3.0));
  CHECK(nov.longest_working_days == 3);
  CHECK(r.items[0].months[0] == ItemMonthFigures{1, 0, 0, 0, 2});
  CHECK(r.items[1].item_code == "gaoling");
  CHECK(r.items[1].months[1] == ItemMonthFigures{2, 1, 0, 0, 0});
  REQUIRE(r.totals.size() == 2);
  CHECK(r.totals[0] == ItemMonthFigures{1, 0, 0, 0, 2});
  CHECK(r.totals[1] == ItemMonthFigures{6, 4, 8, 3, 0});
  CHECK(r.totals[1].average_working_days() == doctest::Approx(2.0));
}

TEST_CASE("payments are summed per benefit type and month: money for paid ones, counts for each status") {
  StatisticsBuilder b(kMonths, "2026-11-23", calendar());
  b.add(PaymentRow{"高龄津贴", "2026-11", PaymentStatus::Paid, 3, 30000});
  b.add(PaymentRow{"农村低保", "2026-11", PaymentStatus::Paid, 2, 100000});
  b.add(PaymentRow{"农村低保", "2026-11", PaymentStatus::Failed, 1, 50000});
  b.add(PaymentRow{"农村低保", "2026-10", PaymentStatus::Pending, 4, 200000});
  b.add(PaymentRow{"农村低保", "2025-10", PaymentStatus::Paid, 9, 9});  // outside: ignored
  const StatisticsReport r = std::move(b).finish();
  REQUIRE(r.payments.size() == 2);
  CHECK(r.payments[0].benefit_type == "农村低保");  // by name
  CHECK(r.payments[0].months[1] == PaymentMonthFigures{100000, 2, 0, 1});
  CHECK(r.payments[0].months[0] == PaymentMonthFigures{0, 0, 4, 0});
  CHECK(r.payment_totals[1] == PaymentMonthFigures{130000, 5, 0, 1});
  CHECK(r.payment_totals[0] == PaymentMonthFigures{0, 0, 4, 0});
}

TEST_CASE("benefits in payment: types by money, villages by people, each labelled") {
  StatisticsBuilder b(kMonths, "2026-11-23", calendar());
  b.set_in_payment({3, 5, 6, 300000});
  b.add(BenefitInPayment{"高龄津贴", {2, 2, 2, 20000}});
  b.add(BenefitInPayment{"农村低保", {1, 3, 3, 280000}});
  b.add_village(address_village("江苏省南京市玄武区玄武门街道北京东路5幢"), {1, 1, 1, 10000});
  b.add_village(address_village("江苏省南京市玄武区锁金村街道锁金一村12幢"), {2, 4, 5, 290000});
  const StatisticsReport r = std::move(b).finish();
  CHECK(r.in_payment == InPaymentFigures{3, 5, 6, 300000});
  REQUIRE(r.by_benefit.size() == 2);
  CHECK(r.by_benefit[0].benefit_type == "农村低保");
  REQUIRE(r.by_village.size() == 2);
  CHECK(r.by_village[0].label == "锁金一村");
  CHECK(r.by_village[0].figures.people == 4);
  CHECK(r.by_village[1].label == "玄武门街道");
}

TEST_CASE("nothing at all gives zeros for every month") {
  const StatisticsReport r = StatisticsBuilder(kMonths, "2026-11-23", calendar()).finish();
  CHECK(r.items.empty());
  CHECK(r.payments.empty());
  REQUIRE(r.totals.size() == 2);
  CHECK(r.totals[1] == ItemMonthFigures{});
  CHECK(r.totals[1].average_working_days() == 0.0);
  CHECK(r.payment_totals[0] == PaymentMonthFigures{});
  CHECK(r.in_payment == InPaymentFigures{});
  CHECK(r.by_village.empty());
}
