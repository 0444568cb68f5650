// The kiosk's view built from the store's rows, without a database: masked identity, hints with the
// materials to bring, open applications as timelines.
#include "core/kiosk/kiosk_status.h"

#include <doctest/doctest.h>

using namespace core;

namespace {

ServiceCatalog catalog() {
  ServiceCatalog c;
  ServiceItem linshi;
  linshi.code = "linshi";
  linshi.name = "临时救助申请";
  linshi.required = {{"shenfenzheng", "居民身份证", ""}, {"yiliao_piaoju", "医疗费用票据", "近6个月"}};
  ServiceItem gaoling;
  gaoling.code = "gaoling";
  gaoling.name = "高龄津贴";
  gaoling.required = {{"shenfenzheng", "居民身份证", ""}, {"hukoubu", "户口簿", "原件"}};
  c.items = {linshi, gaoling};
  return c;
}

const std::vector<EligibilityRule> kRules = {
    {"gaoling", "90-99", 90, 99, {BenefitType::OldAgeAllowance}, "年满90周岁，可申请高龄津贴"}};

ApplicationEvent event(std::optional<ApplicationStatus> from, ApplicationStatus to, const char* at,
                       const char* note = "") {
  return ApplicationEvent{from, to, "B02", at, note, {}};
}

// Accepted 10-26, reviewing 10-28, publicized 11-16.
Application publicized() {
  Application a;
  a.acceptance_no = "320102-01-20261026-0003";
  a.item_code = "gaoling";
  a.status = ApplicationStatus::Publicized;
  a.accepted_at = "2026-10-26 09:00:00";
  a.due = "2026-12-01";
  a.events = {event(std::nullopt, ApplicationStatus::Accepted, "2026-10-26 09:00:00"),
              event(ApplicationStatus::Accepted, ApplicationStatus::Reviewing, "2026-10-28 10:00:00"),
              event(ApplicationStatus::Reviewing, ApplicationStatus::Publicized, "2026-11-16 08:00:00")};
  return a;
}

// Reviewing, then sent back for a missing receipt on 11-18.
Application needs_supplement() {
  Application a;
  a.acceptance_no = "320102-01-20261102-0007";
  a.item_code = "linshi";
  a.status = ApplicationStatus::NeedsSupplement;
  a.accepted_at = "2026-11-02 09:30:00";
  a.due = "2026-11-30";
  a.materials = {{"shenfenzheng", "居民身份证", true, true},
                 {"yiliao_piaoju", "医疗费用票据", true, false},
                 {"qita", "其他证明", false, false}};
  a.events = {event(std::nullopt, ApplicationStatus::Accepted, "2026-11-02 09:30:00"),
              event(ApplicationStatus::Accepted, ApplicationStatus::Reviewing, "2026-11-05 10:00:00"),
              event(ApplicationStatus::Reviewing, ApplicationStatus::NeedsSupplement, "2026-11-18 15:00:00", "缺票据")};
  return a;
}

ResidentRecords old_li() {
  ResidentRecords r;
  r.resident = Resident{"320102193505080021", "李秀英", "女", "1935-05-08", "锁金村街道2号", ""};
  r.benefits.push_back(Benefit{"320102193505080021", BenefitType::RuralDibao, BenefitStatus::Active, 52800,
                               "2024-01-01", "2027-01-01"});
  r.payments.push_back(PaymentRecord{"320102193505080021", BenefitType::RuralDibao, "2026-10", 52800, "2026-10-10",
                                     "惠农一卡通", PaymentStatus::Pending});
  r.applications = {publicized(), needs_supplement()};
  return r;
}

}  // namespace

TEST_CASE("the kiosk's view: the masked part is resident_status's, hints bring their materials, applications their timelines") {
  const ResidentRecords r = old_li();
  const KioskStatus k = kiosk_status(r, kRules, "2026-11-23", catalog());
  const ResidentStatus shared = resident_status(r, kRules, "2026-11-23");
  CHECK(k.name_masked == "李*英");
  CHECK(k.name_masked == shared.name_masked);
  CHECK(k.id_masked == shared.id_masked);
  CHECK(k.benefits == shared.benefits);
  CHECK(k.payments == shared.payments);
  CHECK(k.benefits[0].id_number.empty());
  REQUIRE(k.hints.size() == 1);
  CHECK(k.hints[0].item_code == "gaoling");
  CHECK(k.hints[0].item_name == "高龄津贴");
  CHECK(k.hints[0].reason == "年满90周岁，可申请高龄津贴");
  CHECK(k.hints[0].materials == std::vector<std::string>{"居民身份证", "户口簿（原件）"});
  REQUIRE(k.applications.size() == 2);
  CHECK(k.applications[0].acceptance_no == "320102-01-20261026-0003");
  CHECK(k.applications[1].acceptance_no == "320102-01-20261102-0007");
}

