// The outbox push (store/hall_sync.h) between a counter's SQLite file and a real PostgreSQL hall
// store: a push repeated after a lost reply adds nothing, a hall store that goes away mid-sync
// loses nothing and the push completes once it is back, and the batches cover large outboxes.
#include "store/hall_sync.h"

#include <doctest/doctest.h>

#include <cstdio>

#include "pg_test_server.h"
#include "store/intake_commit.h"
#include "store/pg/roles.h"
#include "store/slip_prints_table.h"
#include "store/hall_sync_prints.h"
#include "store/hall_sync_ratings.h"
#include "store/ratings_table.h"
#include "store/hall_staff.h"
#include "store/staff_table.h"
#include "store_fixture.h"

using namespace store;

namespace {

core::Application draft(int k) {
  core::Application a;
  char uuid[40];
  std::snprintf(uuid, sizeof uuid, "%08d-2222-4333-8444-555555555555", k);
  a.uuid = uuid;
  a.item_code = "laonian";
  a.applicant_id = test_support::kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-23 09:30:00";
  a.due = "2026-11-24";
  a.members.push_back({test_support::kIdOld, "本人"});
  a.materials.push_back({"idcard", "身份证", true, true});
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  return a;
}

void accept(Database& local, int from, int to) {
  const IntakePlace place{"320102", 5, 2026, 11, 23};
  for (int k = from; k < to; ++k) REQUIRE(commit_application(local, place, draft(k)).ok());
}

long count(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  return static_cast<long>(st->int64(0));
}

constexpr const char* kIdentity = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

std::string uuid_of(int k) {
  char uuid[40];
  std::snprintf(uuid, sizeof uuid, "%08d-2222-4333-8444-555555555555", k);
  return uuid;
}

}  // namespace

TEST_CASE("a push repeated after a lost reply marks what the hall already holds and adds nothing") {
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  test_support::PgDatabase pg;
  auto hall = open_store(pg.uri());
  REQUIRE(hall.ok());
  accept(local, 0, kHallSyncBatch + 20);  // two batches
  CHECK(count_unsynced(local).value() == static_cast<long>(kHallSyncBatch) + 20);

  auto out = push_outbox(local, *hall, kIdentity, "2026-11-23 10:00:00");
  CHECK_MESSAGE(out.trouble == HallTrouble::None, out.message);
  CHECK(out.pushed == static_cast<long>(kHallSyncBatch) + 20);
  CHECK(out.pending == 0);
  CHECK(count_unsynced(local).value() == 0);
  CHECK(count(*hall, "SELECT count(*) FROM application_members") == static_cast<long>(kHallSyncBatch) + 20);
  CHECK(count(*hall, "SELECT count(*) FROM application_events") == static_cast<long>(kHallSyncBatch) + 20);

  // The hall committed but the local marks were lost (a crash between the two transactions).
  REQUIRE(local.exec("DELETE FROM hall_sync WHERE application_uuid >= '00000500'").ok());
  auto again = push_outbox(local, *hall, "ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee", "2026-11-23 10:05:00");
  CHECK_MESSAGE(again.trouble == HallTrouble::None, again.message);
  CHECK(again.pushed == 0);
  CHECK(again.already_there == 20);
  CHECK(count(*hall, "SELECT count(*) FROM applications") == static_cast<long>(kHallSyncBatch) + 20);
  CHECK(count(*hall, "SELECT count(*) FROM application_events") == static_cast<long>(kHallSyncBatch) + 20);
  // The file kept its first identity (the fresh one offered later is ignored).
  CHECK(count(*hall, std::string("SELECT count(*) FROM terminals WHERE store_uuid = '") + kIdentity + "'") == 1);
}

