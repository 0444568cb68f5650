#include "store/work_queue.h"

#include <algorithm>
#include <map>

#include "core/domain/working_days.h"

namespace store {

namespace {

std::string status_list(bool (*keep)(core::ApplicationStatus)) {
  std::string out;
  for (core::ApplicationStatus s : core::all_application_statuses()) {
    if (!keep(s)) continue;
    if (!out.empty()) out += ", ";
    out += "'" + std::string(core::status_code(s)) + "'";
  }
  return out;
}

// ?1 today, ?2 now, ?3 item ('' any), ?4 status ('' any), ?5 overdue only ('' no), ?6 mine: the
// staff number ('' everybody's). The statuses are written into the text so the planner reads
// applications_by_status; the filters are bound, so one prepared statement serves them all.
std::string filter_sql() {
  return "(?3 = '' OR item_code = ?3) AND (?4 = '' OR status = ?4)"
         " AND (?5 = '' OR (due < ?1 AND status IN (" + status_list(core::awaits_decision) + ")))"
         " AND (?6 = '' OR (claimed_by = ?6 AND lease_until >= ?2))";
}

constexpr const char* kColumns =
    "SELECT uuid, acceptance_no, accepted_at, item_code, applicant_name, applicant_id, status, due, due_provisional,"
    " CASE WHEN lease_until >= ?2 THEN claimed_by ELSE '' END, lease_until FROM applications";

const char* list_sql() {
  static const std::string sql = std::string(kColumns) + " WHERE status IN (" + status_list(core::is_open) +
                                 ") AND " + filter_sql() + " ORDER BY accepted_at, acceptance_no LIMIT ?7";
  return sql.c_str();
}

// ?7 the signed-in staff number (their live claims are counted as "mine").
const char* counts_sql() {
  static const std::string sql =
      "SELECT status, item_code, COUNT(*), SUM(CASE WHEN " + filter_sql() +
      " THEN 1 ELSE 0 END), SUM(CASE WHEN claimed_by = ?7 AND lease_until >= ?2 THEN 1 ELSE 0 END)"
      " FROM applications WHERE status IN (" + status_list(core::is_open) + ") GROUP BY status, item_code";
  return sql.c_str();
}

const char* entry_sql() {
  static const std::string sql = std::string(kColumns) + " WHERE acceptance_no = ?1";
  return sql.c_str();
}

core::QueueEntry read_entry(const Statement& s, const std::string& today) {
  core::QueueEntry e;
  e.application_uuid = s.text(0);
  e.acceptance_no = s.text(1);
  e.accepted_at = s.text(2);
  e.item_code = s.text(3);
  e.applicant_name = s.text(4);
  e.applicant_id = s.text(5);
  e.status = core::status_from_code(s.text_view(6)).value_or(core::ApplicationStatus::Accepted);
  e.due = s.text(7);
  e.due_provisional = s.integer(8) != 0;
  e.claimed_by = s.text(9);
  if (!e.claimed_by.empty()) e.lease_until = s.text(10);
  e.overdue = core::awaits_decision(e.status) && core::is_overdue(e.due, today);
  return e;
}

}  // namespace

base::Result<core::WorkQueue> WorkQueue::read(const QueueQuery& q) {
  if (auto d = core::parse_iso_date(q.today); !d) return base::Error{"queue date: " + d.error().message};
  if (q.limit < 0) return base::Error{"queue limit must not be negative"};
  const std::string status =
      q.filter.status ? std::string(core::status_code(*q.filter.status)) : std::string();
  const std::string overdue = q.filter.overdue_only ? "1" : "";
  const std::string mine = q.filter.mine ? q.staff_no : "";
  if (q.filter.mine && q.staff_no.empty()) return base::Error{"queue: 'mine' needs a staff number"};
  core::WorkQueue out;
  out.filter = q.filter;
  {
    auto st = db_.cached(list_sql());
    if (!st) return st.error();
    (*st)->bind_all(q.today, q.now, q.filter.item_code, status, overdue, mine);
    (*st)->bind(7, static_cast<std::int64_t>(q.limit));
    while (true) {
      auto row = (*st)->step();
      if (!row) return row.error();
      if (!row.value()) break;
      out.entries.push_back(read_entry(**st, q.today));
    }
  }
  auto st = db_.cached(counts_sql());
  if (!st) return st.error();
  (*st)->bind_all(q.today, q.now, q.filter.item_code, status, overdue, mine, q.staff_no);
  std::map<core::ApplicationStatus, long> by_status;
  std::map<std::string, long> by_item;
  while (true) {
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!row.value()) break;
    const auto s = core::status_from_code((*st)->text_view(0));
    if (!s) continue;  // not an open status: the query never returns one
    const long n = static_cast<long>((*st)->int64(2));
    by_status[*s] += n;
    by_item[(*st)->text(1)] += n;
    out.total_open += n;
    out.matching += static_cast<long>((*st)->int64(3));
    out.mine += static_cast<long>((*st)->int64(4));
  }
  for (core::ApplicationStatus s : core::all_application_statuses())
    if (auto it = by_status.find(s); it != by_status.end()) out.by_status.push_back({s, it->second});
  for (const auto& [code, n] : by_item) out.by_item.push_back({code, {}, n});
  return out;
}

base::Result<core::WorkQueue> WorkQueue::open_applications(const std::string& today, int limit) {
  return read(QueueQuery{today, today + " 00:00:00", {}, {}, limit});
}

base::Result<std::optional<core::QueueEntry>> WorkQueue::entry(const std::string& acceptance_no,
                                                               const std::string& today, const std::string& now) {
  auto st = db_.cached(entry_sql());
  if (!st) return st.error();
  (*st)->bind_all(acceptance_no, now);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::QueueEntry>{};
  return std::optional<core::QueueEntry>(read_entry(**st, today));
}

}  // namespace store
