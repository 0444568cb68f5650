#include "app/backoffice/statistics_xlsx.h"

#include <cstdio>

#include "core/domain/benefit.h"
#include "core/text/message.h"

namespace app {

namespace {

using xlsx::Style;

// Words from the catalog in the language records are kept in.
struct Words {
  const core::Catalog& c;
  std::string operator()(std::string_view key) const { return std::string(c.get(core::kRecordLanguage, key)); }
};

std::string benefit_word(const Words& w, const std::string& stored) {
  if (auto t = core::benefit_type_from_name(stored)) return w("benefit." + std::string(core::benefit_type_code(*t)));
  return stored;
}

xlsx::Row header(const Words& w, std::initializer_list<const char*> keys) {
  xlsx::Row row;
  for (const char* k : keys) row.push_back(xlsx::text(w(k), Style::Header));
  return row;
}

xlsx::Cell one_decimal(double x, Style s = Style::Plain) { return xlsx::number(static_cast<double>(static_cast<long long>(x * 10 + 0.5)) / 10, xlsx::NumberFormat::General, s); }

void add_figures(xlsx::Row& row, const core::InPaymentFigures& f, Style s) {
  row.push_back(xlsx::integer(f.households, s));
  row.push_back(xlsx::integer(f.people, s));
  row.push_back(xlsx::integer(f.benefits, s));
  row.push_back(xlsx::yuan(f.monthly_fen, s));
}

xlsx::Sheet applications(const core::StatisticsReport& r, const Words& w) {
  xlsx::Sheet s;
  s.name = w("statistics.sheet.applications");
  s.freeze_first_row = true;
  s.rows.push_back(header(w, {"statistics.col.month", "statistics.col.item", "statistics.col.received", "statistics.col.decided",
                              "statistics.col.average", "statistics.col.longest", "statistics.col.overdue"}));
  auto figures = [](xlsx::Row& row, const core::ItemMonthFigures& f, Style st) {
    row.push_back(xlsx::integer(f.received, st));
    row.push_back(xlsx::integer(f.decided, st));
    row.push_back(one_decimal(f.average_working_days(), st));
    row.push_back(xlsx::integer(f.longest_working_days, st));
    row.push_back(xlsx::integer(f.overdue, st));
  };
  for (std::size_t m = 0; m < r.months.size(); ++m) {
    for (const auto& item : r.items) {
      xlsx::Row row{xlsx::text(r.months[m]), xlsx::text(item.item_name.empty() ? item.item_code : item.item_name)};
      figures(row, item.months[m], Style::Plain);
      s.rows.push_back(std::move(row));
    }
    xlsx::Row total{xlsx::text(r.months[m], Style::Total), xlsx::text(w("statistics.col.total"), Style::Total)};
    figures(total, r.totals[m], Style::Total);
    s.rows.push_back(std::move(total));
  }
  xlsx::fit_column_widths(s);
  return s;
}

xlsx::Sheet by_benefit(const core::StatisticsReport& r, const Words& w) {
  xlsx::Sheet s;
  s.name = w("statistics.sheet.by_benefit");
  s.freeze_first_row = true;
  s.rows.push_back(header(w, {"statistics.col.benefit", "statistics.col.households", "statistics.col.people",
                              "statistics.col.benefits", "statistics.col.monthly"}));
  for (const auto& b : r.by_benefit) {
    xlsx::Row row{xlsx::text(benefit_word(w, b.benefit_type))};
    add_figures(row, b.figures, Style::Plain);
    s.rows.push_back(std::move(row));
  }
  xlsx::Row total{xlsx::text(w("statistics.col.total"), Style::Total)};
  add_figures(total, r.in_payment, Style::Total);
  s.rows.push_back(std::move(total));
  xlsx::fit_column_widths(s);
  return s;
}

xlsx::Sheet by_village(const core::StatisticsReport& r, const Words& w) {
  xlsx::Sheet s;
  s.name = w("statistics.sheet.by_village");
  s.freeze_first_row = true;
  s.filter_first_row = true;
  s.rows.push_back(header(w, {"statistics.col.township", "statistics.col.village", "statistics.col.households",
                              "statistics.col.people", "statistics.col.benefits", "statistics.col.monthly"}));
  for (const auto& v : r.by_village) {
    xlsx::Row row{xlsx::text(v.where.township), xlsx::text(v.where.village)};
    add_figures(row, v.figures, Style::Plain);
    s.rows.push_back(std::move(row));
  }
  // Households and people are counted once however many villages or types they appear under.
  xlsx::Row total{xlsx::text(w("statistics.col.total"), Style::Total), xlsx::empty(Style::Total)};
  add_figures(total, r.in_payment, Style::Total);
  s.rows.push_back(std::move(total));
  xlsx::fit_column_widths(s);
  return s;
}

xlsx::Sheet payments(const core::StatisticsReport& r, const Words& w) {
  xlsx::Sheet s;
  s.name = w("statistics.sheet.payments");
  s.freeze_first_row = true;
  s.rows.push_back(header(w, {"statistics.col.month", "statistics.col.benefit", "statistics.col.paid", "statistics.col.paid_yuan",
                              "statistics.col.failed", "statistics.col.pending"}));
  auto figures = [](xlsx::Row& row, const core::PaymentMonthFigures& f, Style st) {
    row.push_back(xlsx::integer(f.paid, st));
    row.push_back(xlsx::yuan(f.paid_fen, st));
    row.push_back(xlsx::integer(f.failed, st));
    row.push_back(xlsx::integer(f.pending, st));
  };
  for (std::size_t m = 0; m < r.months.size(); ++m) {
    for (const auto& b : r.payments) {
      xlsx::Row row{xlsx::text(r.months[m]), xlsx::text(benefit_word(w, b.benefit_type))};
      figures(row, b.months[m], Style::Plain);
      s.rows.push_back(std::move(row));
    }
    xlsx::Row total{xlsx::text(r.months[m], Style::Total), xlsx::text(w("statistics.col.total"), Style::Total)};
    figures(total, r.payment_totals[m], Style::Total);
    s.rows.push_back(std::move(total));
  }
  xlsx::fit_column_widths(s);
  return s;
}

}  // namespace

xlsx::Book statistics_book(const core::StatisticsReport& r, const core::Catalog& words) {
  const Words w{words};
  xlsx::Book b;
  b.title = w("statistics.title");
  b.subject = r.months.empty() ? r.today : r.months.front() + " – " + r.months.back();
  b.sheets = {applications(r, w), by_benefit(r, w), by_village(r, w), payments(r, w)};
  return b;
}

base::Result<std::filesystem::path> write_statistics_xlsx(const core::StatisticsReport& r, const core::Catalog& words,
                                                          const std::filesystem::path& dir, int terminal_number) {
  char terminal[8];
  std::snprintf(terminal, sizeof terminal, "%02d", terminal_number);
  const std::string name =
      core::format(words.get(core::kRecordLanguage, "statistics.file_name"), {r.today, std::string(terminal)});
  // The export folder is made on first use, as the 公示名单's is; one that cannot be made is
  // reported by the write below, naming it.
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const auto path = dir / name;
  if (auto s = xlsx::write_book(statistics_book(r, words), path); !s) return s.error();
  return path;
}

}  // namespace app
