// The store behaviours that matter, each run on both stores (STORE_TEST: once on a SQLite file,
// once on a database of the throwaway PostgreSQL server): roster import all or nothing, the kiosk's
// look-up with its audit row, applications and their acceptance numbers, staff, the day ledger.
#include <doctest/doctest.h>

#include <string>

#include "base/id_number.h"
#include "core/domain/civil_time.h"
#include "core/config.h"
#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/day_ledger.h"
#include "store/intake_commit.h"
#include "store/residents_table.h"
#include "store/roster_import.h"
#include "store/slip_prints_table.h"
#include "store/staff_table.h"
#include "store/status_query.h"
#include "store/store_backends.h"
#include "store/store_fixture.h"

using namespace store;

namespace {

std::string id_for(int i) {
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", 1950 + i % 20, 1 + (i / 20) % 12,
                1 + (i / 240) % 28, i % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

core::Roster payments(int people, const std::string& period) {
  core::Roster r;
  r.kind = core::RosterKind::PaymentRoster;
  for (int i = 0; i < people; ++i) {
    core::PaymentRosterRow row;
    row.line = i + 2;
    row.name = "张秀英";
    row.payment = {id_for(i), core::BenefitType::RuralDibao, period, 35917, period + "-10", "惠农一卡通",
                   core::PaymentStatus::Paid};
    r.payments.push_back(row);
  }
  return r;
}

long count(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  auto row = st->step();
  REQUIRE_MESSAGE(row.ok(), (row.ok() ? "" : row.error().message));
  return static_cast<long>(st->int64(0));
}

core::Application draft(const std::string& uuid, const std::string& applicant = test_support::kIdOld) {
  core::Application a;
  a.uuid = uuid;
  a.item_code = "laonian";
  a.applicant_id = applicant;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-23 09:30:00";
  a.due = "2026-12-21";
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  return a;
}

const HallKey& test_key() {
  static const HallKey key = HallKey::from_bytes(HallKey::Bytes{});
  return key;
}

}  // namespace

STORE_TEST("roster import adds people and payments, reports names, and importing again changes nothing") {
  auto db = backend.open();
  REQUIRE(ResidentsTable(db).insert(test_support::resident(id_for(3), "王建国", "1953-01-01")).ok());
  auto first = import_roster(db, payments(12, "2026-01"));
  REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().message));
  CHECK(first->inserted == 12);
  CHECK(first->new_residents == 11);
  REQUIRE(first->name_mismatches.size() == 1);
  CHECK(first->name_mismatches[0].stored_name == "王建国");
  auto again = import_roster(db, payments(12, "2026-01"));
  REQUIRE(again.ok());
  CHECK(again->unchanged == 12);
  CHECK(again->inserted == 0);
  CHECK(again->new_residents == 0);
  auto changed = payments(12, "2026-01");
  changed.payments[5].payment.amount_fen = 40000;
  auto third = import_roster(db, changed);
  REQUIRE(third.ok());
  CHECK(third->updated == 1);
  CHECK(third->unchanged == 11);
  CHECK(count(db, "SELECT count(*) FROM payment_records WHERE amount_fen = 40000") == 1);
}

STORE_TEST("roster import is all or nothing: a row the store refuses leaves no row of that roster") {
  auto db = backend.open();
  REQUIRE(import_roster(db, payments(3, "2026-01")).ok());
  auto bad = payments(20, "2026-02");
  bad.payments[17].payment.amount_fen = -1;  // the CHECK constraint refuses it, late in the roster
  auto r = import_roster(db, bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("line 19") != std::string::npos);
  auto other = backend.open();  // what another connection sees
  CHECK(count(other, "SELECT count(*) FROM payments") == 3);
  CHECK(count(other, "SELECT count(*) FROM residents") == 3);
  CHECK(count(other, "SELECT count(*) FROM payments WHERE period = '2026-02'") == 0);
  // The connection is usable afterwards.
  REQUIRE(import_roster(db, payments(4, "2026-02")).ok());
  CHECK(count(other, "SELECT count(*) FROM payments") == 7);
}

