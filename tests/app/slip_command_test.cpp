// `onewindow slip render` and `onewindow escpos render` as a technician runs them.
#include <doctest/doctest.h>

#include <fstream>

#include "app/qr/png_gray.h"
#include "slip_test_support.h"
#include "store/applications_table.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store_cli_support.h"

namespace {

void store_sample(const std::filesystem::path& db_file, const core::Application& a) {
  auto db = store::open_store(db_file);
  REQUIRE(db.ok());
  auto tx = store::Transaction::begin(db.value());
  REQUIRE(tx.ok());
  core::Resident r;
  r.id_number = a.applicant_id;
  r.name = a.applicant_name;
  r.gender = "男";
  r.birth = "1980-01-01";
  REQUIRE(store::ResidentsTable(db.value()).insert(r).ok());
  auto inserted = store::ApplicationsTable(db.value()).insert(a);
  INFO((inserted.ok() ? std::string() : inserted.error().message));
  REQUIRE(inserted.ok());
  REQUIRE(tx->commit().ok());
}

}  // namespace

TEST_CASE("slip render CLI: bytes and image of a stored application, the QR verifies with the hall key") {
  store_cli::Sandbox box;
  const auto db = box.path("store.db");
  store_sample(db, slip_test::sample_application());
  for (const std::string mode : {"text", "raster"}) {
    CAPTURE(mode);
    const auto png = box.path("slip-" + mode + ".png"), bin = box.path("slip-" + mode + ".bin");
    const auto r = box.run("slip render --acceptance-no 320102-01-20261123-0042 --db " + db.string() + " --mode " +
                           mode + " --out " + png.string() + " --escpos " + bin.string());
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out.find(mode + " mode, generic-80") != std::string::npos);
    CHECK(std::filesystem::file_size(bin) > 100);
    const auto decoded = box.run("qr decode " + png.string());
    REQUIRE(decoded.exit_code == 0);
    const auto payload = decoded.out.substr(0, decoded.out.find('\n'));
    CHECK(payload.rfind("OW1:320102-01-20261123-0042:", 0) == 0);
    const auto verified = box.run("qr verify " + payload);
    CHECK(verified.exit_code == 0);
    CHECK(verified.out == "320102-01-20261123-0042\n");

    // The technician's tool renders the same bytes to the same picture.
    const auto again = box.path("again-" + mode + ".png");
    const auto e = box.run("escpos render " + bin.string() + " --out " + again.string());
    CHECK(e.exit_code == 0);
    auto a = app::qr::read_png_as_gray(png), b = app::qr::read_png_as_gray(again);
    REQUIRE((a.ok() && b.ok()));
    CHECK(a->pixels == b->pixels);
  }
}

TEST_CASE("slip render CLI: unknown number is exit 1, bad mode is exit 2, raster-58 profile") {
  store_cli::Sandbox box;
  const auto db = box.path("store.db");
  store_sample(db, slip_test::sample_application());
  const auto r = box.run("slip render --acceptance-no 320102-01-20261123-0043 --db " + db.string() + " --out " +
                         box.path("x.png").string());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("no application with acceptance number 320102-01-20261123-0043") != std::string::npos);
  const auto bad = box.run("slip render --acceptance-no 320102-01-20261123-0042 --db " + db.string() +
                           " --mode fancy --out " + box.path("x.png").string());
  CHECK(bad.exit_code == 2);
  const auto raster58 = box.run("slip render --acceptance-no 320102-01-20261123-0042 --db " + db.string() +
                                " --printer raster-58 --out " + box.path("r.png").string());
  CHECK(raster58.exit_code == 0);
  CHECK(raster58.out.find("raster mode, raster-58") != std::string::npos);
  auto img = app::qr::read_png_as_gray(box.path("r.png"));
  REQUIRE(img.ok());
  CHECK(img->width == 384);
}

TEST_CASE("escpos render CLI: code page 437 text, unknown commands listed but not fatal, width 384") {
  store_cli::Sandbox box;
  const auto bin = box.path("in.bin");
  {
    std::ofstream f(bin, std::ios::binary);
    const unsigned char bytes[] = {0x1B, 0x40, 'C', 'a', 'f', 0x82, 0x0A, 0x1B, 0x7E, 'x', 0x0A, 0x1D, 0x56, 0x00};
    f.write(reinterpret_cast<const char*>(bytes), sizeof bytes);
  }
  const auto out = box.path("out.png");
  const auto r = box.run("escpos render " + bin.string() + " --out " + out.string() + " --width 384");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("skipped ESC 0x7E at byte 7") != std::string::npos);
  CHECK(r.out.find("384x") != std::string::npos);
  CHECK(r.out.find("1 page(s), 1 skipped") != std::string::npos);
  const auto bad = box.run("escpos render " + bin.string() + " --out " + out.string() + " --width 500");
  CHECK(bad.exit_code == 2);
}
