// Durability against a power cut (issue 21), not only atomicity against SIGKILL: press_accept runs
// on a store whose disk loses every write not yet synced (power_cut_vfs.h) at each of many I/O
// events. After the cut and SQLite's recovery: the file is whole; the application is there
// complete or not at all; a slip was never handed to the printer for an application that is gone;
// and the next application never gets a number a slip already carries.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>

#include "app/catalog_file.h"
#include "app/intake/intake_press.h"
#include "app/slip_test_support.h"
#include "app/store_cli_support.h"
#include "power_cut_vfs.h"
#include "store/schema.h"

namespace {

const std::string kFirst = "11111111-2222-4333-8444-000000000001";
const std::string kCut = "11111111-2222-4333-8444-000000000002";
const std::string kAfter = "11111111-2222-4333-8444-000000000003";

struct Hall {
  core::Config config;
  core::ServiceCatalog catalog;
  core::Catalog words;
  app::qr::SlipSigner signer = slip_test::test_signer();
  std::optional<app::slip::PrintDesk> print_desk;
  Hall() {
    ::setenv("ONEWINDOW_ASSETS", ONEWINDOW_SOURCE_DIR "/assets", 0);
    auto assets = app::load_catalog_assets(ONEWINDOW_SOURCE_DIR "/assets");
    REQUIRE(assets.ok());
    catalog = assets->catalog;
    words = assets->words;
    auto desk = app::slip::PrintDesk::open(config);
    REQUIRE(desk.ok());
    print_desk.emplace(std::move(*desk));
  }
};

core::Application filled(const std::string& uuid) {
  auto a = slip_test::sample_application();
  a.uuid = uuid;
  a.acceptance_no.clear();
  a.applicant_id = "320102198001011238";
  a.members = {{a.applicant_id, "本人"}, {"320102198203041248", "配偶"}};
  return a;
}

struct Pressed {
  bool opened = false;
  bool slip_to_printer = false;  // press_accept handed a print job back
  std::string number;
};

// Opens the store, presses 受理 once and closes it (the close runs through the shim as well).
Pressed press(Hall& h, const std::filesystem::path& file, const std::string& uuid) {
  Pressed out;
  auto db = store::open_store(file);
  if (!db) return out;
  out.opened = true;
  app::intake::IntakeDesk desk{db.value(), app::intake::intake_place(h.config, 2026, 12, 2), h.config, h.catalog,
                               h.words, h.signer, *h.print_desk};
  auto done = app::intake::press_accept(desk, filled(uuid));
  if (done.ok() && done->job) {
    out.slip_to_printer = true;
    out.number = done->application.acceptance_no;
  }
  return out;
}

void copy_store(const std::filesystem::path& from, const std::filesystem::path& to) {
  for (const char* suffix : {"", ".audit"}) {
    const std::filesystem::path f(from.string() + suffix);
    if (std::filesystem::exists(f)) std::filesystem::copy_file(f, to.string() + suffix);
  }
}

std::string rows(const std::filesystem::path& db, const std::string& sql) { return store_cli::query_rows(db, sql); }

// Everything stored about one application, as text: members, materials, events and the row.
std::string whole_application(const std::filesystem::path& db, const std::string& uuid) {
  const std::string where = " WHERE application_uuid = '" + uuid + "'";
  return rows(db, "SELECT acceptance_no, item_code, applicant_id, status FROM applications WHERE uuid = '" + uuid + "'") +
         rows(db, "SELECT id_number, relation FROM application_members" + where + " ORDER BY 1") +
         rows(db, "SELECT count(*) FROM application_materials" + where) +
         rows(db, "SELECT count(*) FROM application_events" + where);
}

}  // namespace

TEST_CASE("power cut: at every I/O event of an intake, the application is whole or absent and no slip outlives it") {
  store_cli::Sandbox box;
  Hall hall;
  const auto base = box.path("base.db");
  {
    auto first = press(hall, base, kFirst);
    REQUIRE(first.slip_to_printer);
    REQUIRE(first.number == "320102-01-20261202-0001");
  }
  // The whole press with no cut: how many events, and what a complete application looks like.
  copy_store(base, box.path("probe.db"));
  power_cut::install(0);
  const Pressed probe = press(hall, box.path("probe.db"), kCut);
  const std::int64_t total = power_cut::events();
  power_cut::uninstall();
  REQUIRE(probe.slip_to_printer);
  REQUIRE(total >= 4);
  const std::string complete = whole_application(box.path("probe.db"), kCut);
  REQUIRE(complete.find("320102-01-20261202-0002") == 0);

  // Every event when there are few; otherwise the first and last ten and a random sample between.
  std::set<std::int64_t> cuts;
  if (total <= 120) {
    for (std::int64_t i = 1; i <= total; ++i) cuts.insert(i);
  } else {
    std::mt19937_64 rng(20261202);
    for (std::int64_t i = 1; i <= 10; ++i) cuts.insert(i), cuts.insert(total + 1 - i);
    while (cuts.size() < 120) cuts.insert(1 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(total)));
  }
  int whole = 0, absent = 0, printed = 0;
  for (const std::int64_t cut : cuts) {
    CAPTURE(cut);
    const auto file = box.path("cut-" + std::to_string(cut) + ".db");
    copy_store(base, file);
    power_cut::install(cut);
    const Pressed p = press(hall, file, kCut);
    const bool failed = power_cut::failed();
    power_cut::uninstall();
    power_cut::restore_disk();
    CHECK(failed);

    // After the power comes back: SQLite's recovery on open, then the checks.
    REQUIRE(rows(file, "PRAGMA integrity_check") == "ok\n");
    const std::string found = whole_application(file, kCut);
    const bool there = rows(file, "SELECT count(*) FROM applications WHERE uuid = '" + kCut + "'") == "1\n";
    if (there) {
      CHECK(found == complete);
      ++whole;
    } else {
      CHECK(rows(file, "SELECT count(*) FROM application_members WHERE application_uuid = '" + kCut + "'") == "0\n");
      ++absent;
    }
    if (p.slip_to_printer) {
      ++printed;
      CHECK(there);  // never a slip whose application is gone
      CHECK(p.number == "320102-01-20261202-0002");
    }
    CHECK(rows(file, "SELECT acceptance_no FROM applications WHERE uuid = '" + kFirst + "'") == "320102-01-20261202-0001\n");
    // The next application after recovery never reuses a number.
    const Pressed next = press(hall, file, kAfter);
    REQUIRE(next.slip_to_printer);
    CHECK(next.number != "320102-01-20261202-0001");
    if (there) CHECK(next.number != "320102-01-20261202-0002");
    CHECK(rows(file, "SELECT count(DISTINCT acceptance_no) = count(*) FROM applications") == "1\n");
    std::filesystem::remove(file);
    std::filesystem::remove(file.string() + ".audit");
  }
  MESSAGE("power cuts at ", cuts.size(), " of ", total, " I/O events: application whole ", whole, ", absent ", absent,
          ", slip handed to the printer ", printed);
  // Both outcomes must have happened, or the cuts never fell across the commit.
  CHECK(whole > 0);
  CHECK(absent > 0);
}
