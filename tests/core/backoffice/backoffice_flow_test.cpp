// The back office as a state machine (issue 19): sign-in only for reviewers, approvers and admins
// (the counter's rules and lockout sentences), nothing read before it; the queue read while signed
// in every refresh_s and never while locked or signed out; filters, tabs and pages; claims with
// their answers opening the case; 暂离 and the idle lock keeping it all for the same PIN.
#include <doctest/doctest.h>

#include "core/backoffice/backoffice_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 24, h, m, s, 2}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* p = e.template get_if<T>()) return p;
  return nullptr;
}

const StaffMember kReviewer{"B01", "陈建华", StaffRole::Reviewer, true};
const StaffMember kAdmin{"D01", "赵敏", StaffRole::Admin, true};

AppState started(int refresh_s = 5, int lock_after_s = 300) {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Backoffice;
  c.backoffice.refresh_s = refresh_s;
  c.backoffice.lock_after_idle_s = lock_after_s;
  c.backoffice.lease_minutes = 45;
  (void)update(s, ev::Started{c, true, at(9, 0, 0)});
  CHECK(update(s, ev::StoreReady{"x.db"}).empty());  // nothing personal is read before a sign-in
  return s;
}

Effects sign_in_as(AppState& s, const StaffMember& who) {
  (void)update(s, intent::EditSignIn{who.staff_no, "123456"});
  auto fx = update(s, intent::SubmitSignIn{});
  const auto* check = effect<fx::CheckSignIn>(fx);
  REQUIRE(check);
  CHECK(check->staff_no == who.staff_no);
  CHECK(s.backoffice.sign_in.pin.empty());
  return update(s, ev::SignInAnswered{sign_in::SignedIn{who}});
}

QueueEntry entry(std::string no, std::string claimed_by = {}) {
  QueueEntry e;
  e.acceptance_no = std::move(no);
  e.applicant_name = "张三";
  e.applicant_id = "320102194501011236";
  e.claimed_by = std::move(claimed_by);
  return e;
}

WorkQueue queue_of(std::vector<QueueEntry> entries, QueueFilter f = {}) {
  WorkQueue q;
  q.entries = std::move(entries);
  q.total_open = q.matching = static_cast<long>(q.entries.size());
  q.filter = f;
  return q;
}

}  // namespace

TEST_CASE("back office sign-in: counter staff are refused in one sentence, refusals are the counter's") {
  AppState s = started();
  CHECK(s.screen == ScreenId::BackofficeSignIn);
  (void)update(s, intent::EditSignIn{"A01", "12"});
  CHECK(update(s, intent::SubmitSignIn{}).empty());
  CHECK(s.backoffice.sign_in.problem == Message{"counter.sign_in.need_pin", {}});
  (void)update(s, intent::EditSignIn{"A01", "123456"});
  REQUIRE(effect<fx::CheckSignIn>(update(s, intent::SubmitSignIn{})));
  CHECK(update(s, intent::SubmitSignIn{}).empty());  // one check at a time
  CHECK(update(s, ev::SignInAnswered{sign_in::SignedIn{StaffMember{"A01", "李明", StaffRole::Counter, true}}}).empty());
  CHECK(s.backoffice.sign_in.problem == Message{"backoffice.sign_in.not_case_staff", {"A01"}});
  CHECK_FALSE(s.backoffice.staff);
  CHECK(s.screen == ScreenId::BackofficeSignIn);
  // The same lockout as the counter (the store decides it; the words are shared).
  (void)update(s, intent::EditSignIn{"B01", "999999"});
  (void)update(s, intent::SubmitSignIn{});
  (void)update(s, ev::SignInAnswered{sign_in::WrongPin{1}});
  CHECK(s.backoffice.sign_in.problem == Message{"counter.sign_in.wrong_pin", {"1"}});
  (void)update(s, intent::EditSignIn{"B01", "999999"});
  (void)update(s, intent::SubmitSignIn{});
  (void)update(s, ev::SignInAnswered{sign_in::Locked{at(9, 15, 0)}});
  CHECK(s.backoffice.sign_in.problem == Message{"counter.sign_in.locked", {"09:15"}});
  CHECK_FALSE(s.backoffice.staff);
  CHECK(update(s, ev::ClockTicked{at(9, 5, 0)}).empty());  // signed out: no polling
}

