// The back office's papers as pure builders: which facts a stored application gives (and when it
// has no such notice), and what each paper shows — masked where the public sees it. The words here
// are a small test catalog that shows each key and its values; the shipped sentences are read back
// from real papers in tests/app/notice_command_test.cpp.
#include <doctest/doctest.h>

#include "core/backoffice/case_notices.h"

using namespace core;
using S = ApplicationStatus;

namespace {

Catalog words() {
  Catalog::Table t = {
      {"slip.number", "NO {}"},
      {"slip.applicant", "APPLICANT"},
      {"slip.item", "ITEM"},
      {"slip.phone", "PHONE {}"},
      {"slip.none", "NONE"},
      {"slip.refusal_reason_unnoted", "UNNOTED"},
      {"notice.supplement.title", "SUPPLEMENT"},
      {"notice.supplement.asked_on", "ASKED"},
      {"notice.supplement.body", "BRING:"},
      {"notice.supplement.material", "{}. {}"},
      {"notice.supplement.where", "TO {}"},
      {"notice.rejection.title", "REJECTION"},
      {"notice.rejection.to", "DEAR {}"},
      {"notice.rejection.body", "ITEM {} REJECTED"},
      {"notice.rejection.reason", "REASON:"},
      {"notice.rejection.decided_on", "DECIDED"},
      {"notice.rejection.appeal", "APPEAL 60 DAYS 6 MONTHS"},
      {"notice.publicity.title", "PUBLICITY"},
      {"notice.publicity.period", "FROM {} TO {}"},
      {"notice.publicity.objection", "OBJECT {}"},
      {"notice.publicity.count", "{} CASES"},
      {"notice.publicity.col_no", "N"},
      {"notice.publicity.col_name", "NAME"},
      {"notice.publicity.col_id", "ID"},
      {"notice.publicity.col_item", "ITEM"},
      {"notice.publicity.col_amount", "AMOUNT"},
      {"notice.publicity.no_amount", "-"},
      {"notice.publicity.slip_entry", "{}. {} {}"},
      {"notice.publicity.slip_detail", "{} {}/M"},
      {"notice.publicity.page", "P{}/{}"},
  };
  Catalog c;
  c.set_table(Language::ZhCN, t);
  return c;
}

ServiceCatalog catalog() {
  ServiceCatalog c;
  ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障";
  c.items = {dibao};
  return c;
}

Application application(S status) {
  Application a;
  a.acceptance_no = "320102-01-20261123-0001";
  a.item_code = "dibao";
  a.applicant_id = "320102195001010015";
  a.applicant_name = "王秀英";
  a.status = status;
  a.materials = {{"hukoubu", "户口簿", true, false}, {"shenfenzheng", "居民身份证", true, true},
                 {"yinhangka", "银行卡", false, false}, {"hedui", "核对授权书", true, false}};
  a.events = {{std::nullopt, S::Accepted, "C01", "2026-11-23 08:01:00", "", ""},
              {S::Accepted, S::NeedsSupplement, "R01", "2026-11-25 10:00:00", "户口簿、核对授权书", "supplement"}};
  return a;
}

std::string text_of(const AcceptanceSlip& s) {
  std::string out;
  for (const auto& b : s.blocks)
    if (b.kind == SlipBlock::Kind::Line) out += b.line.text + "\n";
  return out;
}

const NoticeContext kHall{"锁金村便民服务中心", "025-84000000", "2026-12-01"};

}  // namespace

TEST_CASE("补正通知: the required materials not yet received, the day it was asked, the name masked") {
  const auto facts = supplement_notice_of(application(S::NeedsSupplement), catalog());
  REQUIRE(std::holds_alternative<SupplementNotice>(facts));
  const auto& n = std::get<SupplementNotice>(facts);
  CHECK(n.missing == std::vector<std::string>{"户口簿", "核对授权书"});  // not the optional 银行卡
  CHECK(n.asked_on == "2026-11-25");
  CHECK(n.item_name == "最低生活保障");
  const std::string text = text_of(make_supplement_slip(n, kHall, words(), Language::ZhCN));
  CHECK(text ==
        "锁金村便民服务中心\nSUPPLEMENT\nNO 320102-01-20261123-0001\nAPPLICANT：王*英\nITEM：最低生活保障\n"
        "ASKED：2026-11-25\nBRING:\n1. 户口簿\n2. 核对授权书\nTO 锁金村便民服务中心\n锁金村便民服务中心\n2026-12-01\n"
        "PHONE 025-84000000\n");
}

