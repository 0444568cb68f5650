#include "store/discovery_list.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace store {
namespace {

using core::EligibilityKind;
using core::EligibilityRule;

// " AND NOT EXISTS (… holds one of `types` still paid or suspended)", its parameters from `first`.
std::string holds_none(const std::vector<core::BenefitType>& types, int first, const char* who = "r.id_number") {
  if (types.empty()) return "";
  std::string sql = std::string(" AND NOT EXISTS (SELECT 1 FROM benefits h WHERE h.id_number = ") + who +
                    " AND h.status <> 'ended' AND h.benefit_type IN (";
  for (std::size_t i = 0; i < types.size(); ++i) sql += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
  return sql + "))";
}

std::string placeholders(std::size_t n, int first) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
  return s;
}

void bind_types(Statement& st, const std::vector<core::BenefitType>& types, int first) {
  for (std::size_t i = 0; i < types.size(); ++i)
    st.bind(first + static_cast<int>(i), std::string(core::benefit_type_name(types[i])));
}

core::DiscoveryEntry entry(const EligibilityRule& rule, Statement& st) {
  core::DiscoveryEntry e;
  e.rule = rule.code;
  e.item = rule.item;
  e.id_number = st.text(0);
  e.name = st.text(1);
  e.address = st.text(2);
  e.why = rule.reason;
  return e;
}

using Rows = std::vector<core::DiscoveryEntry>;

base::Status run_age(Database& db, const EligibilityRule& rule, const std::string& today, Rows& out) {
  if (!rule.min_age) return base::ok();
  const core::BirthRange range = core::turning_this_month(*rule.min_age, today);
  auto st = db.prepare("SELECT r.id_number, r.name, r.address, r.birth FROM residents r WHERE r.birth >= ?1 AND "
                       "r.birth <= ?2" + holds_none(rule.unless_holding, 3) + " ORDER BY r.address, r.id_number");
  if (!st) return st.error();
  st->bind(1, range.first);
  st->bind(2, range.last);
  bind_types(*st, rule.unless_holding, 3);
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto e = entry(rule, *st);
    e.period = core::month_of_day(today);
    e.facts = {{"birth", st->text(3)}};
    out.push_back(std::move(e));
  }
  return base::ok();
}

base::Status run_cert(Database& db, const EligibilityRule& rule, Rows& out) {
  auto st = db.prepare(
      "SELECT r.id_number, r.name, r.address, r.disability_cert, r.disability_grade FROM residents r "
      "WHERE r.disability_cert <> '' AND r.disability_grade <= ?1" + holds_none(rule.unless_holding, 2) +
      " ORDER BY r.address, r.id_number");
  if (!st) return st.error();
  st->bind(1, rule.max_grade);
  bind_types(*st, rule.unless_holding, 2);
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto e = entry(rule, *st);
    e.facts = {{"disability_cert", st->text(3)}, {"disability_grade", std::to_string(st->integer(4))}};
    out.push_back(std::move(e));
  }
  return base::ok();
}

base::Status run_ended(Database& db, const EligibilityRule& rule, const std::string& today, Rows& out) {
  if (rule.ended.empty()) return base::ok();
  const std::string in = placeholders(rule.ended.size(), 1);
  auto st = db.prepare(
      "SELECT r.id_number, r.name, r.address, b.benefit_type, "
      "coalesce((SELECT max(v.effective_month) FROM benefit_reviews v WHERE v.id_number = b.id_number "
      "AND v.benefit_type = b.benefit_type AND v.outcome = 'end'), ''), "
      "coalesce((SELECT max(p.period) FROM payments p WHERE p.resident = r.id AND p.benefit_type = b.benefit_type), ''), "
      "coalesce((SELECT v.reason FROM benefit_reviews v WHERE v.id_number = b.id_number AND v.benefit_type = b.benefit_type "
      "AND v.outcome = 'end' ORDER BY v.id DESC LIMIT 1), '') "
      "FROM benefits b JOIN residents r ON r.id_number = b.id_number WHERE b.status = 'ended' AND b.benefit_type IN (" +
      in + ")" + holds_none(rule.ended, static_cast<int>(rule.ended.size()) + 1) + " ORDER BY r.address, r.id_number, b.benefit_type");
  if (!st) return st.error();
  bind_types(*st, rule.ended, 1);
  bind_types(*st, rule.ended, static_cast<int>(rule.ended.size()) + 1);
  const std::string since = core::ended_since(today, rule.within_months), now = core::month_of_day(today);
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    // Ended by a 年审: its effective month; ended on a roster: the month after its last payment.
    std::string ended = st->text(4);
    if (ended.empty() && !st->text(5).empty()) ended = core::months_after(st->text(5), 1);
    if (ended.empty() || ended < since || ended > now) continue;
    auto e = entry(rule, *st);
    e.period = ended;
    e.facts = {{"benefit", st->text(3)}, {"ended_month", ended}};
    if (!st->text(6).empty()) e.facts.emplace_back("ended_reason", st->text(6));
    out.push_back(std::move(e));
  }
  return base::ok();
}

