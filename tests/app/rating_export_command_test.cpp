// `onewindow rating export` as a process (app/rating_export.h): ratings written by the store class
// come back as counts per channel, item and level and as rows — the CSV parsed (UTF-8 with a BOM),
// the XLSX read back by openpyxl; an empty month is headers and zero totals; unwritable places and
// bad arguments are exit 2 with one line and nothing left behind.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/ratings_table.h"
#include "store_cli_support.h"
#include "xlsx/xlsx_read.h"

namespace {

using store_cli::Sandbox;
using xlsx_test::cell;

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string bytes_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// CRLF lines of plain comma-separated fields (the export quotes none of these).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    const std::string line = text.substr(at, end - at);
    std::vector<std::string> cells;
    std::size_t from = 0;
    while (true) {
      const std::size_t comma = line.find(',', from);
      cells.push_back(line.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
    rows.push_back(std::move(cells));
    at = end + 2;
  }
  return rows;
}

core::Rating rating(const std::string& key, core::RatingChannel ch, int level, const std::string& at,
                    std::optional<std::string> item, std::optional<std::string> reason = std::nullopt) {
  core::Rating r;
  r.visit_key = key;
  r.rated_at = at;
  r.channel = ch;
  r.level = level;
  r.reason = std::move(reason);
  r.item_code = std::move(item);
  r.hall_code = "320102";
  r.terminal = ch == core::RatingChannel::Counter ? 2 : 1;
  if (ch == core::RatingChannel::Counter) {
    r.staff_no = "A01";
    r.acceptance_no = key.substr(std::string("application:").size());
  }
  return r;
}

void seed(const Sandbox& s, const std::string& db_target) {
  auto migrated = s.run("db migrate --db " + quoted(db_target));
  REQUIRE_MESSAGE(migrated.exit_code == 0, migrated.err);
  auto db = store::Database::open(db_target);
  REQUIRE(db.ok());
  store::RatingsTable t(*db);
  using core::RatingChannel;
  REQUIRE(t.insert(rating("kiosk:320102-01:20261202093000-1", RatingChannel::Kiosk, 4, "2026-12-02 09:30:00",
                          std::nullopt))
              .value());
  REQUIRE(t.insert(rating("application:320102-02-20261202-0001", RatingChannel::Counter, 2, "2026-12-02 10:00:00",
                          "dibao", "waiting"))
              .value());
  REQUIRE(t.insert(rating("application:320102-02-20261203-0001", RatingChannel::Counter, 5, "2026-12-03 10:00:00",
                          "dibao"))
              .value());
  REQUIRE(t.insert(rating("application:320102-02-20261101-0001", RatingChannel::Counter, 5, "2026-11-01 10:00:00",
                          "dibao"))
              .value());
}

cli_test::Run export_to(const Sandbox& s, const std::string& db, const std::string& args,
                        const std::filesystem::path& out) {
  return s.run("rating export " + args + " --out " + quoted(out.string()) + " --db " + quoted(db));
}

const std::vector<std::string> kCountHeader = {"渠道", "事项代码", "事项", "非常满意", "满意", "基本满意",
                                               "不满意", "非常不满意", "合计"};

}  // namespace

TEST_CASE("rating export: the CSV (UTF-8 with a BOM) has counts per channel, item and level, a total, and the rows") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto out = s.path("ratings.csv");
  auto r = export_to(s, db, "--month 2026-12 --format csv", out);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out == "2026-12: 3 ratings -> " + out.string() + "\n");
  const std::string bytes = bytes_of(out);
  REQUIRE(bytes.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto rows = parse_csv(bytes.substr(3));
  REQUIRE(rows.size() == 1 + 2 + 1 + 1 + 1 + 3);
  CHECK(rows[0] == kCountHeader);
  CHECK(rows[1] == std::vector<std::string>{"自助机", "", "", "0", "1", "0", "0", "0", "1"});
  CHECK(rows[2][0] == "窗口");
  CHECK(rows[2][1] == "dibao");
  CHECK(rows[2][2].find("低保") != std::string::npos);  // the catalog's name
  CHECK(std::vector<std::string>(rows[2].begin() + 3, rows[2].end()) ==
        std::vector<std::string>{"1", "0", "0", "1", "0", "2"});
  CHECK(rows[3] == std::vector<std::string>{"合计", "", "", "1", "1", "0", "1", "0", "3"});
  CHECK(rows[4] == std::vector<std::string>{""});
  CHECK(rows[5] == std::vector<std::string>{"评价时间", "渠道", "评价", "原因", "事项代码", "事项", "受理编号", "大厅",
                                            "终端/窗口号", "工号"});
  CHECK(rows[6][0] == "2026-12-02 09:30:00");
  CHECK(rows[6][2] == "满意");
  CHECK(rows[7][2] == "不满意");
  CHECK(rows[7][3] == "等候时间长");
  CHECK(rows[7][6] == "320102-02-20261202-0001");
  CHECK(rows[7][8] == "2");
  CHECK(rows[7][9] == "A01");
  CHECK(rows[8][0] == "2026-12-03 10:00:00");
}

