#include "core/kiosk/resident_status.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("status JSON has the keys of the issue in a fixed order") {
  ResidentStatus s;
  s.name_masked = "张*三";
  s.id_masked = "320102********1234";
  s.benefits.push_back(Benefit{"", BenefitType::RuralDibao, BenefitStatus::Active, 52800, "2024-01-01", "2027-01-01"});
  s.payments.push_back(
      PaymentRecord{"", BenefitType::RuralDibao, "2026-10", 52800, "2026-10-10", "惠农一卡通", PaymentStatus::Paid});
  s.applications.push_back(OpenApplicationSummary{"320102-01-20261123-0042", "gaoling", ApplicationStatus::Reviewing,
                                                  "2026-12-14"});
  s.hints.push_back(EligibilityHint{"gaoling", "年满80周岁\"引号\""});
  CHECK(to_json(s).value() ==
        "{\"name_masked\":\"张*三\",\"id_masked\":\"320102********1234\","
        "\"benefits\":[{\"type\":\"农村低保\",\"status\":\"在保\",\"monthly_amount_fen\":52800,"
        "\"since\":\"2024-01-01\",\"next_review\":\"2027-01-01\"}],"
        "\"payments\":[{\"period\":\"2026-10\",\"type\":\"农村低保\",\"amount_fen\":52800,\"paid_on\":\"2026-10-10\","
        "\"channel\":\"惠农一卡通\",\"status\":\"paid\"}],"
        "\"applications\":[{\"acceptance_no\":\"320102-01-20261123-0042\",\"item\":\"gaoling\",\"status\":"
        "\"reviewing\",\"due\":\"2026-12-14\"}],"
        "\"hints\":[{\"item\":\"gaoling\",\"reason\":\"年满80周岁\\\"引号\\\"\"}]}\n");
  CHECK(to_text(s).find("农村低保") != std::string::npos);
}

TEST_CASE("status JSON refuses a text that is not UTF-8 instead of printing its bytes") {
  ResidentStatus s;
  s.name_masked = "张*\xE4";
  s.id_masked = "320102********1234";
  auto json = to_json(s);
  REQUIRE_FALSE(json.ok());
  CHECK(json.error().message.find("not valid UTF-8") != std::string::npos);
}