TEST_CASE("back office: reviewers, approvers and admins sign in and the queue is read with full names") {
  for (StaffRole role : {StaffRole::Reviewer, StaffRole::Approver, StaffRole::Admin}) {
    AppState s = started();
    auto fx = sign_in_as(s, StaffMember{"B07", "某人", role, true});
    CHECK(s.screen == ScreenId::BackofficeHome);
    const auto* load = effect<fx::LoadQueue>(fx);
    REQUIRE(load);
    CHECK(load->staff_no == "B07");
    CHECK(load->now.iso_date() == "2026-11-24");
    (void)update(s, ev::QueueLoaded{queue_of({entry("320102-01-20261120-0001")}), "B07"});
    REQUIRE(s.backoffice.queue);
    CHECK(s.backoffice.queue->entries.front().applicant_name == "张三");  // staff may see it
  }
}

TEST_CASE("back office: the queue is read every refresh_s while signed in, one read at a time") {
  AppState s = started(5);
  (void)sign_in_as(s, kReviewer);
  CHECK(s.backoffice.loading);
  CHECK(update(s, ev::ClockTicked{at(9, 0, 10)}).empty());  // the first read has not answered
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  CHECK_FALSE(s.backoffice.loading);
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 0, 11)})));
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  CHECK(update(s, ev::ClockTicked{at(9, 0, 14)}).empty());
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 0, 16)})));
  // The same answer again draws nothing new.
  const auto r = s.revision;
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  CHECK(s.revision == r);
  // A queue read for someone else (signed out meanwhile) is dropped.
  (void)update(s, ev::QueueLoaded{queue_of({entry("x")}), "C01"});
  CHECK(s.backoffice.queue->entries.empty());
  // A store failure frees the next read.
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 0, 30)})));
  (void)update(s, ev::QueueFailed{});
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 0, 36)})));
}

TEST_CASE("back office: filters and tabs read again at once, an answer for an old filter is not shown") {
  AppState s = started();
  (void)sign_in_as(s, kReviewer);
  (void)update(s, ev::QueueLoaded{queue_of({entry("a"), entry("b")}), "B01"});
  (void)update(s, intent::PageQueue{1});
  CHECK(s.backoffice.first_row == 1);
  QueueFilter mine;
  mine.mine = true;
  auto fx = update(s, intent::FilterQueue{mine});
  const auto* load = effect<fx::LoadQueue>(fx);
  REQUIRE(load);
  CHECK(load->filter.mine);
  CHECK(s.backoffice.first_row == 0);
  CHECK(update(s, intent::FilterQueue{mine}).empty());  // unchanged
  QueueFilter overdue = mine;
  overdue.overdue_only = true;
  overdue.status = ApplicationStatus::Reviewing;
  overdue.item_code = "dibao";
  CHECK(update(s, intent::FilterQueue{overdue}).empty());  // a read is on its way: served after it
  fx = update(s, ev::QueueLoaded{queue_of({entry("a")}, mine), "B01"});
  load = effect<fx::LoadQueue>(fx);
  REQUIRE(load);
  CHECK(load->filter == overdue);
  CHECK(s.backoffice.queue->entries.size() == 2);  // the answer for the old filter was not shown
  (void)update(s, ev::QueueLoaded{queue_of({entry("a")}, overdue), "B01"});
  CHECK(s.backoffice.queue->entries.size() == 1);
  CHECK(s.backoffice.queue->filter == overdue);
}