TEST_CASE("rating export: the XLSX reads back with typed counts on 汇总 and the rows on 明细") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto out = s.path("ratings.xlsx");
  auto r = export_to(s, db, "--month 2026-12 --format xlsx", out);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto doc = xlsx_test::read_xlsx(out);
  REQUIRE(doc["sheets"].size() == 2);
  const auto& summary = doc["sheets"][0];
  const auto& detail = doc["sheets"][1];
  CHECK(summary["name"] == "汇总");
  CHECK(detail["name"] == "明细");
  for (std::size_t c = 0; c < kCountHeader.size(); ++c) CHECK(cell(summary, 0, c)[1] == kCountHeader[c]);
  REQUIRE(summary["rows"].size() == 4);
  CHECK(cell(summary, 2, 1)[1] == "dibao");
  CHECK(cell(summary, 2, 3)[0] == "n");
  CHECK(cell(summary, 2, 3)[1].get<double>() == 1);
  CHECK(cell(summary, 3, 0)[1] == "合计");
  CHECK(cell(summary, 3, 8)[1].get<double>() == 3);
  REQUIRE(detail["rows"].size() == 4);
  CHECK(cell(detail, 2, 3)[1] == "等候时间长");
  CHECK(cell(detail, 2, 6)[1] == "320102-02-20261202-0001");
}

TEST_CASE("rating export: a month without ratings is headers and zero totals, exit 0") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto csv = s.path("october.csv");
  auto r = export_to(s, db, "--month 2026-10 --format csv", csv);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto rows = parse_csv(bytes_of(csv).substr(3));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == kCountHeader);
  CHECK(rows[1] == std::vector<std::string>{"合计", "", "", "0", "0", "0", "0", "0", "0"});
  const auto xlsx = s.path("october.xlsx");
  auto x = export_to(s, db, "--month 2026-10 --format xlsx", xlsx);
  REQUIRE_MESSAGE(x.exit_code == 0, x.err);
  const auto doc = xlsx_test::read_xlsx(xlsx);
  CHECK(doc["sheets"][0]["rows"].size() == 2);
  CHECK(doc["sheets"][1]["rows"].size() == 1);
}

TEST_CASE("rating export: bad arguments and unwritable places are exit 2 with one line, and leave nothing behind") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto dir = s.path("exports");
  std::filesystem::create_directories(dir);
  for (const std::string args : {"--month 2026-13 --format xlsx", "--month 2026-1 --format csv", "--format xlsx",
                                 "--month 2026-12 --format pdf", "--month 2026-12"}) {
    auto r = export_to(s, db, args, dir / "x.out");
    CHECK_MESSAGE(r.exit_code == 2, args);
    CHECK_MESSAGE(one_line(r.err), args << ": " << r.err);
  }
  auto no_folder = export_to(s, db, "--month 2026-12 --format csv", s.path("no/such/folder/r.csv"));
  CHECK(no_folder.exit_code == 2);
  CHECK(one_line(no_folder.err));
  // Read-only even for root (the tests may run as root): the immutable attribute.
  REQUIRE(std::system(("chattr +i " + quoted(dir.string())).c_str()) == 0);
  auto xlsx = export_to(s, db, "--month 2026-12 --format xlsx", dir / "r.xlsx");
  auto csv = export_to(s, db, "--month 2026-12 --format csv", dir / "r.csv");
  REQUIRE(std::system(("chattr -i " + quoted(dir.string())).c_str()) == 0);
  for (const auto* r : {&xlsx, &csv}) {
    CHECK(r->exit_code == 2);
    CHECK(one_line(r->err));
    CHECK(r->err.find("nothing was written") != std::string::npos);
    CHECK(r->out.empty());
  }
  CHECK(std::filesystem::is_empty(dir));
}
