// The resident-facing screen's content (窗口外屏): who serves, the masked summary of the intake, the
// materials still missing, 已受理 with the number; never the full name or ID number.
#include <doctest/doctest.h>

#include "core/counter/resident_view.h"
#include "core/update.h"

using namespace core;

namespace {

constexpr const char* kId = "11010519491231002X";
constexpr const char* kName = "欧阳振华";

CivilTime at(int h, int m) { return CivilTime{2026, 12, 2, h, m, 0, 3}; }

ServiceItem linshi() {
  ServiceItem it;
  it.code = "linshi";
  it.name = "临时救助申请";
  it.required = {{"shenfenzheng", "居民身份证", ""}, {"shenqingshu", "申请书", ""}};
  it.optional = {{"zhenduan", "诊断证明", ""}};
  return it;
}

AppState counter_started() {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  c.terminal.number = 7;
  c.hall.name = "锁金村街道便民服务中心";
  update(s, ev::Started{c, true, at(9, 0)});
  update(s, ev::StoreReady{"test"});
  auto cat = std::make_shared<CounterCatalog>();
  cat->services.items.push_back(linshi());
  update(s, ev::CounterCatalogLoaded{cat});
  return s;
}

void sign_in_a07(AppState& s) {
  update(s, intent::EditSignIn{"A07", "246810"});
  update(s, intent::SubmitSignIn{});
  update(s, ev::SignInAnswered{sign_in::SignedIn{StaffMember{"A07", "王芳", StaffRole::Counter, true}}});
  update(s, ev::FormOpened{"form-1"});
}

// Every string the view carries, joined: what could reach the resident's screen.
std::string everything(const ResidentView& v) {
  std::string all = v.hall_name + "|" + v.staff_name + "|" + v.staff_no + "|" + v.name_masked + "|" + v.id_masked +
                    "|" + v.item_name + "|" + v.acceptance_no;
  for (const auto& m : v.missing) all += "|" + m;
  return all;
}

void check_nothing_in_full(const ResidentView& v) {
  const std::string all = everything(v);
  CHECK(all.find(kId) == std::string::npos);
  CHECK(all.find(kName) == std::string::npos);
  CHECK(all.find("19491231") == std::string::npos);  // the birth date inside the number either
}

}  // namespace

TEST_CASE("resident screen: closed while nobody is signed in, with the hall and the window number") {
  AppState s = counter_started();
  const ResidentView v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Closed);
  CHECK(v.hall_name == "锁金村街道便民服务中心");
  CHECK(v.window_no == 7);
  CHECK(v.staff_name.empty());
  CHECK(v.name_masked.empty());
}

TEST_CASE("resident screen: signed in and no intake yet it welcomes, with the staff member's name and number") {
  AppState s = counter_started();
  sign_in_a07(s);
  const ResidentView v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Welcome);
  CHECK(v.staff_name == "王芳");
  CHECK(v.staff_no == "A07");
}

TEST_CASE("resident screen: the intake summary is masked and lists the required materials not yet received") {
  AppState s = counter_started();
  sign_in_a07(s);
  update(s, intent::EditForm{intent::FormField::ApplicantId, kId, -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantName, kName, -1, {}});
  ResidentView v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Intake);
  CHECK(v.name_masked == "欧**华");
  CHECK(v.id_masked == "110105********002X");
  CHECK(v.item_name.empty());
  CHECK(v.household == 0);
  CHECK(v.missing.empty());
  check_nothing_in_full(v);

  update(s, intent::EditForm{intent::FormField::ApplicantNation, "汉", -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantAddress, "锁金村1号", -1, {}});
  update(s, intent::NextStep{});
  update(s, intent::PickItem{"linshi"});
  v = resident_view(s);
  CHECK(v.item_name == "临时救助申请");
  CHECK(v.missing == std::vector<std::string>{"居民身份证", "申请书"});  // the optional 诊断证明 is not asked for
  CHECK(v.household == 0);  // not yet at the household step

  update(s, intent::NextStep{});
  update(s, intent::AddMember{});
  update(s, intent::EditForm{intent::FormField::MemberName, "欧阳小明", 0, {}});
  update(s, intent::EditForm{intent::FormField::MemberId, "110105201001010015", 0, {}});
  update(s, intent::ToggleMaterial{"shenfenzheng"});
  v = resident_view(s);
  CHECK(v.household == 2);
  CHECK(v.missing == std::vector<std::string>{"申请书"});
  check_nothing_in_full(v);
  // A household member's details are not carried at all.
  CHECK(everything(v).find("小明") == std::string::npos);
  CHECK(everything(v).find("110105201001010015") == std::string::npos);
}

