#include "core/domain/application.h"

#include <doctest/doctest.h>

using namespace core;
using S = ApplicationStatus;

namespace {
Application opened(S initial = S::Accepted) {
  Application a;
  a.acceptance_no = "320102-01-20261123-0042";
  REQUIRE(open_application(a, initial, "A07", "2026-11-23 09:30:00", "窗口受理").ok());
  return a;
}
}  // namespace

TEST_CASE("status codes round-trip and open statuses are the five of domain.md") {
  for (auto s : all_application_statuses()) CHECK(status_from_code(status_code(s)) == s);
  CHECK(all_application_statuses().size() == 9);
  CHECK_FALSE(status_from_code("approved "));
  int open = 0;
  for (auto s : all_application_statuses()) open += is_open(s) ? 1 : 0;
  CHECK(open == 5);
  CHECK(is_open(S::NeedsSupplement));
  CHECK_FALSE(is_open(S::Paying));
}

TEST_CASE("the main path from accepted to paying records an event per step") {
  auto a = opened();
  for (auto to : {S::Reviewing, S::Publicized, S::Approved, S::Paying})
    REQUIRE(transition(a, to, "B02", "2026-11-24 10:00:00", "").ok());
  CHECK(a.status == S::Paying);
  REQUIRE(a.events.size() == 5);
  CHECK_FALSE(a.events[0].from.has_value());
  CHECK(a.events[0].who == "A07");
  CHECK(a.events[4].from == S::Approved);
  CHECK(a.events[4].to == S::Paying);
}

TEST_CASE("needs_supplement goes back to reviewing, counter acceptance may start there") {
  auto a = opened(S::NeedsSupplement);
  CHECK(transition(a, S::Reviewing, "A07", "2026-11-25 09:00:00", "补齐户口簿").ok());
  CHECK(transition(a, S::NeedsSupplement, "B02", "2026-11-26 09:00:00", "缺收入证明").ok());
  CHECK(transition(a, S::Reviewing, "A07", "2026-11-27 09:00:00", "").ok());
  CHECK(transition(a, S::Rejected, "C01", "2026-11-28 09:00:00", "家庭人均收入高于标准").ok());
  CHECK(a.status == S::Rejected);
}

TEST_CASE("an illegal transition is an error naming both states and changes nothing") {
  auto a = opened();
  auto r = transition(a, S::Paying, "A07", "2026-11-23 10:00:00", "");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("accepted") != std::string::npos);
  CHECK(r.error().message.find("paying") != std::string::npos);
  CHECK(a.status == S::Accepted);
  CHECK(a.events.size() == 1);
  // Terminal states go nowhere.
  auto w = opened();
  REQUIRE(transition(w, S::Withdrawn, "A07", "t", "本人撤回").ok());
  for (auto to : all_application_statuses()) CHECK_FALSE(transition(w, to, "A07", "t", "x").ok());
}

TEST_CASE("rejection and refusal need a reason, only initial states may open") {
  auto a = opened();
  REQUIRE(transition(a, S::Reviewing, "B02", "t", "").ok());
  CHECK_FALSE(transition(a, S::Rejected, "B02", "t", "").ok());
  Application b;
  CHECK_FALSE(open_application(b, S::Reviewing, "A07", "t", "").ok());
  CHECK_FALSE(open_application(b, S::NotAccepted, "A07", "t", "").ok());
  CHECK(open_application(b, S::NotAccepted, "A07", "t", "不属于本事项受理范围").ok());
  CHECK(b.status == S::NotAccepted);
}
