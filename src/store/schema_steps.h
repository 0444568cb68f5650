#pragma once
// The SQLite store's schema, one step per version: the SQL each migration runs and the oldest code
// version that can still use the file after it (store/schema.cpp runs them; the PostgreSQL hall
// store's steps are in store/pg/schema_ddl.h and must stay in step with these).
#include <array>

#include "store/schema.h"
#include "store/schema_step_totals.h"   // kVersion17
#include "store/schema_step_village.h"  // kVersion16, kVersion18

namespace store::sqlite_schema {


// Version 1: people, benefits, payments, applications and acceptance numbering.
inline constexpr const char* kVersion1 = R"sql(
-- The integer id keeps the (large) payments index small; everything else refers to id_number.
CREATE TABLE residents (
  id        INTEGER PRIMARY KEY,
  id_number TEXT NOT NULL UNIQUE,
  name      TEXT NOT NULL,
  gender    TEXT NOT NULL DEFAULT '',
  birth     TEXT NOT NULL DEFAULT '',
  address   TEXT NOT NULL DEFAULT '',
  phone     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE households (
  household_no   TEXT PRIMARY KEY,
  head_id_number TEXT NOT NULL REFERENCES residents(id_number),
  address        TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE household_members (
  household_no TEXT NOT NULL REFERENCES households(household_no) ON DELETE CASCADE,
  id_number    TEXT NOT NULL REFERENCES residents(id_number),
  relation     TEXT NOT NULL,
  PRIMARY KEY (household_no, id_number)
) WITHOUT ROWID;

CREATE TABLE benefits (
  id_number          TEXT NOT NULL REFERENCES residents(id_number),
  benefit_type       TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('在保', '暂停', '已退出')),
  monthly_amount_fen INTEGER NOT NULL CHECK (monthly_amount_fen >= 0),
  since              TEXT NOT NULL,
  next_review        TEXT NOT NULL,
  PRIMARY KEY (id_number, benefit_type)
) WITHOUT ROWID;

-- A month's roster appends rows at the end of the table; only the compact index by resident takes
-- scattered inserts. (Keyed by the ID-number text, every monthly import rewrote most of the file.)
CREATE TABLE payments (
  id           INTEGER PRIMARY KEY,
  resident     INTEGER NOT NULL REFERENCES residents(id),
  period       TEXT NOT NULL,
  benefit_type TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
  paid_on      TEXT NOT NULL,
  channel      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('paid', 'pending', 'failed'))
);
CREATE UNIQUE INDEX payments_by_resident ON payments(resident, period, benefit_type);
-- For technicians at the sqlite3 prompt: payments by ID number.
CREATE VIEW payment_records AS
  SELECT r.id_number, p.period, p.benefit_type, p.amount_fen, p.paid_on, p.channel, p.status
  FROM payments p JOIN residents r ON r.id = p.resident;

CREATE TABLE staff (
  staff_no TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  role     TEXT NOT NULL CHECK (role IN ('counter', 'reviewer', 'approver', 'admin')),
  active   INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE applications (
  uuid           TEXT PRIMARY KEY,
  acceptance_no  TEXT NOT NULL UNIQUE,
  item_code      TEXT NOT NULL,
  applicant_id   TEXT NOT NULL REFERENCES residents(id_number),
  applicant_name TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('accepted', 'reviewing', 'publicized', 'approved', 'paying',
                                                 'needs_supplement', 'rejected', 'withdrawn', 'not_accepted')),
  accepted_at    TEXT NOT NULL,
  due            TEXT NOT NULL,
  declarations   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE application_members (
  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
  id_number        TEXT NOT NULL,
  relation         TEXT NOT NULL,
  PRIMARY KEY (application_uuid, id_number)
) WITHOUT ROWID;

CREATE TABLE application_materials (
  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
  code             TEXT NOT NULL,
  name             TEXT NOT NULL,
  required         INTEGER NOT NULL,
  received         INTEGER NOT NULL,
  PRIMARY KEY (application_uuid, code)
) WITHOUT ROWID;

CREATE TABLE application_events (
  id               INTEGER PRIMARY KEY,
  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
  from_status      TEXT,
  to_status        TEXT NOT NULL,
  who              TEXT NOT NULL,
  at               TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_events_by_application ON application_events(application_uuid, id);

-- The last sequence number handed out per hall, terminal and day; a number once allocated is
-- never allocated again, even after a restart or a crash (the row is committed with the
-- application it numbers).
CREATE TABLE acceptance_sequences (
  hall_code     TEXT NOT NULL,
  terminal      INTEGER NOT NULL,
  day           TEXT NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (hall_code, terminal, day)
) WITHOUT ROWID;
)sql";

// Version 2: the audit log of look-ups, and indexes for the kiosk's and back office's status
// look-ups.
inline constexpr const char* kVersion2 = R"sql(
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  who        TEXT NOT NULL,
  whose_hash TEXT NOT NULL,
  why        TEXT NOT NULL
);
CREATE INDEX audit_log_by_whose ON audit_log(whose_hash, at);
CREATE INDEX applications_by_applicant ON applications(applicant_id, status);
CREATE INDEX applications_by_status ON applications(status, due);
)sql";

