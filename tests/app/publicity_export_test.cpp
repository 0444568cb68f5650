// The back office's 打印公示名单 writes the A4 PDF into the terminal's export folder
// (app/slip/publicity_export.h): the folder is the counter's ([counter] export_dir, else
// <data dir>/exports), made when missing; the file is there, named for the day and terminal, and
// pdftotext reads its title and the masked rows back; a folder that cannot be made is an error
// and leaves nothing behind.
#include "app/slip/publicity_export.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/i18n_file.h"
#include "source_scan.h"
#include "store_cli_support.h"

namespace {

using store_cli::Sandbox;

const core::Catalog& words() {
  static const core::Catalog c = [] {
    auto loaded = app::load_catalog(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return c;
}

std::string pdf_text(const Sandbox& s, const std::filesystem::path& pdf) {
  const auto txt = s.path("out.txt");
  const std::string cmd = "pdftotext '" + pdf.string() + "' '" + txt.string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::string text = source_scan::read(txt), out;
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\f') out += c;
  return out;
}

std::vector<core::PublicityEntry> two_cases() {
  return {{"320102-01-20261120-0001", "张秀英", "320102195003150021", "城乡低保", "2026-11-30", "2026-12-09", 52850},
          {"320102-01-20261120-0002", "李建国", "320102194811020037", "高龄津贴", "2026-11-30", "2026-12-09", 0}};
}

}  // namespace

TEST_CASE("publicity export: the folder is the counter's, named by config or under the data dir") {
  core::Config c;
  c.counter.export_dir = "/srv/hall/exports";
  CHECK(app::slip::export_folder(c) == "/srv/hall/exports");
  c.counter.export_dir.clear();
  CHECK(app::slip::export_folder(c).filename() == "exports");
  CHECK(app::slip::publicity_file_name("2026-12-10", 3) == "公示名单-2026-12-10-03.pdf");
}

TEST_CASE("publicity export: the PDF is written into a folder made for it, and reads back") {
  Sandbox s;
  const core::Config config;
  const auto dir = s.path("exports/deep");
  const core::NoticeContext context{"玄武区社会救助服务中心", "025-84401234", "2026-12-10"};
  auto written = app::slip::write_publicity_pdf(two_cases(), context, words(), config.fonts.chain, dir, 3);
  REQUIRE_MESSAGE(written.ok(), (written.ok() ? "" : written.error().message));
  CHECK(*written == dir / "公示名单-2026-12-10-03.pdf");
  REQUIRE(std::filesystem::exists(*written));
  const std::string text = pdf_text(s, *written);
  CHECK(text.find("社会救助审核公示名单") != std::string::npos);
  CHECK(text.find("025-84401234") != std::string::npos);
  CHECK(text.find("共2件") != std::string::npos);
  CHECK(text.find("张秀英") == std::string::npos);  // names and ID numbers masked on the board
  CHECK(text.find("320102195003150021") == std::string::npos);
}

TEST_CASE("publicity export: a folder that cannot be made is an error, and nothing is written") {
  Sandbox s;
  const core::Config config;
  const auto blocker = s.path("file");
  { std::ofstream(blocker) << "x"; }
  const core::NoticeContext context{"玄武区社会救助服务中心", "025-84401234", "2026-12-10"};
  auto written = app::slip::write_publicity_pdf(two_cases(), context, words(), config.fonts.chain, blocker / "exports", 1);
  CHECK_FALSE(written.ok());
  CHECK_FALSE(std::filesystem::exists(blocker / "exports"));
}
