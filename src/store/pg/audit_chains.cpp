#include "store/pg/audit_chains.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

#include "store/audit_chain.h"
#include "store/pg/audit_chain_links.h"
#include "store/pg/session.h"

namespace store::pg {
namespace {

// Each row moves its chain's head (written when the chain began: store/pg/audit_chain_links.h) in
// the same statement (a data-modifying WITH runs whether or not it is read), so a look-up's
// pipelined round trip stays one round trip.
constexpr const char* kNextLink = R"sql(
WITH head AS (UPDATE audit_chains SET last_seq = ?6, mac = ?8 WHERE chain_id = ?5)
INSERT INTO audit_log(at, who, whose_hash, why, chain_id, seq, chain) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7))sql";

// A batch of rows (AuditLog::record_many: a roster names everyone in it) in one statement each:
// the columns that differ travel as arrays, the head moves to the batch's last link.
constexpr const char* kNextBatch = R"sql(
WITH head AS (UPDATE audit_chains SET last_seq = ?8, mac = ?9 WHERE chain_id = ?5)
INSERT INTO audit_log(at, who, whose_hash, why, chain_id, seq, chain)
SELECT ?1, ?2, w, ?4, ?5, s, c FROM unnest(?3::text[], ?6::bigint[], ?7::text[]) AS t(w, s, c) ORDER BY s)sql";
constexpr std::size_t kBatchRows = 2000;

constexpr std::size_t kChainIdBytes = 16;
// Rows fetched from the cursor at a time while verifying: memory stays bounded on a log of
// millions of rows.
constexpr int kVerifyBatchRows = 4096;

std::string chain_start(const std::string& chain_id) { return "chain:" + chain_id; }