// Version 3: the same columns, with CHECK constraints written as OR chains. SQLite 3.40 evaluates a
// CHECK of the form `x IN ('a', 'b', 'c')` by building a temporary B-tree on every row written,
// which was half the CPU time of a roster import; an OR chain compares in place.
inline constexpr const char* kVersion3 = R"sql(
DROP VIEW payment_records;
-- Payments are stored in (resident, period, type) order, so the kiosk's "last 12 payments" reads
-- one or two neighbouring pages instead of twelve rows scattered over a year of monthly appends,
-- and the file holds one B-tree instead of a table plus an index.
CREATE TABLE payments_v3 (
  resident     INTEGER NOT NULL REFERENCES residents(id),
  period       TEXT NOT NULL,
  benefit_type TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
  paid_on      TEXT NOT NULL,
  channel      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status = 'paid' OR status = 'pending' OR status = 'failed'),
  PRIMARY KEY (resident, period, benefit_type)
) WITHOUT ROWID;
INSERT INTO payments_v3 SELECT resident, period, benefit_type, amount_fen, paid_on, channel, status FROM payments;
DROP TABLE payments;
ALTER TABLE payments_v3 RENAME TO payments;
CREATE VIEW payment_records AS
  SELECT r.id_number, p.period, p.benefit_type, p.amount_fen, p.paid_on, p.channel, p.status
  FROM payments p JOIN residents r ON r.id = p.resident;

CREATE TABLE benefits_v3 (
  id_number          TEXT NOT NULL REFERENCES residents(id_number),
  benefit_type       TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status = '在保' OR status = '暂停' OR status = '已退出'),
  monthly_amount_fen INTEGER NOT NULL CHECK (monthly_amount_fen >= 0),
  since              TEXT NOT NULL,
  next_review        TEXT NOT NULL,
  PRIMARY KEY (id_number, benefit_type)
) WITHOUT ROWID;
INSERT INTO benefits_v3 SELECT id_number, benefit_type, status, monthly_amount_fen, since, next_review FROM benefits;
DROP TABLE benefits;
ALTER TABLE benefits_v3 RENAME TO benefits;

-- Covers the kiosk's "open applications of this person": answered from the index alone.
DROP INDEX applications_by_applicant;
CREATE INDEX applications_by_applicant ON applications(applicant_id, status, acceptance_no, item_code, due);
)sql";

// Version 4: counter sign-in (a PIN stored only as an Argon2id hash, wrong-PIN count and lockout)
// and the day ledger's "slip printed or not": every print attempt of an application's slip.
inline constexpr const char* kVersion4 = R"sql(
ALTER TABLE staff ADD COLUMN pin_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT NOT NULL DEFAULT '';

CREATE TABLE slip_prints (
  application_uuid TEXT NOT NULL REFERENCES applications(uuid),
  at               TEXT NOT NULL,            -- local time YYYY-MM-DD HH:MM:SS
  terminal         INTEGER NOT NULL,
  staff_no         TEXT NOT NULL DEFAULT '',
  outcome          TEXT NOT NULL CHECK (outcome IN ('printed', 'failed')),
  reason           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX slip_prints_by_application ON slip_prints(application_uuid, at);
-- The day ledger: one counter's applications of one day, in acceptance order.
CREATE INDEX applications_by_day ON applications(accepted_at);
)sql";

// Version 5: what the counter records about each household member at intake (issue 9, step 3), and
// the order the rows were entered in (the applicant's own row first). Only defaulted columns are
// added, so version-2 code still reads and writes the file; its rows get position 0.
inline constexpr const char* kVersion5 = R"sql(
ALTER TABLE application_members ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE application_members ADD COLUMN lives_in_household INTEGER NOT NULL DEFAULT 1;
ALTER TABLE application_members ADD COLUMN disability_cert_no TEXT NOT NULL DEFAULT '';
ALTER TABLE application_members ADD COLUMN monthly_income_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE application_members ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
-- Rows stored before version 5 have no entry order: the applicant's own row first, then the others
-- (read back by ID number among themselves, as before).
UPDATE application_members SET position = 1
  WHERE id_number <> (SELECT applicant_id FROM applications WHERE uuid = application_uuid);
)sql";