TEST_CASE("补正通知: none for a case in another status, nor once everything asked for arrived") {
  const auto reviewing = supplement_notice_of(application(S::Reviewing), catalog());
  REQUIRE(std::holds_alternative<Message>(reviewing));
  CHECK(std::get<Message>(reviewing) == Message{"notice.refused.status", {"320102-01-20261123-0001", "审核中", "待补正"}});
  auto arrived = application(S::NeedsSupplement);
  for (auto& m : arrived.materials) m.received = true;
  const auto none = supplement_notice_of(arrived, catalog());
  REQUIRE(std::holds_alternative<Message>(none));
  CHECK(std::get<Message>(none).key == "notice.refused.materials_arrived");
}

TEST_CASE("不予批准告知书: addressed to the applicant, the reason and day of the latest rejection, how to appeal") {
  auto a = application(S::Rejected);
  a.events.push_back({S::NeedsSupplement, S::Reviewing, "C01", "2026-11-27 09:00:00", "", "supplied"});
  a.events.push_back({S::Reviewing, S::Rejected, "P01", "2026-12-03 15:30:00", "家庭人均收入高于当地低保标准", "reject"});
  const auto facts = rejection_notice_of(a, catalog());
  REQUIRE(std::holds_alternative<RejectionNotice>(facts));
  const auto& n = std::get<RejectionNotice>(facts);
  CHECK(n.reason == "家庭人均收入高于当地低保标准");
  CHECK(n.decided_on == "2026-12-03");
  const auto slip = make_rejection_slip(n, kHall, words(), Language::ZhCN);
  CHECK_FALSE(slip.accepted);
  CHECK(text_of(slip) ==
        "锁金村便民服务中心\nREJECTION\nNO 320102-01-20261123-0001\nDEAR 王秀英\nITEM 最低生活保障 REJECTED\nREASON:\n"
        "家庭人均收入高于当地低保标准\nDECIDED：2026-12-03\nAPPEAL 60 DAYS 6 MONTHS\n锁金村便民服务中心\n2026-12-01\n"
        "PHONE 025-84000000\n");
  CHECK(std::holds_alternative<Message>(rejection_notice_of(application(S::Publicized), catalog())));
}

TEST_CASE("公示名单: masked names and ID numbers, each case's amount, the period the batch spans, numbered rows") {
  const std::vector<PublicityEntry> entries = {
      {"320102-01-20261123-0001", "王秀英", "320102195001010015", "最低生活保障", "2026-12-01", "2026-12-10", 52800},
      {"320102-01-20261123-0002", "欧阳娜娜", "32010219600202002X", "特困人员供养", "2026-12-02", "2026-12-11", 0}};
  const std::string slip = text_of(make_publicity_slip(entries, kHall, words(), Language::ZhCN));
  CHECK(slip ==
        "锁金村便民服务中心\nPUBLICITY\nFROM 2026-12-01 TO 2026-12-11\n"
        "1. 王*英 320102********0015\n    最低生活保障 528.00/M\n2. 欧**娜 320102********002X\n    特困人员供养 -/M\n"
        "2 CASES\nOBJECT 025-84000000\n锁金村便民服务中心\n2026-12-01\n");
  const auto sheet = publicity_sheet(entries, kHall, words(), Language::ZhCN);
  CHECK(sheet.period == "FROM 2026-12-01 TO 2026-12-11");
  CHECK(sheet.objection == "OBJECT 025-84000000");
  CHECK(sheet.headers == std::vector<std::string>{"N", "NAME", "ID", "ITEM", "AMOUNT"});
  REQUIRE(sheet.rows.size() == 2);
  CHECK(sheet.rows[0] == std::vector<std::string>{"1", "王*英", "320102********0015", "最低生活保障", "528.00"});
  CHECK(sheet.rows[1] == std::vector<std::string>{"2", "欧**娜", "320102********002X", "特困人员供养", "-"});
  CHECK(sheet.page_pattern == "P{}/{}");
}
