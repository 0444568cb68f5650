#include "core/backoffice/statistics.h"

#include <algorithm>
#include <cstdio>

namespace core {

namespace {

std::optional<std::pair<int, int>> parse_month(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return std::nullopt;
  auto d = parse_iso_date(m + "-01");
  if (!d) return std::nullopt;
  return std::pair{std::stoi(m.substr(0, 4)), std::stoi(m.substr(5, 2))};
}

std::string month_text(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

}  // namespace

std::optional<std::vector<std::string>> months_ending(const std::string& last, int n) {
  const auto ym = parse_month(last);
  if (!ym || n < 1 || n > kMaxStatisticsMonths) return std::nullopt;
  std::vector<std::string> out(static_cast<std::size_t>(n));
  int y = ym->first, m = ym->second;
  for (int i = n - 1; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = month_text(y, m);
    if (--m == 0) {
      m = 12;
      --y;
    }
  }
  return out;
}

std::optional<std::string> month_after_month(const std::string& month) {
  const auto ym = parse_month(month);
  if (!ym) return std::nullopt;
  return ym->second == 12 ? month_text(ym->first + 1, 1) : month_text(ym->first, ym->second + 1);
}

int working_days_between(const HolidayCalendar& calendar, DayNumber from, DayNumber to) {
  int n = 0;
  for (DayNumber d = from + 1; d <= to; ++d)
    if (calendar.is_working_day(d)) ++n;
  return n;
}

StatisticsBuilder::StatisticsBuilder(std::vector<std::string> months, std::string today, const HolidayCalendar& calendar)
    : calendar_(calendar) {
  r_.months = std::move(months);
  r_.today = std::move(today);
  r_.totals.resize(r_.months.size());
  r_.payment_totals.resize(r_.months.size());
}

int StatisticsBuilder::month_index(const std::string& month) const {
  const auto it = std::lower_bound(r_.months.begin(), r_.months.end(), month);
  return it != r_.months.end() && *it == month ? static_cast<int>(it - r_.months.begin()) : -1;
}

ItemMonthFigures* StatisticsBuilder::item_month(const std::string& item, const std::string& month) {
  const int i = month_index(month);
  if (i < 0) return nullptr;
  auto it = std::find_if(r_.items.begin(), r_.items.end(), [&](const ItemStatistics& s) { return s.item_code == item; });
  if (it == r_.items.end()) {
    r_.items.push_back(ItemStatistics{item, {}, std::vector<ItemMonthFigures>(r_.months.size())});
    it = r_.items.end() - 1;
  }
  return &it->months[static_cast<std::size_t>(i)];
}

void StatisticsBuilder::add(const ReceivedRow& row) {
  if (auto* f = item_month(row.item_code, row.month)) f->received += row.count;
}

void StatisticsBuilder::add(const DecisionRow& row) {
  const auto from = parse_iso_date(row.accepted_on);
  const auto to = parse_iso_date(row.decided_on);
  if (!from || !to || row.count <= 0) return;
  auto* f = item_month(row.item_code, row.decided_on.substr(0, 7));
  if (!f) return;
  const int days = working_days_between(calendar_, *from, *to);
  f->decided += row.count;
  f->working_days_total += static_cast<long>(days) * row.count;
  f->longest_working_days = std::max(f->longest_working_days, days);
}

void StatisticsBuilder::add(const OverdueRow& row) {
  if (auto* f = item_month(row.item_code, row.month)) f->overdue += row.count;
}

void StatisticsBuilder::add(const PaymentRow& row) {
  const int i = month_index(row.month);
  if (i < 0) return;
  auto it = std::find_if(r_.payments.begin(), r_.payments.end(),
                         [&](const BenefitPayments& b) { return b.benefit_type == row.benefit_type; });
  if (it == r_.payments.end()) {
    r_.payments.push_back(BenefitPayments{row.benefit_type, std::vector<PaymentMonthFigures>(r_.months.size())});
    it = r_.payments.end() - 1;
  }
  PaymentMonthFigures& f = it->months[static_cast<std::size_t>(i)];
  switch (row.status) {
    case PaymentStatus::Paid:
      f.paid += row.count;
      f.paid_fen += row.fen;
      break;
    case PaymentStatus::Pending: f.pending += row.count; break;
    case PaymentStatus::Failed: f.failed += row.count; break;
  }
}

void StatisticsBuilder::set_in_payment(const InPaymentFigures& all) { r_.in_payment = all; }

void StatisticsBuilder::add(const BenefitInPayment& b) { r_.by_benefit.push_back(b); }

void StatisticsBuilder::add_village(const AddressVillage& where, const InPaymentFigures& f) {
  r_.by_village.push_back(VillageInPayment{where, address_village_label(where), f});
}

StatisticsReport StatisticsBuilder::finish() && {
  std::sort(r_.items.begin(), r_.items.end(), [](const auto& a, const auto& b) { return a.item_code < b.item_code; });
  std::sort(r_.payments.begin(), r_.payments.end(), [](const auto& a, const auto& b) { return a.benefit_type < b.benefit_type; });
  for (const ItemStatistics& item : r_.items)
    for (std::size_t i = 0; i < r_.months.size(); ++i) {
      const ItemMonthFigures& f = item.months[i];
      ItemMonthFigures& t = r_.totals[i];
      t.received += f.received;
      t.decided += f.decided;
      t.working_days_total += f.working_days_total;
      t.longest_working_days = std::max(t.longest_working_days, f.longest_working_days);
      t.overdue += f.overdue;
    }
  for (const BenefitPayments& b : r_.payments)
    for (std::size_t i = 0; i < r_.months.size(); ++i) {
      const PaymentMonthFigures& f = b.months[i];
      PaymentMonthFigures& t = r_.payment_totals[i];
      t.paid_fen += f.paid_fen;
      t.paid += f.paid;
      t.pending += f.pending;
      t.failed += f.failed;
    }
  std::sort(r_.by_benefit.begin(), r_.by_benefit.end(), [](const auto& a, const auto& b) {
    if (a.figures.monthly_fen != b.figures.monthly_fen) return a.figures.monthly_fen > b.figures.monthly_fen;
    return a.benefit_type < b.benefit_type;
  });
  std::sort(r_.by_village.begin(), r_.by_village.end(), [](const auto& a, const auto& b) {
    if (a.figures.people != b.figures.people) return a.figures.people > b.figures.people;
    return a.where < b.where;
  });
  return std::move(r_);
}

}  // namespace core
