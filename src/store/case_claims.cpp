// CaseDesk's claims (store/case_desk.h): claim the oldest, claim one, release, list the live ones.
#include <array>
#include <tuple>
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

// The oldest claimable case for a role, in two parts so that neither scan walks over the cases
// being worked on (draining a queue of N cases would read N²/2 rows): the never-claimed (or given
// back) cases through the partial index applications_free_by_age, and the cases whose lease ran out
// through applications_by_lease — the one whose lease ran out first, in that index's order, so that
// even PostgreSQL's generic plan of the prepared statement reads the index and not every open case
// (it did: 10 ms a claim once 20,000 were held). The claimer takes the older of the two by
// acceptance. The statuses are written into the text (not bound) so the planner can match the
// partial index. ?1 now, ?2 today.
std::string oldest_claimable_sql(core::StaffRole role, bool postgres, bool expired) {
  return "SELECT a.uuid, a.acceptance_no, a.accepted_at FROM applications a WHERE a.status IN (" + status_list(role) +
         ")" + (expired ? " AND a.lease_until <> '' AND a.lease_until < ?1" : " AND a.lease_until = '' AND ?1 <> ''") +
         " AND (a.status <> 'needs_supplement' OR NOT EXISTS (SELECT 1 FROM application_materials m"
         " WHERE m.application_uuid = a.uuid AND m.required = 1 AND m.received = 0))"
         " AND (a.status <> 'publicized' OR EXISTS (SELECT 1 FROM case_notices n"
         " WHERE n.application_uuid = a.uuid AND n.ends < ?2))" +
         std::string(expired ? " ORDER BY a.lease_until LIMIT 1" : " ORDER BY a.accepted_at, a.acceptance_no LIMIT 1") +
         std::string(postgres ? " FOR UPDATE OF a SKIP LOCKED" : "");
}

const char* oldest_claimable(core::StaffRole role, bool postgres, bool expired) {
  static const std::array<std::string, 16> texts = [] {
    std::array<std::string, 16> t;
    for (int r = 0; r < 4; ++r)
      for (int pg = 0; pg < 2; ++pg)
        for (int ex = 0; ex < 2; ++ex)
          t[static_cast<std::size_t>(r * 4 + pg * 2 + ex)] =
              oldest_claimable_sql(static_cast<core::StaffRole>(r), pg != 0, ex != 0);
    return t;
  }();
  return texts[static_cast<std::size_t>(role) * 4 + (postgres ? 2 : 0) + (expired ? 1 : 0)].c_str();
}

struct Pick {
  std::string uuid, acceptance_no, accepted_at;
};

base::Result<std::optional<Pick>> pick_oldest(Database& db, core::StaffRole role, bool expired, const std::string& now,
                                              const std::string& today) {
  auto st = db.cached(oldest_claimable(role, db.is_postgres(), expired));
  if (!st) return st.error();
  (*st)->bind_all(now, today);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<Pick>{};
  return std::optional<Pick>(Pick{(*st)->text(0), (*st)->text(1), (*st)->text(2)});
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
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Immediate);
  if (!tx) return tx.error();
  for (int miss = 0; miss < kMaxClaimMisses; ++miss) {
    auto free = pick_oldest(db_, actor.role, /*expired=*/false, at, now.iso_date());
    if (!free) return free.error();
    auto lapsed = pick_oldest(db_, actor.role, /*expired=*/true, at, now.iso_date());
    if (!lapsed) return lapsed.error();
    if (!free->has_value() && !lapsed->has_value()) {
      if (auto s = tx->commit(); !s) return s.error();
      return std::optional<CaseClaim>{};
    }
    const bool take_lapsed =
        lapsed->has_value() && (!free->has_value() || std::tie((*lapsed)->accepted_at, (*lapsed)->acceptance_no) <
                                                          std::tie((*free)->accepted_at, (*free)->acceptance_no));
    const Pick& pick = take_lapsed ? **lapsed : **free;
    CaseClaim claim{pick.uuid, pick.acceptance_no, actor.staff_no, until};
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
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Immediate);
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
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Immediate);
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