TEST_CASE("resident screen: a locked counter shows the staff member away and nothing of the form") {
  AppState s = counter_started();
  sign_in_a07(s);
  update(s, intent::EditForm{intent::FormField::ApplicantId, kId, -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantName, kName, -1, {}});
  update(s, intent::LockDesk{});
  const ResidentView v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Away);
  CHECK(v.name_masked.empty());
  CHECK(v.id_masked.empty());
}

TEST_CASE("resident screen: 已受理 carries the number and what is still owed, masked, and a refusal its own phase") {
  AppState s = counter_started();
  sign_in_a07(s);
  update(s, intent::EditForm{intent::FormField::ApplicantId, kId, -1, {}});
  Application app;
  app.uuid = "form-1";
  app.acceptance_no = "320102-07-20261202-0003";
  app.item_code = "linshi";
  app.applicant_id = kId;
  app.applicant_name = kName;
  app.status = ApplicationStatus::NeedsSupplement;
  app.materials = {{"shenfenzheng", "居民身份证", true, true}, {"shenqingshu", "申请书", true, false},
                   {"zhenduan", "诊断证明", false, false}};
  s.counter.pressing = true;
  update(s, ev::IntakeAccepted{app, std::nullopt, {}, 0});
  ResidentView v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Accepted);
  CHECK(v.acceptance_no == "320102-07-20261202-0003");
  CHECK(v.item_name == "临时救助申请");
  CHECK(v.missing == std::vector<std::string>{"申请书"});
  check_nothing_in_full(v);

  update(s, intent::NewIntake{});
  CHECK(resident_view(s).phase == ResidentPhase::Welcome);

  app.status = ApplicationStatus::NotAccepted;
  s.counter.pressing = true;
  update(s, ev::IntakeAccepted{app, std::nullopt, {}, 0});
  v = resident_view(s);
  CHECK(v.phase == ResidentPhase::Refused);
  CHECK(v.missing.empty());
  check_nothing_in_full(v);
}

TEST_CASE("resident screen: 好差评 is asked on it after 已受理 when the counter has it, and only then") {
  auto accept = [](AppState& s, ApplicationStatus status) {
    Application app;
    app.uuid = "form-1";
    app.acceptance_no = "320102-07-20261202-0004";
    app.item_code = "linshi";
    app.applicant_id = kId;
    app.applicant_name = kName;
    app.status = status;
    s.counter.pressing = true;
    update(s, ev::IntakeAccepted{app, std::nullopt, {}, 0});
  };
  // A counter whose resident-facing window opened (Terminal tells it in ev::Started).
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  c.terminal.number = 7;
  update(s, ev::Started{c, true, at(9, 0), true});
  CHECK(s.resident_screen);
  sign_in_a07(s);
  accept(s, ApplicationStatus::Accepted);
  ResidentView v = resident_view(s);
  REQUIRE(v.rating.has_value());
  CHECK(v.rating->open);
  CHECK(v.rating->channel == RatingChannel::Counter);
  CHECK(v.rating->acceptance_no == std::optional<std::string>("320102-07-20261202-0004"));
  CHECK(v.rating->staff_no == std::optional<std::string>("A07"));
  // Rated there: the view follows (the thanks), and 新受理 closes it.
  update(s, intent::RateLevel{4});
  v = resident_view(s);
  REQUIRE(v.rating.has_value());
  CHECK(v.rating->rated);
  CHECK(v.rating->level_given == 4);
  update(s, intent::NewIntake{});
  CHECK_FALSE(resident_view(s).rating.has_value());
  // A refusal is not rated.
  accept(s, ApplicationStatus::NotAccepted);
  CHECK_FALSE(resident_view(s).rating.has_value());

  // Without that window (off, or auto with one monitor) the counter's own screen asks instead.
  AppState alone = counter_started();
  CHECK_FALSE(alone.resident_screen);
  sign_in_a07(alone);
  accept(alone, ApplicationStatus::Accepted);
  CHECK(alone.rating.open);
  CHECK_FALSE(resident_view(alone).rating.has_value());
}

TEST_CASE("resident screen: short, Latin and rare-character names are masked as the kiosk masks them") {
  AppState s = counter_started();
  sign_in_a07(s);
  update(s, intent::EditForm{intent::FormField::ApplicantName, "张𠀾", -1, {}});
  CHECK(resident_view(s).name_masked == "张*");
  update(s, intent::EditForm{intent::FormField::ApplicantName, "JOHN SMITH", -1, {}});
  CHECK(resident_view(s).name_masked == "J*** S****");
  update(s, intent::EditForm{intent::FormField::ApplicantId, "1101", -1, {}});  // half typed
  CHECK(resident_view(s).id_masked == "****");
}
