// `onewindow notice supplement|rejection|publicity` as processes on a SQLite file and on the
// PostgreSQL hall store: the papers' words read back (the receipt bytes decoded from GB18030, the
// PDF through pdftotext), masked names and ID numbers only where the public sees them, 60 cases over
// three A4 pages with the header on each, the same bytes twice, an unwritable target that leaves
// nothing behind, and a printer out of paper after the decision (exit 1; the decision stands).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "app/text_encoding.h"
#include "core/domain/masking.h"
#include "source_scan.h"
#include "store/audit_log.h"
#include "store/case_desk_support.h"
#include "store/hall_key.h"
#include "store/store_backends.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

std::string slurp(const std::filesystem::path& p) { return source_scan::read(p); }

// The receipt's text as one run (lines joined, so a wrapped sentence reads whole): text-mode bytes
// are GB18030 between ESC/POS commands — ESC @, ESC x n, GS x n and FS x (Chinese mode on/off); no
// GB18030 byte is 0x1b-0x1d.
std::string receipt_text(const std::filesystem::path& bin) {
  const std::string raw = slurp(bin);
  std::string text;
  for (std::size_t i = 0; i < raw.size();) {
    const char c = raw[i];
    if (c == '\x1b') i += i + 1 < raw.size() && raw[i + 1] == '@' ? 2 : 3;
    else if (c == '\x1d') i += 3;
    else if (c == '\x1c') i += 2;
    else if (c == '\n') ++i;
    else text += raw[i++];
  }
  return app::convert_text_to_utf8_lossy(text, "GB18030");
}

std::string without_spaces(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
  return s;
}

// pdftotext of one page (1-based), spaces removed (it spaces CJK text as it likes).
std::string pdf_page_text(const Sandbox& s, const std::filesystem::path& pdf, int page) {
  const auto txt = s.path("page.txt");
  const std::string cmd = "pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                          q(pdf.string()) + " " + q(txt.string());
  REQUIRE(std::system(cmd.c_str()) == 0);
  return without_spaces(slurp(txt));
}

int pdf_pages(const Sandbox& s, const std::filesystem::path& pdf) {
  const auto info = s.path("info.txt");
  REQUIRE(std::system(("pdfinfo " + q(pdf.string()) + " > " + q(info.string())).c_str()) == 0);
  const std::string text = slurp(info);
  const auto at = text.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(text.substr(at + 6));
}

void fill(const test_support::StoreBackend& backend, int n) {
  auto db = backend.open();
  case_support::add_staff(db);
  for (int i = 1; i <= n; ++i) case_support::add_application(db, i);
}

}  // namespace

