#include "store/benefit_reviews.h"

#include <nlohmann/json.hpp>

#include "base/json.h"
#include "store/benefits_table.h"

namespace store {
namespace {

// The benefit types paid under a catalog item (dibao: 城市低保 and 农村低保).
std::vector<std::string> types_of_item(const std::string& item_code) {
  std::vector<std::string> out;
  for (core::BenefitType t : core::all_benefit_types())
    if (core::benefit_item_code(t) == item_code) out.emplace_back(core::benefit_type_name(t));
  return out;
}

base::Result<std::string> steps_json(const core::AnnualReview& r) {
  base::Json doc = base::Json::object();
  for (const auto& step : r.steps) {
    base::Json fields = base::Json::object();
    for (const auto& field : step.second) fields[field.first] = field.second;
    doc[step.first] = fields;
  }
  return base::write_json(doc, base::JsonLayout::Compact);
}

std::map<std::string, core::ReviewValues> steps_from_json(const std::string& text) {
  std::map<std::string, core::ReviewValues> out;
  const auto doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) return out;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (!it.value().is_object()) continue;
    core::ReviewValues values;
    for (auto f = it.value().begin(); f != it.value().end(); ++f)
      if (f.value().is_string()) values[f.key()] = f.value().get<std::string>();
    out[it.key()] = std::move(values);
  }
  return out;
}

}  // namespace

base::Result<std::vector<ReviewDue>> BenefitReviews::due(const ReviewDueFilter& f) {
  std::string sql =
      "SELECT b.id_number, r.name, r.address, b.benefit_type, b.status, b.monthly_amount_fen, b.since, b.next_review, "
      "coalesce((SELECT max(v.reviewed_on) FROM benefit_reviews v WHERE v.id_number = b.id_number "
      "AND v.benefit_type = b.benefit_type), '') "
      "FROM benefits b JOIN residents r ON r.id_number = b.id_number "
      "WHERE b.status <> 'ended' AND b.next_review <= ?1 AND substr(r.address, 1, length(?2)) = ?2";
  const std::vector<std::string> types = f.item_code.empty() ? std::vector<std::string>{} : types_of_item(f.item_code);
  if (!f.item_code.empty()) {
    if (types.empty()) return std::vector<ReviewDue>{};  // an item that pays no benefit has nothing to review
    sql += " AND b.benefit_type IN (";
    for (std::size_t i = 0; i < types.size(); ++i) sql += (i ? ", ?" : "?") + std::to_string(i + 3);
    sql += ")";
  }
  sql += " ORDER BY b.next_review, r.address, b.id_number, b.benefit_type";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db_.prepare(sql);
  if (!st) return st.error();
  st->bind(1, f.until);
  st->bind(2, f.village);
  for (std::size_t i = 0; i < types.size(); ++i) st->bind(static_cast<int>(i + 3), types[i]);
  std::vector<ReviewDue> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto type = core::benefit_type_from_name(st->text_view(3));
    auto status = core::benefit_status_from_code(st->text_view(4));
    if (!type || !status) return base::Error{"benefits row of " + st->text(0) + " holds an unknown type or status"};
    ReviewDue d{st->text(0), st->text(1), st->text(2), *type, *status, st->int64(5), st->text(6), st->text(7), st->text(8),
                false};
    d.overdue = d.next_review < f.today;
    out.push_back(std::move(d));
  }
  return out;
}

base::Result<std::vector<core::AnnualReview>> BenefitReviews::history(const std::string& id_number, core::BenefitType type) {
  auto st = db_.prepare(
      "SELECT reviewed_on, who, recorded_at, steps, outcome, reason, effective_month, amount_before_fen, "
      "amount_after_fen, next_review_after FROM benefit_reviews WHERE id_number = ?1 AND benefit_type = ?2 ORDER BY id");
  if (!st) return st.error();
  st->bind_all(id_number, std::string(core::benefit_type_name(type)));
  std::vector<core::AnnualReview> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto outcome = core::review_outcome_from_code(st->text_view(4));
    if (!outcome) return base::Error{"benefit_reviews row of " + id_number + " holds an unknown outcome"};
    core::AnnualReview r;
    r.id_number = id_number;
    r.type = type;
    r.reviewed_on = st->text(0);
    r.who = st->text(1);
    r.recorded_at = st->text(2);
    r.steps = steps_from_json(st->text(3));
    r.outcome = *outcome;
    r.reason = st->text(5);
    r.effective_month = st->text(6);
    r.amount_before_fen = st->int64(7);
    r.amount_after_fen = st->int64(8);
    r.next_review_after = st->text(9);
    out.push_back(std::move(r));
  }
  return out;
}

base::Result<BenefitReviews::Recorded> BenefitReviews::record(const core::AnnualReview& r,
                                                              const core::ServiceCatalog& catalog,
                                                              const std::string& today) {
  const std::string type(core::benefit_type_name(r.type));
  const core::ServiceItem* item = catalog.find(std::string(core::benefit_item_code(r.type)));
  if (!item) return base::Error{"the catalog has no item for " + type};
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  auto held = BenefitsTable(db_).for_resident(r.id_number);
  if (!held) return held.error();
  const core::Benefit* current = nullptr;
  for (const auto& b : held.value())
    if (b.type == r.type) current = &b;
  if (!current) return base::Error{r.id_number + " holds no " + type};
  Recorded out;
  out.problems = core::annual_review_problems(*current, *item, catalog, r, today);
  if (!out.problems.empty()) return out;
  core::ReviewApplied applied = core::apply_annual_review(*current, *item, r);
  auto upd = db_.prepare(
      "UPDATE benefits SET status = ?3, monthly_amount_fen = ?4, next_review = ?5 WHERE id_number = ?1 AND benefit_type = ?2");
  if (!upd) return upd.error();
  upd->bind_all(r.id_number, type, std::string(core::benefit_status_code(applied.benefit.status)),
                applied.benefit.monthly_amount_fen, applied.benefit.next_review);
  if (auto s = upd->run(); !s) return s.error();
  auto steps = steps_json(applied.review);
  if (!steps) return steps.error();
  auto ins = db_.prepare(
      "INSERT INTO benefit_reviews(id_number, benefit_type, reviewed_on, who, recorded_at, steps, outcome, reason, "
      "effective_month, amount_before_fen, amount_after_fen, next_review_after) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (!ins) return ins.error();
  const core::AnnualReview& a = applied.review;
  ins->bind_all(a.id_number, type, a.reviewed_on, a.who, a.recorded_at, steps.value(),
                std::string(core::review_outcome_code(a.outcome)), a.reason, a.effective_month, a.amount_before_fen,
                a.amount_after_fen, a.next_review_after);
  if (auto s = ins->run(); !s) return s.error();
  if (auto s = tx->commit(); !s) return s.error();
  out.applied = std::move(applied);
  return out;
}

}  // namespace store