TEST_CASE("the hall store stopping mid-sync loses nothing and the next push after it returns completes") {
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  test_support::PrivateServer server;
  auto hall = open_store(server.uri());
  REQUIRE(hall.ok());
  accept(local, 0, 30);
  REQUIRE(push_outbox(local, *hall, kIdentity, "2026-11-23 10:00:00").trouble == HallTrouble::None);
  accept(local, 30, 45);

  REQUIRE(server.run("halt") == 0);  // the open connection dies under the push
  auto down = push_outbox(local, *hall, kIdentity, "2026-11-23 10:01:00");
  CHECK(down.trouble == HallTrouble::Unreachable);
  CHECK(down.message.find('\n') == std::string::npos);
  CHECK(down.pending == 15);
  CHECK(count_unsynced(local).value() == 15);

  REQUIRE(server.run("resume") == 0);
  auto up = push_outbox(local, *hall, kIdentity, "2026-11-23 10:02:00");  // the session reconnects
  CHECK_MESSAGE(up.trouble == HallTrouble::None, up.message);
  CHECK(up.pushed == 15);
  CHECK(count(*hall, "SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-05-%'") == 45);
}

TEST_CASE("a counter login of the hall store can push its outbox, a kiosk login is refused and nothing is lost") {
  test_support::PgDatabase pg;
  {
    auto owner = open_store(pg.uri());
    REQUIRE(owner.ok());
    REQUIRE(pg::grant_roles(owner.value()).ok());
  }
  const std::string tag = pg.name();
  test_support::pg_admin_exec("DROP ROLE IF EXISTS hk_" + tag + "; DROP ROLE IF EXISTS hc_" + tag + ";"
                              "CREATE ROLE hk_" + tag + " LOGIN IN ROLE onewindow_kiosk;"
                              "CREATE ROLE hc_" + tag + " LOGIN IN ROLE onewindow_counter");
  auto as = [&](const std::string& role) {
    std::string uri = pg.uri();
    uri.replace(uri.find("user=postgres"), 13, "user=" + role);
    return uri;
  };
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  accept(local, 0, 4);
  {
    auto kiosk = open_store(as("hk_" + tag));
    REQUIRE(kiosk.ok());
    auto refused = push_outbox(local, *kiosk, kIdentity, "2026-11-23 10:00:00");
    CHECK(refused.trouble == HallTrouble::Refused);
    CHECK(refused.message.find("permission denied") != std::string::npos);
    CHECK(refused.pending == 4);
  }
  {
    auto counter = open_store(as("hc_" + tag));
    REQUIRE(counter.ok());
    auto out = push_outbox(local, *counter, kIdentity, "2026-11-23 10:00:00");
    CHECK_MESSAGE(out.trouble == HallTrouble::None, out.message);
    CHECK(out.pushed == 4);
    CHECK(count(*counter, "SELECT count(*) FROM applications") == 4);
  }
  test_support::pg_admin_exec("DROP OWNED BY hk_" + tag + ", hc_" + tag + " CASCADE");
  test_support::pg_admin_exec("DROP ROLE hk_" + tag + "; DROP ROLE hc_" + tag);
}

