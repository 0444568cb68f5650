// The kiosk's look-ups against a real SQLite demo store: what a card and a slip bring back, what
// an unknown person gets, and that every look-up leaves an audit row.
#include <doctest/doctest.h>

#include "../../store/temp_dir.h"
#include "app/catalog_file.h"
#include "app/demo_card_holders.h"
#include "app/demo_data.h"
#include "app/kiosk/kiosk_lookup.h"
#include "app/paths.h"
#include "store/audit_log.h"
#include "store/schema.h"

namespace {

struct DemoStore {
  test_support::TempDir dir;
  app::CatalogAssets assets;
  store::HallKey key = store::HallKey::from_bytes([] {
    store::HallKey::Bytes b;
    b.fill(7);
    return b;
  }());
  std::optional<store::Database> db;
  DemoStore() {
    auto a = app::load_catalog_assets(app::paths::assets_dir());
    REQUIRE(a);
    assets = std::move(*a);
    auto d = store::open_store(dir / "demo.db");
    REQUIRE(d);
    db.emplace(std::move(*d));
    app::DemoDataOptions o;
    o.residents = 60;
    o.months = 6;
    REQUIRE(app::generate_demo_data(*db, o, assets.catalog, assets.holidays));
  }
  app::KioskLookupContext context() { return {assets, key, "kiosk-01"}; }
};

const core::CivilTime kAt{2026, 11, 23, 10, 30, 0, 1};

}  // namespace

TEST_CASE("kiosk look-up: the demo card holder's benefits, payments and application timelines") {
  DemoStore s;
  auto e = app::look_up_resident_in(*s.db, s.context(), {7, app::kDemoHolderId, "1949-12-31", kAt});
  const auto* found = e.get_if<core::ev::ResidentFound>();
  REQUIRE(found);
  CHECK(found->session == 7);
  const core::KioskStatus& k = found->status;
  CHECK(k.name_masked == "张*");
  CHECK(k.id_masked.find(app::kDemoHolderId) == std::string::npos);
  REQUIRE(k.benefits.size() == 2);
  REQUIRE(k.payments.size() == core::kStatusPaymentsShown);
  CHECK(k.payments.front().period == "2026-10");
  CHECK(k.payments.front().status == core::PaymentStatus::Pending);
  REQUIRE(k.applications.size() == 2);
  const core::ApplicationProgress* waiting = nullptr;
  const core::ApplicationProgress* public_ = nullptr;
  for (const auto& a : k.applications) {
    if (a.status == core::ApplicationStatus::NeedsSupplement) waiting = &a;
    if (a.status == core::ApplicationStatus::Publicized) public_ = &a;
  }
  REQUIRE(waiting);
  CHECK(waiting->item_name == "临时救助申请");
  REQUIRE(waiting->missing_materials.size() == 1);
  CHECK(waiting->missing_materials[0].find("医疗费用票据") == 0);
  CHECK(waiting->side_on == "2026-11-18");
  REQUIRE(public_);
  CHECK(public_->steps[0].reached_on == "2026-10-26");
  CHECK(public_->steps[1].reached_on == "2026-10-28");
  CHECK(public_->steps[2].reached_on == "2026-11-16");
  CHECK(public_->steps[2].current);
  CHECK(public_->steps[3].reached_on.empty());
  CHECK(store::AuditLog(*s.db, s.key).count_for(app::kDemoHolderId).value() == 1);
}

TEST_CASE("kiosk look-up: a 91-year-old without 高龄津贴 is shown the hint with the materials to bring") {
  DemoStore s;
  auto e = app::look_up_resident_in(*s.db, s.context(), {1, app::kDemoElderId, "1935-05-08", kAt});
  const auto* found = e.get_if<core::ev::ResidentFound>();
  REQUIRE(found);
  REQUIRE(found->status.hints.size() == 1);
  CHECK(found->status.hints[0].item_code == "gaoling");
  CHECK(found->status.hints[0].reason.find("90") != std::string::npos);
  CHECK_FALSE(found->status.hints[0].materials.empty());
}

TEST_CASE("kiosk look-up: an unknown person is logged and still gets age hints from the card") {
  DemoStore s;
  auto e = app::look_up_resident_in(*s.db, s.context(), {2, "11010519300101001X", "1930-01-01", kAt});
  const auto* unknown = e.get_if<core::ev::ResidentUnknown>();
  REQUIRE(unknown);
  REQUIRE(unknown->hints.size() == 1);
  CHECK(unknown->hints[0].item_code == "gaoling");
  CHECK(store::AuditLog(*s.db, s.key).count_for("11010519300101001X").value() == 1);
}

TEST_CASE("kiosk look-up: a slip brings that application's progress only, and is logged under its applicant") {
  DemoStore s;
  auto e = app::look_up_slip_in(*s.db, s.context(), {3, app::kDemoHolderSlipNo, kAt});
  const auto* found = e.get_if<core::ev::ProgressFound>();
  REQUIRE(found);
  CHECK(found->progress.acceptance_no == app::kDemoHolderSlipNo);
  CHECK(found->progress.status == core::ApplicationStatus::NeedsSupplement);
  CHECK(found->progress.steps.size() == 5);
  CHECK(store::AuditLog(*s.db, s.key).count_for(app::kDemoHolderId).value() == 1);

  auto none = app::look_up_slip_in(*s.db, s.context(), {4, "320102-01-20260101-0999", kAt});
  CHECK(none.holds<core::ev::ProgressUnknown>());
}

TEST_CASE("kiosk look-up: a store that fails answers LookUpFailed, not a crash") {
  DemoStore s;
  REQUIRE((*store::audit_database(*s.db))->exec("DROP TABLE audit_log"));
  auto e = app::look_up_resident_in(*s.db, s.context(), {5, app::kDemoHolderId, "1949-12-31", kAt});
  const auto* failed = e.get_if<core::ev::LookUpFailed>();
  REQUIRE(failed);
  CHECK(failed->session == 5);
  CHECK_FALSE(failed->reason.empty());
}