STORE_TEST("notice publicity: 60 cases on three A4 pages, header on each, masked, read back, the same bytes twice") {
  Sandbox s;
  fill(backend, 60);
  {
    auto db = backend.open();
    for (int i = 1; i <= 60; ++i) case_support::publicize(db, i, "R01", 50000 + i, "2026-12-01 09:00:00", "2026-12-10");
  }
  const std::string db = " --db " + q(backend.location()) + " --date 2026-12-01";
  const auto pdf = s.path("list.pdf");
  auto r = s.run("notice publicity --pdf " + q(pdf.string()) + db);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out == "publicity: 60 cases, PDF 3 pages\n");
  REQUIRE(pdf_pages(s, pdf) == 3);
  std::string all;
  for (int page = 1; page <= 3; ++page) {
    CAPTURE(page);
    const std::string text = pdf_page_text(s, pdf, page);
    CHECK(text.find("社会救助审核公示名单") != std::string::npos);
    CHECK(text.find("公示期：2026-12-01至2026-12-10") != std::string::npos);
    CHECK(text.find("电话：025-84000000") != std::string::npos);
    for (const char* column : {"序号", "姓名", "身份证号", "项目", "拟保障金额（元/月）"})
      CHECK_MESSAGE(text.find(column) != std::string::npos, column);
    CHECK(text.find("第" + std::to_string(page) + "页共3页") != std::string::npos);
    all += text;
  }
  for (int i : {1, 24, 25, 60}) {
    CAPTURE(i);
    CHECK(all.find(core::mask_id_number(case_support::id_for(i))) != std::string::npos);
    CHECK(all.find(case_support::id_for(i)) == std::string::npos);
    char amount[16];
    std::snprintf(amount, sizeof amount, "500.%02d", i);
    CHECK(all.find(amount) != std::string::npos);
  }
  CHECK(all.find("王*英") != std::string::npos);
  CHECK(all.find("王秀英") == std::string::npos);
  CHECK(all.find("共60件") != std::string::npos);

  const auto again = s.path("again.pdf");
  REQUIRE(s.run("notice publicity --pdf " + q(again.string()) + db).exit_code == 0);
  CHECK(slurp(again) == slurp(pdf));

  // On the receipt printer: the same cases, masked.
  const auto bin = s.path("list.bin");
  auto slip = s.run("notice publicity --escpos " + q(bin.string()) + " --mode text" + db);
  REQUIRE_MESSAGE(slip.exit_code == 0, slip.err);
  const std::string receipt = receipt_text(bin);
  CHECK(receipt.find(core::mask_id_number(case_support::id_for(60))) != std::string::npos);
  CHECK(receipt.find("王秀英") == std::string::npos);
  CHECK(receipt.find("025-84000000") != std::string::npos);

  // Nothing half-written: a folder that does not exist, or a folder in the file's place.
  auto missing = s.run("notice publicity --pdf " + q(s.path("no/such/dir/x.pdf").string()) + db);
  CHECK(missing.exit_code == 2);
  CHECK(std::count(missing.err.begin(), missing.err.end(), '\n') == 1);
  std::filesystem::create_directory(s.path("taken.pdf"));
  CHECK(s.run("notice publicity --pdf " + q(s.path("taken.pdf").string()) + db).exit_code == 2);
  CHECK(std::filesystem::is_directory(s.path("taken.pdf")));
  auto later = s.run("notice publicity --from 2026-12-02 --pdf " + q(s.path("later.pdf").string()) + db);
  CHECK(later.exit_code == 1);
  CHECK(later.err.find("no application is on public notice (from 2026-12-02)") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("later.pdf")));
  CHECK(s.run("notice publicity" + db).exit_code == 2);
  CHECK(s.run("notice publicity --from 2026-13-01 --pdf x.pdf" + db).exit_code == 2);
}

// Dark pixels in a band of page 1 drawn at 72 dpi (one pixel a point), through pdftoppm.
int ink_in_band(const Sandbox& s, const std::filesystem::path& pdf, int top_pt, int height_pt) {
  const auto out = s.path("band");
  const std::string cmd = "pdftoppm -gray -r 72 -f 1 -l 1 -y " + std::to_string(top_pt) + " -H " + std::to_string(height_pt) +
                          " -x 0 -W 595 " + q(pdf.string()) + " " + q(out.string());
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::string pgm;
  for (const auto& f : std::filesystem::directory_iterator(s.path("")))
    if (f.path().filename().string().rfind("band", 0) == 0 && f.path().extension() == ".pgm") pgm = slurp(f.path());
  REQUIRE(pgm.rfind("P5", 0) == 0);
  // Header: P5, width, height, maxval, each followed by whitespace; then the pixels.
  std::size_t at = 0;
  for (int fields = 0; fields < 4; ++fields) {
    while (at < pgm.size() && !std::isspace(static_cast<unsigned char>(pgm[at]))) ++at;
    ++at;
  }
  int dark = 0;
  for (std::size_t i = at; i < pgm.size(); ++i) dark += static_cast<unsigned char>(pgm[i]) < 128;
  return dark;
}

TEST_CASE("notice publicity: every character is drawn — 如, which cairo's embedded CJK subset left blank") {
  test_support::SqliteBackend backend;
  Sandbox s;
  fill(backend, 1);
  {
    auto db = backend.open();
    case_support::publicize(db, 1, "R01", 50000, "2026-12-01 09:00:00", "2026-12-10");
  }
  const auto config = s.path("hall.toml");
  std::ofstream(config) << "[hall]\nname = \"如如如如如如\"\n";
  const auto pdf = s.path("ru.pdf");
  auto r = s.run("notice publicity --pdf " + q(pdf.string()) + " --config " + q(config.string()) + " --db " +
                 q(backend.location()) + " --date 2026-12-01");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(pdf_page_text(s, pdf, 1).find("如如如如如如") != std::string::npos);
  // The hall's line (12 pt on the baseline 96 pt from the top) holds nothing but 如.
  CHECK(ink_in_band(s, pdf, 82, 18) > 100);
}

