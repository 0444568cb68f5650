// 补正收件 at the counter: a verified slip or a typed number finds the case; only a case waiting
// for materials can be sent back to review, and only once every missing paper is ticked; answers
// that come late (staff moved on) change nothing; a forged slip or a bad number gets one line.
#include <doctest/doctest.h>

#include "core/counter/counter_flow.h"
#include "core/update.h"

using namespace core;

namespace {

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

constexpr const char* kNo = "320102-09-20261118-0101";

AppState counter_at_intake() {
  AppState s;
  s.mode = Mode::Counter;
  s.store = StoreLink::Ready;
  s.now = CivilTime{2026, 12, 2, 10, 0, 0, 3};
  s.counter.staff = StaffMember{"A07", "王芳", StaffRole::Counter, true};
  s.counter.form.uuid = "form-1";
  s.screen = ScreenId::CounterIntake;
  return s;
}

SupplementCase waiting_case() {
  SupplementCase c;
  c.acceptance_no = kNo;
  c.item_name = "临时救助申请";
  c.applicant_name = "张𠀾";
  c.status = ApplicationStatus::NeedsSupplement;
  c.missing = {MaterialCheck{"piaoju", "医疗费用票据", true, false}, MaterialCheck{"hukoubu", "户口簿", true, false}};
  return c;
}

}  // namespace

TEST_CASE("a scanned slip at the counter is verified, then opens its case, and the form being filled stays") {
  AppState s = counter_at_intake();
  auto fx = update(s, ev::CodeScanned{"OW1:...", "QR"});
  REQUIRE(effect<fx::VerifySlip>(fx));
  fx = update(s, ev::SlipVerified{kNo});
  CHECK(s.screen == ScreenId::CounterSupplement);
  const auto* find = effect<fx::FindSupplementCase>(fx);
  REQUIRE(find);
  CHECK(find->acceptance_no == kNo);
  CHECK(find->staff_no == "A07");
  CHECK(s.counter.supplement.busy);
  update(s, ev::SupplementCaseFound{kNo, waiting_case(), {}});
  CHECK_FALSE(s.counter.supplement.busy);
  REQUIRE(s.counter.supplement.found);
  CHECK(s.counter.supplement.message.empty());
  update(s, intent::ShowSupplement{false});
  CHECK(s.screen == ScreenId::CounterIntake);
  CHECK(s.counter.form.uuid == "form-1");
}

TEST_CASE("材料已收齐 needs every missing paper ticked, then sends the case back once") {
  AppState s = counter_at_intake();
  update(s, intent::ShowSupplement{true});
  update(s, intent::EditSupplementNo{std::string("  ") + kNo + " "});
  auto fx = update(s, intent::FindSupplement{});
  REQUIRE(effect<fx::FindSupplementCase>(fx));
  CHECK(effect<fx::FindSupplementCase>(fx)->acceptance_no == kNo);  // spaces around it dropped
  update(s, ev::SupplementCaseFound{kNo, waiting_case(), {}});

  update(s, intent::ToggleHanded{"piaoju"});
  update(s, intent::ToggleHanded{"not-missing"});  // not on the list: ignored
  CHECK(s.counter.supplement.handed == std::vector<std::string>{"piaoju"});
  fx = update(s, intent::ReceiveSupplement{});
  CHECK_FALSE(effect<fx::ReceiveSupplement>(fx));
  CHECK(s.counter.supplement.message == Message{"counter.supplement.not_all", {"户口簿"}});

  update(s, intent::ToggleHanded{"hukoubu"});
  fx = update(s, intent::ReceiveSupplement{});
  const auto* receive = effect<fx::ReceiveSupplement>(fx);
  REQUIRE(receive);
  CHECK(receive->acceptance_no == kNo);
  CHECK(receive->staff_no == "A07");
  CHECK(update(s, intent::ReceiveSupplement{}).empty());  // pressed twice: one write
  CHECK(update(s, intent::ToggleHanded{"hukoubu"}).empty());
  CHECK(s.counter.supplement.handed.size() == 2);

  update(s, ev::SupplementReceived{kNo, {}});
  CHECK(s.counter.supplement.done);
  CHECK(s.counter.supplement.found->status == ApplicationStatus::Reviewing);
  CHECK(s.counter.supplement.message.key == "counter.supplement.done");
  CHECK(update(s, intent::ReceiveSupplement{}).empty());
}

TEST_CASE("a refusal from the rules or the store keeps the case and the ticks on screen") {
  AppState s = counter_at_intake();
  update(s, ev::SlipVerified{kNo});
  update(s, ev::SupplementCaseFound{kNo, waiting_case(), {}});
  update(s, intent::ToggleHanded{"piaoju"});
  update(s, intent::ToggleHanded{"hukoubu"});
  update(s, intent::ReceiveSupplement{});
  update(s, ev::SupplementReceived{kNo, Message{"case.refused.wrong_status", {kNo}}});
  CHECK_FALSE(s.counter.supplement.done);
  CHECK_FALSE(s.counter.supplement.busy);
  CHECK(s.counter.supplement.handed.size() == 2);
  CHECK(s.counter.supplement.message.key == "case.refused.wrong_status");
  CHECK(effect<fx::ReceiveSupplement>(update(s, intent::ReceiveSupplement{})));  // may try again
}

TEST_CASE("a case not waiting for materials is shown but cannot be sent back, and late answers change nothing") {
  AppState s = counter_at_intake();
  update(s, ev::SlipVerified{kNo});
  SupplementCase reviewing = waiting_case();
  reviewing.status = ApplicationStatus::Reviewing;
  reviewing.missing.clear();
  // An answer for another number (staff typed a new one meanwhile) is dropped.
  update(s, ev::SupplementCaseFound{"320102-09-20261118-0102", reviewing, {}});
  CHECK(s.counter.supplement.busy);
  update(s, ev::SupplementCaseFound{kNo, reviewing, {}});
  CHECK(s.counter.supplement.message == Message{"counter.supplement.not_waiting", {kNo}});
  CHECK_FALSE(effect<fx::ReceiveSupplement>(update(s, intent::ReceiveSupplement{})));
}

TEST_CASE("a bad number, a forged slip, a store that is down and a locked counter each get their line") {
  AppState s = counter_at_intake();
  update(s, intent::ShowSupplement{true});
  update(s, intent::EditSupplementNo{"12345"});
  CHECK_FALSE(effect<fx::FindSupplementCase>(update(s, intent::FindSupplement{})));
  CHECK(s.counter.supplement.message.key == "counter.supplement.bad_no");

  update(s, ev::SlipRefused{"MAC mismatch"});
  CHECK(s.screen == ScreenId::CounterSupplement);
  CHECK(s.counter.supplement.message.key == "counter.supplement.slip_refused");

  s.store = StoreLink::Unavailable;
  CHECK_FALSE(effect<fx::FindSupplementCase>(update(s, ev::SlipVerified{kNo})));
  CHECK(s.counter.supplement.message.key == "counter.supplement.store_down");

  s.store = StoreLink::Ready;
  s.counter.locked = true;
  CHECK(update(s, ev::CodeScanned{"OW1:...", "QR"}).empty());
  CHECK(update(s, ev::SlipVerified{kNo}).empty());
  CHECK(update(s, intent::ShowSupplement{true}).empty());
}