base::Status run_failed(Database& db, const EligibilityRule& rule, const std::string& today, Rows& out) {
  // The latest month with a failed payment, if recent: a run ending there (a later month paid
  // would have been newer).
  auto last = db.prepare("SELECT coalesce(max(period), '') FROM payments WHERE status = 'failed'");
  if (!last) return last.error();
  auto row = last->step();
  if (!row) return row.error();
  const std::string newest = last->text(0);
  const std::string month = core::month_of_day(today);
  if (newest.empty() || newest < core::months_after(month, -3) || newest > month) return base::ok();
  const auto months = core::failed_months(newest, rule.months_running);
  auto st = db.prepare(
      "SELECT r.id_number, r.name, r.address, p.benefit_type FROM payments p JOIN residents r ON r.id = p.resident "
      "WHERE p.status = 'failed' AND p.period IN (" + placeholders(months.size(), 1) + ") "
      "AND EXISTS (SELECT 1 FROM benefits b WHERE b.id_number = r.id_number AND b.benefit_type = p.benefit_type "
      "AND b.status <> 'ended') "
      "GROUP BY r.id_number, r.name, r.address, p.benefit_type HAVING count(*) = ?" +
      std::to_string(months.size() + 1) + " ORDER BY r.address, r.id_number, p.benefit_type");
  if (!st) return st.error();
  for (std::size_t i = 0; i < months.size(); ++i) st->bind(static_cast<int>(i + 1), months[i]);
  st->bind(static_cast<int>(months.size() + 1), static_cast<std::int64_t>(months.size()));
  std::string joined;
  for (auto it = months.rbegin(); it != months.rend(); ++it) joined += (joined.empty() ? "" : ",") + *it;
  while (true) {
    auto r = st->step();
    if (!r) return r.error();
    if (!r.value()) break;
    auto e = entry(rule, *st);
    if (auto type = core::benefit_type_from_name(st->text_view(3))) e.item = std::string(core::benefit_item_code(*type));
    e.period = newest;
    e.facts = {{"benefit", st->text(3)}, {"failed_months", joined}};
    out.push_back(std::move(e));
  }
  return base::ok();
}

}  // namespace

base::Result<std::vector<core::DiscoveryEntry>> DiscoveryList::find(const std::vector<core::EligibilityRule>& rules,
                                                                    const std::string& today) {
  Rows out;
  for (const auto& rule : rules) {
    base::Status s = base::ok();
    switch (rule.kind) {
      case EligibilityKind::Age: s = run_age(db_, rule, today, out); break;
      case EligibilityKind::DisabilityCert: s = run_cert(db_, rule, out); break;
      case EligibilityKind::BenefitEnded: s = run_ended(db_, rule, today, out); break;
      case EligibilityKind::PaymentsFailed: s = run_failed(db_, rule, today, out); break;
    }
    if (!s) return s.error();
  }
  auto st = db_.prepare("SELECT rule, id_number, period, mark, who, at, note FROM discovery_marks");
  if (!st) return st.error();
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> index;
  for (std::size_t i = 0; i < out.size(); ++i) index[{out[i].rule, out[i].id_number, out[i].period}] = i;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto it = index.find({st->text(0), st->text(1), st->text(2)});
    if (it == index.end()) continue;
    core::DiscoveryEntry& e = out[it->second];
    e.mark = core::discovery_mark_from_code(st->text_view(3));
    e.marked_by = st->text(4);
    e.marked_at = st->text(5);
    e.note = st->text(6);
  }
  return out;
}

base::Status DiscoveryList::mark(const Mark& m) {
  auto known = db_.prepare("SELECT count(*) FROM residents WHERE id_number = ?1");
  if (!known) return known.error();
  known->bind(1, m.id_number);
  auto row = known->step();
  if (!row) return row.error();
  if (known->int64(0) == 0) return base::Error{"no resident " + m.id_number + " in the store"};
  auto st = db_.prepare(
      "INSERT INTO discovery_marks(rule, id_number, period, mark, who, at, note) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
      "ON CONFLICT(rule, id_number, period) DO UPDATE SET mark = excluded.mark, who = excluded.who, at = excluded.at, "
      "note = excluded.note");
  if (!st) return st.error();
  st->bind_all(m.rule, m.id_number, m.period, std::string(core::discovery_mark_code(m.mark)), m.who, m.at, m.note);
  return st->run();
}

}  // namespace store
