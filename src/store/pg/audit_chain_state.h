#pragma once
// What one PostgreSQL connection knows of its own audit chain (pg/audit_chains.h): which chain it
// writes, the last link the server has committed, and a link written inside a transaction that
// has not ended yet. Plain data, kept in the pg::Session; pg/audit_chains.cpp reads and moves it.
#include <cstdint>
#include <optional>
#include <string>

namespace store::pg {

struct AuditLink {
  std::int64_t seq = 0;  // 0: the chain has no row yet
  std::string chain;     // the link of row `seq` (the chain's start token while seq is 0)
};

struct AuditChainState {
  std::string chain_id;  // '' until the connection writes its first audit row (or after a failure)
  int generation = 0;    // the Session's generation the chain began in: a reconnect ends it
  AuditLink tip;         // committed
  std::optional<AuditLink> pending;  // written in transaction pending_serial, not yet committed
  long pending_serial = 0;
};

}  // namespace store::pg