// Version 6: a benefit's status is stored as a code (active, suspended, ended), as applications'
// and payments' statuses are, instead of the roster's Chinese word. Code before version 6 would
// neither read these rows nor pass the new CHECK, so version 6 is also the compatible version.
inline constexpr const char* kVersion6 = R"sql(
CREATE TABLE benefits_v6 (
  id_number          TEXT NOT NULL REFERENCES residents(id_number),
  benefit_type       TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status = 'active' OR status = 'suspended' OR status = 'ended'),
  monthly_amount_fen INTEGER NOT NULL CHECK (monthly_amount_fen >= 0),
  since              TEXT NOT NULL,
  next_review        TEXT NOT NULL,
  PRIMARY KEY (id_number, benefit_type)
) WITHOUT ROWID;
-- The old CHECK admitted only these three words, so every row has a code (NULL would fail NOT NULL).
INSERT INTO benefits_v6
  SELECT id_number, benefit_type,
         CASE status WHEN '在保' THEN 'active' WHEN '暂停' THEN 'suspended' WHEN '已退出' THEN 'ended' END,
         monthly_amount_fen, since, next_review
  FROM benefits;
DROP TABLE benefits;
ALTER TABLE benefits_v6 RENAME TO benefits;
)sql";

// Version 7 (issue 15): whether an application's promised date is provisional (counted a day of a
// year whose State Council notice was not loaded) and the applicant's phone number. Defaulted
// columns only, so version-6 code still reads and writes the file.
inline constexpr const char* kVersion7 = R"sql(
ALTER TABLE applications ADD COLUMN due_provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN applicant_phone TEXT NOT NULL DEFAULT '';
)sql";

// Version 8 (issue 18, local-first intake): on a counter's own file, hall_sync lists the applications
// already pushed to the hall store (the outbox is every application not listed there, so an
// application is in the outbox the moment it is committed); on the hall store, terminals registers
// which store (a counter's file, by its meta store_uuid) numbers applications under each terminal
// number. New tables only, so version-6 code still reads and writes the file.
inline constexpr const char* kVersion8 = R"sql(
CREATE TABLE hall_sync (
  application_uuid TEXT PRIMARY KEY REFERENCES applications(uuid),
  synced_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE terminals (
  hall_code     TEXT NOT NULL,
  terminal      INTEGER NOT NULL,
  store_uuid    TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  PRIMARY KEY (hall_code, terminal)
) WITHOUT ROWID;
)sql";

// Version 9 (issue 16): the audit log leaves the store file for a file of its own beside it
// (store/audit_log.h): a kiosk look-up's audit row then never waits for the write lock a roster
// import holds for its whole transaction. The rows are copied there first (move_audit_rows_out,
// inside this migration's transaction, before this SQL runs). Code before version 9 looks for
// audit_log in the store file, so version 9 is also the compatible version.
inline constexpr const char* kVersion9 = R"sql(
DROP TABLE audit_log;
)sql";
inline constexpr int kAuditMovedOut = 9;

// Version 10 (issue 19): the back office's work on a case. Each history row says what was done
// (`action`: record_step, supplement, … as core::case_action_code; '' for rows written before, and
// for the counter's own); a case's claim with its lease, on the application's own row (so that on
// PostgreSQL a claimer that locks a row claimed a moment ago re-reads the claim instead of taking
// the case twice); the results of its review steps; its public notice. New tables and defaulted
// columns only, so version-9 code still reads and writes the file.
inline constexpr const char* kVersion10 = R"sql(
ALTER TABLE application_events ADD COLUMN action TEXT NOT NULL DEFAULT '';
-- Who holds the case and until when (local time YYYY-MM-DD HH:MM:SS); a lease that has passed, or
-- '', leaves it free to take.
ALTER TABLE applications ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
-- The latest result of each review step (each recording is also a history row).
CREATE TABLE case_steps (
  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,
  step             TEXT NOT NULL,            -- the catalog's [[review_step]] code
  done_on          TEXT NOT NULL,            -- YYYY-MM-DD
  who              TEXT NOT NULL,
  recorded_at      TEXT NOT NULL,
  fields           TEXT NOT NULL,            -- JSON object: field key -> value as typed
  note             TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (application_uuid, step)
) WITHOUT ROWID;
-- 张榜公示: the notice a case is on (the latest one, after an objection sent it back).
CREATE TABLE case_notices (
  application_uuid TEXT PRIMARY KEY REFERENCES applications(uuid) ON DELETE CASCADE,
  starts           TEXT NOT NULL,            -- YYYY-MM-DD
  ends             TEXT NOT NULL,            -- last day of the notice
  proposed_fen     INTEGER NOT NULL DEFAULT 0 CHECK (proposed_fen >= 0)
) WITHOUT ROWID;
-- The claim query: open cases nobody holds, oldest first; and leases by their end, to find the
-- ones that ran out (store/case_claims.cpp).
CREATE INDEX applications_free_by_age ON applications(accepted_at, acceptance_no)
  WHERE status IN ('accepted', 'reviewing', 'needs_supplement', 'publicized') AND lease_until = '';
