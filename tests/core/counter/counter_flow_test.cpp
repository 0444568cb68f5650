// The counter as a state machine: sign-in outcomes, the steps' guards, a card filling the applicant
// or a member, 受理 once (commit effect) and its answers, print outcomes recorded, the idle lock and
// 暂离 keeping the form, sign-out dropping it.
#include <doctest/doctest.h>

#include "core/counter/counter_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 24, h, m, s, 2}; }

ServiceItem linshi() {
  ServiceItem it;
  it.code = "linshi";
  it.name = "临时救助申请";
  it.required = {{"shenfenzheng", "居民身份证", ""}, {"shenqingshu", "申请书", ""}};
  it.optional = {{"hukoubu", "户口簿", ""}};
  it.promised_working_days = 10;
  DeclarationField urgency;
  urgency.key = "urgency";
  urgency.label = "紧急程度";
  urgency.kind = DeclarationKind::Choice;
  urgency.choices = {"一般", "紧急"};
  urgency.required = true;
  it.declarations.push_back(urgency);
  return it;
}

base::IdCardRecord card(std::string name, std::string id) {
  base::IdCardRecord c;
  c.name = std::move(name);
  c.id_number = std::move(id);
  c.gender = "女";
  c.nation = "汉";
  c.birth = "1949-12-31";
  c.address = "北京市朝阳区建国路88号";
  c.id_number_valid = true;
  return c;
}

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

// A counter signed in as A07, catalog loaded, store ready, form opened.
AppState signed_in_counter(int lock_after_s = 300) {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  c.counter.lock_after_idle_s = lock_after_s;
  auto fx = update(s, ev::Started{c, true, at(9, 0, 0)});
  CHECK(effect<fx::LoadCounterCatalog>(fx));
  CHECK(s.screen == ScreenId::CounterSignIn);
  update(s, ev::StoreReady{"test"});
  auto cat = std::make_shared<CounterCatalog>();
  cat->services.items.push_back(linshi());
  update(s, ev::CounterCatalogLoaded{cat});
  update(s, intent::EditSignIn{"A07", "246810"});
  fx = update(s, intent::SubmitSignIn{});
  const auto* check = effect<fx::CheckSignIn>(fx);
  REQUIRE(check);
  CHECK(check->staff_no == "A07");
  CHECK(check->pin == "246810");
  CHECK(s.counter.sign_in.pin.empty());  // the PIN leaves the state once sent
  fx = update(s, ev::SignInAnswered{sign_in::SignedIn{StaffMember{"A07", "王芳", StaffRole::Counter, true}}});
  CHECK(effect<fx::OpenForm>(fx));
  CHECK(s.screen == ScreenId::CounterIntake);
  update(s, ev::FormOpened{"0f8fad5b-d9cb-469f-a165-70867728950e"});
  return s;
}

void fill_complete_linshi(AppState& s) {
  update(s, ev::CardPresented{card("张𠀾", "11010519491231002X")});
  update(s, intent::NextStep{});
  update(s, intent::PickItem{"linshi"});
  update(s, intent::NextStep{});
  update(s, intent::NextStep{});
  update(s, intent::EditForm{intent::FormField::Declaration, "紧急", -1, "urgency"});
  update(s, intent::NextStep{});
  update(s, intent::ToggleMaterial{"shenfenzheng"});
  update(s, intent::NextStep{});
}

}  // namespace

TEST_CASE("counter sign-in: refusals say why in plain words and keep the sign-in screen") {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  update(s, ev::Started{c, true, at(9, 0, 0)});
  update(s, ev::StoreReady{"test"});
  update(s, intent::EditSignIn{"A07", "12"});
  CHECK(update(s, intent::SubmitSignIn{}).empty());  // too short: no slow hash is spent on it
  CHECK(s.counter.sign_in.problem == Message{"counter.sign_in.need_pin", {}});
  update(s, intent::EditSignIn{"A07", "1111"});
  update(s, intent::SubmitSignIn{});
  CHECK(s.counter.sign_in.checking);
  CHECK(update(s, intent::SubmitSignIn{}).empty());  // one check at a time
  update(s, ev::SignInAnswered{sign_in::WrongPin{2}});
  CHECK(s.counter.sign_in.problem == Message{"counter.sign_in.wrong_pin", {"2"}});
  update(s, ev::SignInAnswered{sign_in::Locked{at(9, 15, 0)}});
  CHECK(s.counter.sign_in.problem == Message{"counter.sign_in.locked", {"09:15"}});
  CHECK(s.screen == ScreenId::CounterSignIn);
  CHECK_FALSE(s.counter.staff);
}

