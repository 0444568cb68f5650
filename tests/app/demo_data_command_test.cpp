// `onewindow demo-data`: deterministic, every status, rare characters, valid ID numbers.
#include <doctest/doctest.h>

#include "store/schema.h"

#include <thread>
#include <vector>

#include "app/demo_card_holders.h"
#include "app/demo_data.h"
#include "base/id_number.h"
#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::Sandbox;

TEST_CASE("demo-data is deterministic and covers every application status") {
  Sandbox s;
  const auto a = s.path("a.db"), b = s.path("b.db");
  auto ra = s.run("demo-data --db " + a.string() + " --residents 600 --months 6 --seed 42");
  auto rb = s.run("demo-data --db " + b.string() + " --residents 600 --months 6 --seed 42");
  REQUIRE_MESSAGE(ra.exit_code == 0, ra.err);
  REQUIRE(rb.exit_code == 0);
  for (const char* sql : {"SELECT * FROM residents ORDER BY id_number", "SELECT * FROM benefits ORDER BY 1, 2",
                          "SELECT * FROM payments ORDER BY 1, 2, 3", "SELECT * FROM applications ORDER BY uuid",
                          "SELECT * FROM application_events ORDER BY id", "SELECT * FROM households ORDER BY 1"}) {
    INFO(sql);
    CHECK(query_rows(a, sql) == query_rows(b, sql));
  }
  CHECK(query_rows(a, "SELECT count(DISTINCT status) FROM applications") == "9\n");
  // What it prints is what it stored.
  const std::string stored = query_rows(a, "SELECT (SELECT count(*) FROM residents) || ' residents, ' || "
                                           "(SELECT count(*) FROM households) || ' households, ' || "
                                           "(SELECT count(*) FROM benefits) || ' benefits, ' || "
                                           "(SELECT count(*) FROM payments) || ' payments, ' || "
                                           "(SELECT count(*) FROM applications) || ' applications'");
  CHECK(ra.out == a.string() + ": " + stored);
  CHECK(query_rows(a, "SELECT count(*) FROM residents") == "600\n");
  CHECK(query_rows(a, "SELECT count(*) > 0 FROM residents WHERE name LIKE '%䶮%'") == "1\n");
  CHECK(query_rows(a, "SELECT count(*) > 0 FROM residents WHERE name LIKE '%𠀾%'") == "1\n");
  CHECK(query_rows(a, "SELECT count(*) FROM payments WHERE period > '2026-10'") == "0\n");
  for (const auto& line : {query_rows(a, "SELECT id_number FROM residents ORDER BY random() LIMIT 50")}) {
    std::size_t start = 0;
    while (start < line.size()) {
      auto nl = line.find('\n', start);
      CHECK(base::is_valid_id_number(line.substr(start, nl - start)));
      start = nl + 1;
    }
  }
  // A different seed gives different people; an existing store is refused.
  auto rc = s.run("demo-data --db " + s.path("c.db").string() + " --residents 600 --months 6 --seed 43");
  REQUIRE(rc.exit_code == 0);
  CHECK(query_rows(a, "SELECT id_number FROM residents ORDER BY 1 LIMIT 5") !=
        query_rows(s.path("c.db"), "SELECT id_number FROM residents ORDER BY 1 LIMIT 5"));
  auto again = s.run("demo-data --db " + a.string() + " --residents 10 --months 1");
  CHECK(again.exit_code == 2);
  CHECK(again.err.find("already holds residents") != std::string::npos);
}

TEST_CASE("demo-data usage errors") {
  Sandbox s;
  CHECK(s.run("demo-data --residents 10 --months 1").exit_code == 2);
  CHECK(s.run("demo-data --db " + s.path("x.db").string() + " --residents ten --months 1").exit_code == 2);
  CHECK(s.run("demo-data --db " + s.path("x.db").string() + " --residents 10").exit_code == 2);
}

TEST_CASE("the --demo store is generated once and then reused") {
  Sandbox s;
  const auto file = s.path("cache/onewindow/demo.db");
  std::filesystem::create_directories(file.parent_path());
  auto first = app::ensure_demo_store(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets", file);
  REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().message));
  CHECK(query_rows(file, "SELECT count(*) FROM residents") == std::to_string(app::kDemoResidents) + "\n");
  CHECK_FALSE(std::filesystem::exists(file.string() + ".generating"));
  auto t = std::filesystem::last_write_time(file);
  auto second = app::ensure_demo_store(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets", file);
  REQUIRE(second.ok());
  CHECK(std::filesystem::last_write_time(file) == t);
  // The terminal's cached demo store is named for this build's schema and demo edition, so a demo
  // store left by an older or newer build is never opened (it would be refused or lack rows).
  const auto name = app::demo_store_file(s.path("cache")).filename().string();
  CHECK(name == "demo-s" + std::to_string(store::kSchemaVersion) + "-e" + std::to_string(app::kDemoEdition) + ".db");
}

