// `onewindow ledger export`: the CSV parsed back in both encodings and compared with the store.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "app/catalog_file.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "app/text_encoding.h"
#include "core/text/csv.h"
#include "core/domain/ledger.h"
#include "core/domain/masking.h"
#include "store/applications_table.h"
#include "store/day_ledger.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/slip_prints_table.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

constexpr const char* kDay = "2026-11-23";
constexpr const char* kTricky = "Smith, \"Jo\"";  // a comma and quotes: must survive CSV quoting
constexpr const char* kIdTricky = "320102198001010016";
constexpr const char* kIdOld = "320102197506150028";

// Demo county data (applications on the days before kDay) plus three applications on kDay: two at
// counter 1, one at counter 2, slips printed / failed / never.
std::filesystem::path ledger_store(const Sandbox& s) {
  const auto file = s.path("ledger.db");
  auto assets = app::load_catalog_assets(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets");
  REQUIRE(assets);
  auto db = store::open_store(file);
  REQUIRE(db);
  app::DemoDataOptions o;
  o.residents = 80;
  o.months = 2;
  o.today = kDay;
  REQUIRE(app::generate_demo_data(*db, o, assets->catalog, assets->holidays));
  store::ResidentsTable residents(*db);
  REQUIRE(residents.insert(core::Resident{kIdTricky, kTricky, "女", "1949-12-31", "", ""}).ok());
  REQUIRE(residents.insert(core::Resident{kIdOld, "欧阳娜娜", "女", "1945-01-01", "", ""}).ok());
  auto add = [&](const char* uuid, const char* no, const char* id, const char* name, core::ApplicationStatus st,
                 const char* at, const char* item) {
    core::Application a;
    a.uuid = uuid;
    a.acceptance_no = no;
    a.item_code = item;
    a.applicant_id = id;
    a.applicant_name = name;
    a.status = st;
    a.accepted_at = at;
    a.due = "2026-12-21";
    REQUIRE(store::ApplicationsTable(*db).insert(a).ok());
  };
  add("L1", "320102-01-20261123-0001", kIdTricky, kTricky, core::ApplicationStatus::Accepted, "2026-11-23 09:01:00",
      "dibao");
  add("L2", "320102-02-20261123-0001", kIdOld, "欧阳娜娜", core::ApplicationStatus::NeedsSupplement,
      "2026-11-23 09:30:00", "linshi");
  add("L3", "320102-01-20261123-0002", kIdOld, "欧阳娜娜", core::ApplicationStatus::NotAccepted,
      "2026-11-23 10:00:00", "dibao");
  store::SlipPrintsTable slips(*db);
  REQUIRE(slips.record({"L1", "2026-11-23 09:01:02", 1, "A07", store::SlipOutcome::Printed, ""}).ok());
  REQUIRE(slips.record({"L2", "2026-11-23 09:30:02", 2, "A08", store::SlipOutcome::Failed, "缺纸"}).ok());
  return file;
}

std::vector<core::CsvRecord> records_of(std::string_view utf8_without_bom) {
  auto parsed = core::parse_csv(utf8_without_bom);
  REQUIRE(parsed.problems.empty());
  return parsed.records;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("ledger export: UTF-8 with BOM, masked by default, rows as the store holds them in acceptance order") {
  Sandbox s;
  const auto db = ledger_store(s);
  auto r = s.run(std::string("ledger export --date ") + kDay + " --db " + db.string());
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  REQUIRE(r.out.starts_with(core::kUtf8ByteOrderMark));
  CHECK(r.out.find("\r\n") != std::string::npos);
  auto records = records_of(std::string_view(r.out).substr(core::kUtf8ByteOrderMark.size()));
  REQUIRE(records.size() == 4);
  CHECK(records[0].fields ==
        std::vector<std::string>{"受理编号", "受理时间", "办理事项", "申请人", "身份证号", "状态", "回执"});
  CHECK(records[1].fields[0] == "320102-01-20261123-0001");
  CHECK(records[2].fields[0] == "320102-02-20261123-0001");
  CHECK(records[3].fields[0] == "320102-01-20261123-0002");
  CHECK(records[2].fields[2] == "临时救助申请");
  CHECK(records[2].fields[3] == "欧**娜");
  CHECK(records[2].fields[4] == "320102********0028");
  CHECK(records[2].fields[5] == "待补正");
  CHECK(records[1].fields[6] == "已打印");
  CHECK(records[2].fields[6] == "打印失败");
  CHECK(records[3].fields[6] == "未打印");
  CHECK(records[3].fields[5] == "不予受理");
  // Nothing unmasked leaves by default.
  CHECK(r.out.find(kIdOld) == std::string::npos);
  CHECK(r.out.find(kIdTricky) == std::string::npos);
  CHECK(r.out.find("欧阳娜娜") == std::string::npos);
}

TEST_CASE("ledger export --full: every field matches the store, and a name with a comma and quotes round-trips") {
  Sandbox s;
  const auto db_file = ledger_store(s);
  // The busiest demo days too, so the comparison covers the generator's names and items.
  std::vector<std::string> days{kDay};
  std::istringstream busiest(store_cli::query_rows(
      db_file, "SELECT substr(accepted_at, 1, 10) AS d FROM applications GROUP BY d ORDER BY count(*) DESC, d LIMIT 3"));
  for (std::string d; std::getline(busiest, d);)
    if (d != kDay) days.push_back(d);
  REQUIRE(days.size() >= 3);
  for (const auto& day : days) {
    INFO(day);
    auto r = s.run("ledger export --full --date " + day + " --db " + db_file.string());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    auto records = records_of(std::string_view(r.out).substr(core::kUtf8ByteOrderMark.size()));
    auto db = store::open_store(db_file);
    REQUIRE(db);
    auto rows = store::DayLedger(*db).rows(day);
    REQUIRE(rows);
    auto assets = app::load_catalog_assets(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets");
    REQUIRE(assets);
    REQUIRE(records.size() == rows->size() + 1);
    for (std::size_t i = 0; i < rows->size(); ++i) {
      const auto& row = rows->at(i);
      const auto& f = records[i + 1].fields;
      REQUIRE(f.size() == 7);
      CHECK(f[0] == row.acceptance_no);
      CHECK(f[1] == row.accepted_at);
      CHECK(f[2] == assets->catalog.find(row.item_code)->name);
      CHECK(f[3] == row.applicant_name);
      CHECK(f[4] == row.applicant_id);
      CHECK(f[5] == core::status_label(row.status));
      CHECK(f[6] == core::slip_state_label(row.slip));
    }
    if (day == kDay) {
      CHECK(records[1].fields[3] == kTricky);
      CHECK(records[1].fields[4] == kIdTricky);
    }
  }
}

TEST_CASE("ledger export --encoding gb18030 --out: no BOM, decodes back to the same text, one counter only") {
  Sandbox s;
  const auto db = ledger_store(s);
  const auto out = s.path("台账.csv");
  auto gb = s.run(std::string("ledger export --date ") + kDay + " --encoding gb18030 --out " + out.string() +
                  " --db " + db.string());
  REQUIRE_MESSAGE(gb.exit_code == 0, gb.err);
  CHECK(gb.out.empty());
  const std::string bytes = read_file(out);
  CHECK_FALSE(app::is_valid_utf8(bytes));  // really converted
  auto decoded = app::decode_text(bytes);
  REQUIRE(decoded);
  CHECK(decoded->encoding == app::TextEncoding::Gb18030);
  auto utf8 = s.run(std::string("ledger export --date ") + kDay + " --db " + db.string());
  REQUIRE(utf8.exit_code == 0);
  CHECK(decoded->utf8 == utf8.out.substr(core::kUtf8ByteOrderMark.size()));
  CHECK_FALSE(std::filesystem::exists(s.path("台账.csv.part")));

  auto one = s.run(std::string("ledger export --terminal 2 --date ") + kDay + " --db " + db.string());
  REQUIRE(one.exit_code == 0);
  auto records = records_of(std::string_view(one.out).substr(core::kUtf8ByteOrderMark.size()));
  REQUIRE(records.size() == 2);
  CHECK(records[1].fields[0] == "320102-02-20261123-0001");
}

TEST_CASE("ledger export: a bad date, terminal or encoding exits 2 with a reason and writes nothing") {
  Sandbox s;
  const auto db = ledger_store(s);
  const auto out = s.path("x.csv");
  for (const std::string args : {"--date 2026-02-30", "--date 23.11.2026", "", "--date 2026-11-23 --encoding latin1",
                                 "--date 2026-11-23 --terminal 0", "--date 2026-11-23 --terminal x",
                                 "--date 2026-11-23 extra"}) {
    INFO(args);
    auto r = s.run("ledger export " + args + " --out " + out.string() + " --db " + db.string());
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("onewindow: "));
    CHECK_FALSE(std::filesystem::exists(out));
  }
  auto empty_day = s.run("ledger export --date 2030-01-01 --db " + db.string());
  CHECK(empty_day.exit_code == 0);
  CHECK(empty_day.out == "\xEF\xBB\xBF受理编号,受理时间,办理事项,申请人,身份证号,状态,回执\r\n");
}
