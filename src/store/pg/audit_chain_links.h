#pragma once
// The PostgreSQL audit chains linked to one another (issue 21), so that deleting a whole chain —
// every row and its head — shows; a chain alone cannot tell, nothing else names it.
//
// - Each chain started since schema version 19 has a place (audit_chains.ordinal: 1, 2, …) and a
//   start MAC over the previous chain's start MAC, its place, its id, when and by whom it began.
// - audit_chain_tail (one row) names the last place, MACed with that chain's start MAC: deleting
//   the newest chains shows too.
// - Starting a chain takes a transaction-level advisory lock, reads the tail and writes the head
//   and the new tail: a few round trips, once per connection (and after a failure). A kiosk's
//   pipelined look-up starts its connection's chain first (store/status_query.cpp).
// Chains from before version 19 have no place: they are checked row by row as before, and counted.
// Not seen: the newest chains deleted together with the tail put back as it was before them (a
// copy kept from then); only a copy of the log kept elsewhere catches that.
#include <optional>
#include <string>

#include "base/result.h"
#include "store/audit_chain.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store::pg {

// Starts a new chain `chain_id` at its place after the last one: head (last_seq 0) and tail, in
// the caller's transaction or one of its own. `at`/`who` as the chain's first row has them.
base::Status start_linked_chain(Database& db, const HallKey::Bytes& chain_key, const std::string& chain_id,
                                const std::string& at, const std::string& who);

// The chains' order checked in the caller's snapshot: every place from 1 to the tail's present,
// each start MAC right. The first break, or nullopt.
base::Result<std::optional<AuditChainBreak>> check_chain_links(Database& db, const HallKey::Bytes& chain_key);

}  // namespace store::pg