CREATE INDEX applications_by_lease ON applications(lease_until) WHERE lease_until <> '';
)sql";

// Version 11 (issue 19): the PostgreSQL hall store tells the back office's listeners of every change
// to the queue (LISTEN/NOTIFY, store/pg/hall_changes.h); a SQLite store is polled instead, so its
// step changes nothing — it keeps both stores' version numbers in step.
inline constexpr const char* kVersion11 = "";

// Version 12 (issue 20, 动态管理 and money out): where a benefit is paid (the roster sent to the
// bank reads it; '' = not known), a resident's 残疾人证 (主动发现 reads it), the 年审 recorded on
// each benefit, and staff's marks on 主动发现 entries. Defaulted columns, new tables and indexes
// only, so version-9 code still reads and writes the file.
inline constexpr const char* kVersion12 = R"sql(
ALTER TABLE benefits ADD COLUMN payee_account TEXT NOT NULL DEFAULT '';  -- bank card / 惠农一卡通 number
ALTER TABLE benefits ADD COLUMN payee_bank TEXT NOT NULL DEFAULT '';     -- 惠农一卡通, 农商银行, ...
ALTER TABLE residents ADD COLUMN disability_cert TEXT NOT NULL DEFAULT '';  -- 残疾人证 number, '' = none
ALTER TABLE residents ADD COLUMN disability_grade INTEGER NOT NULL DEFAULT 0
  CHECK (disability_grade >= 0 AND disability_grade <= 4);                 -- 1 (most severe) to 4; 0 = none
-- One row per 年审 recorded; the benefit's own row carries the result (status, amount, next_review).
CREATE TABLE benefit_reviews (
  id                INTEGER PRIMARY KEY,
  id_number         TEXT NOT NULL,
  benefit_type      TEXT NOT NULL,
  reviewed_on       TEXT NOT NULL,             -- YYYY-MM-DD
  who               TEXT NOT NULL,             -- staff number
  recorded_at       TEXT NOT NULL,             -- local time YYYY-MM-DD HH:MM:SS
  steps             TEXT NOT NULL DEFAULT '{}',  -- JSON object: step code -> {field key: value}, as case_steps
  outcome           TEXT NOT NULL
    CHECK (outcome = 'continue' OR outcome = 'adjust' OR outcome = 'suspend' OR outcome = 'end'),
  reason            TEXT NOT NULL DEFAULT '',
  effective_month   TEXT NOT NULL,             -- YYYY-MM
  amount_before_fen INTEGER NOT NULL CHECK (amount_before_fen >= 0),
  amount_after_fen  INTEGER NOT NULL CHECK (amount_after_fen >= 0),
  next_review_after TEXT NOT NULL DEFAULT '',  -- the benefit's next_review after this one ('' once ended)
  FOREIGN KEY (id_number, benefit_type) REFERENCES benefits(id_number, benefit_type)
);
CREATE INDEX benefit_reviews_by_benefit ON benefit_reviews(id_number, benefit_type, id);
CREATE INDEX benefit_reviews_by_outcome ON benefit_reviews(outcome, effective_month);
-- Staff's current mark on a 主动发现 entry (rule, person, the entry's period key).
CREATE TABLE discovery_marks (
  rule      TEXT NOT NULL,                     -- the rule's code (assets/catalog/discovery.toml)
  id_number TEXT NOT NULL REFERENCES residents(id_number),
  period    TEXT NOT NULL,                     -- the entry's period key (e.g. YYYY-MM), '' if none
  mark      TEXT NOT NULL CHECK (mark = 'contacted' OR mark = 'not_eligible' OR mark = 'applied'),
  who       TEXT NOT NULL,
  at        TEXT NOT NULL,                     -- local time YYYY-MM-DD HH:MM:SS
  note      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (rule, id_number, period)
) WITHOUT ROWID;
-- The 年审 due list: benefits still paid or suspended, by their next review.
CREATE INDEX benefits_by_next_review ON benefits(next_review) WHERE status <> 'ended';
-- 主动发现: certificate holders, and failed payments by month (both a small share of their tables).
CREATE INDEX residents_with_disability_cert ON residents(disability_cert) WHERE disability_cert <> '';
CREATE INDEX payments_failed_by_period ON payments(period, resident, benefit_type) WHERE status = 'failed';
)sql";

