#pragma once
// audit_log: one row per look-up of a person's data — who looked (kiosk or staff id), when, whose
// (the ID number as a keyed hash under the hall key's "audit-id" sub-key, never in clear) and why
// (kiosk check, intake, review).
//
// Where the rows live: on PostgreSQL, the hall store's table audit_log (MVCC: a look-up's insert
// never waits for an import). On SQLite, the table audit_log of a file of its own beside the store,
// `<store>.audit` (schema version 9 moved it there), written on a connection of its own: SQLite has
// one write lock per file, and a roster import holds the store's for its whole all-or-nothing
// transaction (a million rows: tens of seconds), so an audit row in the store file made every
// kiosk look-up wait for the import. A backup of a SQLite store is both files.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/audit_chain.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store {

inline constexpr const char* kWhyKioskCheck = "kiosk check";
inline constexpr const char* kWhyIntake = "intake";
inline constexpr const char* kWhyReview = "review";
inline constexpr const char* kWhyCommandLine = "command line";
inline constexpr const char* kWhyAuditShow = "audit show";
inline constexpr const char* kWhyRosterExport = "roster export";

// The audit file of a SQLite store file: "<store>.audit".
std::filesystem::path audit_file_of(const std::filesystem::path& store_file);

// The connection the audit log of `store` is written on: a PostgreSQL store itself; for a SQLite
// store, the audit file's connection, opened (the file and its table made if missing) on first use
// and kept by `store`. Its commits run at synchronous=NORMAL: a power cut may lose the last audit
// rows, never corrupt the file (syncing the disk for each would cost every card read milliseconds).
// An audit file that cannot be written (read-only file or folder) gives an error that says
// "read-only".
base::Result<Database*> audit_database(Database& store);

// Schema version 9's step on SQLite: copies the store file's audit_log rows into the audit file
// (committed there before the caller drops the table, so an interrupted migration copies again
// without doubling a row). Called inside the migration's transaction, which holds the store's
// write lock, so no row is added meanwhile.
base::Status move_audit_rows_out(Database& store);

// What `onewindow audit verify` finds: how many rows are chained, how many came before chaining
// began, and the first row changed, deleted or inserted (store/audit_chain.h). Reads every row
// once, in id order, holding only two at a time. On PostgreSQL each connection writes a chain of
// its own, walked chain by chain (store/pg/audit_chains.h).
struct AuditVerdict {
  std::int64_t chained = 0;
  std::int64_t unchained = 0;
  std::optional<AuditChainBreak> broken;
};
base::Result<AuditVerdict> verify_audit_log(Database& store, const HallKey& key);

class AuditLog {
 public:
  AuditLog(Database& db, const HallKey& key) : db_(db), key_(key) {}
  base::Status record(const std::string& at, const std::string& who, const std::string& id_number,
                      const std::string& why);
  // One look at many people's data at once (a payment roster names everyone in it): a row each, in
  // one transaction — all or none. Nothing for an empty list.
  base::Status record_many(const std::string& at, const std::string& who, const std::vector<std::string>& id_numbers,
                           const std::string& why);
  // How many look-ups of this ID number were logged (for a technician holding the key).
  base::Result<long> count_for(const std::string& id_number);
  // Every look-up of this ID number, oldest first: for a resident who asks who looked at their data.
  base::Result<std::vector<AuditRow>> rows_for(const std::string& id_number);
  // Every row (tests, technicians): the connection that holds them.
  base::Result<Database*> rows() { return audit_database(db_); }

 private:
  Database& db_;
  const HallKey& key_;
};

}  // namespace store