STORE_TEST("notice supplement and rejection: the resident's papers, refused for the wrong status, paper out after the decision") {
  Sandbox s;
  fill(backend, 2);
  const std::string one = case_support::acceptance_no(1), two = case_support::acceptance_no(2);
  const std::string db = " --db " + q(backend.location());
  const std::string day1 = db + " --at '2026-12-01 09:00:00'";
  REQUIRE(s.run("queue claim " + one + " --staff R01" + day1).exit_code == 0);
  const auto bin = s.path("supplement.bin");
  auto early = s.run("notice supplement " + one + " --escpos " + q(bin.string()) + db);
  CHECK(early.exit_code == 1);
  CHECK(early.err.find("is 已受理, not 待补正") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(bin));
  REQUIRE(s.run("queue decide " + one + " supplement hukoubu --staff R01" + day1).exit_code == 0);
  auto supplement = s.run("notice supplement " + one + " --mode text --escpos " + q(bin.string()) + " --out " +
                          q(s.path("supplement.png").string()) + " --date 2026-12-01" + db);
  REQUIRE_MESSAGE(supplement.exit_code == 0, supplement.err);
  CHECK(supplement.out == one + ": text mode, generic-80, " + std::to_string(std::filesystem::file_size(bin)) + " bytes\n");
  CHECK(std::filesystem::file_size(s.path("supplement.png")) > 0);
  const std::string paper = receipt_text(bin);
  for (const char* part : {"补正材料通知书", "王*英", "户口簿", "玄武区锁金村街道便民服务中心窗口补交", "025-84000000",
                           "2026-12-01"})
    CHECK_MESSAGE(paper.find(part) != std::string::npos, std::string(part) << " in " << paper);
  CHECK(paper.find("王秀英") == std::string::npos);
  {
    // The paper named the applicant: a look-up in the audit log, under the sandbox's hall key.
    auto key = store::HallKey::load_or_create(s.path("xdg/onewindow/hall.key"));
    REQUIRE(key.ok());
    auto store = backend.open();
    store::AuditLog log(store, *key);
    CHECK(log.count_for(case_support::id_for(1)).value() == 1);
    CHECK(log.count_for(case_support::id_for(2)).value() == 0);
  }

  {
    auto store = backend.open();
    case_support::publicize(store, 2, "R01", 52800, "2026-12-01 09:00:00", "2026-12-10");
  }
  const std::string day2 = db + " --at '2026-12-11 10:00:00'";
  CHECK(s.run("notice rejection " + two + " --escpos " + q(s.path("r.bin").string()) + db).exit_code == 1);
  REQUIRE(s.run("queue claim " + two + " --staff P01" + day2).exit_code == 0);
  REQUIRE(s.run("queue decide " + two + " reject --note " + q("家庭人均收入高于当地低保标准") + " --staff P01" + day2).exit_code == 0);
  const auto rbin = s.path("rejection.bin");
  auto rejection = s.run("notice rejection " + two + " --mode text --escpos " + q(rbin.string()) + db);
  REQUIRE_MESSAGE(rejection.exit_code == 0, rejection.err);
  const std::string letter = receipt_text(rbin);
  for (const char* part : {"不予批准告知书", "王秀英", "家庭人均收入高于当地低保标准", "2026-12-11", "六十日内", "行政复议",
                           "六个月内", "行政诉讼"})
    CHECK_MESSAGE(letter.find(part) != std::string::npos, std::string(part) << " in " << letter);

  // The printer runs out of paper: the decision stands, the command says so, and prints again.
  auto out_of_paper = s.run("notice rejection " + two + " --print --demo --demo-paper-out" + db);
  CHECK(out_of_paper.exit_code == 1);
  CHECK(out_of_paper.err.find("not printed") != std::string::npos);
  CHECK(out_of_paper.err.find("run the command again to reprint") != std::string::npos);
  CHECK(store_cli::query_rows(backend.location(), "SELECT status FROM applications WHERE acceptance_no = " + q(two)) ==
        "rejected\n");
  auto reprint = s.run("notice rejection " + two + " --print --demo" + db);
  CHECK_MESSAGE(reprint.exit_code == 0, reprint.err);

  CHECK(s.run("notice rejection 320102-01-20261123-9999 --print --demo" + db).exit_code == 1);
  CHECK(s.run("notice rejection " + two + db).exit_code == 2);                        // no output asked for
  CHECK(s.run("notice rejection " + two + " --demo-paper-out --print" + db).exit_code == 2);  // without --demo
  CHECK(s.run("notice supplement --print --demo" + db).exit_code == 2);               // no number
}