std::string new_chain_id() {
  if (sodium_init() < 0) std::abort();  // libsodium cannot work at all: nothing could be hashed either
  unsigned char bytes[kChainIdBytes];
  randombytes_buf(bytes, sizeof bytes);
  char hex[kChainIdBytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

void abandon_chain(AuditChainState& state) { state = AuditChainState{}; }

// A connection without a chain starts one, linked after the last (a few round trips; never while
// planning one). Started inside a transaction, it is the connection's only once that commits.
base::Status ensure_chain(Database& db, Session& session, AuditChainState& state, const HallKey::Bytes& chain_key,
                          const std::string& at, const std::string& who) {
  if (!state.chain_id.empty()) return base::ok();
  if (session.planning()) return base::Error{"audit log: the connection's audit chain is started before a planned round trip"};
  std::string chain_id = new_chain_id();
  if (auto s = start_linked_chain(db, chain_key, chain_id, at, who); !s) return s;
  state.chain_id = std::move(chain_id);
  state.generation = session.generation();
  state.tip = AuditLink{0, chain_start(state.chain_id)};
  if (session.in_transaction()) {
    state.pending = state.tip;
    state.pending_serial = session.transaction_serial();
  }
  return base::ok();
}

// A link written in a transaction that has ended since: kept (the tip moves to it) if that
// transaction committed, else the chain is given up. So is a chain whose connection was opened
// again since: a server that crashed may have lost the last commits made with
// synchronous_commit = off (a look-up's), rows and head alike, and the client cannot tell which.
void settle(AuditChainState& state, const Session& session) {
  if (!state.chain_id.empty() && state.generation != session.generation()) {
    abandon_chain(state);
    return;
  }
  if (!state.pending) return;
  if (session.in_transaction() && session.transaction_serial() == state.pending_serial) return;
  if (session.committed_serial() == state.pending_serial) {
    AuditLink committed = std::move(*state.pending);
    state.pending.reset();
    state.tip = std::move(committed);
  } else {
    abandon_chain(state);
  }
}

struct Head {
  std::int64_t last_seq = 0;
  std::string mac;
  bool seen = false;
};

// One chain's rows in seq order (then id): the logic of store/audit_chain.cpp's AuditChainCheck,
// by seq instead of row id, within one chain.
class ChainWalk {
 public:
  ChainWalk(const HallKey::Bytes& key, std::string chain_id)
      : key_(key), chain_id_(std::move(chain_id)), previous_(chain_start(chain_id_)) {}

  // False once a break is found.
  bool feed(const AuditRow& row, std::int64_t seq) {
    if (broken_) return false;
    if (first_id_ == 0) first_id_ = row.id;
    if (suspect_) {
      // The row before failed its link. A row of the same seq that links was the genuine one: the
      // suspect was put beside it. Otherwise the suspect was changed.
      const bool genuine = seq == expected_ && links(row, seq);
      broken_ = at(genuine ? AuditChainBreak::Kind::Inserted : AuditChainBreak::Kind::Changed, suspect_->id, expected_);
      return false;
    }
    if (seq < expected_) {
      broken_ = at(AuditChainBreak::Kind::Inserted, row.id, seq);  // a second row at a seq already linked
      return false;
    }
    if (seq > expected_) {
      broken_ = at(AuditChainBreak::Kind::Deleted, row.id, expected_);
      return false;
    }
    if (!links(row, seq)) {
      suspect_ = row;
      return true;
    }
    previous_ = row.chain;
    last_id_ = row.id;
    ++expected_;
    ++linked_;
    return true;
  }

  std::optional<AuditChainBreak> finish(const Head* head) {
    if (broken_) return broken_;
    const std::int64_t last = expected_ - 1;
    const bool head_intact = head && head->last_seq == last && head->mac == audit_head_mac(key_, last, previous_);
    if (suspect_) {
      // The last row failed its link: added by hand if the head still ends before it, or if the
      // chain has no head and no row that links (a chain nobody started).
      const bool added = head_intact || (!head && linked_ == 0);
      return at(added ? AuditChainBreak::Kind::Inserted : AuditChainBreak::Kind::Changed, suspect_->id, expected_);
    }
    if (!head) return at(AuditChainBreak::Kind::HeadDeleted, first_id_, 1);
    if (head->last_seq > last) return at(AuditChainBreak::Kind::CutOff, last_id_, expected_);
    if (!head_intact) return at(AuditChainBreak::Kind::HeadChanged, last_id_, last);
    return std::nullopt;
  }

  std::int64_t linked() const { return linked_; }

 private:
  bool links(const AuditRow& row, std::int64_t seq) const {
    AuditRow hashed = row;
    hashed.id = seq;
    return !row.chain.empty() && row.chain == audit_chain_link(key_, previous_, hashed);
  }
  AuditChainBreak at(AuditChainBreak::Kind kind, std::int64_t row, std::int64_t link) const {
    AuditChainBreak b;
    b.kind = kind;
    b.row = row;
    b.chain = chain_id_;
    b.link = link;
    return b;
  }

  const HallKey::Bytes& key_;
  std::string chain_id_;
  std::string previous_;
  std::int64_t expected_ = 1;
  std::int64_t first_id_ = 0;
  std::int64_t last_id_ = 0;
  std::int64_t linked_ = 0;
  std::optional<AuditRow> suspect_;
  std::optional<AuditChainBreak> broken_;
};

base::Result<std::map<std::string, Head>> read_heads(Database& db) {
  auto st = db.prepare("SELECT chain_id, last_seq, mac FROM audit_chains");
  if (!st) return st.error();
  std::map<std::string, Head> heads;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    heads[st->text(0)] = Head{st->int64(1), st->text(2)};
  }
  return heads;
}

// Rows without a chain: those up to the migration's mark came before chaining (counted); the
// first one after it was put there by hand (its id, or 0).
struct Unchained {
  std::int64_t before_chaining = 0;
  std::int64_t first_added = 0;
};
base::Result<Unchained> read_unchained(Database& db) {
  auto st = db.prepare(
      "SELECT coalesce(sum(CASE WHEN a.id <= m.upto THEN 1 ELSE 0 END), 0), coalesce(min(CASE WHEN a.id > m.upto THEN a.id END), 0) "
      "FROM audit_log a, (SELECT coalesce((SELECT value::bigint FROM meta WHERE key = 'audit_unchained_upto'), 0) AS upto) m "
      "WHERE a.chain_id IS NULL");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  return Unchained{st->int64(0), st->int64(1)};
}

}  // namespace

