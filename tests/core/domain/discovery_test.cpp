// 主动发现's pure parts (core/domain/discovery.h): marks' codes, the months each rule looks at.
#include "core/domain/discovery.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("mark codes read back, and nothing else is a mark") {
  for (auto m : {DiscoveryMark::Contacted, DiscoveryMark::NotEligible, DiscoveryMark::Applied})
    CHECK(discovery_mark_from_code(discovery_mark_code(m)) == m);
  CHECK_FALSE(discovery_mark_from_code("called"));
}

TEST_CASE("the months a rule looks at: birthdays this month, a run of failed months, the ended window") {
  CHECK(turning_this_month(80, "2026-11-23").first == "1946-11-01");
  CHECK(turning_this_month(80, "2026-11-23").last == "1946-11-31");  // text order covers every day
  CHECK(turning_this_month(100, "2027-01-05").first == "1927-01-01");
  CHECK(failed_months("2026-01", 3) == std::vector<std::string>{"2026-01", "2025-12", "2025-11"});
  CHECK(ended_since("2026-11-23", 6) == "2026-06");
  CHECK(months_after("2026-12", 1) == "2027-01");
  CHECK(month_of_day("2026-11-23") == "2026-11");
}

TEST_CASE("the kiosk's hints take the age rules only, the others need the store's rows") {
  EligibilityRule age;
  age.item = "gaoling";
  age.min_age = 80;
  age.reason = "年满80周岁";
  EligibilityRule cert;
  cert.kind = EligibilityKind::DisabilityCert;
  cert.item = "canji";
  cert.reason = "持有残疾人证";
  const auto hints = eligibility_hints({age, cert}, "1940-01-01", "2026-11-23", {});
  REQUIRE(hints.size() == 1);
  CHECK(hints[0].item == "gaoling");
}
