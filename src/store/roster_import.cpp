#include "store/roster_import.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/id_number.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"

namespace store {
namespace {

constexpr int kGenderDigit = 16;  // 17th character: odd = male
// Scan all residents when the roster has at least 1/kScanShare as many rows as the store has people.
constexpr std::size_t kScanShare = 8;

// Finds or adds each person once per import and remembers their row key and stored name.
class ResidentResolver {
 public:
  ResidentResolver(Database& db, RosterImportReport& report) : residents_(db), report_(report) {}

  // A roster naming a large share of the store (a monthly payment roster names nearly everyone)
  // reads all keys in one scan; a small one looks people up one by one.
  core::Status prepare(std::size_t rows) {
    auto total = residents_.count();
    if (!total) return total.error();
    known_.reserve(std::max<std::size_t>(rows, static_cast<std::size_t>(total.value())));
    complete_ = rows * kScanShare >= static_cast<std::size_t>(total.value());
    if (complete_) return residents_.load_all_keys(known_);
    return core::ok();
  }

  core::Result<std::int64_t> ensure(int line, const std::string& id, const std::string& name) {
    auto it = known_.find(id);
    if (it == known_.end()) {
      std::optional<ResidentsTable::KeyAndName> stored;
      if (!complete_) {
        auto found = residents_.find_key(id);
        if (!found) return found.error();
        stored = std::move(found.value());
      }
      if (stored) {
        it = known_.emplace(id, std::move(*stored)).first;
      } else {
        core::Resident r;
        r.id_number = id;
        r.name = name;
        if (auto b = core::birth_date_of(id)) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
          r.birth = buf;
        }
        r.gender = ((id[kGenderDigit] - '0') % 2 == 1) ? "男" : "女";
        auto key = residents_.insert(r);
        if (!key) return key.error();
        ++report_.new_residents;
        it = known_.emplace(id, ResidentsTable::KeyAndName{key.value(), name}).first;
      }
    }
    if (it->second.name != name) report_.name_mismatches.push_back({line, id, name, it->second.name});
    return it->second.key;
  }

 private:
  ResidentsTable residents_;
  RosterImportReport& report_;
  std::unordered_map<std::string, ResidentsTable::KeyAndName> known_;
  bool complete_ = false;  // known_ holds every resident in the store
};

// A county's payments B-tree (a million rows: ~80 MB) outgrows the connection's usual page cache;
// every monthly roster touches nearly all of its leaves, so a cache smaller than that re-reads
// pages and spills dirty ones to the WAL mid-transaction. The import raises the cache for its own
// duration only (pages are allocated as used, so a small roster costs nothing extra).
constexpr int kImportCacheSizeKiB = 262144;

class ImportCacheScope {
 public:
  explicit ImportCacheScope(Database& db) : db_(db) {
    (void)db_.exec("PRAGMA cache_size=-" + std::to_string(kImportCacheSizeKiB));
  }
  ~ImportCacheScope() { (void)db_.exec("PRAGMA cache_size=-" + std::to_string(kCacheSizeKiB)); }
  ImportCacheScope(const ImportCacheScope&) = delete;
  ImportCacheScope& operator=(const ImportCacheScope&) = delete;

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

core::Result<RosterImportReport> import_roster(Database& db, const core::Roster& roster) {
  RosterImportReport report;
  ImportCacheScope cache(db);
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  ResidentResolver people(db, report);
  if (auto s = people.prepare(roster.row_count()); !s) return s.error();
  if (roster.kind == core::RosterKind::BenefitRoll) {
    BenefitsTable table(db);
    for (const auto& row : roster.benefits) {
      if (auto key = people.ensure(row.line, row.benefit.id_number, row.name); !key) return key.error();
      auto u = table.upsert(row.benefit);
      if (!u) return core::Error{"line " + std::to_string(row.line) + ": " + u.error().message};
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
      if (!u) return core::Error{"line " + std::to_string(row->line) + ": " + u.error().message};
      count(report, u.value());
    }
  }
  if (auto s = tx->commit(); !s) return s.error();
  return report;
}

}  // namespace store