STORE_TEST("a roster writer left before its commit (a file that fails half-way) keeps nothing, and a name differing within the roster is reported") {
  auto db = backend.open();
  REQUIRE(import_roster(db, payments(3, "2026-01")).ok());
  {
    RosterWriter writer(db);
    REQUIRE(writer.start(2000).ok());
    auto rows = payments(2000, "2026-02");
    for (const auto& row : rows.payments) REQUIRE(writer.add(row).ok());
  }  // no commit: the file turned out unreadable, say
  auto other = backend.open();
  CHECK(count(other, "SELECT count(*) FROM payments") == 3);
  CHECK(count(other, "SELECT count(*) FROM residents") == 3);
  // A person new to the store, twice in one roster under two names: added under the first line's
  // name, the second line reported.
  core::Roster r = payments(5, "2026-03");
  r.payments[4].payment.id_number = r.payments[3].payment.id_number;
  r.payments[4].name = "张秀兰";
  r.payments[4].payment.type = core::BenefitType::UrbanDibao;
  auto report = import_roster(db, r);
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report->rows == 5);
  CHECK(report->inserted == 5);
  CHECK(report->new_residents == 1);
  REQUIRE(report->name_mismatches.size() == 1);
  CHECK(report->name_mismatches[0].line == r.payments[4].line);
  CHECK(report->name_mismatches[0].roster_name == "张秀兰");
  CHECK(report->name_mismatches[0].stored_name == "张秀英");
}