TEST_CASE("slip prints recorded before and after an application's push reach the hall once, never ahead of it") {
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  test_support::PgDatabase pg;
  auto hall = open_store(pg.uri());
  REQUIRE(hall.ok());
  SlipPrintsTable slips(local);
  accept(local, 0, 2);
  REQUIRE(slips.record({uuid_of(0), "2026-11-23 09:30:05", 5, "A07", SlipOutcome::Printed, ""}).ok());
  auto first = push_outbox(local, *hall, kIdentity, "2026-11-23 09:31:00");
  CHECK_MESSAGE(first.trouble == HallTrouble::None, first.message);
  CHECK(first.prints_pushed == 1);

  // After the push: application 1's slip ran out of paper, then printed; nothing else is pending.
  REQUIRE(slips.record({uuid_of(1), "2026-11-23 09:35:00", 5, "A07", SlipOutcome::Failed, "缺纸"}).ok());
  REQUIRE(slips.record({uuid_of(1), "2026-11-23 09:36:10", 5, "A07", SlipOutcome::Printed, ""}).ok());
  CHECK(count_unsynced(local).value() == 0);
  CHECK(has_anything_to_push(local).value());
  auto later = push_outbox(local, *hall, kIdentity, "2026-11-23 09:40:00");
  CHECK_MESSAGE(later.trouble == HallTrouble::None, later.message);
  CHECK(later.prints_pushed == 2);
  CHECK_FALSE(has_anything_to_push(local).value());
  CHECK(count(*hall, "SELECT count(*) FROM slip_prints WHERE outcome = 'failed' AND reason = '缺纸'") == 1);
  CHECK(count(*hall, "SELECT count(*) FROM slip_prints") == 3);

  // A print of an application the hall does not hold yet waits for it; rows after it wait too.
  accept(local, 2, 3);
  REQUIRE(slips.record({uuid_of(2), "2026-11-23 09:45:00", 5, "A07", SlipOutcome::Printed, ""}).ok());
  REQUIRE(slips.record({uuid_of(0), "2026-11-23 09:46:00", 5, "A07", SlipOutcome::Printed, ""}).ok());
  CHECK(push_slip_prints(local, *hall).value() == 0);
  CHECK(count_unsynced_prints(local).value() == 2);
  auto third = push_outbox(local, *hall, kIdentity, "2026-11-23 09:50:00");
  CHECK_MESSAGE(third.trouble == HallTrouble::None, third.message);
  CHECK(third.pushed == 1);
  CHECK(third.prints_pushed == 2);
  CHECK(count(*hall, "SELECT count(*) FROM slip_prints") == 5);

  // The hall took them but the local mark was lost (a crash between the two): nothing doubles.
  REQUIRE(local.exec("DELETE FROM meta WHERE key = 'hall_sync_prints'").ok());
  CHECK(count_unsynced_prints(local).value() == 5);
  auto again = push_outbox(local, *hall, kIdentity, "2026-11-23 09:55:00");
  CHECK_MESSAGE(again.trouble == HallTrouble::None, again.message);
  CHECK(count(*hall, "SELECT count(*) FROM slip_prints") == 5);
  CHECK(count_unsynced_prints(local).value() == 0);
}

TEST_CASE("好差评 given at a local-first counter reach the hall once, with their reason, window and staff") {
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  test_support::PgDatabase pg;
  auto hall = open_store(pg.uri());
  REQUIRE(hall.ok());
  auto rating = [](int k, int level) {
    core::Rating r;
    r.visit_key = "application:320102-05-20261123-000" + std::to_string(k);
    r.rated_at = "2026-11-23 09:3" + std::to_string(k) + ":00";
    r.channel = core::RatingChannel::Counter;
    r.level = level;
    if (core::rating_needs_reason(level)) r.reason = "slow";
    r.item_code = "laonian";
    r.acceptance_no = "320102-05-20261123-000" + std::to_string(k);
    r.hall_code = "320102";
    r.terminal = 5;
    r.staff_no = "A07";
    return r;
  };
  accept(local, 0, 1);
  RatingsTable ratings(local);
  REQUIRE(ratings.insert(rating(1, 5)).value());
  REQUIRE(ratings.insert(rating(2, 1)).value());
  CHECK(count_unsynced_ratings(local).value() == 2);
  auto first = push_outbox(local, *hall, kIdentity, "2026-11-23 09:40:00");
  CHECK_MESSAGE(first.trouble == HallTrouble::None, first.message);
  CHECK(first.pushed == 1);
  CHECK(first.ratings_pushed == 2);
  CHECK(count_unsynced_ratings(local).value() == 0);
  // In the hall as given: the low one with its reason, NULL where the counter had none.
  CHECK(count(*hall, "SELECT count(*) FROM ratings WHERE level = 1 AND reason = 'slow' AND terminal = 5 AND "
                     "staff_no = 'A07' AND item_code = 'laonian' AND channel = 'counter'") == 1);
  CHECK(count(*hall, "SELECT count(*) FROM ratings WHERE level = 5 AND reason IS NULL") == 1);
  auto month = RatingsTable(*hall).level_counts("2026-11");
  REQUIRE(month.ok());
  CHECK((*month)[0] == 1);
  CHECK((*month)[4] == 1);

  // A rating given after the last push is all there is to send: the outbox says so.
  CHECK_FALSE(has_anything_to_push(local).value());
  REQUIRE(ratings.insert(rating(3, 3)).value());
  CHECK(has_anything_to_push(local).value());
  CHECK(push_outbox(local, *hall, kIdentity, "2026-11-23 09:45:00").ratings_pushed == 1);
  CHECK(count(*hall, "SELECT count(*) FROM ratings") == 3);

  // The hall took them but the local mark was lost (a crash between the two): nothing doubles, and
  // a visit the hall holds a rating for keeps its first.
  REQUIRE(local.exec("DELETE FROM meta WHERE key = 'hall_sync_ratings'").ok());
  REQUIRE(hall->exec("UPDATE ratings SET level = 4 WHERE visit_key LIKE '%0003'").ok());
  auto again = push_outbox(local, *hall, kIdentity, "2026-11-23 09:50:00");
  CHECK_MESSAGE(again.trouble == HallTrouble::None, again.message);
  CHECK(count(*hall, "SELECT count(*) FROM ratings") == 3);
  CHECK(count(*hall, "SELECT level FROM ratings WHERE visit_key LIKE '%0003'") == 4);
  CHECK(count_unsynced_ratings(local).value() == 0);
}

