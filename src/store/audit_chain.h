#pragma once
// The audit log's tamper evidence (issue 21): every row carries `chain`, a keyed hash (BLAKE2b
// under the hall key's "audit-chain" sub-key) of the previous row's chain and of its own columns,
// so changing, deleting or inserting a row by hand breaks the chain at that row, and nobody
// without the hall key can mend it. The last link is also kept, MACed with the row id, in
// `audit_head`: cutting rows off the end shows too. Rows written before chaining began (chain '')
// come first and are counted, not checked.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/hall_key.h"

namespace store {

inline constexpr std::string_view kPurposeAuditChain = "audit-chain";

struct AuditRow {
  std::int64_t id = 0;
  std::string at, who, whose_hash, why;
  std::string chain;  // '' on rows written before chaining began
};

// The chain value of `row` following a row whose chain is `previous` ('' for the first).
std::string audit_chain_link(const HallKey::Bytes& chain_key, std::string_view previous, const AuditRow& row);
// The MAC kept in audit_head for the last row.
std::string audit_head_mac(const HallKey::Bytes& chain_key, std::int64_t last_id, std::string_view last_chain);
// PostgreSQL's chains are linked in the order they were started (store/pg/audit_chain_links.h): a
// chain's start MAC covers the previous chain's, its place and who started it when; the tail MAC
// covers the last chain's place and start MAC.
std::string audit_chain_start_mac(const HallKey::Bytes& chain_key, std::string_view previous_start_mac, std::int64_t ordinal,
                                  std::string_view chain_id, std::string_view started_at, std::string_view who);
std::string audit_chain_tail_mac(const HallKey::Bytes& chain_key, std::int64_t ordinal, std::string_view last_start_mac);

struct AuditChainBreak {
  // HeadDeleted, HeadChanged: a PostgreSQL chain's head row (store/pg/audit_chains.h).
  // PostgreSQL only: ChainDeleted, a whole chain gone with its head (link: its place among the
  // chains; chain: the chain after the gap, '' when the last ones went); ChainsChanged, a chain's
  // start or the chains' tail edited (chain: that chain, '' for the tail).
  enum class Kind { Changed, Deleted, Inserted, CutOff, HeadDeleted, HeadChanged, ChainDeleted, ChainsChanged };
  Kind kind = Kind::Changed;
  // SQLite: the first row changed, deleted or inserted (CutOff: the first row missing at the end).
  // PostgreSQL: the row changed or inserted; for a deleted link the row after the gap, for links
  // cut off the end the last row left (0: none), for a head its chain's first or last row.
  std::int64_t row = 0;
  // PostgreSQL only: the chain (one per connection) and the link's place in it.
  std::string chain;
  std::int64_t link = 0;
};

// Walks rows in id order. Feed every row, then finish() with the head (nullopt when there is none).
class AuditChainCheck {
 public:
  explicit AuditChainCheck(const HallKey::Bytes& chain_key) : key_(chain_key) {}
  // Returns false once a break is found (later rows need not be fed).
  bool feed(const AuditRow& row);
  std::optional<AuditChainBreak> finish(std::optional<std::int64_t> head_last_id, const std::string& head_mac);
  std::int64_t chained_rows() const { return chained_; }
  std::int64_t unchained_rows() const { return legacy_; }

 private:
  bool judge(const AuditRow& row);
  HallKey::Bytes key_;
  std::string previous_chain_;
  std::optional<std::int64_t> previous_id_;
  std::optional<AuditRow> suspect_;  // a row whose link failed: changed, or inserted if the next row links past it
  std::optional<AuditChainBreak> break_;
  std::int64_t chained_ = 0;
  std::int64_t legacy_ = 0;
};

// "row 12 was changed" and the like, for `audit verify` (with the chain and link on PostgreSQL).
std::string describe(const AuditChainBreak& b);

}  // namespace store
