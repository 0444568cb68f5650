#include "store/audit_chain.h"

#include <sodium.h>

namespace store {
namespace {

constexpr std::size_t kLinkBytes = 16;

std::string keyed_hex(const HallKey::Bytes& key, const std::string& input) {
  unsigned char digest[kLinkBytes];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(input.data()), input.size(),
                     key.data(), key.size());
  char hex[kLinkBytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

// Length-prefixed fields, so "ab"+"c" and "a"+"bc" never hash alike.
void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

AuditChainBreak at_row(AuditChainBreak::Kind kind, std::int64_t row) {
  AuditChainBreak b;
  b.kind = kind;
  b.row = row;
  return b;
}

}  // namespace

std::string audit_chain_link(const HallKey::Bytes& chain_key, std::string_view previous, const AuditRow& row) {
  std::string input = "audit-row-v1";
  put(input, previous);
  put(input, std::to_string(row.id));
  put(input, row.at);
  put(input, row.who);
  put(input, row.whose_hash);
  put(input, row.why);
  return keyed_hex(chain_key, input);
}

std::string audit_head_mac(const HallKey::Bytes& chain_key, std::int64_t last_id, std::string_view last_chain) {
  std::string input = "audit-head-v1";
  put(input, std::to_string(last_id));
  put(input, last_chain);
  return keyed_hex(chain_key, input);
}

std::string audit_chain_start_mac(const HallKey::Bytes& chain_key, std::string_view previous_start_mac, std::int64_t ordinal,
                                  std::string_view chain_id, std::string_view started_at, std::string_view who) {
  std::string input = "audit-chain-start-v1";
  put(input, previous_start_mac);
  put(input, std::to_string(ordinal));
  put(input, chain_id);
  put(input, started_at);
  put(input, who);
  return keyed_hex(chain_key, input);
}

std::string audit_chain_tail_mac(const HallKey::Bytes& chain_key, std::int64_t ordinal, std::string_view last_start_mac) {
  std::string input = "audit-chain-tail-v1";
  put(input, std::to_string(ordinal));
  put(input, last_start_mac);
  return keyed_hex(chain_key, input);
}

bool AuditChainCheck::feed(const AuditRow& row) {
  if (break_) return false;
  if (row.chain.empty() && !previous_id_ && !suspect_) {
    ++legacy_;  // before chaining began
    return true;
  }
  if (suspect_) {
    // The row before failed its link. If this one links to the row before that, the suspect was
    // put in between; otherwise it was changed.
    const bool skips_suspect = !row.chain.empty() && row.chain == audit_chain_link(key_, previous_chain_, row);
    break_ = at_row(skips_suspect ? AuditChainBreak::Kind::Inserted : AuditChainBreak::Kind::Changed, suspect_->id);
    return false;
  }
  return judge(row);
}

bool AuditChainCheck::judge(const AuditRow& row) {
  if (previous_id_ && row.id != *previous_id_ + 1) {
    break_ = at_row(AuditChainBreak::Kind::Deleted, *previous_id_ + 1);
    return false;
  }
  if (row.chain.empty() || row.chain != audit_chain_link(key_, previous_chain_, row)) {
    suspect_ = row;
    return true;
  }
  previous_chain_ = row.chain;
  previous_id_ = row.id;
  ++chained_;
  return true;
}

std::optional<AuditChainBreak> AuditChainCheck::finish(std::optional<std::int64_t> head_last_id, const std::string& head_mac) {
  if (break_) return break_;
  if (suspect_) {
    // The last row failed its link. If the head still names the row before it, it was added by hand.
    const bool head_before = head_last_id && previous_id_ && *head_last_id == *previous_id_ &&
                             head_mac == audit_head_mac(key_, *previous_id_, previous_chain_);
    return at_row(head_before ? AuditChainBreak::Kind::Inserted : AuditChainBreak::Kind::Changed, suspect_->id);
  }
  if (!previous_id_) {
    // Nothing chained: a head says rows were written and are gone.
    if (head_last_id) return at_row(AuditChainBreak::Kind::CutOff, 1);
    return std::nullopt;
  }
  if (!head_last_id || head_mac != audit_head_mac(key_, *head_last_id, previous_chain_) || *head_last_id != *previous_id_) {
    // The head names a later row (rows cut off the end), or was itself edited.
    if (head_last_id && *head_last_id > *previous_id_) return at_row(AuditChainBreak::Kind::CutOff, *previous_id_ + 1);
    return at_row(AuditChainBreak::Kind::Changed, *previous_id_);
  }
  return std::nullopt;
}

namespace {

std::string describe_in_chain(const AuditChainBreak& b) {
  const std::string row = "row " + std::to_string(b.row);
  const std::string link = "link " + std::to_string(b.link) + " of audit chain " + b.chain;
  switch (b.kind) {
    case AuditChainBreak::Kind::Changed: return row + " (" + link + ") was changed";
    case AuditChainBreak::Kind::Inserted: return row + " (" + link + ") was inserted";
    case AuditChainBreak::Kind::Deleted: return link + " was deleted (the row before " + row + ")";
    case AuditChainBreak::Kind::CutOff:
      if (b.row == 0) return "every row of audit chain " + b.chain + " was deleted";
      return link + " and every link after it were deleted (after " + row + ")";
    case AuditChainBreak::Kind::HeadDeleted: return "the head of audit chain " + b.chain + " was deleted (its first row is " + row + ")";
    case AuditChainBreak::Kind::HeadChanged: return "the head of audit chain " + b.chain + " was changed (its last row is " + row + ")";
    case AuditChainBreak::Kind::ChainDeleted:
      return "audit chain number " + std::to_string(b.link) + " was deleted with every row and its head (the chain after it is " +
             b.chain + ")";
    case AuditChainBreak::Kind::ChainsChanged: return "the start of audit chain " + b.chain + " was changed";
  }
  return row + " was changed";
}

}  // namespace

std::string describe(const AuditChainBreak& b) {
  if (!b.chain.empty()) return describe_in_chain(b);
  const std::string row = "row " + std::to_string(b.row);
  switch (b.kind) {
    case AuditChainBreak::Kind::Changed: return row + " was changed";
    case AuditChainBreak::Kind::Deleted: return row + " was deleted";
    case AuditChainBreak::Kind::Inserted: return row + " was inserted";
    case AuditChainBreak::Kind::CutOff: return row + " and every row after it were deleted";
    case AuditChainBreak::Kind::HeadDeleted:
    case AuditChainBreak::Kind::HeadChanged: return "the audit head was changed";
    case AuditChainBreak::Kind::ChainDeleted:
      return "audit chain number " + std::to_string(b.link) + " and every chain after it were deleted with their rows and heads";
    case AuditChainBreak::Kind::ChainsChanged: return "the tail of the audit chains was changed";
  }
  return row + " was changed";
}

}  // namespace store
