// 年审 in the store (store/benefit_reviews.h), on SQLite and PostgreSQL: the due list by window,
// village and item; a review changes the benefit and writes its row in one transaction; a review
// with problems writes nothing.
#include "store/benefit_reviews.h"

#include <doctest/doctest.h>

#include "store/benefits_table.h"
#include "store/residents_table.h"
#include "store/store_backends.h"
#include "store/store_fixture.h"

using namespace store;

namespace {

core::ServiceCatalog catalog() {
  core::ServiceCatalog c;
  c.review_steps = {core::ReviewStepDef{"home_visit", "入户调查",
                                        {{"visit_date", "调查日期", core::ReviewFieldKind::Date, "", {}, true},
                                         {"findings", "调查情况", core::ReviewFieldKind::Text, "", {}, true}},
                                        "visit_date"}};
  core::ServiceItem dibao;
  dibao.code = "dibao";
  dibao.name = "最低生活保障（低保）申请";
  dibao.annual_review_steps = {"home_visit"};
  core::ServiceItem gaoling;
  gaoling.code = "gaoling";
  gaoling.name = "高龄津贴";
  core::ServiceItem tekun;
  tekun.code = "tekun";
  tekun.name = "特困人员救助供养申请";
  c.items = {dibao, gaoling, tekun};
  return c;
}

constexpr const char* kA = "320102194501011236";  // 锁金一村
constexpr const char* kB = "11010519491231002X";  // 红山新村

void fill(Database& db) {
  auto a = test_support::resident(kA, "张老四", "1945-01-01");
  a.address = "江苏省南京市玄武区锁金村街道锁金一村3幢";
  auto b = test_support::resident(kB, "王𠀾", "1949-12-31");
  b.address = "江苏省南京市玄武区红山街道红山新村5幢";
  REQUIRE(ResidentsTable(db).insert(a).ok());
  REQUIRE(ResidentsTable(db).insert(b).ok());
  using core::BenefitStatus;
  using core::BenefitType;
  for (const core::Benefit& x : {core::Benefit{kA, BenefitType::RuralDibao, BenefitStatus::Active, 35917, "2024-12-01", "2026-12-01"},
                                 core::Benefit{kA, BenefitType::OldAgeAllowance, BenefitStatus::Active, 5000, "2025-01-01", "2027-01-10"},
                                 core::Benefit{kB, BenefitType::UrbanDibao, BenefitStatus::Suspended, 52800, "2023-10-01", "2026-10-01"},
                                 core::Benefit{kB, BenefitType::Tekun, BenefitStatus::Ended, 103000, "2020-01-01", "2026-11-30"},
                                 core::Benefit{kB, BenefitType::Youfu, BenefitStatus::Active, 120000, "2020-05-01", "2027-05-01"}})
    REQUIRE(BenefitsTable(db).upsert(x).ok());
}

std::vector<std::string> due_keys(const std::vector<ReviewDue>& due) {
  std::vector<std::string> out;
  for (const auto& d : due)
    out.push_back(d.id_number.substr(16) + " " + std::string(core::benefit_type_name(d.type)) + " " + d.next_review +
                  (d.overdue ? " overdue" : ""));
  return out;
}

core::AnnualReview review(core::ReviewOutcome o) {
  core::AnnualReview r;
  r.id_number = kA;
  r.type = core::BenefitType::RuralDibao;
  r.reviewed_on = "2026-11-20";
  r.who = "B01";
  r.recorded_at = "2026-11-23 10:00:00";
  r.steps["home_visit"] = {{"visit_date", "2026-11-20"}, {"findings", "子女外出务工，收入增加"}};
  r.outcome = o;
  r.reason = "家庭人均收入提高";
  r.effective_month = "2026-12";
  return r;
}

}  // namespace

