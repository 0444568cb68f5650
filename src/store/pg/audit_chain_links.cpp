#include "store/pg/audit_chain_links.h"

#include <optional>

#include "store/pg/session.h"

namespace store::pg {
namespace {

// One key for every terminal: chain starts take turns (rare: once per connection).
constexpr const char* kLockChainStarts = "SELECT pg_advisory_xact_lock(7340021)";
constexpr const char* kReadTail =
    "SELECT t.ordinal, coalesce(c.start_mac, '') FROM audit_chain_tail t LEFT JOIN audit_chains c ON c.ordinal = t.ordinal";
constexpr const char* kWriteStart = R"sql(
WITH tail AS (INSERT INTO audit_chain_tail(one, ordinal, mac) VALUES(1, ?5, ?7)
              ON CONFLICT (one) DO UPDATE SET ordinal = EXCLUDED.ordinal, mac = EXCLUDED.mac)
INSERT INTO audit_chains(chain_id, started_at, who, last_seq, mac, ordinal, start_mac) VALUES(?1, ?2, ?3, 0, ?4, ?5, ?6))sql";

base::Status start_locked(Database& db, const HallKey::Bytes& chain_key, const std::string& chain_id, const std::string& at,
                          const std::string& who) {
  if (auto s = db.exec(kLockChainStarts); !s) return s;
  std::int64_t previous = 0;
  std::string previous_mac;
  {
    auto st = db.prepare(kReadTail);
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (row.value()) {
      previous = st->int64(0);
      previous_mac = st->text(1);
    }
  }
  const std::int64_t ordinal = previous + 1;
  const std::string start_mac = audit_chain_start_mac(chain_key, previous_mac, ordinal, chain_id, at, who);
  auto st = db.cached(kWriteStart);
  if (!st) return st.error();
  (*st)->bind_all(chain_id, at, who, audit_head_mac(chain_key, 0, "chain:" + chain_id), ordinal, start_mac,
                  audit_chain_tail_mac(chain_key, ordinal, start_mac));
  return (*st)->run();
}

struct LinkedHead {
  std::int64_t ordinal = 0;
  std::string chain_id, started_at, who, start_mac;
};

AuditChainBreak chain_break(AuditChainBreak::Kind kind, std::string chain, std::int64_t ordinal) {
  AuditChainBreak b;
  b.kind = kind;
  b.chain = std::move(chain);
  b.link = ordinal;
  return b;
}

}  // namespace

base::Status start_linked_chain(Database& db, const HallKey::Bytes& chain_key, const std::string& chain_id,
                                const std::string& at, const std::string& who) {
  if (db.postgres()->in_transaction()) return start_locked(db, chain_key, chain_id, at, who);
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  if (auto s = start_locked(db, chain_key, chain_id, at, who); !s) return s;
  return tx->commit();
}

base::Result<std::optional<AuditChainBreak>> check_chain_links(Database& db, const HallKey::Bytes& chain_key) {
  auto st = db.prepare(
      "SELECT ordinal, chain_id, started_at, who, coalesce(start_mac, '') FROM audit_chains WHERE ordinal IS NOT NULL "
      "ORDER BY ordinal");
  if (!st) return st.error();
  std::int64_t expected = 1;
  std::string previous_mac;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    const LinkedHead h{st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4)};
    if (h.ordinal != expected) {
      st->reset();
      return std::optional{chain_break(AuditChainBreak::Kind::ChainDeleted, h.chain_id, expected)};
    }
    if (h.start_mac != audit_chain_start_mac(chain_key, previous_mac, h.ordinal, h.chain_id, h.started_at, h.who)) {
      st->reset();
      return std::optional{chain_break(AuditChainBreak::Kind::ChainsChanged, h.chain_id, h.ordinal)};
    }
    previous_mac = h.start_mac;
    ++expected;
  }
  const std::int64_t last = expected - 1;
  auto tail = db.prepare("SELECT ordinal, mac FROM audit_chain_tail");
  if (!tail) return tail.error();
  auto row = tail->step();
  if (!row) return row.error();
  if (!row.value()) {
    tail->reset();
    if (last == 0) return std::optional<AuditChainBreak>{};  // no linked chain yet
    return std::optional{chain_break(AuditChainBreak::Kind::ChainsChanged, "", last)};
  }
  const std::int64_t tail_ordinal = tail->int64(0);
  const std::string tail_mac = tail->text(1);
  tail->reset();
  // The tail names a later chain than the last one there: the newest chains went, every one.
  if (tail_ordinal > last) return std::optional{chain_break(AuditChainBreak::Kind::ChainDeleted, "", last + 1)};
  if (tail_ordinal < last || tail_mac != audit_chain_tail_mac(chain_key, last, previous_mac))
    return std::optional{chain_break(AuditChainBreak::Kind::ChainsChanged, "", last)};
  return std::optional<AuditChainBreak>{};
}

}  // namespace store::pg
