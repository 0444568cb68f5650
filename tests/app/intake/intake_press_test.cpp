// app::intake::press_accept: commit first, then the slip of the committed number; a retry with the
// same UUID gives the same application and number; a refused commit leaves nothing behind.
#include <doctest/doctest.h>

#include <cstdlib>

#include "app/catalog_file.h"
#include "app/intake/intake_press.h"
#include "app/slip_test_support.h"
#include "app/store_cli_support.h"
#include "store/applications_table.h"
#include "store/schema.h"

namespace {

struct Counter {
  store_cli::Sandbox box;
  store::Database db;
  core::Config config;
  core::ServiceCatalog catalog;
  core::Catalog words;
  app::qr::SlipSigner signer = slip_test::test_signer();
  std::optional<app::slip::PrintDesk> print_desk;

  Counter() : db(open(box.path("store.db"))) {
    ::setenv("ONEWINDOW_ASSETS", ONEWINDOW_SOURCE_DIR "/assets", 0);
    auto assets = app::load_catalog_assets(ONEWINDOW_SOURCE_DIR "/assets");
    REQUIRE(assets.ok());
    catalog = assets->catalog;
    words = assets->words;
    auto desk = app::slip::PrintDesk::open(config);
    REQUIRE_MESSAGE(desk.ok(), (desk.ok() ? "" : desk.error().message));
    print_desk.emplace(std::move(*desk));
  }
  static store::Database open(const std::filesystem::path& file) {
    auto db = store::open_store(file);
    REQUIRE(db.ok());
    return std::move(db.value());
  }
  app::intake::IntakeDesk desk() {
    return {db, app::intake::intake_place(config, 2026, 11, 24), config, catalog, words, signer, *print_desk};
  }
  std::string count(const std::string& sql) { return store_cli::query_rows(box.path("store.db"), sql); }
};

core::Application filled(const std::string& uuid) {
  auto a = slip_test::sample_application();
  a.uuid = uuid;
  a.acceptance_no.clear();  // the press numbers it
  a.applicant_id = "320102198001011238";  // valid check digit (the sample's is not)
  a.members = {{a.applicant_id, "本人"}, {"320102198203041248", "配偶"}};
  return a;
}

}  // namespace

TEST_CASE("intake press: commits, then hands a slip whose QR verifies to the committed number") {
  Counter c;
  auto d = c.desk();
  auto first = app::intake::press_accept(d, filled("11111111-2222-4333-8444-555555555555"));
  REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().message));
  CHECK(first->application.acceptance_no == "320102-01-20261124-0001");
  CHECK(first->slip_problem.empty());
  REQUIRE(first->slip.has_value());
  REQUIRE(first->job.has_value());
  CHECK(first->job->size() > 100);
  const auto check = c.signer.verify(first->slip->qr_payload);
  CHECK(check.ok());
  CHECK(check.acceptance_no == first->application.acceptance_no);
  CHECK(c.count("SELECT count(*) FROM application_members WHERE application_uuid = "
                "'11111111-2222-4333-8444-555555555555'") == "2\n");

  auto second = app::intake::press_accept(d, filled("66666666-2222-4333-8444-555555555555"));
  REQUIRE(second.ok());
  CHECK(second->application.acceptance_no == "320102-01-20261124-0002");
}

TEST_CASE("intake press: pressing again with the same UUID gives the same number and one application") {
  Counter c;
  auto d = c.desk();
  auto first = app::intake::press_accept(d, filled("11111111-2222-4333-8444-555555555555"));
  REQUIRE(first.ok());
  auto again = app::intake::press_accept(d, filled("11111111-2222-4333-8444-555555555555"));
  REQUIRE(again.ok());
  CHECK(again->application.acceptance_no == first->application.acceptance_no);
  REQUIRE(again->slip.has_value());
  CHECK(again->slip->qr_payload == first->slip->qr_payload);
  CHECK(c.count("SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-01-20261124-%'") == "1\n");
}

TEST_CASE("intake press: a refused commit is an error, stores nothing and uses no number") {
  Counter c;
  auto d = c.desk();
  auto bad = filled("11111111-2222-4333-8444-555555555555");
  bad.applicant_id = "320102198001011234";  // wrong check digit
  auto refused = app::intake::press_accept(d, bad);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("not committed") != std::string::npos);
  CHECK(c.count("SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-01-20261124-%'") == "0\n");
  auto good = app::intake::press_accept(d, filled("66666666-2222-4333-8444-555555555555"));
  REQUIRE(good.ok());
  CHECK(good->application.acceptance_no == "320102-01-20261124-0001");
}
