#include "store/audit_log.h"

#include <algorithm>

#include <unistd.h>

#include "store/audit_chain.h"
#include "store/pg/audit_chains.h"

namespace store {
namespace {

// The audit file's one table, as the store file held it up to schema version 7.
constexpr const char* kAuditSchema = R"sql(
CREATE TABLE IF NOT EXISTS audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  who        TEXT NOT NULL,
  whose_hash TEXT NOT NULL,
  why        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_whose ON audit_log(whose_hash, at);
)sql";

// Tamper evidence (store/audit_chain.h): each row's link, and the last link MACed with its id.
constexpr const char* kChainColumn = "ALTER TABLE audit_log ADD COLUMN chain TEXT NOT NULL DEFAULT ''";
constexpr const char* kHeadTable = R"sql(
CREATE TABLE IF NOT EXISTS audit_head (
  one     INTEGER PRIMARY KEY CHECK (one = 1),
  last_id INTEGER NOT NULL,
  mac     TEXT NOT NULL
);
)sql";

base::Result<bool> has_chain_column(Database& db) {
  auto st = db.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'chain'");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  return st->int64(0) > 0;
}

bool folder_writable(const std::filesystem::path& file) {
  const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  return ::access(folder.c_str(), W_OK) == 0;
}

base::Result<Database> open_audit_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec) && !folder_writable(file))
    return base::Error{"the audit log " + file.string() + " cannot be made: its folder is read-only"};
  auto db = Database::open(file);
  if (!db) return db.error();
  if (auto s = db->exec("PRAGMA synchronous=NORMAL"); !s) return s.error();
  // On a read-only file this writes nothing when the table is there; the first insert then fails
  // with SQLite's "readonly database".
  if (auto s = db->exec(kAuditSchema); !s) return base::Error{"audit log " + file.string() + ": " + s.error().message};
  auto chained = has_chain_column(db.value());
  if (!chained) return base::Error{"audit log " + file.string() + ": " + chained.error().message};
  if (!chained.value()) {
    if (auto s = db->exec(kChainColumn); !s) return base::Error{"audit log " + file.string() + ": " + s.error().message};
  }
  if (auto s = db->exec(kHeadTable); !s) return base::Error{"audit log " + file.string() + ": " + s.error().message};
  return db;
}

}  // namespace

std::filesystem::path audit_file_of(const std::filesystem::path& store_file) {
  return std::filesystem::path(store_file.string() + ".audit");
}

base::Result<Database*> audit_database(Database& store) {
  if (store.is_postgres()) return &store;
  if (Database* open = store.audit_connection()) return open;
  auto db = open_audit_file(audit_file_of(store.file()));
  if (!db) return db.error();
  store.keep_audit_connection(std::move(db.value()));
  return store.audit_connection();
}

