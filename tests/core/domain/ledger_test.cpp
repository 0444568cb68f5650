// The day ledger's CSV: header, quoting per RFC 4180, CRLF, BOM, masking by default — checked by
// parsing the text back with core::parse_csv.
#include <doctest/doctest.h>

#include "core/text/csv.h"
#include "core/domain/ledger.h"

using namespace core;

namespace {

ServiceCatalog catalog() {
  ServiceCatalog c;
  c.items.push_back(ServiceItem{"dibao", "最低生活保障（低保）申请", "", "", {}, {}, {}, 20, {}});
  return c;
}

LedgerRow row(std::string no, std::string name, std::string item = "dibao") {
  LedgerRow r;
  r.application_uuid = "u-" + no;
  r.acceptance_no = std::move(no);
  r.accepted_at = "2026-11-23 09:15:02";
  r.item_code = std::move(item);
  r.applicant_name = std::move(name);
  r.applicant_id = "320102194501011236";
  r.status = ApplicationStatus::NeedsSupplement;
  r.slip = SlipState::Failed;
  return r;
}

std::vector<CsvRecord> parse_back(const std::string& text, bool expect_bom) {
  std::string_view body = text;
  CHECK(body.starts_with(kUtf8ByteOrderMark) == expect_bom);
  if (body.starts_with(kUtf8ByteOrderMark)) body.remove_prefix(kUtf8ByteOrderMark.size());
  auto parsed = parse_csv(body);
  REQUIRE(parsed.problems.empty());
  return parsed.records;
}

}  // namespace

TEST_CASE("csv fields are quoted only when they hold a comma, quote, CR or LF, with quotes doubled") {
  CHECK(csv_field("张三") == "张三");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("line\r\nnext") == "\"line\r\nnext\"");
  CHECK(csv_field("lf\n") == "\"lf\n\"");
}

TEST_CASE("the ledger CSV has the Chinese header, CRLF line ends, a BOM and masked personal data by default") {
  const std::string text = ledger_csv({row("320102-01-20261123-0001", "欧阳娜娜")}, catalog());
  CHECK(text.starts_with("\xEF\xBB\xBF受理编号,受理时间,办理事项,申请人,身份证号,状态,回执\r\n"));
  CHECK(text.ends_with("\r\n"));
  // Every line break is CRLF: no bare LF anywhere.
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') CHECK((i > 0 && text[i - 1] == '\r'));
  auto records = parse_back(text, true);
  REQUIRE(records.size() == 2);
  CHECK(records[1].fields == std::vector<std::string>{"320102-01-20261123-0001", "2026-11-23 09:15:02",
                                                      "最低生活保障（低保）申请", "欧**娜", "320102********1236",
                                                      "待补正", "打印失败"});
  CHECK(text.find("320102194501011236") == std::string::npos);
  CHECK(text.find("欧阳娜娜") == std::string::npos);
}

TEST_CASE("full personal data keeps names and ID numbers, and a name with a comma and a quote round-trips") {
  const std::string tricky = "Smith, \"Jo\"\r\nJr";
  LedgerCsvOptions full;
  full.full_personal_data = true;
  full.byte_order_mark = false;
  auto r1 = row("320102-01-20261123-0001", tricky);
  auto r2 = row("320102-02-20261123-0001", "王𠀾䶮", "gone_item");
  r2.status = ApplicationStatus::Accepted;
  r2.slip = SlipState::NeverPrinted;
  auto r3 = row("320102-02-20261123-0002", "李四");
  r3.slip = SlipState::Printed;
  auto records = parse_back(ledger_csv({r1, r2, r3}, catalog(), full), false);
  REQUIRE(records.size() == 4);
  CHECK(records[1].fields[3] == tricky);
  CHECK(records[1].fields[4] == "320102194501011236");
  CHECK(records[2].fields[2] == "gone_item");  // an item the catalog no longer lists: its code
  CHECK(records[2].fields[3] == "王𠀾䶮");
  CHECK(records[2].fields[5] == "已受理");
  CHECK(records[2].fields[6] == "未打印");
  CHECK(records[3].fields[6] == "已打印");
  for (const auto& r : records) CHECK(r.fields.size() == 7);
}

TEST_CASE("an empty day is just the header") {
  CHECK(ledger_csv({}, catalog()) == "\xEF\xBB\xBF受理编号,受理时间,办理事项,申请人,身份证号,状态,回执\r\n");
}