TEST_CASE("two terminals making the demo store at once both get the same whole store") {
  Sandbox s;
  const auto file = s.path("demo.db");
  std::vector<base::Result<std::filesystem::path>> made(2, base::Error{"not run"});
  {
    std::vector<std::jthread> makers;
    for (auto& m : made) makers.emplace_back([&m, &file] { m = app::ensure_demo_store(ONEWINDOW_SOURCE_DIR "/assets", file); });
  }
  for (const auto& m : made) REQUIRE_MESSAGE(m.ok(), (m.ok() ? std::string() : m.error().message));
  CHECK(query_rows(file, "SELECT count(*) > 1000 FROM residents") == "1\n");
  // Nothing of either run is left beside it.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(file.parent_path()))
    files += e.path().filename().string().find(".generating") != std::string::npos;
  CHECK(files == 0);
}

TEST_CASE("demo-data gives the back office open cases in every status it works on, one per 100 residents at least") {
  Sandbox s;
  const auto db = s.path("desk.db");
  REQUIRE(s.run("demo-data --db " + db.string() + " --residents 1000 --months 1 --seed 5").exit_code == 0);
  CHECK(query_rows(db, "SELECT count(*) >= 10 FROM applications WHERE status IN "
                       "('accepted', 'reviewing', 'needs_supplement', 'publicized', 'approved')") == "1\n");
  CHECK(query_rows(db, "SELECT status, count(*) > 0 FROM applications WHERE status IN "
                       "('accepted', 'reviewing', 'needs_supplement', 'publicized', 'approved') GROUP BY status ORDER BY status") ==
        "accepted|1\napproved|1\nneeds_supplement|1\npublicized|1\nreviewing|1\n");
  // Recorded steps, notices running and ended, and history rows saying what was done.
  CHECK(query_rows(db, "SELECT count(DISTINCT step) FROM case_steps") == "3\n");
  CHECK(query_rows(db, "SELECT count(*) > 0, sum(ends < '2026-11-23') > 0, sum(ends >= '2026-11-23') > 0 FROM case_notices") ==
        "1|1|1\n");
  CHECK(query_rows(db, "SELECT count(*) > 0 FROM application_events WHERE action = 'publicize'") == "1\n");
  // The demo's reviewer and approver find work.
  auto reviewer = s.run("queue claim --staff B01 --db " + db.string() + " --at '2026-11-23 09:00:00'");
  CHECK_MESSAGE(reviewer.exit_code == 0, reviewer.err);
  auto approver = s.run("queue claim --staff C01 --db " + db.string() + " --at '2026-11-23 09:00:00'");
  CHECK_MESSAGE(approver.exit_code == 0, approver.err);
}

TEST_CASE("demo-data cases are consistent, and the approver's oldest case is 王䶮's 低保 with its notice ended") {
  Sandbox s;
  const auto db = s.path("holders.db");
  REQUIRE(s.run("demo-data --db " + db.string() + " --residents 300 --months 1 --seed 21").exit_code == 0);
  // Every publicized case has its notice; every 待补正 case waits for at least one required material.
  CHECK(query_rows(db, "SELECT count(*) > 0 FROM applications WHERE status = 'publicized'") == "1\n");
  CHECK(query_rows(db, "SELECT count(*) FROM applications a WHERE a.status = 'publicized' AND NOT EXISTS "
                       "(SELECT 1 FROM case_notices n WHERE n.application_uuid = a.uuid)") == "0\n");
  CHECK(query_rows(db, "SELECT count(*) > 0 FROM applications WHERE status = 'needs_supplement'") == "1\n");
  CHECK(query_rows(db, "SELECT count(*) FROM applications a WHERE a.status = 'needs_supplement' AND NOT EXISTS "
                       "(SELECT 1 FROM application_materials m WHERE m.application_uuid = a.uuid AND m.required = 1 "
                       "AND m.received = 0)") == "0\n");
  const std::string elder = std::string(app::kDemoElderDibaoNo);
  CHECK(query_rows(db, "SELECT a.item_code, a.applicant_name, a.status, n.ends < '2026-11-23', n.proposed_fen, "
                       "(SELECT count(*) FROM case_steps c WHERE c.application_uuid = a.uuid) "
                       "FROM applications a JOIN case_notices n ON n.application_uuid = a.uuid WHERE a.acceptance_no = '" +
                           elder + "'") == "dibao|王䶮|publicized|1|64000|3\n");
  auto approver = s.run("queue claim --staff C01 --db " + db.string() + " --at '2026-11-23 09:00:00'");
  CHECK_MESSAGE(approver.exit_code == 0, approver.err);
  CHECK(approver.out == elder + "\n");
}