STORE_TEST("the 年审 due list: by its window, overdue first, by village prefix and item, never an ended benefit") {
  auto db = backend.open();
  fill(db);
  BenefitReviews reviews(db);
  ReviewDueFilter f;
  f.today = "2026-11-23";
  f.until = core::review_due_until(f.today, 60);
  auto due = reviews.due(f);
  REQUIRE_MESSAGE(due.ok(), (due.ok() ? "" : due.error().message));
  CHECK(due_keys(due.value()) == std::vector<std::string>{"2X 城市低保 2026-10-01 overdue", "36 农村低保 2026-12-01",
                                                          "36 高龄津贴 2027-01-10"});
  CHECK(due.value()[0].name == "王𠀾");
  CHECK(due.value()[0].status == core::BenefitStatus::Suspended);
  f.village = "江苏省南京市玄武区锁金村街道";
  CHECK(due_keys(reviews.due(f).value()) == std::vector<std::string>{"36 农村低保 2026-12-01", "36 高龄津贴 2027-01-10"});
  f.item_code = "dibao";
  CHECK(due_keys(reviews.due(f).value()) == std::vector<std::string>{"36 农村低保 2026-12-01"});
  f.village = "江苏省南京市玄武区孝陵卫";
  CHECK(reviews.due(f)->empty());
  f = ReviewDueFilter{"2026-11-23", "2026-11-23", "", "", 0};
  CHECK(due_keys(reviews.due(f).value()) == std::vector<std::string>{"2X 城市低保 2026-10-01 overdue"});
}

STORE_TEST("recording a 年审 changes the benefit and writes the review in one go, and one with problems writes nothing") {
  auto db = backend.open();
  fill(db);
  const auto cat = catalog();
  BenefitReviews reviews(db);
  auto bad = review(core::ReviewOutcome::Adjust);  // no amount
  bad.reason.clear();
  auto refused = reviews.record(bad, cat, "2026-11-23");
  REQUIRE(refused.ok());
  CHECK_FALSE(refused->applied);
  CHECK(refused->problems.size() == 2);
  CHECK(reviews.history(kA, core::BenefitType::RuralDibao)->empty());

  auto r = review(core::ReviewOutcome::Adjust);
  r.amount_after_fen = 30000;
  auto done = reviews.record(r, cat, "2026-11-23");
  REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));
  REQUIRE(done->applied);
  auto held = BenefitsTable(db).for_resident(kA);
  REQUIRE(held.ok());
  CHECK(held.value()[0].type == core::BenefitType::RuralDibao);
  CHECK(held.value()[0].monthly_amount_fen == 30000);
  CHECK(held.value()[0].next_review == "2027-12-01");
  CHECK(held.value()[0].status == core::BenefitStatus::Active);
  auto history = reviews.history(kA, core::BenefitType::RuralDibao);
  REQUIRE(history.ok());
  REQUIRE(history->size() == 1);
  const core::AnnualReview& h = history.value()[0];
  CHECK(h.outcome == core::ReviewOutcome::Adjust);
  CHECK(h.amount_before_fen == 35917);
  CHECK(h.amount_after_fen == 30000);
  CHECK(h.next_review_after == "2027-12-01");
  CHECK(h.steps.at("home_visit").at("findings") == "子女外出务工，收入增加");
  CHECK(h.who == "B01");
  CHECK(h == done->applied->review);

  // No longer due in the window; the ended one is refused; one the person does not hold is an error.
  ReviewDueFilter f{"2026-11-23", "2026-12-31", "", "dibao", 0};
  CHECK(due_keys(reviews.due(f).value()) == std::vector<std::string>{"2X 城市低保 2026-10-01 overdue"});
  auto ended = review(core::ReviewOutcome::Continue);
  ended.id_number = kB;
  ended.type = core::BenefitType::Tekun;
  ended.steps.clear();
  CHECK(reviews.record(ended, cat, "2026-11-23")->problems.front().key == "annual_review.problem.ended");
  auto none = review(core::ReviewOutcome::Continue);
  none.type = core::BenefitType::Tekun;
  CHECK_FALSE(reviews.record(none, cat, "2026-11-23").ok());

  // Ending it: the benefit ends, no next review after it.
  auto end = review(core::ReviewOutcome::End);
  end.reviewed_on = "2026-11-23";
  end.steps["home_visit"]["visit_date"] = "2026-11-23";
  REQUIRE(reviews.record(end, cat, "2026-11-23")->applied);
  CHECK(BenefitsTable(db).for_resident(kA).value()[0].status == core::BenefitStatus::Ended);
  CHECK(reviews.history(kA, core::BenefitType::RuralDibao)->back().next_review_after.empty());
}
