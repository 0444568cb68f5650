#include "app/backoffice/statistics_json.h"

#include <cmath>

namespace app {

namespace {

double one_decimal(double x) { return std::round(x * 10.0) / 10.0; }

base::Json item_month(const std::string& month, const core::ItemMonthFigures& f) {
  base::Json j = base::Json::object();
  j["month"] = month;
  j["received"] = f.received;
  j["decided"] = f.decided;
  j["average_working_days"] = one_decimal(f.average_working_days());
  j["longest_working_days"] = f.longest_working_days;
  j["overdue"] = f.overdue;
  return j;
}

base::Json payment_month(const std::string& month, const core::PaymentMonthFigures& f) {
  base::Json j = base::Json::object();
  j["month"] = month;
  j["paid_fen"] = f.paid_fen;
  j["paid"] = f.paid;
  j["pending"] = f.pending;
  j["failed"] = f.failed;
  return j;
}

void put_figures(base::Json& j, const core::InPaymentFigures& f) {
  j["households"] = f.households;
  j["people"] = f.people;
  j["benefits"] = f.benefits;
  j["monthly_fen"] = f.monthly_fen;
}

}  // namespace

base::Json statistics_json(const core::StatisticsReport& r) {
  base::Json doc = base::Json::object();
  doc["today"] = r.today;
  doc["months"] = r.months;
  base::Json totals = base::Json::array();
  for (std::size_t i = 0; i < r.months.size(); ++i) totals.push_back(item_month(r.months[i], r.totals[i]));
  doc["applications"] = totals;
  base::Json items = base::Json::array();
  for (const auto& item : r.items) {
    base::Json j = base::Json::object();
    j["item"] = item.item_code;
    j["name"] = item.item_name;
    base::Json months = base::Json::array();
    for (std::size_t i = 0; i < r.months.size(); ++i) months.push_back(item_month(r.months[i], item.months[i]));
    j["months"] = months;
    items.push_back(j);
  }
  doc["items"] = items;
  base::Json paid = base::Json::array();
  for (std::size_t i = 0; i < r.months.size(); ++i) paid.push_back(payment_month(r.months[i], r.payment_totals[i]));
  doc["payments"] = paid;
  base::Json by_type = base::Json::array();
  for (const auto& b : r.payments) {
    base::Json j = base::Json::object();
    j["benefit_type"] = b.benefit_type;
    base::Json months = base::Json::array();
    for (std::size_t i = 0; i < r.months.size(); ++i) months.push_back(payment_month(r.months[i], b.months[i]));
    j["months"] = months;
    by_type.push_back(j);
  }
  doc["payments_by_benefit"] = by_type;
  base::Json in_payment = base::Json::object();
  put_figures(in_payment, r.in_payment);
  base::Json benefits = base::Json::array();
  for (const auto& b : r.by_benefit) {
    base::Json j = base::Json::object();
    j["benefit_type"] = b.benefit_type;
    put_figures(j, b.figures);
    benefits.push_back(j);
  }
  in_payment["by_benefit"] = benefits;
  base::Json villages = base::Json::array();
  for (const auto& v : r.by_village) {
    base::Json j = base::Json::object();
    j["township"] = v.where.township;
    j["village"] = v.where.village;
    j["label"] = v.label;
    put_figures(j, v.figures);
    villages.push_back(j);
  }
  in_payment["by_village"] = villages;
  doc["in_payment"] = in_payment;
  // 好差评 per month: how many ratings at each level, "5" (非常满意) to "1" (非常不满意).
  base::Json ratings = base::Json::array();
  for (std::size_t i = 0; i < r.months.size() && i < r.ratings.size(); ++i) {
    base::Json j = base::Json::object();
    j["month"] = r.months[i];
    base::Json levels = base::Json::object();
    for (int level = core::kBestRating; level >= core::kWorstRating; --level)
      levels[std::to_string(level)] = r.ratings[i][static_cast<std::size_t>(level - 1)];
    j["levels"] = levels;
    ratings.push_back(j);
  }
  doc["ratings"] = ratings;
  return doc;
}

}  // namespace app