TEST_CASE("a counter copies the hall's staff into its file, keeping its own lockout and its own accounts") {
  test_support::TempDir dir;
  auto local = test_support::open_test_store(dir / "counter.db");
  test_support::PgDatabase pg;
  auto hall = open_store(pg.uri());
  REQUIRE(hall.ok());
  StaffTable hall_staff(*hall);
  REQUIRE(hall_staff.add({"A07", "李娜", core::StaffRole::Counter, true}, "2468").value());
  REQUIRE(hall_staff.add({"B01", "陈建华", core::StaffRole::Reviewer, true}, "1357").value());
  StaffTable counter_staff(local);
  REQUIRE(counter_staff.add({"C09", "本地", core::StaffRole::Counter, true}, "9999").value());

  CHECK(pull_staff(*hall, local).value() == 2);
  auto a07 = counter_staff.account("A07").value();
  REQUIRE(a07.has_value());
  CHECK(a07->member.name == "李娜");
  CHECK(a07->has_pin);
  CHECK(count(local, "SELECT count(*) FROM staff") == 3);  // C09, the counter's own, stays
  CHECK(pull_staff(*hall, local).value() == 0);             // nothing changed in the hall

  // The counter counted wrong PINs; the hall then resets B01's PIN and disables A07.
  REQUIRE(local.exec("UPDATE staff SET failed_pins = 2 WHERE staff_no = 'A07'").ok());
  REQUIRE(hall_staff.disable("A07").value());
  REQUIRE(hall_staff.set_pin("B01", "8642").value());
  CHECK(pull_staff(*hall, local).value() == 2);
  CHECK(count(local, "SELECT failed_pins FROM staff WHERE staff_no = 'A07'") == 2);
  CHECK(count(local, "SELECT active FROM staff WHERE staff_no = 'A07'") == 0);
  CHECK(count(local, "SELECT count(*) FROM staff WHERE staff_no = 'C09' AND active = 1") == 1);
  auto hall_hash = hall->prepare("SELECT pin_hash FROM staff WHERE staff_no = 'B01'");
  REQUIRE(hall_hash.ok());
  REQUIRE(hall_hash->step().value());
  auto local_hash = local.prepare("SELECT pin_hash FROM staff WHERE staff_no = 'B01'");
  REQUIRE(local_hash.ok());
  REQUIRE(local_hash->step().value());
  CHECK(local_hash->text(0) == hall_hash->text(0));
}