TEST_CASE("counter intake: a step opens only when the ones before it are complete") {
  AppState s = signed_in_counter();
  CHECK(update(s, intent::NextStep{}).empty());
  CHECK(s.counter.step == IntakeStep::Applicant);  // nobody yet
  update(s, intent::GoToStep{IntakeStep::Review});
  CHECK(s.counter.step == IntakeStep::Applicant);
  update(s, ev::CardPresented{card("张𠀾", "11010519491231002X")});
  CHECK(s.counter.form.applicant.from_card);
  // Card data are read-only.
  update(s, intent::EditForm{intent::FormField::ApplicantName, "李四"});
  CHECK(s.counter.form.applicant.name == "张𠀾");
  update(s, intent::NextStep{});
  CHECK(s.counter.step == IntakeStep::Item);
  update(s, intent::NextStep{});
  CHECK(s.counter.step == IntakeStep::Item);  // no item chosen
  update(s, intent::PickItem{"nosuch"});
  CHECK(s.counter.form.item_code.empty());
  update(s, intent::PickItem{"linshi"});
  update(s, intent::NextStep{});
  CHECK(s.counter.step == IntakeStep::Household);
}

TEST_CASE("counter household: a member's card adds their row, the applicant's own card does not") {
  AppState s = signed_in_counter();
  update(s, ev::CardPresented{card("张𠀾", "11010519491231002X")});
  update(s, intent::NextStep{});
  update(s, intent::PickItem{"linshi"});
  update(s, intent::NextStep{});
  update(s, ev::CardPresented{card("张𠀾", "11010519491231002X")});
  CHECK(s.counter.form.members.empty());
  CHECK(s.notice_key == "counter.card_is_applicant");
  update(s, ev::CardPresented{card("王䶮", "320102193505080015")});
  REQUIRE(s.counter.form.members.size() == 1);
  CHECK(s.counter.form.members[0].person.name == "王䶮");
  // Without a relation the step is not complete.
  update(s, intent::NextStep{});
  CHECK(s.counter.step == IntakeStep::Household);
  update(s, intent::EditForm{intent::FormField::MemberRelation, "配偶", 0});
  update(s, intent::EditForm{intent::FormField::MemberLives, "no", 0});
  CHECK_FALSE(s.counter.form.members[0].lives_in_household);
  CHECK(household_size(s.counter.form) == 1);
  // A typed member: the ID number is checked as typed and fills birth and gender.
  update(s, intent::AddMember{});
  update(s, intent::EditForm{intent::FormField::MemberId, "320102201203040015", 1});
  CHECK(s.counter.form.members[1].person.birth == "2012-03-04");
  CHECK(s.counter.form.members[1].person.gender == "男");
  update(s, intent::RemoveMember{1});
  update(s, intent::NextStep{});
  CHECK(s.counter.step == IntakeStep::Declarations);
}

TEST_CASE("counter 受理: one commit effect per press, the answer shows 已受理, print outcome recorded") {
  AppState s = signed_in_counter();
  fill_complete_linshi(s);
  REQUIRE(s.counter.step == IntakeStep::Review);
  CHECK(intended_status(s.counter.form, s.counter_catalog->services) == ApplicationStatus::NeedsSupplement);
  auto fx = update(s, intent::PressAccept{});
  const auto* accept = effect<fx::AcceptIntake>(fx);
  REQUIRE(accept);
  CHECK(accept->form.uuid == "0f8fad5b-d9cb-469f-a165-70867728950e");
  CHECK(accept->staff_no == "A07");
  CHECK(update(s, intent::PressAccept{}).empty());  // a second press while committing does nothing

  Application committed;
  committed.uuid = accept->form.uuid;
  committed.acceptance_no = "320102-01-20261124-0001";
  committed.status = ApplicationStatus::NeedsSupplement;
  update(s, ev::IntakeAccepted{committed, std::nullopt, {}, accept->job});
  CHECK(s.screen == ScreenId::CounterAccepted);
  REQUIRE(s.counter.accepted);
  CHECK(s.counter.accepted->print == SlipPrint::Printing);
  CHECK(s.counter.form.uuid.empty());  // the committed form cannot be pressed again
  CHECK(update(s, intent::PressAccept{}).empty());

  fx = update(s, ev::PrintFailed{accept->job, PrinterTrouble::PaperOut, "paper out"});
  CHECK(s.counter.accepted->print == SlipPrint::Failed);
  CHECK(s.counter.accepted->print_problem_key == "printer.paper_out");
  const auto* rec = effect<fx::RecordSlipPrint>(fx);
  REQUIRE(rec);
  CHECK_FALSE(rec->printed);
  CHECK(rec->application_uuid == committed.uuid);
}

TEST_CASE("counter 受理 failing stores nothing and keeps the form to press again") {
  AppState s = signed_in_counter();
  fill_complete_linshi(s);
  update(s, intent::PressAccept{});
  update(s, ev::IntakeFailed{Message{"counter.intake_failed.store", {}}, "disk I/O error"});
  CHECK(s.screen == ScreenId::CounterIntake);
  // Staff read a plain sentence; the database's own words went to the log.
  CHECK(s.counter.press_problem == Message{"counter.intake_failed.store", {}});
  CHECK(effect<fx::AcceptIntake>(update(s, intent::PressAccept{})));
}