base::Status record_chained(Database& db, const HallKey& key, const AuditRow& row) {
  Session& session = *db.postgres();
  AuditChainState& state = session.audit_chain();
  settle(state, session);
  const auto chain_key = key.derive(kPurposeAuditChain);
  if (auto s = ensure_chain(db, session, state, chain_key, row.at, row.who); !s) return s;
  const AuditLink& after = state.pending ? *state.pending : state.tip;
  AuditRow hashed = row;
  hashed.id = after.seq + 1;
  AuditLink next{hashed.id, audit_chain_link(chain_key, after.chain, hashed)};
  auto st = db.cached(kNextLink);
  if (!st) {
    abandon_chain(state);
    return st.error();
  }
  (*st)->bind_all(row.at, row.who, row.whose_hash, row.why, state.chain_id, next.seq, next.chain,
                  audit_head_mac(chain_key, next.seq, next.chain));
  auto s = (*st)->run();
  if (session.planning()) return s;  // only noted: the same call comes again for real
  if (!s) {
    abandon_chain(state);
    return s;
  }
  if (session.in_transaction()) {
    state.pending = std::move(next);
    state.pending_serial = session.transaction_serial();
  } else {
    state.tip = std::move(next);
  }
  return base::ok();
}

namespace {

// An array literal's element: hashes and links are hex, times and numbers plain; quoted anyway.
void put_element(std::string& out, std::string_view v) {
  out += out.size() > 1 ? ",\"" : "\"";
  for (char c : v) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

base::Status write_batches(Database& db, const HallKey& key, const AuditRow& look, const std::vector<std::string>& whose) {
  Session& session = *db.postgres();
  AuditChainState& state = session.audit_chain();
  settle(state, session);
  const auto chain_key = key.derive(kPurposeAuditChain);
  if (auto s = ensure_chain(db, session, state, chain_key, look.at, look.who); !s) return s;
  AuditLink after = state.pending ? *state.pending : state.tip;
  for (std::size_t from = 0; from < whose.size(); from += kBatchRows) {
    const std::size_t to = std::min(whose.size(), from + kBatchRows);
    std::string hashes = "{", seqs = "{", links = "{";
    AuditLink next = after;
    AuditRow hashed = look;
    for (std::size_t i = from; i < to; ++i) {
      hashed.whose_hash = whose[i];
      hashed.id = next.seq + 1;
      next = AuditLink{hashed.id, audit_chain_link(chain_key, next.chain, hashed)};
      put_element(hashes, hashed.whose_hash);
      put_element(seqs, std::to_string(next.seq));
      put_element(links, next.chain);
    }
    hashes += '}', seqs += '}', links += '}';
    auto st = db.cached(kNextBatch);
    if (!st) {
      abandon_chain(state);
      return st.error();
    }
    (*st)->bind_all(look.at, look.who, hashes, look.why, state.chain_id, seqs, links, next.seq,
                    audit_head_mac(chain_key, next.seq, next.chain));
    if (auto s = (*st)->run(); !s) {
      abandon_chain(state);
      return s;
    }
    after = std::move(next);
    state.pending = after;
    state.pending_serial = session.transaction_serial();
  }
  return base::ok();
}

}  // namespace

base::Status ready_chain(Database& db, const HallKey& key, const std::string& at, const std::string& who) {
  Session& session = *db.postgres();
  AuditChainState& state = session.audit_chain();
  settle(state, session);
  return ensure_chain(db, session, state, key.derive(kPurposeAuditChain), at, who);
}

base::Status record_chained_many(Database& db, const HallKey& key, const AuditRow& look, const std::vector<std::string>& whose) {
  if (whose.empty()) return base::ok();
  Session& session = *db.postgres();
  if (session.planning()) return base::Error{"audit log: a batch of rows cannot be planned into a round trip"};
  if (session.in_transaction()) return write_batches(db, key, look, whose);
  // All the batches or none: the chain's tip moves only once they are committed (settle()).
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  if (auto s = write_batches(db, key, look, whose); !s) return s;
  return tx->commit();
}

base::Result<AuditVerdict> verify_chains(Database& db, const HallKey& key) {
  // One snapshot: rows and heads from the same moment while terminals keep writing (a row and
  // its head move in one statement).
  if (auto s = db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !s) return s.error();
  struct EndRead {
    Database& db;
    ~EndRead() { (void)db.exec("ROLLBACK"); }
  } end_read{db};
  auto heads = read_heads(db);
  if (!heads) return heads.error();
  auto unchained = read_unchained(db);
  if (!unchained) return unchained.error();
  if (auto s = db.exec(
          "DECLARE audit_rows NO SCROLL CURSOR FOR "
          "SELECT a.id, a.at, a.who, a.whose_hash, a.why, a.chain_id, a.seq, a.chain FROM audit_log a "
          "JOIN (SELECT chain_id, min(id) AS first_id FROM audit_log WHERE chain_id IS NOT NULL GROUP BY chain_id) f "
          "ON f.chain_id = a.chain_id ORDER BY f.first_id, a.chain_id, a.seq, a.id");
      !s)
    return s.error();
  auto fetch = db.prepare("FETCH FORWARD " + std::to_string(kVerifyBatchRows) + " FROM audit_rows");
  if (!fetch) return fetch.error();

  const auto chain_key = key.derive(kPurposeAuditChain);
  AuditVerdict verdict;
  verdict.unchained = unchained->before_chaining;
  std::optional<ChainWalk> walk;
  std::string walking;
  auto end_chain = [&]() {
    if (!walk) return;
    auto h = heads->find(walking);
    Head* head = h == heads->end() ? nullptr : &h->second;
    if (head) head->seen = true;
    verdict.broken = walk->finish(head);
    verdict.chained += walk->linked();
    walk.reset();
  };
  for (bool more = true; more && !verdict.broken;) {
    int fetched = 0;
    for (;;) {
      auto row = fetch->step();
      if (!row) return row.error();
      if (!row.value()) break;
      ++fetched;
      if (verdict.broken) continue;
      AuditRow r{fetch->int64(0), fetch->text(1), fetch->text(2), fetch->text(3), fetch->text(4), fetch->text(7)};
      const std::string chain_id = fetch->text(5);
      if (!walk || chain_id != walking) {
        end_chain();
        if (verdict.broken) continue;
        walking = chain_id;
        walk.emplace(chain_key, chain_id);
      }
      if (fetch->is_null(6) || fetch->is_null(7)) {
        AuditChainBreak b{AuditChainBreak::Kind::Inserted, r.id, chain_id, 0};
        verdict.broken = b;
        continue;
      }
      if (!walk->feed(r, fetch->int64(6))) {
        verdict.chained += walk->linked();
        verdict.broken = walk->finish(nullptr);
        walk.reset();
      }
    }
    fetch->reset();
    more = fetched == kVerifyBatchRows;
  }
  if (!verdict.broken) end_chain();
  if (verdict.broken) return verdict;
  // Heads whose chain has no row left at all (a chain begun whose first row never came is fine).
  for (const auto& [chain_id, head] : *heads) {
    if (head.seen || (head.last_seq == 0 && head.mac == audit_head_mac(chain_key, 0, chain_start(chain_id)))) continue;
    AuditChainBreak b{AuditChainBreak::Kind::CutOff, 0, chain_id, 1};
    verdict.broken = b;
    return verdict;
  }
  if (unchained->first_added != 0) {
    AuditChainBreak b{AuditChainBreak::Kind::Inserted, unchained->first_added, "", 0};
    verdict.broken = b;
    return verdict;
  }
  // Whole chains deleted, heads and all, show in the chains' own order.
  auto links = check_chain_links(db, chain_key);
  if (!links) return links.error();
  verdict.broken = std::move(*links);
  return verdict;
}

}  // namespace store::pg