STORE_TEST("a kiosk look-up returns the person's rows and writes one keyed audit row, also for an unknown person") {
  auto db = backend.open();
  REQUIRE(import_roster(db, payments(2, "2026-01")).ok());
  REQUIRE(import_roster(db, payments(2, "2026-02")).ok());
  REQUIRE(commit_application(db, IntakePlace{"320102", 1, 2026, 11, 23}, draft("aaaaaaaa-0000-4000-8000-000000000001", id_for(1)))
              .ok());
  StatusQuery q(db, test_key());
  auto found = q.look_up({id_for(1), "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
  REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
  REQUIRE(found->has_value());
  CHECK(found->value().resident.name == "张秀英");
  REQUIRE(found->value().payments.size() == 2);
  CHECK(found->value().payments[0].period == "2026-02");  // newest first
  REQUIRE(found->value().applications.size() == 1);
  CHECK(found->value().applications[0].acceptance_no == "320102-01-20261123-0001");
  CHECK_FALSE(found->value().applications[0].events.empty());

  auto unknown = q.look_up({test_support::kIdZhang, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:01"});
  REQUIRE(unknown.ok());
  CHECK_FALSE(unknown->has_value());
  auto by_slip = q.look_up_application({"320102-01-20261123-0001", "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:02"});
  REQUIRE(by_slip.ok());
  REQUIRE(by_slip->has_value());
  CHECK(by_slip->value().applicant_id == id_for(1));

  AuditLog log(db, test_key());
  CHECK(log.count_for(id_for(1)).value() == 2);
  CHECK(log.count_for(test_support::kIdZhang).value() == 1);
  // The ID number never appears in clear.
  // Where the rows are: the hall store's table, or the SQLite store's audit file.
  Database& rows = *log.rows().value();
  CHECK(count(rows, "SELECT count(*) FROM audit_log WHERE whose_hash LIKE '%320102%'") == 0);
  CHECK(count(rows, "SELECT count(*) FROM audit_log") == 3);
}

STORE_TEST("applications: numbers per terminal and day, a retried UUID is not accepted twice, across connections") {
  const IntakePlace t1{"320102", 1, 2026, 11, 23};
  const IntakePlace t2{"320102", 2, 2026, 11, 23};
  std::string first;
  {
    auto db = backend.open();
    auto a = commit_application(db, t1, draft("11111111-2222-4333-8444-555555555555"));
    REQUIRE_MESSAGE(a.ok(), (a.ok() ? "" : a.error().message));
    first = a->acceptance_no;
    CHECK(first == "320102-01-20261123-0001");
    CHECK(ResidentsTable(db).find(test_support::kIdOld).value()->birth == "1945-01-01");
  }
  auto db = backend.open();
  auto retry = commit_application(db, t1, draft("11111111-2222-4333-8444-555555555555"));
  REQUIRE(retry.ok());
  CHECK(retry->acceptance_no == first);
  CHECK(commit_application(db, t1, draft("11111111-2222-4333-8444-555555555556")).value().acceptance_no ==
        "320102-01-20261123-0002");
  CHECK(commit_application(db, t2, draft("11111111-2222-4333-8444-555555555557")).value().acceptance_no ==
        "320102-02-20261123-0001");
  CHECK(ApplicationsTable(db).count_with_status(core::ApplicationStatus::Accepted).value() == 3);
  auto stored = ApplicationsTable(db).find_by_acceptance_no("320102-01-20261123-0002");
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  CHECK(stored->value().uuid == "11111111-2222-4333-8444-555555555556");
  CHECK(stored->value().materials.size() == draft("x").materials.size());
}

STORE_TEST("staff: add with a PIN, sign in, wrong PINs counted, disable, list in staff-number order") {
  auto db = backend.open();
  StaffTable staff(db);
  REQUIRE(staff.add({"B02", "王芳", core::StaffRole::Reviewer, true}, "2468").value());
  REQUIRE(staff.add({"A07", "李娜", core::StaffRole::Counter, true}, "4321").value());
  CHECK_FALSE(staff.add({"A07", "李娜", core::StaffRole::Counter, true}, "4321").value());
  const core::CivilTime nine{2026, 11, 23, 9, 0, 0, 1};
  core::Config::Counter rules;
  auto wrong = staff.sign_in("A07", "0000", nine, rules);
  REQUIRE(wrong.ok());
  CHECK(std::get<core::sign_in::WrongPin>(*wrong).tries_left == 4);
  auto right = staff.sign_in("A07", "4321", nine, rules);
  REQUIRE(right.ok());
  CHECK(std::get<core::sign_in::SignedIn>(*right).staff.name == "李娜");
  REQUIRE(staff.disable("B02").value());
  CHECK_FALSE(staff.disable("Z99").value());
  auto all = staff.list();
  REQUIRE(all.ok());
  REQUIRE(all->size() == 2);
  CHECK(all->at(0).member.staff_no == "A07");
  CHECK_FALSE(all->at(1).member.active);
}

STORE_TEST("the day ledger lists one day's applications in acceptance order with their slip state") {
  auto db = backend.open();
  const IntakePlace t1{"320102", 1, 2026, 11, 23};
  auto a = draft("aaaaaaaa-0000-4000-8000-000000000001");
  a.accepted_at = "2026-11-23 11:00:00";
  auto b = draft("aaaaaaaa-0000-4000-8000-000000000002");
  b.accepted_at = "2026-11-23 08:00:00";
  auto c = draft("aaaaaaaa-0000-4000-8000-000000000003");
  c.accepted_at = "2026-11-24 08:00:00";
  for (auto* d : {&a, &b, &c}) REQUIRE(commit_application(db, t1, *d).ok());
  SlipPrintsTable slips(db);
  REQUIRE(slips.record({a.uuid, "2026-11-23 11:00:03", 1, "A07", SlipOutcome::Failed, "缺纸"}).ok());
  REQUIRE(slips.record({a.uuid, "2026-11-23 11:00:03", 1, "A07", SlipOutcome::Printed, ""}).ok());
  REQUIRE(slips.record({b.uuid, "2026-11-23 08:00:01", 1, "A07", SlipOutcome::Failed, "缺纸"}).ok());
  auto rows = DayLedger(db).rows("2026-11-23");
  REQUIRE_MESSAGE(rows.ok(), (rows.ok() ? "" : rows.error().message));
  REQUIRE(rows->size() == 2);
  CHECK(rows->at(0).application_uuid == b.uuid);
  CHECK(rows->at(0).slip == core::SlipState::Failed);
  CHECK(rows->at(1).application_uuid == a.uuid);
  CHECK(rows->at(1).slip == core::SlipState::Printed);  // the later of two prints in one second
}
