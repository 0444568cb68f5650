#pragma once
// The PostgreSQL hall store's upgrades from schema version 16 on (issues 20 and 21), listed in
// store/pg/schema_ddl.h kUpgrades: each one's SQL, and why.

namespace store::pg {

// Version 16 (issue 20): each resident's township and village beside the address
// (store/schema_step_village.h; the rule of core/domain/address_village.h), set by a trigger
// for every writer and filled in once for the rows already there.
inline constexpr const char* kUpgrade16 = R"sql(
ALTER TABLE residents ADD COLUMN township text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN village text COLLATE "C" NOT NULL DEFAULT '';
-- Where a 镇 or 乡 ends the township: the first of the two first ones with no 市, 县 or 区 in the
-- two characters after it (镇江市…镇, 新乡市…乡); 0 when neither.
CREATE FUNCTION residents_township_end(address text, marker text) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  pos integer := strpos(address, marker);
  next_pos integer;
  next_two text;
BEGIN
  FOR look IN 1..2 LOOP
    EXIT WHEN pos = 0;
    next_two := substr(address, pos + 1, 2);
    IF strpos(next_two, '市') = 0 AND strpos(next_two, '县') = 0 AND strpos(next_two, '区') = 0 THEN RETURN pos; END IF;
    next_pos := strpos(substr(address, pos + 1), marker);
    EXIT WHEN next_pos = 0;
    pos := pos + next_pos;
  END LOOP;
  RETURN 0;
END
$$;
CREATE FUNCTION residents_set_village() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  after_township text;
BEGIN
  NEW.township := CASE WHEN strpos(NEW.address, '街道') > 0 THEN substr(NEW.address, 1, strpos(NEW.address, '街道') + 1)
                       WHEN residents_township_end(NEW.address, '镇') > 0 THEN substr(NEW.address, 1, residents_township_end(NEW.address, '镇'))
                       WHEN residents_township_end(NEW.address, '乡') > 0 THEN substr(NEW.address, 1, residents_township_end(NEW.address, '乡'))
                       ELSE '' END;
  after_township := substr(NEW.address, length(NEW.township) + 1);
  NEW.village := CASE WHEN strpos(after_township, '社区') > 0 THEN substr(after_township, 1, strpos(after_township, '社区') + 1)
                      WHEN strpos(after_township, '村') > 0 THEN substr(after_township, 1, strpos(after_township, '村'))
                      ELSE '' END;
  RETURN NEW;
END
$$;
CREATE TRIGGER residents_village BEFORE INSERT OR UPDATE OF address ON residents
  FOR EACH ROW EXECUTE FUNCTION residents_set_village();
UPDATE residents SET address = address;
)sql";

// Version 17 (issue 20): the statistics' running figures (store/schema_step_totals.h): money
// per month, benefit type and status moved once per statement that writes payments (a roster
// import's COPY and upsert included), in key order so two writers lock them alike; each
// application's first decision day set when that event is written.
inline constexpr const char* kUpgrade17 = R"sql(
CREATE TABLE payment_month_totals (
  period       text COLLATE "C" NOT NULL,
  benefit_type text COLLATE "C" NOT NULL,
  status       text COLLATE "C" NOT NULL,
  payments     bigint NOT NULL,
  amount_fen   bigint NOT NULL,
  PRIMARY KEY (period, benefit_type, status)
);
INSERT INTO payment_month_totals
  SELECT period, benefit_type, status, count(*), sum(amount_fen) FROM payments GROUP BY period, benefit_type, status;
-- The rows a statement wrote, summed per key, are added (or taken away) in key order. The
-- functions run as their owner: no terminal's role may write the figures or the decision day itself.
CREATE FUNCTION payment_totals_move() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO payment_month_totals AS t
      SELECT period, benefit_type, status, count(*), sum(amount_fen) FROM new_rows
      GROUP BY period, benefit_type, status ORDER BY period, benefit_type, status
      ON CONFLICT (period, benefit_type, status)
      DO UPDATE SET payments = t.payments + EXCLUDED.payments, amount_fen = t.amount_fen + EXCLUDED.amount_fen;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO payment_month_totals AS t
      SELECT period, benefit_type, status, -count(*), -sum(amount_fen) FROM old_rows
      GROUP BY period, benefit_type, status ORDER BY period, benefit_type, status
      ON CONFLICT (period, benefit_type, status)
      DO UPDATE SET payments = t.payments + EXCLUDED.payments, amount_fen = t.amount_fen + EXCLUDED.amount_fen;
  ELSE
    INSERT INTO payment_month_totals AS t
      SELECT period, benefit_type, status, sum(n), sum(fen) FROM (
          SELECT period, benefit_type, status, 1 AS n, amount_fen AS fen FROM new_rows
          UNION ALL SELECT period, benefit_type, status, -1, -amount_fen FROM old_rows) moved
      GROUP BY period, benefit_type, status ORDER BY period, benefit_type, status
      ON CONFLICT (period, benefit_type, status)
      DO UPDATE SET payments = t.payments + EXCLUDED.payments, amount_fen = t.amount_fen + EXCLUDED.amount_fen;
  END IF;
  DELETE FROM payment_month_totals WHERE payments = 0;  -- a few hundred rows: months × types × statuses
  RETURN NULL;
