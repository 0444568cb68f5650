#pragma once
// The figures a township reports (issue 20, 统计): per service item and month — applications
// received, decided, the average and longest working days from acceptance to decision, and the
// promises broken (overdue) — and the benefits in payment now (households, people, monthly money)
// by benefit type and by village, with the money paid per month. No personal data: counts and sums
// only. The store answers with aggregate rows (store/stats_query.h); StatisticsBuilder turns them
// into a StatisticsReport, counting working days with the hall's calendar (working_days.h).
//
// What each figure counts, for a month M:
//   received  applications accepted in M (不予受理 is not an application received);
//   decided   applications whose first decision (approved or rejected) was made in M;
//   working days to decision: working days after the day of acceptance up to the day of decision
//             (as the promised date counts them), over the decisions made in M;
//   overdue   applications whose promised date fell in M and passed without a decision on or
//             before it: decided later, or still awaiting a decision on `today`.
#include <optional>
#include <string>
#include <vector>

#include "core/domain/rating.h"
#include "core/domain/benefit.h"
#include "core/domain/money.h"
#include "core/domain/address_village.h"
#include "core/domain/working_days.h"

namespace core {

inline constexpr int kMaxStatisticsMonths = 36;

// The `n` months ending with `last` (YYYY-MM), oldest first; nullopt when `last` is no month or
// `n` is outside 1..kMaxStatisticsMonths.
std::optional<std::vector<std::string>> months_ending(const std::string& last, int n);
// The month after `month` (YYYY-MM); nullopt when it is no month.
std::optional<std::string> month_after_month(const std::string& month);

struct ItemMonthFigures {
  long received = 0;
  long decided = 0;
  long working_days_total = 0;  // summed over the decisions
  int longest_working_days = 0;
  long overdue = 0;
  // Average working days to decision, 0 without decisions.
  double average_working_days() const {
    return decided ? static_cast<double>(working_days_total) / static_cast<double>(decided) : 0.0;
  }
  bool operator==(const ItemMonthFigures&) const = default;
};

struct ItemStatistics {
  std::string item_code;
  std::string item_name;                 // the catalog's (filled by the app; empty: show the code)
  std::vector<ItemMonthFigures> months;  // one per StatisticsReport::months
  bool operator==(const ItemStatistics&) const = default;
};

struct PaymentMonthFigures {
  Fen paid_fen = 0;  // payments with status paid
  long paid = 0, pending = 0, failed = 0;
  bool operator==(const PaymentMonthFigures&) const = default;
};

struct BenefitPayments {
  std::string benefit_type;                 // the stored (Chinese) name, e.g. 农村低保
  std::vector<PaymentMonthFigures> months;  // one per StatisticsReport::months
  bool operator==(const BenefitPayments&) const = default;
};

// Benefits in payment (status active) now: households (a person in no household counts as one),
// people, benefits and their monthly amounts.
struct InPaymentFigures {
  long households = 0, people = 0, benefits = 0;
  Fen monthly_fen = 0;
  bool operator==(const InPaymentFigures&) const = default;
};
struct BenefitInPayment {
  std::string benefit_type;
  InPaymentFigures figures;
  bool operator==(const BenefitInPayment&) const = default;
};
struct VillageInPayment {
  AddressVillage where;
  std::string label;  // address_village_label(where)
  InPaymentFigures figures;
  bool operator==(const VillageInPayment&) const = default;
};

struct StatisticsReport {
  std::vector<std::string> months;  // YYYY-MM, oldest first
  std::string today;                // YYYY-MM-DD: what "still awaiting a decision" was judged on
  std::vector<ItemStatistics> items;      // items with any figure in the months, by code
  std::vector<ItemMonthFigures> totals;   // every item, per month
  std::vector<BenefitPayments> payments;  // benefit types with any payment in the months, by name
  std::vector<PaymentMonthFigures> payment_totals;  // per month
  InPaymentFigures in_payment;                // all benefits in payment
  std::vector<BenefitInPayment> by_benefit;   // by benefit type, largest monthly money first
  std::vector<VillageInPayment> by_village;   // by village, most people first
  std::vector<RatingLevelCounts> ratings;     // 好差评 given per month (one per month, filled by the app)
  bool operator==(const StatisticsReport&) const = default;
};

// The rows the store's aggregate statements return.
struct ReceivedRow {
  std::string item_code, month;  // YYYY-MM of acceptance
  long count = 0;
};
struct DecisionRow {
  std::string item_code;
  std::string accepted_on, decided_on;  // YYYY-MM-DD
  long count = 0;
};
struct OverdueRow {
  std::string item_code, month;  // YYYY-MM of the promised date
  long count = 0;
};
struct PaymentRow {
  std::string benefit_type, month;
  PaymentStatus status = PaymentStatus::Paid;
  long count = 0;
  Fen fen = 0;
};

// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
int working_days_between(const HolidayCalendar& calendar, DayNumber from, DayNumber to);

class StatisticsBuilder {
 public:
  StatisticsBuilder(std::vector<std::string> months, std::string today, const HolidayCalendar& calendar);
  // Rows outside the months are ignored; a decision row with a date that does not parse too.
  void add(const ReceivedRow& r);
  void add(const DecisionRow& r);
  void add(const OverdueRow& r);
  void add(const PaymentRow& r);
  void set_in_payment(const InPaymentFigures& all);
  void add(const BenefitInPayment& b);
  void add_village(const AddressVillage& where, const InPaymentFigures& f);
  // The report: items and benefit types in order, totals summed, villages sorted.
  StatisticsReport finish() &&;

 private:
  ItemMonthFigures* item_month(const std::string& item, const std::string& month);
  int month_index(const std::string& month) const;
  StatisticsReport r_;
  const HolidayCalendar& calendar_;
};

}  // namespace core