base::Status move_audit_rows_out(Database& store) {
  auto audit = audit_database(store);
  if (!audit) return audit.error();
  Database& to = *audit.value();
  auto rows = store.prepare("SELECT id, at, who, whose_hash, why FROM audit_log ORDER BY id");
  if (!rows) return rows.error();
  auto tx = Transaction::begin(to);
  if (!tx) return tx.error();
  auto same_id = to.prepare("INSERT OR IGNORE INTO audit_log(id, at, who, whose_hash, why) VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!same_id) return same_id.error();
  auto moved = to.prepare(
      "SELECT count(*) FROM audit_log WHERE id = ?1 AND at = ?2 AND who = ?3 AND whose_hash = ?4 AND why = ?5");
  if (!moved) return moved.error();
  auto new_id = to.prepare("INSERT INTO audit_log(at, who, whose_hash, why) VALUES(?1, ?2, ?3, ?4)");
  if (!new_id) return new_id.error();
  for (;;) {
    auto row = rows->step();
    if (!row) return row.error();
    if (!row.value()) break;
    const std::int64_t id = rows->int64(0);
    const std::string at = rows->text(1), who = rows->text(2), whose = rows->text(3), why = rows->text(4);
    same_id->bind_all(id, at, who, whose, why);
    if (auto s = same_id->run(); !s) return s;
    if (to.changes() == 1) continue;
    // That id is taken: by this very row (an interrupted migration copied it already), or by
    // another one (an audit file that was already there) — then the row gets a new id.
    moved->bind_all(id, at, who, whose, why);
    auto found = moved->step();
    if (!found) return found.error();
    const bool already = moved->int64(0) > 0;
    moved->reset();
    if (already) continue;
    new_id->bind_all(at, who, whose, why);
    if (auto s = new_id->run(); !s) return s;
  }
  rows->reset();
  return tx->commit();
}

base::Status AuditLog::record(const std::string& at, const std::string& who, const std::string& id_number,
                              const std::string& why) {
  return record_many(at, who, {id_number}, why);
}

base::Status AuditLog::record_many(const std::string& at, const std::string& who, const std::vector<std::string>& id_numbers,
                                   const std::string& why) {
  if (id_numbers.empty()) return base::ok();
  auto to = audit_database(db_);
  if (!to) return to.error();
  Database& log = *to.value();
  // In hash order: the rows of one look go in together, and the index by person (audit_log_by_whose)
  // then takes them in its own order, each of its pages touched once instead of once per row
  // (bench/roster_export_bench: 50,000 people on a growing log).
  std::vector<std::string> whose;
  whose.reserve(id_numbers.size());
  for (const auto& id : id_numbers) whose.push_back(audit_hash_of_id(key_, id));
  std::sort(whose.begin(), whose.end());
  if (log.is_postgres()) {
    if (whose.size() == 1) return pg::record_chained(log, key_, AuditRow{0, at, who, whose.front(), why, ""});
    return pg::record_chained_many(log, key_, AuditRow{0, at, who, "", why, ""}, whose);
  }
  // Each link needs the previous row's: read and written under one write lock.
  auto tx = Transaction::begin(log);
  if (!tx) return tx.error();
  AuditRow row{0, at, who, "", why, ""};
  std::string previous;
  {
    auto last = log.cached("SELECT id, chain FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!last) return last.error();
    auto found = (*last)->step();
    if (!found) return found.error();
    if (found.value()) {
      row.id = (*last)->int64(0);
      previous = (*last)->text(1);
    }
    (*last)->reset();
  }
  const auto chain_key = key_.derive(kPurposeAuditChain);
  auto insert = log.cached("INSERT INTO audit_log(id, at, who, whose_hash, why, chain) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!insert) return insert.error();
  for (auto& hash : whose) {
    row.id += 1;
    row.whose_hash = std::move(hash);
    row.chain = audit_chain_link(chain_key, previous, row);
    (*insert)->bind_all(row.id, row.at, row.who, row.whose_hash, row.why, row.chain);
    if (auto s = (*insert)->run(); !s) return s;
    previous = row.chain;
  }
  auto head = log.cached(
      "INSERT INTO audit_head(one, last_id, mac) VALUES(1, ?1, ?2) ON CONFLICT(one) DO UPDATE SET last_id = ?1, mac = ?2");
  if (!head) return head.error();
  (*head)->bind_all(row.id, audit_head_mac(chain_key, row.id, row.chain));
  if (auto s = (*head)->run(); !s) return s;
  return tx->commit();
}

base::Result<std::vector<AuditRow>> AuditLog::rows_for(const std::string& id_number) {
  auto from = audit_database(db_);
  if (!from) return from.error();
  auto st = from.value()->prepare("SELECT id, at, who, whose_hash, why FROM audit_log WHERE whose_hash = ?1 ORDER BY at, id");
  if (!st) return st.error();
  st->bind(1, audit_hash_of_id(key_, id_number));
  std::vector<AuditRow> rows;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    rows.push_back(AuditRow{st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), ""});
  }
  return rows;
}

base::Result<AuditVerdict> verify_audit_log(Database& store, const HallKey& key) {
  auto from = audit_database(store);
  if (!from) return from.error();
  Database& log = *from.value();
  if (log.is_postgres()) return pg::verify_chains(log, key);
  // One read transaction: rows and head from the same moment while kiosks keep writing.
  if (auto s = log.exec("BEGIN"); !s) return s.error();
  struct EndRead {
    Database& db;
    ~EndRead() { (void)db.exec("COMMIT"); }
  } end_read{log};
  AuditChainCheck check(key.derive(kPurposeAuditChain));
  auto rows = log.prepare("SELECT id, at, who, whose_hash, why, chain FROM audit_log ORDER BY id");
  if (!rows) return rows.error();
  for (;;) {
    auto row = rows->step();
    if (!row) return row.error();
    if (!row.value()) break;
    if (!check.feed(AuditRow{rows->int64(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4), rows->text(5)})) break;
  }
  rows->reset();
  std::optional<std::int64_t> head_id;
  std::string head_mac;
  auto head = log.prepare("SELECT last_id, mac FROM audit_head WHERE one = 1");
  if (!head) return head.error();
  auto found = head->step();
  if (!found) return found.error();
  if (found.value()) {
    head_id = head->int64(0);
    head_mac = head->text(1);
  }
  head->reset();
  AuditVerdict verdict;
  verdict.broken = check.finish(head_id, head_mac);
  verdict.chained = check.chained_rows();
  verdict.unchained = check.unchained_rows();
  return verdict;
}

base::Result<long> AuditLog::count_for(const std::string& id_number) {
  auto from = audit_database(db_);
  if (!from) return from.error();
  auto st = from.value()->cached("SELECT count(*) FROM audit_log WHERE whose_hash = ?1");
  if (!st) return st.error();
  (*st)->bind(1, audit_hash_of_id(key_, id_number));
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

}  // namespace store