TEST_CASE("counter idle lock and 暂离 keep the form for the same PIN, sign-out drops it") {
  AppState s = signed_in_counter(60);
  update(s, ev::CardPresented{card("张𠀾", "11010519491231002X")});
  update(s, ev::ClockTicked{at(9, 0, 59)});
  CHECK(s.screen == ScreenId::CounterIntake);
  update(s, ev::ClockTicked{at(9, 1, 0)});
  CHECK(s.screen == ScreenId::CounterLocked);
  CHECK(s.counter.form.applicant.name == "张𠀾");
  // Unlocking checks the locked-in staff number, whatever was typed as a number.
  update(s, intent::EditSignIn{"B01", "246810"});
  auto fx = update(s, intent::SubmitSignIn{});
  REQUIRE(effect<fx::CheckSignIn>(fx));
  CHECK(effect<fx::CheckSignIn>(fx)->staff_no == "A07");
  update(s, ev::SignInAnswered{sign_in::SignedIn{StaffMember{"A07", "王芳", StaffRole::Counter, true}}});
  CHECK(s.screen == ScreenId::CounterIntake);
  CHECK(s.counter.form.applicant.name == "张𠀾");
  update(s, intent::LockDesk{});
  CHECK(s.screen == ScreenId::CounterLocked);
  CHECK(update(s, intent::EditForm{intent::FormField::ApplicantAddress, "x"}).empty());  // locked: no edits
  update(s, intent::SignOut{});
  CHECK(s.screen == ScreenId::CounterSignIn);
  CHECK_FALSE(s.counter.staff);
  CHECK(s.counter.form.applicant.name.empty());
}

TEST_CASE("counter ledger: export and reprint say how they went, failures without the store's words") {
  AppState s = signed_in_counter();
  update(s, ev::DeviceLinkChanged{DeviceKind::Printer, {DeviceLink::Connected, DeviceOrigin::Hardware}});
  update(s, intent::ShowLedger{true});
  REQUIRE(s.screen == ScreenId::CounterLedger);
  CHECK(s.counter.ledger_message.empty());
  CHECK(effect<fx::ExportLedger>(update(s, intent::ExportLedger{false})));
  CHECK(s.counter.ledger_message == Message{"counter.ledger.exporting", {}});
  update(s, ev::LedgerExported{"/exports/a.csv", {}, {}});
  CHECK(s.counter.ledger_message == Message{"counter.ledger.exported", {"/exports/a.csv"}});
  update(s, ev::LedgerExported{"", Message{"counter.export_failed.store", {}}, "database is locked"});
  CHECK(s.counter.ledger_message == Message{"counter.export_failed.store", {}});

  LedgerRow row;
  row.application_uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
  row.acceptance_no = "320102-01-20261124-0001";
  update(s, ev::LedgerLoaded{{row}});
  const auto reprint_effects = update(s, intent::ReprintSlip{row.application_uuid});  // outlives `reprint`
  const auto* reprint = effect<fx::ReprintSlip>(reprint_effects);
  REQUIRE(reprint);
  CHECK(s.counter.ledger_message == Message{"counter.ledger.reprinting", {row.acceptance_no}});
  update(s, ev::ReprintFailed{reprint->job, Message{"counter.reprint_failed.store", {}}, "disk I/O error"});
  CHECK(s.counter.ledger_message == Message{"counter.reprint_failed.store", {}});
  CHECK(s.counter.reprint_job == 0);
}

TEST_CASE("counter sign-in: a store that cannot answer says so, and is neither an unknown number nor a wrong PIN") {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  update(s, ev::Started{c, true, at(9, 0, 0)});
  update(s, ev::StoreReady{"test"});
  update(s, intent::EditSignIn{"A07", "1111"});
  REQUIRE(effect<fx::CheckSignIn>(update(s, intent::SubmitSignIn{})));
  update(s, ev::SignInAnswered{sign_in::StoreUnavailable{}});
  CHECK(s.counter.sign_in.problem == Message{"counter.sign_in.store_failed", {}});
  CHECK_FALSE(s.counter.sign_in.checking);
  CHECK(s.screen == ScreenId::CounterSignIn);
  CHECK_FALSE(s.counter.staff);
  CHECK(describe(sign_in::StoreUnavailable{}) == "the store could not answer");
  // The staff member may try again at once with the same number: nothing was spent.
  update(s, intent::EditSignIn{"A07", "1111"});
  const Effects again = update(s, intent::SubmitSignIn{});
  REQUIRE(effect<fx::CheckSignIn>(again));
  CHECK(effect<fx::CheckSignIn>(again)->staff_no == "A07");
}