TEST_CASE("a timeline on the main line: the date each step was reached, the current one, nothing after it") {
  const ApplicationProgress p = progress_of(publicized(), catalog());
  CHECK(p.item_name == "高龄津贴");
  CHECK(p.accepted_on == "2026-10-26");
  CHECK(p.due == "2026-12-01");
  REQUIRE(p.steps.size() == 5);
  CHECK(p.steps[0].reached_on == "2026-10-26");
  CHECK(p.steps[1].reached_on == "2026-10-28");
  CHECK(p.steps[2].reached_on == "2026-11-16");
  CHECK(p.steps[2].current);
  CHECK_FALSE(p.steps[1].current);
  CHECK(p.steps[3].reached_on.empty());
  CHECK(p.steps[4].status == ApplicationStatus::Paying);
  CHECK(p.side_on.empty());
  CHECK(p.note.empty());
  CHECK(p.missing_materials.empty());
}

TEST_CASE("a timeline on a side path: its date and note, the missing required materials named in full") {
  const ApplicationProgress p = progress_of(needs_supplement(), catalog());
  CHECK(p.item_name == "临时救助申请");
  CHECK(p.side_on == "2026-11-18");
  CHECK(p.note == "缺票据");
  REQUIRE(p.steps.size() == 5);
  CHECK(p.steps[1].reached_on == "2026-11-05");
  for (const auto& s : p.steps) CHECK_FALSE(s.current);
  CHECK(p.missing_materials == std::vector<std::string>{"医疗费用票据（近6个月）"});
  // An item the catalog lacks: the code for a name, the stored material names.
  Application unknown = needs_supplement();
  unknown.item_code = "weizhi";
  const ApplicationProgress q = progress_of(unknown, catalog());
  CHECK(q.item_name == "weizhi");
  CHECK(q.missing_materials == std::vector<std::string>{"医疗费用票据"});
}

TEST_CASE("a person the store does not know gets the hints of their card's birth date alone") {
  const auto hints = card_hints(kRules, "1930-01-01", "2026-11-23", catalog());
  REQUIRE(hints.size() == 1);
  CHECK(hints[0].item_code == "gaoling");
  CHECK_FALSE(hints[0].materials.empty());
  CHECK(card_hints(kRules, "1960-01-01", "2026-11-23", catalog()).empty());
  CHECK(card_hints(kRules, "", "2026-11-23", catalog()).empty());
}

TEST_CASE("an open application past its promised date is overdue at the kiosk but not one due today or closed") {
  Application a = publicized();
  a.due = "2026-11-20";
  a.due_provisional = true;
  const ApplicationProgress late = progress_of(a, catalog(), "2026-11-23");
  CHECK(late.overdue);
  CHECK(late.due_provisional);
  CHECK_FALSE(progress_of(a, catalog(), "2026-11-20").overdue);  // due today: still in time
  CHECK_FALSE(progress_of(a, catalog()).overdue);                 // no date given: not judged
  a.status = ApplicationStatus::Approved;  // decided, waiting for its first payment
  CHECK_FALSE(progress_of(a, catalog(), "2026-11-23").overdue);
  a.status = ApplicationStatus::Rejected;
  CHECK_FALSE(progress_of(a, catalog(), "2026-11-23").overdue);
  // Through the card look-up too.
  ResidentRecords r = old_li();
  r.applications[0].due = "2026-11-01";
  const KioskStatus k = kiosk_status(r, kRules, "2026-11-23", catalog());
  CHECK(k.applications[0].overdue);
}

TEST_CASE("the timeline names the item's review steps and dates each one as soon as its result is recorded") {
  ServiceCatalog c = catalog();
  c.review_steps = {{"home_visit", "入户调查", {}, ""}, {"community_review", "民主评议", {}, ""}};
  c.items[1].review_steps = {"home_visit", "community_review"};
  Application a = publicized();
  a.status = ApplicationStatus::Reviewing;
  a.events.resize(2);  // accepted, reviewing
  a.events.push_back(ApplicationEvent{ApplicationStatus::Reviewing, ApplicationStatus::Reviewing, "R01",
                                      "2026-11-02 10:00:00", "", "record_step:home_visit"});
  auto p = progress_of(a, c, "2026-11-03");
  CHECK(p.review_steps == std::vector<ReviewStepProgress>{{"入户调查", "2026-11-02"}, {"民主评议", ""}});
  // A step recorded again (a correction) shows its latest date.
  a.events.push_back(ApplicationEvent{ApplicationStatus::Reviewing, ApplicationStatus::Reviewing, "R01",
                                      "2026-11-05 10:00:00", "", "record_step:home_visit"});
  CHECK(progress_of(a, c, "2026-11-06").review_steps.front().recorded_on == "2026-11-05");
  // An item without review steps shows none.
  CHECK(progress_of(a, catalog(), "2026-11-06").review_steps.empty());
}
