#include <doctest/doctest.h>

#include "core/domain/review_step.h"

using namespace core;

namespace {

ReviewStepDef home_visit() {
  ReviewStepDef s;
  s.code = "home_visit";
  s.name = "入户调查";
  s.date_field = "visit_date";
  s.fields = {{"visit_date", "调查日期", ReviewFieldKind::Date, "", {}, true},
              {"attendees", "参加人数", ReviewFieldKind::Count, "人", {}, false},
              {"income", "核实收入", ReviewFieldKind::Money, "元/月", {}, false},
              {"result", "核对结果", ReviewFieldKind::Choice, "", {"符合", "不符合"}, false},
              {"findings", "调查情况", ReviewFieldKind::Text, "", {}, true}};
  return s;
}

std::vector<std::string> keys(const std::vector<Message>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.key + ":" + (m.params.empty() ? "" : m.params.front()));
  return out;
}

}  // namespace

TEST_CASE("a review step's result is checked field by field against the catalog's definition") {
  const auto step = home_visit();
  CHECK(review_problems(step, {{"visit_date", "2026-12-01"}, {"findings", "家中无劳动力"}}, "2026-12-10").empty());
  CHECK(keys(review_problems(step, {}, "2026-12-10")) ==
        std::vector<std::string>{"review.problem.required:调查日期", "review.problem.required:调查情况"});
  CHECK(keys(review_problems(step,
                             {{"visit_date", "2026-12-11"}, {"findings", "x"}, {"attendees", "12a"}, {"income", "-5"},
                              {"result", "也许"}, {"colour", "red"}},
                             "2026-12-10")) ==
        std::vector<std::string>{"review.problem.unknown_field:入户调查", "review.problem.future_date:调查日期",
                                 "review.problem.count:参加人数", "review.problem.money:核实收入",
                                 "review.problem.choice:核对结果"});
  CHECK(keys(review_problems(step, {{"visit_date", "2026-02-30"}, {"findings", "x"}}, "2026-12-10")) ==
        std::vector<std::string>{"review.problem.date:调查日期"});
  CHECK(keys(review_problems(step, {{"visit_date", "2026-12-01"}, {"findings", std::string(1001, 'a')}}, "2026-12-10")) ==
        std::vector<std::string>{"review.problem.text:调查情况"});
}

TEST_CASE("the day a step was done is its date field, else the day it was recorded") {
  const auto step = home_visit();
  CHECK(review_done_on(step, {{"visit_date", "2026-12-01"}}, "2026-12-10") == "2026-12-01");
  CHECK(review_done_on(step, {}, "2026-12-10") == "2026-12-10");
  ReviewStepDef no_date = step;
  no_date.date_field.clear();
  CHECK(review_done_on(no_date, {{"visit_date", "2026-12-01"}}, "2026-12-10") == "2026-12-10");
}