// Version 13 (issue 22, 好差评): residents' ratings of a kiosk visit or a counter's application. A
// new table only, which version-12 code never touches, so version-9 code still reads and writes the
// file. visit_key makes it one rating per visit or application (core/domain/rating.h).
inline constexpr const char* kVersion13 = R"sql(
CREATE TABLE ratings (
  id            INTEGER PRIMARY KEY,
  visit_key     TEXT NOT NULL UNIQUE,
  rated_at      TEXT NOT NULL,                 -- local time YYYY-MM-DD HH:MM:SS
  channel       TEXT NOT NULL CHECK (channel = 'kiosk' OR channel = 'counter'),
  level         INTEGER NOT NULL CHECK (level >= 1 AND level <= 5),  -- 5 非常满意 … 1 非常不满意
  reason        TEXT,                          -- a reason code, for levels 1 and 2 only
  item_code     TEXT,                          -- catalog item; NULL: a kiosk visit without one
  acceptance_no TEXT,
  hall_code     TEXT NOT NULL,
  terminal      INTEGER NOT NULL CHECK (terminal >= 1),  -- the kiosk's or the window's number
  staff_no      TEXT,                          -- counter: who served
  CHECK ((level <= 2 AND reason IS NOT NULL) OR (level >= 3 AND reason IS NULL))
);
CREATE INDEX ratings_by_time ON ratings(rated_at);
)sql";

// Each step's SQL and the oldest code version that can still read and write a file at that
// version (the file's compatible_version after migrating there).
struct Step {
  const char* sql;
  int compatible;
};
// Version 14 (issue 20): the statistics read money per month and category from an index alone (no
// table rows: bench/stats_bench, a million payments), and each person's household without a sort.
inline constexpr const char* kVersion14 = R"sql(
CREATE INDEX payments_by_period_totals ON payments(period, benefit_type, status, amount_fen);
CREATE INDEX household_members_by_person ON household_members(id_number);
)sql";

// Version 15 (issue 21): the PostgreSQL hall store's audit rows carry a keyed hash chain per
// connection (store/pg/audit_chains.h). A SQLite store's audit log lives in a file of its own and
// is chained there (store/audit_log.h), so its step changes nothing — it keeps both stores'
// version numbers in step, and version-9 code still reads and writes the file.
inline constexpr const char* kVersion15 = "";

// Version 19 (issue 21): the PostgreSQL store's audit chains are linked in the order they began
// (store/pg/audit_chain_links.h). A SQLite store's audit file is one chain already: nothing changes.
inline constexpr const char* kVersion19 = "";

// Version 16 (issue 20): store/schema_step_village.h.
// Version 17 (issue 20): store/schema_step_totals.h.
// Version 18 (issue 20): store/schema_step_village.h.

inline constexpr std::array kSteps = {
    Step{kVersion1, 1},
    Step{kVersion2, 2},
    Step{kVersion3, 2},
    Step{kVersion4, 2},
    Step{kVersion5, 2},
    Step{kVersion6, 6},
    Step{kVersion7, 6},
    Step{kVersion8, 6},
    Step{kVersion9, 9},
    Step{kVersion10, 9},
    Step{kVersion11, 9},
    Step{kVersion12, 9},
    Step{kVersion13, 9},
    Step{kVersion14, 9},
    Step{kVersion15, 9},
    Step{kVersion16, 9},
    Step{kVersion17, 9},
    Step{kVersion18, 9},
    Step{kVersion19, 9},
};
static_assert(kSteps.size() == kSchemaVersion);
static_assert(kSteps.back().compatible == kCompatibleVersion);

}  // namespace store::sqlite_schema
