#include "store/roster_import.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/id_number.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/pg/roster_copy.h"
#include "store/residents_table.h"

namespace store {
namespace {

constexpr int kGenderDigit = 16;  // 17th character: odd = male
// Scan all residents when the roster has at least 1/kScanShare as many rows as the store has people.
constexpr std::size_t kScanShare = 8;
constexpr std::size_t kIdLength = 18;
constexpr std::uint64_t kCheckValues = 11;  // check character 0–9 or X

// An ID number as one integer (17 digits, then the check character with X as 10), so the table of
// everyone the store knows holds no heap string per person. Anything else (a lower-case x, an old
// 15-digit number typed in by hand) has no packed form and goes through the string map.
std::optional<std::uint64_t> packed_id(std::string_view id) {
  if (id.size() != kIdLength) return std::nullopt;
  std::uint64_t v = 0;
  for (std::size_t i = 0; i + 1 < kIdLength; ++i) {
    if (id[i] < '0' || id[i] > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(id[i] - '0');
  }
  const char check = id[kIdLength - 1];
  std::uint64_t c = 0;
  if (check >= '0' && check <= '9') c = static_cast<std::uint64_t>(check - '0');
  else if (check == 'X') c = 10;
  else return std::nullopt;
  return v * kCheckValues + c;
}

// A name as 8 bytes: the resolver remembers a hash of each stored name, not the name, so a roster
// naming half a million people costs ~24 bytes a person. When the hashes differ, the stored name
// is read back for the report.
std::uint64_t name_hash(std::string_view name) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Finds or adds each person once per import and remembers their row key and a hash of their
// stored name.
class ResidentResolver {
 public:
  ResidentResolver(Database& db, RosterImportReport& report) : residents_(db), report_(report) {}

  // A roster naming a large share of the store (a monthly payment roster names nearly everyone)
  // reads all keys in one scan into a sorted table; a small one looks people up one by one.
  base::Status prepare(std::size_t rows) {
    auto total = residents_.count();
    if (!total) return total.error();
    complete_ = rows * kScanShare >= static_cast<std::size_t>(total.value());
    if (!complete_) return base::ok();
    everyone_.reserve(static_cast<std::size_t>(total.value()));
    auto s = residents_.for_each_key([this](std::string_view id, std::int64_t key, std::string_view name) {
      if (auto packed = packed_id(id)) everyone_.push_back({*packed, Known{key, name_hash(name)}});
      else others_.emplace(std::string(id), Known{key, name_hash(name)});
    });
    if (!s) return s;
    std::sort(everyone_.begin(), everyone_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return base::ok();
  }

  base::Result<std::int64_t> ensure(int line, const std::string& id, const std::string& name) {
    std::optional<Known> known = find_known(id);
    if (!known) {
      // Not in the table of everyone the store held at the start: added earlier in this import,
      // or new. Asking the store (one indexed look-up) instead of remembering each added person
      // keeps memory independent of the roster's length.
      auto found = residents_.find_key(id);
      if (!found) return found.error();
      std::optional<ResidentsTable::KeyAndName> stored = std::move(found.value());
      if (!stored) {
        auto key = insert(id, name);
        if (!key) return key.error();
        stored = ResidentsTable::KeyAndName{key.value(), name};
      }
      known = Known{stored->key, name_hash(stored->name)};
    }
    if (known->name_hash != name_hash(name)) {
      auto stored = residents_.find_key(id);
      if (!stored) return stored.error();
      const std::string stored_name = stored.value() ? stored.value()->name : std::string();
      if (stored_name != name) {
        ++report_.name_mismatch_count;
        if (report_.name_mismatches.size() < kMaxNameMismatchesKept)
          report_.name_mismatches.push_back({line, id, name, stored_name});
      }
    }
    return known->key;
  }

 private:
  struct Known {
    std::int64_t key = 0;
    std::uint64_t name_hash = 0;
  };

  std::optional<Known> find_known(const std::string& id) const {
    if (auto packed = packed_id(id)) {
      auto it = std::lower_bound(everyone_.begin(), everyone_.end(), *packed,
                                 [](const auto& entry, std::uint64_t v) { return entry.first < v; });
      if (it != everyone_.end() && it->first == *packed) return it->second;
    }
    auto it = others_.find(id);
    if (it == others_.end()) return std::nullopt;
    return it->second;
  }

  base::Result<std::int64_t> insert(const std::string& id, const std::string& name) {
    core::Resident r;
    r.id_number = id;
    r.name = name;
    if (auto b = base::birth_date_of(id)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
      r.birth = buf;
    }
    r.gender = ((id[kGenderDigit] - '0') % 2 == 1) ? "男" : "女";
    auto key = residents_.insert(r);
    if (key) ++report_.new_residents;
    return key;
  }

  ResidentsTable residents_;
  RosterImportReport& report_;
  // Everyone in the store when the import began (complete_ only), sorted by packed ID number.
  std::vector<std::pair<std::uint64_t, Known>> everyone_;
  // Residents of the store at the start whose IDs have no packed form (complete_ only).
  std::unordered_map<std::string, Known> others_;
  bool complete_ = false;  // everyone_ and others_ hold every resident the store had at the start
};

// A county's payments B-tree (a million rows: ~80 MB) outgrows the connection's usual page cache.
// The import raises the cache for its own duration (pages are allocated as used, so a small roster
// costs nothing extra), to 32 MB: a larger one saved re-reads of payment leaves but let a 50 MB
// roster's import reach 140 MB of memory (issue 16: <= 64 MB); beyond 32 MB SQLite spills dirty
// pages to the WAL mid-transaction, still all or nothing.
constexpr int kImportCacheSizeKiB = 32768;

// The settings of one bulk write: the large cache, and the copy of its WAL frames back into the
// database file left to the next idle moment (Database::checkpoint_when_idle, or the last
// connection closing). The import is durable when its commit returns: the WAL is synced
// (synchronous=FULL); the checkpoint would write the same ~80 MB a second time.
class BulkWriteScope {
 public:
  explicit BulkWriteScope(Database& db) : db_(db) {
    (void)db_.exec("PRAGMA cache_size=-" + std::to_string(kImportCacheSizeKiB));
    db_.defer_checkpoints(true);
  }
  ~BulkWriteScope() {
    db_.defer_checkpoints(false);
    (void)db_.exec("PRAGMA cache_size=-" + std::to_string(kCacheSizeKiB));
  }
  BulkWriteScope(const BulkWriteScope&) = delete;
  BulkWriteScope& operator=(const BulkWriteScope&) = delete;

 private:
  Database& db_;
};

void count(RosterImportReport& r, Upsert u) {
  ++r.rows;
  if (u == Upsert::Inserted) ++r.inserted;
  else if (u == Upsert::Updated) ++r.updated;
  else ++r.unchanged;
}

}  // namespace

struct RosterWriter::State {
  explicit State(Database& db) : bulk(db), people(db, report), benefits(db), payments(db) {}
  RosterImportReport report;
  BulkWriteScope bulk;
  std::optional<Transaction> tx;
  ResidentResolver people;
  BenefitsTable benefits;
  PaymentsTable payments;
  // PostgreSQL: the rows go by COPY and set-based statements (pg/roster_copy.h). Declared after
  // tx: an unfinished copy ends before the transaction rolls back.
  std::unique_ptr<pg::RosterCopy> copy;
};

RosterWriter::RosterWriter(Database& db) : db_(db) {}
RosterWriter::~RosterWriter() = default;

base::Status RosterWriter::start(std::size_t rows) {
  state_ = std::make_unique<State>(db_);
  // An import reported as done must survive a power cut: its commit syncs the WAL.
  if (auto s = db_.set_synchronous_full(true); !s) return s.error();
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  state_->tx.emplace(std::move(tx.value()));
  if (db_.is_postgres()) {
    state_->copy = std::make_unique<pg::RosterCopy>(*db_.postgres());
    return base::ok();
  }
  return state_->people.prepare(rows);
}

base::Status RosterWriter::add(const core::BenefitRollRow& row) {
  if (state_->copy) return state_->copy->add(row);
  if (auto key = state_->people.ensure(row.line, row.benefit.id_number, row.name); !key) return key.error();
  auto u = state_->benefits.upsert(row.benefit);
  if (!u) return base::Error{"line " + std::to_string(row.line) + ": " + u.error().message};
  count(state_->report, u.value());
  return base::ok();
}

base::Status RosterWriter::add(const core::PaymentRosterRow& row) {
  if (state_->copy) return state_->copy->add(row);
  auto key = state_->people.ensure(row.line, row.payment.id_number, row.name);
  if (!key) return key.error();
  auto u = state_->payments.upsert_for(key.value(), row.payment);
  if (!u) return base::Error{"line " + std::to_string(row.line) + ": " + u.error().message};
  count(state_->report, u.value());
  return base::ok();
}

base::Result<RosterImportReport> RosterWriter::commit() {
  if (state_->copy) {
    auto written = state_->copy->finish();
    if (!written) return written.error();
    state_->report = std::move(written.value());
  }
  if (auto s = state_->tx->commit(); !s) return s.error();
  RosterImportReport report = std::move(state_->report);
  state_.reset();
  return report;
}

base::Result<RosterImportReport> import_roster(Database& db, const core::Roster& roster) {
  if (db.is_postgres()) {
    RosterWriter writer(db);
    if (auto s = writer.start(roster.row_count()); !s) return s.error();
    for (const auto& row : roster.benefits)
      if (auto s = writer.add(row); !s) return s.error();
    for (const auto& row : roster.payments)
      if (auto s = writer.add(row); !s) return s.error();
    return writer.commit();
  }
  RosterImportReport report;
  BulkWriteScope bulk(db);
  // An import reported as done must survive a power cut: its commit syncs the WAL.
  if (auto s = db.set_synchronous_full(true); !s) return s.error();
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  ResidentResolver people(db, report);
  if (auto s = people.prepare(roster.row_count()); !s) return s.error();
  if (roster.kind == core::RosterKind::BenefitRoll) {
    BenefitsTable table(db);
    for (const auto& row : roster.benefits) {
      if (auto key = people.ensure(row.line, row.benefit.id_number, row.name); !key) return key.error();
      auto u = table.upsert(row.benefit);
      if (!u) return base::Error{"line " + std::to_string(row.line) + ": " + u.error().message};
      count(report, u.value());
    }
  } else {
    PaymentsTable table(db);
    // Writing in resident-key order walks the payments index from left to right instead of
    // jumping to a random page for every row.
    std::vector<std::pair<std::int64_t, const core::PaymentRosterRow*>> ordered;
    ordered.reserve(roster.payments.size());
    for (const auto& row : roster.payments) {
      auto key = people.ensure(row.line, row.payment.id_number, row.name);
      if (!key) return key.error();
      ordered.emplace_back(key.value(), &row);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [key, row] : ordered) {
      auto u = table.upsert_for(key, row->payment);
      if (!u) return base::Error{"line " + std::to_string(row->line) + ": " + u.error().message};
      count(report, u.value());
    }
  }
  if (auto s = tx->commit(); !s) return s.error();
  return report;
}

}  // namespace store