TEST_CASE("back office claims: 领取下一件 and 领取 open the case, refusals are the rules' sentences") {
  AppState s = started();
  (void)sign_in_as(s, kReviewer);
  (void)update(s, ev::QueueLoaded{queue_of({entry("320102-01-20261120-0001")}), "B01"});
  auto fx = update(s, intent::ClaimNext{});
  const auto* next = effect<fx::ClaimNextCase>(fx);
  REQUIRE(next);
  CHECK(next->staff_no == "B01");
  CHECK(next->lease_seconds == 45 * 60);  // [backoffice] lease_minutes
  CHECK(update(s, intent::ClaimNext{}).empty());  // one at a time
  fx = update(s, ev::ClaimAnswered{});
  CHECK(s.backoffice.notice == Message{"backoffice.nothing_to_claim", {}});
  CHECK(s.screen == ScreenId::BackofficeHome);
  CHECK(effect<fx::LoadQueue>(fx));  // a claim changes the queue: read it again
  (void)update(s, ev::QueueLoaded{queue_of({entry("320102-01-20261120-0001")}), "B01"});
  (void)update(s, intent::ClaimCase{"320102-01-20261120-0001"});
  (void)update(s, ev::ClaimAnswered{std::nullopt, Message{"case.refused.claimed_by", {"320102-01-20261120-0001", "C01"}}});
  CHECK(s.backoffice.notice.key == "case.refused.claimed_by");
  (void)update(s, ev::QueueLoaded{queue_of({entry("320102-01-20261120-0001", "C01")}), "B01"});
  CHECK_FALSE(s.backoffice.open_case_no);
  fx = update(s, intent::ClaimCase{"320102-01-20261120-0001"});
  const auto* one = effect<fx::ClaimOneCase>(fx);
  REQUIRE(one);
  CHECK(one->acceptance_no == "320102-01-20261120-0001");
  fx = update(s, ev::ClaimAnswered{entry("320102-01-20261120-0001", "B01"), {}});
  CHECK(effect<fx::LoadQueue>(fx));  // the queue shows the new claim
  CHECK(s.screen == ScreenId::BackofficeCase);
  REQUIRE(s.backoffice.open_case_no);
  CHECK(*s.backoffice.open_case_no == "320102-01-20261120-0001");
  CHECK(s.backoffice.notice.empty());
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  (void)update(s, intent::CloseCase{});
  CHECK(s.screen == ScreenId::BackofficeHome);
  CHECK_FALSE(s.backoffice.open_case_no);
}

TEST_CASE("back office: 释放 and an admin's 收回 answer with a sentence, a released open case closes") {
  AppState s = started();
  (void)sign_in_as(s, kAdmin);
  (void)update(s, ev::QueueLoaded{queue_of({}), "D01"});
  (void)update(s, intent::ClaimCase{"n1"});
  (void)update(s, ev::ClaimAnswered{entry("n1", "D01"), {}});
  const auto fx = update(s, intent::ReleaseCase{"n1"});
  const auto* rel = effect<fx::ReleaseClaim>(fx);
  REQUIRE(rel);
  CHECK(rel->staff_no == "D01");
  (void)update(s, ev::ReleaseAnswered{"n1", {}});
  CHECK(s.backoffice.notice == Message{"backoffice.released", {"n1"}});
  CHECK(s.screen == ScreenId::BackofficeHome);
  CHECK_FALSE(s.backoffice.open_case_no);
  (void)update(s, ev::QueueLoaded{queue_of({}), "D01"});
  (void)update(s, intent::ReleaseCase{"n2"});
  (void)update(s, ev::ReleaseAnswered{"n2", Message{"case.refused.not_claimed", {"n2"}}});
  CHECK(s.backoffice.notice.key == "case.refused.not_claimed");
}

TEST_CASE("back office: 暂离 and the idle lock hide everything, keep it, and stop the polling") {
  AppState s = started(5, 60);
  (void)sign_in_as(s, kReviewer);
  (void)update(s, ev::QueueLoaded{queue_of({entry("n1")}), "B01"});
  (void)update(s, intent::ClaimCase{"n1"});
  (void)update(s, ev::ClaimAnswered{entry("n1", "B01"), {}});
  (void)update(s, ev::QueueLoaded{queue_of({entry("n1", "B01")}), "B01"});
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 0, 59)})));
  CHECK(s.screen == ScreenId::BackofficeCase);
  (void)update(s, ev::QueueLoaded{queue_of({entry("n1", "B01")}), "B01"});
  (void)update(s, ev::ClockTicked{at(9, 1, 0)});
  CHECK(s.screen == ScreenId::BackofficeLocked);
  CHECK(update(s, ev::ClockTicked{at(9, 1, 30)}).empty());  // locked: no reading
  CHECK(update(s, intent::ClaimNext{}).empty());
  // Only the locker's PIN unlocks, whatever staff number was typed.
  (void)update(s, intent::EditSignIn{"C01", "123456"});
  auto fx = update(s, intent::SubmitSignIn{});
  const auto* check = effect<fx::CheckSignIn>(fx);
  REQUIRE(check);
  CHECK(check->staff_no == "B01");
  fx = update(s, ev::SignInAnswered{sign_in::SignedIn{kReviewer}});
  CHECK(s.screen == ScreenId::BackofficeCase);
  CHECK(s.backoffice.open_case_no == std::optional<std::string>("n1"));
  CHECK(effect<fx::LoadQueue>(fx));
  // 暂离 from the queue, then 换人登录: everything goes.
  (void)update(s, ev::QueueLoaded{queue_of({entry("n1", "B01")}), "B01"});
  (void)update(s, intent::CloseCase{});
  (void)update(s, intent::LockDesk{});
  CHECK(s.screen == ScreenId::BackofficeLocked);
  (void)update(s, intent::SignOut{});
  CHECK(s.screen == ScreenId::BackofficeSignIn);
  CHECK_FALSE(s.backoffice.staff);
  CHECK_FALSE(s.backoffice.queue);
  CHECK(s.backoffice.refresh_s == 5);  // the terminal's settings stay
  CHECK(s.backoffice.lease_seconds == 45 * 60);
  CHECK(update(s, ev::ClockTicked{at(9, 10, 0)}).empty());
}

