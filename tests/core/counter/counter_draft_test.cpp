// The counter's autosave and its offer after a crash, the relation list and long households
// (issue 15), driven through core::update() as the other counter tests are.
#include <doctest/doctest.h>

#include "core/counter/counter_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 12, 2, h, m, s, 3}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

ServiceItem linshi() {
  ServiceItem it;
  it.code = "linshi";
  it.name = "临时救助申请";
  it.required = {{"shenfenzheng", "居民身份证", ""}};
  it.promised_working_days = 10;
  return it;
}

// Signed in as A07; the sign-in asks for today's draft.
AppState signed_in(Effects* sign_in_effects = nullptr) {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  update(s, ev::Started{c, true, at(9, 0, 0)});
  update(s, ev::StoreReady{"test"});
  auto cat = std::make_shared<CounterCatalog>();
  cat->services.items.push_back(linshi());
  cat->choices.relations = {"配偶", "子女", "父母", "兄弟姐妹", "孙子女", "祖父母", "其他"};
  update(s, ev::CounterCatalogLoaded{cat});
  update(s, intent::EditSignIn{"A07", "246810"});
  update(s, intent::SubmitSignIn{});
  Effects fx = update(s, ev::SignInAnswered{sign_in::SignedIn{StaffMember{"A07", "王芳", StaffRole::Counter, true}}});
  if (sign_in_effects) *sign_in_effects = fx;
  update(s, ev::FormOpened{"form-1"});
  return s;
}

void type_applicant(AppState& s) {
  update(s, intent::EditForm{intent::FormField::ApplicantId, "11010519491231002X", -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantName, "张三", -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantNation, "汉", -1, {}});
  update(s, intent::EditForm{intent::FormField::ApplicantAddress, "锁金村1号", -1, {}});
}

}  // namespace

TEST_CASE("autosave: every step change and edit saves the form with the staff number and form key") {
  Effects at_sign_in;
  AppState s = signed_in(&at_sign_in);
  const auto* look = effect<fx::LoadDraft>(at_sign_in);
  REQUIRE(look);
  CHECK(look->staff_no == "A07");
  CHECK(look->today == "2026-12-02");

  type_applicant(s);
  const Effects fx = update(s, intent::NextStep{});
  const auto* save = effect<fx::SaveDraft>(fx);
  REQUIRE(save);
  CHECK(save->draft.staff_no == "A07");
  CHECK(save->draft.form.uuid == "form-1");
  CHECK(save->draft.step == IntakeStep::Item);
  CHECK(save->draft.form.applicant.name == "张三");
  CHECK(save->draft.saved_at == "2026-12-02 09:00:00");
  CHECK(effect<fx::SaveDraft>(update(s, intent::PickItem{"linshi"})));
  // Typing into the item search is not the form.
  CHECK_FALSE(effect<fx::SaveDraft>(update(s, intent::EditForm{intent::FormField::ItemQuery, "ls", -1, {}})));
}

TEST_CASE("after a crash the same staff member is offered the draft, and restoring brings back everything typed") {
  AppState before = signed_in();
  type_applicant(before);
  update(before, intent::NextStep{});
  update(before, intent::PickItem{"linshi"});
  update(before, intent::NextStep{});
  update(before, intent::AddMember{});
  const Effects fx = update(before, intent::EditForm{intent::FormField::MemberName, "张小明", 0, {}});
  const CounterDraft saved = effect<fx::SaveDraft>(fx)->draft;

  AppState s = signed_in();  // the terminal again, after the crash
  update(s, ev::DraftFound{saved});
  REQUIRE(s.counter.offered_draft);
  CHECK(s.counter.form.applicant.name.empty());  // nothing restored before the choice
  const Effects restored = update(s, intent::RestoreDraft{true});
  CHECK_FALSE(s.counter.offered_draft);
  CHECK(s.counter.form.uuid == "form-1");
  CHECK(s.counter.form.applicant.name == "张三");
  CHECK(s.counter.form.item_code == "linshi");
  REQUIRE(s.counter.form.members.size() == 1);
  CHECK(s.counter.form.members[0].person.name == "张小明");
  CHECK(s.counter.step == IntakeStep::Household);
  CHECK(effect<fx::SaveDraft>(restored));
}

TEST_CASE("the draft is offered to no one else, is discarded on request, and leaves with a commit or a sign-out") {
  AppState before = signed_in();
  type_applicant(before);
  const CounterDraft saved = effect<fx::SaveDraft>(update(before, intent::NextStep{}))->draft;

  CounterDraft other = saved;
  other.staff_no = "B01";
  AppState s = signed_in();
  update(s, ev::DraftFound{other});
  CHECK_FALSE(s.counter.offered_draft);

  update(s, ev::DraftFound{saved});
  REQUIRE(s.counter.offered_draft);
  CHECK(effect<fx::DiscardDraft>(update(s, intent::RestoreDraft{false})));
  CHECK_FALSE(s.counter.offered_draft);
  CHECK(s.counter.form.applicant.name.empty());

  // A form already under way is not swapped for an old one.
  type_applicant(s);
  update(s, ev::DraftFound{saved});
  CHECK_FALSE(s.counter.offered_draft);

  CHECK(effect<fx::DiscardDraft>(update(s, intent::SignOut{})));
}

TEST_CASE("relation list: one tap opens every relation, a pick sets it and closes the list") {
  AppState s = signed_in();
  type_applicant(s);
  update(s, intent::NextStep{});
  update(s, intent::PickItem{"linshi"});
  update(s, intent::NextStep{});
  update(s, intent::AddMember{});
  CHECK(s.counter.relation_list == kNoRelationList);
  update(s, intent::OpenRelationList{0});
  CHECK(s.counter.relation_list == 0);
  update(s, intent::EditForm{intent::FormField::MemberRelation, "兄弟姐妹", 0, {}});
  CHECK(s.counter.form.members[0].relation == "兄弟姐妹");
  CHECK(s.counter.relation_list == kNoRelationList);
  update(s, intent::OpenRelationList{0});
  update(s, intent::OpenRelationList{kNoRelationList});  // 取消
  CHECK(s.counter.relation_list == kNoRelationList);
  update(s, intent::OpenRelationList{5});  // no such member
  CHECK(s.counter.relation_list == kNoRelationList);
}

TEST_CASE("a long household: a new row turns to the last page and pages are turned by row") {
  AppState s = signed_in();
  for (int i = 0; i < 11; ++i) update(s, intent::AddMember{});
  CHECK(s.counter.form.members.size() == 11);
  CHECK(s.counter.household_first > 11);  // the screen clamps it to the last page
  update(s, intent::ScrollHousehold{0});
  CHECK(s.counter.household_first == 0);
  update(s, intent::ScrollHousehold{-3});
  CHECK(s.counter.household_first == 0);
  update(s, intent::ScrollReview{400});
  CHECK(s.counter.review_scroll_px == 400);
  update(s, intent::GoToStep{IntakeStep::Applicant});
  CHECK(s.counter.review_scroll_px == 0);
}