END
$$;
CREATE TRIGGER payment_totals_on_insert AFTER INSERT ON payments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION payment_totals_move();
CREATE TRIGGER payment_totals_on_update AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION payment_totals_move();
CREATE TRIGGER payment_totals_on_delete AFTER DELETE ON payments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION payment_totals_move();
DROP INDEX payments_by_period_totals;

ALTER TABLE applications ADD COLUMN decided_on text COLLATE "C" NOT NULL DEFAULT '';
UPDATE applications a SET decided_on = d.on_day FROM (
  SELECT application_uuid, substr(min(at), 1, 10) AS on_day FROM application_events
  WHERE to_status = 'approved' OR to_status = 'rejected' GROUP BY application_uuid) d
  WHERE a.uuid = d.application_uuid;
CREATE FUNCTION application_set_decided_on() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE applications SET decided_on = substr(NEW.at, 1, 10)
    WHERE uuid = NEW.application_uuid AND (decided_on = '' OR decided_on > substr(NEW.at, 1, 10));
  RETURN NULL;
END
$$;
CREATE TRIGGER application_decided_on AFTER INSERT ON application_events
  FOR EACH ROW WHEN (NEW.to_status = 'approved' OR NEW.to_status = 'rejected')
  EXECUTE FUNCTION application_set_decided_on();
CREATE INDEX applications_by_decision ON applications(decided_on, item_code, accepted_at) WHERE decided_on <> '';
CREATE INDEX applications_by_due ON applications(due, item_code, status, decided_on);
DROP INDEX applications_by_day;
CREATE INDEX applications_by_day ON applications(accepted_at, item_code, status);
-- A hall whose roles were granted before (`onewindow db roles`) keeps its statistics readable.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onewindow_backoffice') THEN
    GRANT SELECT ON payment_month_totals TO onewindow_backoffice;
  END IF;
END $$;
)sql";

// Version 18 (issue 20): a 市 that begins 市场 is a market street, not a city (X镇市场路): the
// township rule again (store/schema_step_village.h kVersion18), every resident worked out again.
inline constexpr const char* kUpgrade18 = R"sql(
CREATE OR REPLACE FUNCTION residents_township_end(address text, marker text) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  pos integer := strpos(address, marker);
  next_pos integer;
  next_two text;
BEGIN
  FOR look IN 1..2 LOOP
    EXIT WHEN pos = 0;
    next_two := substr(address, pos + 1, 2);
    IF strpos(next_two, '县') = 0 AND strpos(next_two, '区') = 0
       AND (strpos(next_two, '市') = 0 OR strpos(substr(address, pos + 1, 3), '市场') > 0) THEN
      RETURN pos;
    END IF;
    next_pos := strpos(substr(address, pos + 1), marker);
    EXIT WHEN next_pos = 0;
    pos := pos + next_pos;
  END LOOP;
  RETURN 0;
END
$$;
UPDATE residents SET address = address;
)sql";

// Version 19 (issue 21): the audit chains linked in the order they began
// (store/pg/audit_chain_links.h), so a whole chain deleted with its head shows. Chains already
// there keep no place and are checked as before. Code before 19 would start unlinked chains:
// 19 is the compatible version.
inline constexpr const char* kUpgrade19 = R"sql(
ALTER TABLE audit_chains ADD COLUMN ordinal bigint;
ALTER TABLE audit_chains ADD COLUMN start_mac text COLLATE "C";
CREATE UNIQUE INDEX audit_chains_by_ordinal ON audit_chains(ordinal) WHERE ordinal IS NOT NULL;
CREATE TABLE audit_chain_tail (
  one     integer PRIMARY KEY CHECK (one = 1),
  ordinal bigint NOT NULL,
  mac     text COLLATE "C" NOT NULL
);
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onewindow_kiosk') THEN
    GRANT SELECT (chain_id, ordinal, start_mac) ON audit_chains TO onewindow_kiosk, onewindow_counter, onewindow_backoffice;
    GRANT SELECT, INSERT, UPDATE (ordinal, mac) ON audit_chain_tail TO onewindow_kiosk, onewindow_counter, onewindow_backoffice;
  END IF;
END $$;
)sql";

}  // namespace store::pg