TEST_CASE("back office: the open case's lease is renewed at half time, a refused renewal keeps the case on screen") {
  AppState s = started(3600, 7200);  // no queue reads and no idle lock in the way
  (void)sign_in_as(s, kReviewer);
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  (void)update(s, intent::ClaimCase{"n1"});
  QueueEntry opened = entry("n1", "B01");
  opened.lease_until = "2026-11-24 09:45:00";
  (void)update(s, ev::ClaimAnswered{opened, {}});  // at 09:00:00, lease 45 min
  (void)update(s, ev::QueueLoaded{queue_of({entry("n1", "B01")}), "B01"});
  (void)update(s, intent::Touched{});
  CHECK(effect<fx::ClaimCase>(update(s, ev::ClockTicked{at(9, 22, 0)})) == nullptr);
  s.backoffice.last_activity = at(9, 22, 30);  // someone is working on it
  auto fx = update(s, ev::ClockTicked{at(9, 22, 30)});
  const auto* renew = effect<fx::ClaimCase>(fx);
  REQUIRE(renew);
  CHECK(renew->acceptance_no == "n1");
  CHECK(renew->renewal);
  CHECK(renew->lease_seconds == 45 * 60);
  (void)update(s, ev::CaseClaimAnswered{"n1", true, false, "", "D01", Message{"case.refused.claimed_by", {"n1", "D01"}}});
  CHECK(s.screen == ScreenId::BackofficeCase);  // what was typed stays; the reviewer is told
  CHECK(s.backoffice.case_view.lease_lost);
  CHECK(s.backoffice.case_view.notice.key == "case.lease.taken");
}

TEST_CASE("back office on a hall store: a change in the hall is read at once, the poll is only a safety net") {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Backoffice;
  c.backoffice.refresh_s = 5;
  c.store.url = "postgresql://hall/onewindow";
  (void)update(s, ev::Started{c, true, at(9, 0, 0)});
  (void)update(s, ev::StoreReady{"postgresql://hall/onewindow"});
  CHECK(update(s, ev::HallChanged{}).empty());  // nobody signed in: nothing is read
  (void)sign_in_as(s, kReviewer);
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  CHECK(update(s, ev::ClockTicked{at(9, 0, 30)}).empty());  // no 5 s poll: the hall says when
  CHECK(effect<fx::LoadQueue>(update(s, ev::HallChanged{})));
  CHECK(update(s, ev::HallChanged{}).empty());  // one read at a time …
  CHECK(s.backoffice.reload);                    // … and one more after it
  CHECK(effect<fx::LoadQueue>(update(s, ev::QueueLoaded{queue_of({}), "B01"})));
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  CHECK(effect<fx::LoadQueue>(update(s, ev::ClockTicked{at(9, 1, 31)})));  // the safety net, a minute on
  (void)update(s, ev::QueueLoaded{queue_of({}), "B01"});
  (void)update(s, intent::LockDesk{});
  CHECK(update(s, ev::HallChanged{}).empty());  // locked: nothing read
}
