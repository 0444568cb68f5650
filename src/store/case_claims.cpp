// CaseDesk's claims (store/case_desk.h): claim the oldest, claim one, release, list the live ones.
#include <array>
#include <string>

#include "store/case_desk.h"
#include "store/relaxed_transaction.h"
#include "store/staff_table.h"

namespace store {
namespace {

// A claim takes the row only when nobody holds a live lease on it (or, for claim(), the claimer
// does: that renews it). ?1 uuid, ?2 staff, ?3 now, ?4 lease until.
constexpr const char* kTakeClaim =
    "UPDATE applications SET claimed_by = ?2, lease_until = ?4 WHERE uuid = ?1 AND (lease_until < ?3 OR claimed_by = ?2)";
// claim_next takes only a free case: never one the claimer holds already (the same reviewer may
// claim from two terminals at once, and each claim must get a case of its own).
constexpr const char* kTakeFreeClaim =
    "UPDATE applications SET claimed_by = ?2, lease_until = ?4 WHERE uuid = ?1 AND lease_until < ?3";

// On SQLite nothing can change between the pick and the take (one writer at a time); on PostgreSQL
// the locked row was re-checked. A take that still finds the row held means a clock or a claim
// going backwards: the claimer tries the next row, a bounded number of times.
constexpr int kMaxClaimMisses = 64;

std::string status_list(core::StaffRole role) {
  std::string out;
  for (core::ApplicationStatus s : core::claimable_statuses(role)) {
    if (!out.empty()) out += ", ";
    out += "'" + std::string(core::status_code(s)) + "'";
  }
  return out;
}

// The oldest claimable case for a role. The statuses are written into the text (not bound) so the
// planner can use the partial index applications_open_by_age. ?1 now, ?2 today.
std::string oldest_claimable_sql(core::StaffRole role, bool postgres) {
  return "SELECT a.uuid, a.acceptance_no FROM applications a WHERE a.status IN (" + status_list(role) +
         ") AND a.lease_until < ?1"
         " AND (a.status <> 'needs_supplement' OR NOT EXISTS (SELECT 1 FROM application_materials m"
         " WHERE m.application_uuid = a.uuid AND m.required = 1 AND m.received = 0))"
         " AND (a.status <> 'publicized' OR EXISTS (SELECT 1 FROM case_notices n"
         " WHERE n.application_uuid = a.uuid AND n.ends < ?2))"
         " ORDER BY a.accepted_at, a.acceptance_no LIMIT 1" +
         std::string(postgres ? " FOR UPDATE OF a SKIP LOCKED" : "");
}

const char* oldest_claimable(core::StaffRole role, bool postgres) {
  static const std::array<std::string, 8> texts = [] {
    std::array<std::string, 8> t;
    for (int r = 0; r < 4; ++r)
      for (int pg = 0; pg < 2; ++pg) t[r * 2 + pg] = oldest_claimable_sql(static_cast<core::StaffRole>(r), pg != 0);
    return t;
  }();
  return texts[static_cast<std::size_t>(role) * 2 + (postgres ? 1 : 0)].c_str();
}

}  // namespace

base::Result<std::optional<core::CaseActor>> CaseDesk::actor(const std::string& staff_no) {
  auto member = StaffTable(db_).find(staff_no);
  if (!member) return member.error();
  if (!member.value()) return std::optional<core::CaseActor>{};
  return std::optional<core::CaseActor>(core::CaseActor{(*member)->staff_no, (*member)->role, (*member)->active});
}

base::Result<std::optional<CaseClaim>> CaseDesk::claim_next(const core::CaseActor& actor, const core::CivilTime& now,
                                                            int lease_seconds) {
  if (!actor.active || !core::may_work_cases(actor.role)) return std::optional<CaseClaim>{};
  const std::string at = now.iso_datetime();
  const std::string until = core::plus_seconds(now, lease_seconds).iso_datetime();
  auto tx = RelaxedTransaction::begin(db_);
  if (!tx) return tx.error();
  for (int miss = 0; miss < kMaxClaimMisses; ++miss) {
    auto pick = db_.cached(oldest_claimable(actor.role, db_.is_postgres()));
    if (!pick) return pick.error();
    (*pick)->bind_all(at, now.iso_date());
    auto row = (*pick)->step();
    if (!row) return row.error();
    if (!row.value()) {
      if (auto s = tx->commit(); !s) return s.error();
      return std::optional<CaseClaim>{};
    }
    CaseClaim claim{(*pick)->text(0), (*pick)->text(1), actor.staff_no, until};
    (*pick)->reset();
    auto up = db_.cached(kTakeFreeClaim);
    if (!up) return up.error();
    (*up)->bind_all(claim.application_uuid, actor.staff_no, at, until);
    if (auto s = (*up)->run(); !s) return s.error();
    if (db_.changes() == 1) {
      if (auto s = tx->commit(); !s) return s.error();
      return std::optional<CaseClaim>(std::move(claim));
    }
  }
  return base::Error{"the queue changed too fast to claim a case; try again"};
}

base::Result<Answer<CaseClaim>> CaseDesk::claim(const std::string& acceptance_no, const core::CaseActor& actor,
                                                const core::CivilTime& now, int lease_seconds) {
  const std::string at = now.iso_datetime();
  auto tx = RelaxedTransaction::begin(db_);
  if (!tx) return tx.error();
  auto loaded = load(acceptance_no, now, /*lock=*/true);
  if (!loaded) return loaded.error();
  if (!loaded.value()) return Answer<CaseClaim>(Refusal{"case.refused.unknown_case", {acceptance_no}});
  const LoadedCase& c = **loaded;
  if (auto refusal = core::claim_refusal(c.facts, actor, now.iso_date())) return Answer<CaseClaim>(*refusal);
  CaseClaim claim{c.uuid, acceptance_no, actor.staff_no, core::plus_seconds(now, lease_seconds).iso_datetime()};
  auto up = db_.cached(kTakeClaim);
  if (!up) return up.error();
  (*up)->bind_all(c.uuid, actor.staff_no, at, claim.lease_until);
  if (auto s = (*up)->run(); !s) return s.error();
  if (db_.changes() != 1) return Answer<CaseClaim>(Refusal{"case.refused.changed", {acceptance_no}});
  if (auto s = tx->commit(); !s) return s.error();
  return Answer<CaseClaim>(std::move(claim));
}

base::Result<Answer<CaseClaim>> CaseDesk::release(const std::string& acceptance_no, const core::CaseActor& actor,
                                                  const core::CivilTime& now) {
  auto tx = RelaxedTransaction::begin(db_);
  if (!tx) return tx.error();
  auto loaded = load(acceptance_no, now, /*lock=*/true);
  if (!loaded) return loaded.error();
  if (!loaded.value()) return Answer<CaseClaim>(Refusal{"case.refused.unknown_case", {acceptance_no}});
  const LoadedCase& c = **loaded;
  if (!actor.active) return Answer<CaseClaim>(Refusal{"case.refused.inactive", {actor.staff_no}});
  const bool admin = actor.role == core::StaffRole::Admin;
  if (c.claim_staff.empty() || (c.claim_expired && c.claim_staff != actor.staff_no))
    return Answer<CaseClaim>(Refusal{"case.refused.not_claimed", {acceptance_no}});
  if (c.claim_staff != actor.staff_no && !admin)
    return Answer<CaseClaim>(Refusal{"case.refused.claimed_by", {acceptance_no, c.claim_staff}});
  auto del = db_.cached("UPDATE applications SET claimed_by = '', lease_until = '' WHERE uuid = ?1");
  if (!del) return del.error();
  (*del)->bind(1, c.uuid);
  if (auto s = (*del)->run(); !s) return s.error();
  if (auto s = tx->commit(); !s) return s.error();
  return Answer<CaseClaim>(CaseClaim{c.uuid, acceptance_no, c.claim_staff, {}});
}

base::Result<std::map<std::string, CaseClaim>> CaseDesk::live_claims(const core::CivilTime& now) {
  auto st = db_.cached(
      "SELECT uuid, acceptance_no, claimed_by, lease_until FROM applications WHERE claimed_by <> '' AND lease_until >= ?1");
  if (!st) return st.error();
  (*st)->bind(1, now.iso_datetime());
  std::map<std::string, CaseClaim> out;
  while (true) {
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!row.value()) break;
    CaseClaim c{(*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3)};
    out.emplace(c.application_uuid, std::move(c));
  }
  return out;
}

}  // namespace store
