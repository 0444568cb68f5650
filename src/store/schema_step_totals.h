#pragma once
// Schema version 17's SQLite step (store/schema_steps.h lists every step): the statistics' running
// figures, kept by triggers so every writer keeps them right — roster import, the demo, a
// technician at the sqlite3 prompt and older code alike (the compatible version stays 9).

namespace store::sqlite_schema {

// Version 17 (issue 20): the statistics for a year summed a million payments' index entries and
// found each application's first decision among all its events at every look (bench/stats_bench:
// 250–340 ms for 12 months, against 200 ms asked). Now:
// - payment_month_totals holds count and money per month, benefit type and status, moved by each
//   insert, delete and change of a payment (about 1 µs per row written);
// - applications.decided_on is the day of the first decision (approved or rejected), set when that
//   event is written; '' while none.
// The covering index of version 14 that only the statistics read goes: a roster import writes one
// index fewer.
inline constexpr const char* kVersion17 = R"sql(
CREATE TABLE payment_month_totals (
  period       TEXT NOT NULL,
  benefit_type TEXT NOT NULL,
  status       TEXT NOT NULL,
  payments     INTEGER NOT NULL,
  amount_fen   INTEGER NOT NULL,
  PRIMARY KEY (period, benefit_type, status)
) WITHOUT ROWID;
INSERT INTO payment_month_totals
  SELECT period, benefit_type, status, COUNT(*), SUM(amount_fen) FROM payments GROUP BY period, benefit_type, status;
CREATE TRIGGER payment_totals_on_insert AFTER INSERT ON payments BEGIN
  INSERT INTO payment_month_totals VALUES (NEW.period, NEW.benefit_type, NEW.status, 1, NEW.amount_fen)
    ON CONFLICT (period, benefit_type, status)
    DO UPDATE SET payments = payments + 1, amount_fen = amount_fen + excluded.amount_fen;
END;
CREATE TRIGGER payment_totals_on_delete AFTER DELETE ON payments BEGIN
  UPDATE payment_month_totals SET payments = payments - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE period = OLD.period AND benefit_type = OLD.benefit_type AND status = OLD.status;
  DELETE FROM payment_month_totals
    WHERE period = OLD.period AND benefit_type = OLD.benefit_type AND status = OLD.status AND payments = 0;
END;
CREATE TRIGGER payment_totals_on_update AFTER UPDATE OF period, benefit_type, status, amount_fen ON payments BEGIN
  UPDATE payment_month_totals SET payments = payments - 1, amount_fen = amount_fen - OLD.amount_fen
    WHERE period = OLD.period AND benefit_type = OLD.benefit_type AND status = OLD.status;
  DELETE FROM payment_month_totals
    WHERE period = OLD.period AND benefit_type = OLD.benefit_type AND status = OLD.status AND payments = 0;
  INSERT INTO payment_month_totals VALUES (NEW.period, NEW.benefit_type, NEW.status, 1, NEW.amount_fen)
    ON CONFLICT (period, benefit_type, status)
    DO UPDATE SET payments = payments + 1, amount_fen = amount_fen + excluded.amount_fen;
END;
DROP INDEX payments_by_period_totals;

ALTER TABLE applications ADD COLUMN decided_on TEXT NOT NULL DEFAULT '';
UPDATE applications SET decided_on = coalesce((SELECT substr(MIN(e.at), 1, 10) FROM application_events e
  WHERE e.application_uuid = applications.uuid AND (e.to_status = 'approved' OR e.to_status = 'rejected')), '');
CREATE TRIGGER application_decided_on AFTER INSERT ON application_events
  WHEN NEW.to_status = 'approved' OR NEW.to_status = 'rejected' BEGIN
  UPDATE applications SET decided_on = substr(NEW.at, 1, 10)
    WHERE uuid = NEW.application_uuid AND (decided_on = '' OR decided_on > substr(NEW.at, 1, 10));
END;
-- Decided per month, and promises per month with what became of them: each read from an index.
CREATE INDEX applications_by_decision ON applications(decided_on, item_code, accepted_at) WHERE decided_on <> '';
CREATE INDEX applications_by_due ON applications(due, item_code, status, decided_on);
-- Received per month: the day ledger's index by day of acceptance, covering the statistics' columns.
DROP INDEX applications_by_day;
CREATE INDEX applications_by_day ON applications(accepted_at, item_code, status);
)sql";

}  // namespace store::sqlite_schema
