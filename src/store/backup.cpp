#include "store/backup.h"

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

#include "store/schema.h"

namespace store {
namespace {

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

base::Result<Connection> open_raw(const std::string& uri, int flags, const std::string& what) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(uri.c_str(), &raw, flags | SQLITE_OPEN_URI, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    return base::Error{"cannot open " + what + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))};
  }
  sqlite3_busy_timeout(db.get(), 5000);
  return db;
}

// Runs the backup in steps of 256 pages, sleeping briefly when a writer holds the lock: a counter's
// commit waits milliseconds for us, not the whole copy.
base::Status run_backup(sqlite3* from, sqlite3* to, const std::string& what) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (!b) return base::Error{what + ": " + sqlite3_errmsg(to)};
  int rc = SQLITE_OK;
  int busy_rounds = 0;
  do {
    rc = sqlite3_backup_step(b, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      if (++busy_rounds > 600) break;  // 30 s of a lock never released
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) {
    return base::Error{what + ": " + (rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                          ? std::string("the store stayed locked for 30 seconds; try again when it is quieter")
                                          : std::string(sqlite3_errstr(rc)))};
  }
  return base::ok();
}

std::string immutable_uri(const std::filesystem::path& file) {
  // Percent-encode what a URI path may not hold as it is.
  std::string out = "file:";
  for (unsigned char c : file.string()) {
    if (c == '%' || c == '?' || c == '#' || c <= 0x20) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "?immutable=1";
}

base::Result<long long> count_rows(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return base::Error{sqlite3_errmsg(db)};
  long long n = 0;
  if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

}  // namespace

base::Status copy_sqlite_file(sqlite3* from, const std::filesystem::path& to) {
  auto dest = open_raw(to.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, to.string());
  if (!dest) return dest.error();
  return run_backup(from, dest->get(), "backing up to " + to.string());
}

base::Result<BackupInfo> inspect_backup(const std::filesystem::path& file) {
  const std::string name = file.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return base::Error{name + " is not a file"};
  auto db = open_raw(immutable_uri(file), SQLITE_OPEN_READONLY, name);
  if (!db) return db.error();
  {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db->get(), "PRAGMA quick_check", -1, &st, nullptr) != SQLITE_OK) {
      return base::Error{name + " is not a onewindow backup (" + sqlite3_errmsg(db->get()) + ")"};
    }
    const bool ok = sqlite3_step(st) == SQLITE_ROW &&
                    std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok";
    sqlite3_finalize(st);
    if (!ok) return base::Error{name + " is damaged (SQLite's quick_check failed); use an older backup"};
  }
  BackupInfo info;
  auto version = count_rows(db->get(), "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'version'");
  auto compatible = count_rows(db->get(), "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'compatible_version'");
  if (!version || !compatible || *version == 0) return base::Error{name + " is not a onewindow store (no schema version)"};
  info.version = static_cast<int>(*version);
  info.compatible = static_cast<int>(*compatible);
  if (info.compatible > kSchemaVersion) {
    return base::Error{name + " was written by a newer onewindow (schema " + std::to_string(info.version) +
                       "); upgrade onewindow before restoring it"};
  }
  auto apps = count_rows(db->get(), "SELECT count(*) FROM applications");
  auto people = count_rows(db->get(), "SELECT count(*) FROM residents");
  if (!apps || !people) return base::Error{name + " is not a onewindow store (its tables are missing)"};
  info.applications = *apps;
  info.residents = *people;
  return info;
}

base::Result<BackupInfo> count_contents(Database& store) {
  BackupInfo info;
  for (auto [sql, out] : {std::pair{"SELECT count(*) FROM residents", &info.residents},
                          std::pair{"SELECT count(*) FROM applications", &info.applications}}) {
    auto st = store.prepare(sql);
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    *out = static_cast<long long>(st->int64(0));
  }
  return info;
}

base::Status restore_sqlite_file(const std::filesystem::path& file, sqlite3* into) {
  auto from = open_raw(immutable_uri(file), SQLITE_OPEN_READONLY, file.string());
  if (!from) return from.error();
  return run_backup(from->get(), into, "restoring " + file.string());
}

}  // namespace store
