#include "store/pg/roles.h"

namespace store::pg {
namespace {

// What a kiosk shows: a person, their benefits, payments and open applications with materials
// and events, looked up by ID number or by a slip's acceptance number.
constexpr const char* kKioskReads =
    "meta, residents, benefits, payments, payment_records, households, household_members, applications, "
    "application_members, application_materials, application_events";

constexpr const char* kGrants = R"sql(
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onewindow_kiosk') THEN CREATE ROLE onewindow_kiosk NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onewindow_counter') THEN CREATE ROLE onewindow_counter NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onewindow_backoffice') THEN CREATE ROLE onewindow_backoffice NOLOGIN; END IF;
END
$$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM onewindow_kiosk, onewindow_counter, onewindow_backoffice;
GRANT USAGE ON SCHEMA public TO onewindow_kiosk, onewindow_counter, onewindow_backoffice;
GRANT SELECT ON @KIOSK_READS@ TO onewindow_kiosk;
GRANT INSERT ON audit_log TO onewindow_kiosk;

GRANT SELECT ON @KIOSK_READS@, staff, acceptance_sequences, slip_prints TO onewindow_counter;
GRANT INSERT ON audit_log, residents, applications, application_members, application_materials,
  application_events, slip_prints TO onewindow_counter;
GRANT INSERT, UPDATE ON acceptance_sequences TO onewindow_counter;
GRANT SELECT, INSERT ON terminals TO onewindow_counter;
GRANT UPDATE (failed_pins, locked_until, pin_hash) ON staff TO onewindow_counter;
-- 补正收件 (issue 19): the counter records that a case's missing materials arrived, which sends
-- it back to review through the case rules (they read its steps and notice).
GRANT SELECT ON case_steps, case_notices TO onewindow_counter;
GRANT UPDATE (status, claimed_by, lease_until) ON applications TO onewindow_counter;
GRANT UPDATE (received) ON application_materials TO onewindow_counter;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO onewindow_backoffice;
GRANT INSERT, UPDATE ON residents, benefits, payments, households, staff, applications, application_events
  TO onewindow_backoffice;
-- Audit rows are only ever added, by every role: a changed or deleted row must take more than a
-- terminal's login (and `audit verify` still finds it when it was done with the owner's).
GRANT INSERT ON audit_log TO onewindow_backoffice;
GRANT DELETE ON household_members TO onewindow_backoffice;
GRANT INSERT, UPDATE, DELETE ON case_steps, case_notices TO onewindow_backoffice;
GRANT INSERT, UPDATE ON application_materials TO onewindow_backoffice;  -- 待补正 lists what is missing
GRANT INSERT ON household_members TO onewindow_backoffice;
-- 年审 and 主动发现 (issue 20): a review is recorded with the benefit's change; a mark replaces the last.
GRANT INSERT ON benefit_reviews TO onewindow_backoffice;
GRANT INSERT, UPDATE, DELETE ON discovery_marks TO onewindow_backoffice;
-- 好差评 (issue 22): the kiosk and the counter write a resident's rating (a repeat is ignored:
-- ON CONFLICT DO NOTHING needs no more than INSERT); the back office reads them all.
GRANT INSERT ON ratings TO onewindow_kiosk, onewindow_counter;
-- The audit chain (issue 21, store/pg/audit_chains.h): every terminal starts chains and moves
-- their heads; reading or changing a head's MAC without the hall key proves nothing.
GRANT INSERT, SELECT (chain_id, ordinal, start_mac), UPDATE (last_seq, mac) ON audit_chains TO onewindow_kiosk,
  onewindow_counter, onewindow_backoffice;
GRANT SELECT, INSERT, UPDATE (ordinal, mac) ON audit_chain_tail TO onewindow_kiosk, onewindow_counter, onewindow_backoffice;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO onewindow_kiosk, onewindow_counter, onewindow_backoffice;
)sql";

}  // namespace

base::Status grant_roles(Database& db) {
  if (!db.is_postgres()) return base::Error{"roles are for a PostgreSQL store; a SQLite file has none"};
  std::string sql = kGrants;
  for (std::size_t at = sql.find("@KIOSK_READS@"); at != std::string::npos; at = sql.find("@KIOSK_READS@"))
    sql.replace(at, 13, kKioskReads);
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  if (auto s = db.exec(sql); !s) return s;
  return tx->commit();
}

}  // namespace store::pg
