#include "store/pg/roster_copy.h"

#include <cstdio>
#include <cstdlib>

#include "base/id_number.h"
#include "core/domain/benefit.h"

namespace store::pg {
namespace {

constexpr std::size_t kSendBytes = 256 * 1024;
constexpr int kGenderDigit = 16;  // 17th character of an ID number: odd = male

// The temporary tables (dropped at the end of the transaction). Text columns are COLLATE "C" as
// the store's own (store/pg/schema_ddl.h), so comparisons with them are byte by byte.
constexpr const char* kPaymentRows = R"sql(
CREATE TEMP TABLE roster_rows (
  line int, id_number text COLLATE "C", name text COLLATE "C", gender text COLLATE "C", birth text COLLATE "C",
  period text COLLATE "C", benefit_type text COLLATE "C", amount_fen bigint, paid_on text COLLATE "C",
  channel text COLLATE "C", status text COLLATE "C") ON COMMIT DROP)sql";
constexpr const char* kBenefitRows = R"sql(
CREATE TEMP TABLE roster_rows (
  line int, id_number text COLLATE "C", name text COLLATE "C", gender text COLLATE "C", birth text COLLATE "C",
  benefit_type text COLLATE "C", status text COLLATE "C", monthly_amount_fen bigint, since text COLLATE "C",
  next_review text COLLATE "C") ON COMMIT DROP)sql";

// A person first named by this roster, as the row-by-row import adds them: the name of their first
// line, birth date and gender from the ID number; in roster order.
constexpr const char* kNewResidents = R"sql(
INSERT INTO residents(id_number, name, gender, birth)
SELECT id_number, name, gender, birth FROM (
  SELECT DISTINCT ON (id_number) line, id_number, name, gender, birth FROM roster_rows i
  WHERE NOT EXISTS (SELECT 1 FROM residents r WHERE r.id_number = i.id_number)
  ORDER BY id_number, line) first_lines
ORDER BY line)sql";
constexpr const char* kMismatchCount =
    "SELECT count(*) FROM roster_rows i JOIN residents r USING (id_number) WHERE i.name <> r.name";
constexpr const char* kMismatches =
    "SELECT i.line, i.id_number, i.name, r.name FROM roster_rows i JOIN residents r USING (id_number) "
    "WHERE i.name <> r.name ORDER BY i.line LIMIT ";

// The upserts answer how many rows were new and how many changed (xmax is 0 in a row this
// statement inserted); a row whose values are all the same is not written and not returned.
constexpr const char* kPaymentUpsert = R"sql(
WITH written AS (
INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status)
SELECT r.id, i.period, i.benefit_type, i.amount_fen, i.paid_on, i.channel, i.status
FROM roster_rows i JOIN residents r USING (id_number) WHERE i.line BETWEEN $1 AND $2
ORDER BY r.id, i.period, i.benefit_type
ON CONFLICT (resident, period, benefit_type) DO UPDATE
SET amount_fen = EXCLUDED.amount_fen, paid_on = EXCLUDED.paid_on, channel = EXCLUDED.channel, status = EXCLUDED.status
WHERE (payments.amount_fen, payments.paid_on, payments.channel, payments.status)
      IS DISTINCT FROM (EXCLUDED.amount_fen, EXCLUDED.paid_on, EXCLUDED.channel, EXCLUDED.status)
RETURNING xmax = 0 AS inserted)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written)sql";

constexpr const char* kBenefitUpsert = R"sql(
WITH written AS (
INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review)
SELECT id_number, benefit_type, status, monthly_amount_fen, since, next_review FROM roster_rows
WHERE line BETWEEN $1 AND $2 ORDER BY line
ON CONFLICT (id_number, benefit_type) DO UPDATE
SET status = EXCLUDED.status, monthly_amount_fen = EXCLUDED.monthly_amount_fen, since = EXCLUDED.since,
    next_review = EXCLUDED.next_review
WHERE (benefits.status, benefits.monthly_amount_fen, benefits.since, benefits.next_review)
      IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.monthly_amount_fen, EXCLUDED.since, EXCLUDED.next_review)
RETURNING xmax = 0 AS inserted)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written)sql";

// One field of COPY's text format: backslash, tab, newline and carriage return escaped.
void field(std::string& out, std::string_view v) {
  for (char c : v) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

void next(std::string& out, std::string_view v) {
  out += '\t';
  field(out, v);
}

void next(std::string& out, long long v) {
  out += '\t';
  out += std::to_string(v);
}

long long integer(const PGresult* r, int row, int col) { return std::atoll(PQgetvalue(r, row, col)); }

constexpr long long kLastLine = 2147483647;

}  // namespace

RosterCopy::~RosterCopy() { s_.copy_abandon(); }

base::Status RosterCopy::begin(core::RosterKind kind) {
  if (kind_) {
    if (*kind_ != kind) return base::Error{"a roster holds one kind of row"};
    return base::ok();
  }
  kind_ = kind;
  if (auto s = s_.exec(kind == core::RosterKind::PaymentRoster ? kPaymentRows : kBenefitRows); !s) return s;
  return s_.copy_begin("COPY roster_rows FROM STDIN");
}

