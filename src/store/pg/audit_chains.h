#pragma once
// The audit log's tamper evidence on a PostgreSQL store (issue 21; store/audit_chain.h has the
// keyed hash and the SQLite audit file's single chain). Many terminals write audit_log at once, and
// a kiosk look-up is one pipelined round trip (store/status_query.cpp), so a row cannot read the
// row before it: each connection writes a chain of its own.
//
// - A connection's first audit row starts a chain: a random chain id, and a row in audit_chains
//   (who started it, when, from which address), linked after the chain started before it
//   (store/pg/audit_chain_links.h, schema version 19).
// - Each row carries chain_id, seq (1, 2, …) and chain, the keyed link of the previous link
//   (for seq 1: "chain:" + the id) and of its own columns with seq in place of the row id.
// - The head row keeps the chain's last seq, MACed with the last link (audit_head_mac); the same
//   statement that inserts a row moves it, so cutting the last rows off a chain shows.
// - The connection keeps its last link in memory (pg::AuditChainState, in the Session): the link a
//   transaction wrote becomes the tip only once that transaction committed. After any failure
//   (a refused row, a rollback, a lost connection, a COMMIT the server answered "ROLLBACK") and
//   after every reconnect (a crashed server may have lost the last asynchronous commits) the
//   connection starts a new chain rather than guess which rows the server kept.
// Rows from before schema version 15 (chain_id NULL, id up to meta 'audit_unchained_upto') are
// counted, not checked. A whole chain deleted with its head shows in the chains' order.
#include <vector>

#include "base/result.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store::pg {

// Writes `row` (its id is ignored) on the PostgreSQL store `db`, linked into this connection's
// chain. While the Session plans a round trip (Session::PlanScope) it changes nothing, so the
// same call made again for real sends the same values.
base::Status record_chained(Database& db, const HallKey& key, const AuditRow& row);

// Writes one row per hashed ID number in `whose`, each with `look`'s time, who and why, linked into
// this connection's chain, 2,000 to a statement, inside the caller's transaction or one of its
// own: all or none. Not while planning.
base::Status record_chained_many(Database& db, const HallKey& key, const AuditRow& look, const std::vector<std::string>& whose);

// Starts this connection's chain if it has none (store/pg/audit_chain_links.h: a few round trips),
// so that a round trip planned next can carry audit rows. `at`/`who`: the first row's.
base::Status ready_chain(Database& db, const HallKey& key, const std::string& at, const std::string& who);

// Walks every chain by seq in one snapshot (chains in the order of their first row) and finds the
// first row changed, inserted or deleted, links cut off a chain's end, or a head deleted or
// changed (store/audit_chain.h AuditChainBreak, with chain and link). Reads rows in batches.
base::Result<AuditVerdict> verify_chains(Database& db, const HallKey& key);

}  // namespace store::pg
