// app/xlsx: a workbook written by libxlsxwriter and read back by openpyxl keeps each cell's type
// (an 18-character ID number stays text, an amount stays a number in yuan), its styles and the
// sheet layout; the same book gives the same bytes (fixed creation time, fixed zip dates); bad
// books and unwritable places are one error line and leave no file behind.
#include "app/xlsx/workbook.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "../store_cli_support.h"
#include "xlsx_read.h"

namespace {

using namespace app::xlsx;
using store_cli::Sandbox;
using xlsx_test::cell;

std::string bytes_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Book sample() {
  Book b;
  b.title = "测试";
  Sheet s;
  s.name = "明细";
  s.freeze_first_row = true;
  s.filter_first_row = true;
  s.rows.push_back({text("姓名", Style::Header), text("身份证号", Style::Header), text("金额（元）", Style::Header),
                    text("人数", Style::Header)});
  s.rows.push_back({text("王䶮"), text("32010219350508001X"), yuan(35917), integer(3)});
  s.rows.push_back({text("𠀾生"), text("320102194501011236"), yuan(52800), integer(1)});
  s.rows.push_back({text("合计", Style::Total), empty(Style::Total), yuan(88717, Style::Total), integer(4, Style::Total)});
  fit_column_widths(s);
  Sheet second;
  second.name = "汇总";
  second.rows.push_back({text("a\tb"), number(0.5)});
  b.sheets = {s, second};
  return b;
}

std::size_t files_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("xlsx: cells keep their types, formats and styles when read back by openpyxl") {
  Sandbox s;
  const auto out = s.path("book.xlsx");
  auto written = write_book(sample(), out);
  REQUIRE_MESSAGE(written.ok(), (written.ok() ? "" : written.error().message));
  const auto doc = xlsx_test::read_xlsx(out);
  REQUIRE(doc["sheets"].size() == 2);
  const auto& detail = doc["sheets"][0];
  CHECK(detail["name"] == "明细");
  CHECK(detail["freeze"] == "A2");
  CHECK(detail["filter"] == "A1:D4");
  CHECK(cell(detail, 0, 1)[1] == "身份证号");
  CHECK(cell(detail, 0, 1)[3] == true);  // header bold
  CHECK(cell(detail, 1, 0)[1] == "王䶮");
  CHECK(cell(detail, 1, 1)[0] == "s");
  CHECK(cell(detail, 1, 1)[1] == "32010219350508001X");
  CHECK(cell(detail, 1, 1)[2] == "@");
  CHECK(cell(detail, 2, 1)[1] == "320102194501011236");  // all digits: still text, all 18 of them
  CHECK(cell(detail, 2, 0)[1] == "𠀾生");
  CHECK(cell(detail, 1, 2)[0] == "n");
  CHECK(cell(detail, 1, 2)[1].get<double>() == doctest::Approx(359.17).epsilon(1e-12));
  CHECK(cell(detail, 1, 2)[2] == "0.00");
  CHECK(cell(detail, 1, 3)[1] == 3);
  CHECK(cell(detail, 1, 3)[2] == "0");
  CHECK(cell(detail, 3, 0)[3] == true);  // total bold
  CHECK(cell(detail, 3, 2)[1].get<double>() == doctest::Approx(887.17).epsilon(1e-12));
  CHECK(cell(detail, 3, 1).is_null());
  CHECK(detail["widths"].size() == 4);
  CHECK(doc["sheets"][1]["rows"][0][0][1] == "a\tb");
  CHECK(doc["sheets"][1]["rows"][0][1][1].get<double>() == 0.5);
  CHECK(doc["title"] == "测试");
  CHECK(doc["created"].get<std::string>().rfind("2000-01-01T00:00:00", 0) == 0);
  CHECK(doc["zip_dates"].size() == 1);  // every entry the same fixed date: no clock in the file
  CHECK(files_in(s.path("")) == 1);     // nothing but the book (no temporary left)
}

TEST_CASE("xlsx: the same book gives the same bytes") {
  Sandbox s;
  REQUIRE(write_book(sample(), s.path("a.xlsx")).ok());
  REQUIRE(write_book(sample(), s.path("b.xlsx")).ok());
  const auto a = bytes_of(s.path("a.xlsx"));
  CHECK(a.size() > 1000);
  CHECK(a == bytes_of(s.path("b.xlsx")));
  Book other = sample();
  other.sheets[0].rows[1][2] = yuan(35918);
  REQUIRE(write_book(other, s.path("c.xlsx")).ok());
  CHECK(a != bytes_of(s.path("c.xlsx")));
}

TEST_CASE("xlsx: bad books and places are one error line and leave nothing behind") {
  Sandbox s;
  const auto dir = s.path("out");
  std::filesystem::create_directories(dir);
  auto no_sheets = write_book(Book{}, dir / "x.xlsx");
  REQUIRE_FALSE(no_sheets.ok());
  Book bad_name = sample();
  bad_name.sheets[1].name = "a/b";
  auto named = write_book(bad_name, dir / "x.xlsx");
  REQUIRE_FALSE(named.ok());
  CHECK(named.error().message.find("a/b") != std::string::npos);
  Book twice = sample();
  twice.sheets[1].name = twice.sheets[0].name;
  CHECK_FALSE(write_book(twice, dir / "x.xlsx").ok());
  Book not_utf8 = sample();
  not_utf8.sheets[0].rows[1][0] = text("\xff\xfe");
  auto garbled = write_book(not_utf8, dir / "x.xlsx");
  REQUIRE_FALSE(garbled.ok());
  CHECK(garbled.error().message.find("row 2 column 1") != std::string::npos);
  Book too_long = sample();
  too_long.sheets[0].rows[1][0] = text(std::string(32768, 'a'));
  CHECK_FALSE(write_book(too_long, dir / "x.xlsx").ok());
  CHECK(files_in(dir) == 0);

  auto missing = write_book(sample(), s.path("no/such/folder/x.xlsx"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("does not exist") != std::string::npos);

  // Read-only even for root (the tests may run as root): the immutable attribute.
  REQUIRE(std::system(("chattr +i '" + dir.string() + "'").c_str()) == 0);
  auto locked = write_book(sample(), dir / "x.xlsx");
  REQUIRE(std::system(("chattr -i '" + dir.string() + "'").c_str()) == 0);
  REQUIRE_FALSE(locked.ok());
  CHECK(locked.error().message.find("x.xlsx") != std::string::npos);
  CHECK(locked.error().message.find('\n') == std::string::npos);
  CHECK(files_in(dir) == 0);
}