base::Status RosterCopy::row_start(core::RosterKind kind, int line, const std::string& id, const std::string& name) {
  if (auto s = begin(kind); !s) return s;
  ++rows_;
  buffer_ += std::to_string(line);
  next(buffer_, id);
  next(buffer_, name);
  const bool male = id.size() > kGenderDigit && (id[kGenderDigit] - '0') % 2 == 1;
  next(buffer_, male ? "男" : "女");
  std::string birth;
  if (auto b = base::birth_date_of(id)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
    birth = buf;
  }
  next(buffer_, birth);
  return base::ok();
}

base::Status RosterCopy::flush_if_full() {
  buffer_ += '\n';
  if (buffer_.size() < kSendBytes) return base::ok();
  auto s = s_.copy_send(buffer_);
  buffer_.clear();
  return s;
}

base::Status RosterCopy::add(const core::PaymentRosterRow& row) {
  const auto& p = row.payment;
  if (auto s = row_start(core::RosterKind::PaymentRoster, row.line, p.id_number, row.name); !s) return s;
  next(buffer_, p.period);
  next(buffer_, core::benefit_type_name(p.type));
  next(buffer_, static_cast<long long>(p.amount_fen));
  next(buffer_, p.paid_on);
  next(buffer_, p.channel);
  next(buffer_, core::payment_status_code(p.status));
  return flush_if_full();
}

base::Status RosterCopy::add(const core::BenefitRollRow& row) {
  const auto& b = row.benefit;
  if (auto s = row_start(core::RosterKind::BenefitRoll, row.line, b.id_number, row.name); !s) return s;
  next(buffer_, core::benefit_type_name(b.type));
  next(buffer_, core::benefit_status_code(b.status));
  next(buffer_, static_cast<long long>(b.monthly_amount_fen));
  next(buffer_, b.since);
  next(buffer_, b.next_review);
  return flush_if_full();
}

base::Result<RosterImportReport> RosterCopy::finish() {
  if (!kind_) return RosterImportReport{};
  if (!buffer_.empty()) {
    if (auto s = s_.copy_send(buffer_); !s) return s.error();
    buffer_.clear();
  }
  if (auto s = s_.copy_end(); !s) return s.error();
  // The planner knows nothing of a fresh temporary table: without statistics it guesses a few
  // hundred rows and joins a monthly roster with the payments row by row.
  if (auto s = s_.exec("ANALYZE roster_rows"); !s) return s.error();
  return write_rows();
}

// The store refused a row of the set-based upsert (a CHECK constraint): which line, as the row-by-row
// import says it. Halves the roster's lines, each try undone (ROLLBACK TO SAVEPOINT), until one
// line is left: ~2·log2(rows) round trips, on this failure only. "" when it cannot tell.
template <typename Upsert>
std::string RosterCopy::refused_line(const Upsert& upsert) {
  if (!s_.exec("ROLLBACK TO SAVEPOINT roster_write")) return "";
  auto range = s_.run("", "SELECT min(line), max(line) FROM roster_rows", 0, {}, nullptr);
  if (!range) return "";
  long long lo = integer(range->get(), 0, 0), hi = integer(range->get(), 0, 1);
  while (lo < hi) {
    const long long mid = lo + (hi - lo) / 2;
    const bool refused = !upsert(lo, mid);
    if (!s_.exec("ROLLBACK TO SAVEPOINT roster_write")) return "";
    if (refused) hi = mid;
    else lo = mid + 1;
  }
  return "line " + std::to_string(lo) + ": ";
}

base::Result<RosterImportReport> RosterCopy::write_rows() {
  RosterImportReport report;
  report.rows = rows_;
  auto query = [&](const std::string& sql) { return s_.run("", sql, 0, {}, nullptr); };
  auto added = query(kNewResidents);
  if (!added) return added.error();
  report.new_residents = s_.changes();
  auto mismatches = query(kMismatchCount);
  if (!mismatches) return mismatches.error();
  report.name_mismatch_count = static_cast<long>(integer(mismatches->get(), 0, 0));
  if (report.name_mismatch_count > 0) {
    auto first = query(kMismatches + std::to_string(kMaxNameMismatchesKept));
    if (!first) return first.error();
    const PGresult* r = first->get();
    for (int i = 0; i < PQntuples(r); ++i)
      report.name_mismatches.push_back(
          {static_cast<int>(integer(r, i, 0)), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2), PQgetvalue(r, i, 3)});
  }
  const char* upsert_sql = *kind_ == core::RosterKind::PaymentRoster ? kPaymentUpsert : kBenefitUpsert;
  auto upsert = [&](long long first, long long last) {
    const std::string a = std::to_string(first), b = std::to_string(last);
    return s_.run("", upsert_sql, 0, {a.c_str(), b.c_str()}, nullptr);
  };
  if (auto s = s_.exec("SAVEPOINT roster_write"); !s) return s.error();
  auto written = upsert(0, kLastLine);
  if (!written) return base::Error{refused_line(upsert) + written.error().message};
  report.inserted = static_cast<long>(integer(written->get(), 0, 0));
  report.updated = static_cast<long>(integer(written->get(), 0, 1));
  report.unchanged = report.rows - report.inserted - report.updated;
  return report;
}

}  // namespace store::pg
