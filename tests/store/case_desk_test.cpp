// The back office's desk (store/case_desk.h) on both stores: claims with a lease, the life cycle of
// a 低保 case from claim to approval (and the benefit the kiosk then shows), 补正 and back,
// refusals that write nothing, an admin taking a case back, and claimers racing on their own
// connections.
#include <doctest/doctest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "store/application_events_table.h"
#include "store/benefits_table.h"
#include "store/case_desk_support.h"
#include "store/store_backends.h"

using namespace store;
using namespace case_support;
using S = core::ApplicationStatus;

namespace {

template <class T>
T accepted(const base::Result<Answer<T>>& r) {
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().message));
  if (auto* no = std::get_if<Refusal>(&r.value())) FAIL_CHECK("refused: " << no->key);
  REQUIRE(std::holds_alternative<T>(r.value()));
  return std::get<T>(r.value());
}

template <class T>
std::string refusal_key(const base::Result<Answer<T>>& r) {
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().message));
  auto* no = std::get_if<Refusal>(&r.value());
  return no ? no->key : std::string("(accepted)");
}

CaseWork step(const std::string& code, core::ReviewValues values) {
  CaseWork w;
  w.request.action = core::CaseAction::RecordStep;
  w.request.step = code;
  w.values = std::move(values);
  return w;
}

CaseWork plain(core::CaseAction a, const std::string& note = {}) {
  CaseWork w;
  w.request.action = a;
  w.request.note = note;
  return w;
}

std::string status_of(Database& db, const std::string& no) {
  auto a = ApplicationsTable(db).find_by_acceptance_no(no);
  REQUIRE(a.ok());
  REQUIRE(a->has_value());
  return std::string(core::status_code((*a)->status));
}

}  // namespace

STORE_TEST("a 低保 case from claim to approval: steps, notice, maker-checker, the benefit and the history") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 2);
  add_application(db, 1);
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const auto p01 = actor(desk, "P01");
  const auto t0 = at("2026-12-01 09:00:00");

  auto claimed = desk.claim_next(r01, t0, 1800);
  REQUIRE(claimed.ok());
  REQUIRE(claimed->has_value());
  CHECK((*claimed)->acceptance_no == acceptance_no(1));  // the oldest first
  CHECK((*claimed)->lease_until == "2026-12-01 09:30:00");
  const std::string no = acceptance_no(1);

  CHECK(refusal_key(desk.act(no, r01, plain(core::CaseAction::Publicize), t0)) == "case.refused.status");
  CHECK(refusal_key(desk.act(no, r01, step("home_visit", {{"visit_date", "2026-12-02"}, {"findings", "x"}}), t0)) ==
        "review.problem.future_date");
  auto first = accepted(desk.act(no, r01, step("home_visit", {{"visit_date", "2026-11-30"}, {"findings", "无劳动力"}}), t0));
  CHECK(first.from == S::Accepted);
  CHECK(first.to == S::Reviewing);
  accepted(desk.act(no, r01, step("community_review", {{"outcome", "通过"}}), t0));
  CHECK(refusal_key(desk.act(no, r01, plain(core::CaseAction::Publicize), t0)) == "case.refused.steps_missing");
  accepted(desk.act(no, r01, step("economic_check", {{"result", "符合"}}), t0));
  auto pub = plain(core::CaseAction::Publicize);
  pub.request.notice_ends = "2026-12-10";
  pub.proposed_fen = 52800;
  CHECK(accepted(desk.act(no, r01, pub, t0)).to == S::Publicized);
  CHECK(desk.live_claims(t0)->empty());  // publicizing hands the case on

  // The approver waits for the notice to end; the reviewer may not approve their own case.
  CHECK(refusal_key(desk.claim(no, p01, at("2026-12-10 09:00:00"), 1800)) == "case.refused.notice_running");
  const auto t1 = at("2026-12-11 09:00:00");
  auto approver_claim = desk.claim_next(p01, t1, 1800);
  REQUIRE(approver_claim.ok());
  REQUIRE(approver_claim->has_value());
  CHECK((*approver_claim)->acceptance_no == no);
  auto approve = plain(core::CaseAction::Approve);
  approve.request.amount_fen = 52800;
  approve.request.start_month = "2027-01";
  CHECK(refusal_key(desk.act(no, p01, approve, t1)) == "case.refused.benefit_type");  // 城市 or 农村低保?
  approve.benefit = core::BenefitType::RuralDibao;
  CHECK(accepted(desk.act(no, p01, approve, t1)).to == S::Approved);
  CHECK(status_of(db, no) == "approved");

  auto benefits = BenefitsTable(db).for_resident(id_for(1));
  REQUIRE(benefits.ok());
  REQUIRE(benefits->size() == 1);
  CHECK(benefits->at(0).type == core::BenefitType::RuralDibao);
  CHECK(benefits->at(0).monthly_amount_fen == 52800);
  CHECK(benefits->at(0).since == "2027-01-01");
  CHECK(benefits->at(0).next_review == "2028-01-01");

  auto a = ApplicationsTable(db).find_by_acceptance_no(no);
  std::vector<std::string> history;
  for (const auto& e : (*a)->events)
    history.push_back((e.from ? std::string(core::status_code(*e.from)) : "-") + ">" +
                      std::string(core::status_code(e.to)) + " " + e.who + " " + e.action);
  CHECK(history == std::vector<std::string>{"->accepted C01 ", "accepted>reviewing R01 record_step:home_visit",
                                            "reviewing>reviewing R01 record_step:community_review",
                                            "reviewing>reviewing R01 record_step:economic_check",
                                            "reviewing>publicized R01 publicize", "publicized>approved P01 approve"});
  CHECK((*a)->events[4].note == "2026-12-01 — 2026-12-10");
  CHECK((*a)->events[5].at == "2026-12-11 09:00:00");
}

STORE_TEST("maker-checker on the store: an admin who recorded a step cannot approve the case") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 1, "gaoling");
  CaseDesk desk(db, cat);
  const auto a01 = actor(desk, "A01");
  const auto p01 = actor(desk, "P01");
  const auto t = at("2026-12-01 09:00:00");
  const std::string no = acceptance_no(1);
  accepted(desk.claim(no, a01, t, 600));
  // 高龄津贴 has no steps and no notice: asking for a document makes A01 a reviewer of the case.
  auto ask = plain(core::CaseAction::AskSupplement);
  ask.request.missing = {"hukoubu"};
  accepted(desk.act(no, a01, ask, t));
  auto supplied = plain(core::CaseAction::SupplementArrived);
  CHECK(accepted(desk.act(no, actor(desk, "C01"), supplied, t)).to == S::Reviewing);
  accepted(desk.claim(no, a01, t, 600));
  auto approve = plain(core::CaseAction::Approve);
  approve.request.amount_fen = 10000;
  approve.request.start_month = "2026-12";
  CHECK(refusal_key(desk.act(no, a01, approve, t)) == "case.refused.maker_checker");
  accepted(desk.release(no, a01, t));
  accepted(desk.claim(no, p01, t, 600));
  CHECK(accepted(desk.act(no, p01, approve, t)).to == S::Approved);
  auto benefits = BenefitsTable(db).for_resident(id_for(1));
  REQUIRE(benefits->size() == 1);
  CHECK(benefits->at(0).type == core::BenefitType::OldAgeAllowance);
}

STORE_TEST("two reviewers never hold one case, a lease runs out, the holder is told, an admin takes a case back") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 1);
  add_application(db, 2);
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const auto r02 = actor(desk, "R02");
  const auto a01 = actor(desk, "A01");
  const std::string no = acceptance_no(1);
  const auto t = at("2026-12-01 09:00:00");
  accepted(desk.claim(no, r01, t, 1800));
  CHECK(refusal_key(desk.claim(no, r02, t, 1800)) == "case.refused.claimed_by");
  auto next = desk.claim_next(r02, t, 1800);
  REQUIRE(next->has_value());
  CHECK((*next)->acceptance_no == acceptance_no(2));
  CHECK_FALSE(desk.claim_next(r02, t, 1800)->has_value());  // nothing left
  CHECK(refusal_key(desk.act(no, r02, step("community_review", {{"outcome", "通过"}}), t)) == "case.refused.claimed_by");

  // 31 minutes later the lease is gone: R02 may take the case, and R01's typing is refused.
  const auto later = at("2026-12-01 09:31:00");
  CHECK(refusal_key(desk.act(no, r01, step("community_review", {{"outcome", "通过"}}), later)) ==
        "case.refused.lease_expired");
  auto taken = desk.claim_next(r02, later, 1800);
  REQUIRE(taken->has_value());
  CHECK((*taken)->acceptance_no == no);
  CHECK(refusal_key(desk.release(no, r01, later)) == "case.refused.claimed_by");
  accepted(desk.release(acceptance_no(2), r02, later));  // one's own claim, even run out, may be given back
  CHECK(refusal_key(desk.release(acceptance_no(2), r02, later)) == "case.refused.not_claimed");

  // The admin takes it back; then anyone may claim it.
  accepted(desk.release(no, a01, later));
  CHECK(desk.live_claims(later)->count("00000000-0000-4000-8000-000000000001") == 0);
  accepted(desk.claim(no, r01, later, 1800));
  CHECK(desk.live_claims(later)->at("00000000-0000-4000-8000-000000000001").staff_no == "R01");
}

STORE_TEST("补正 and back: a case waiting for materials is not claimable until they arrive") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 1);
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const auto t = at("2026-12-01 09:00:00");
  const std::string no = acceptance_no(1);
  accepted(desk.claim(no, r01, t, 1800));
  auto ask = plain(core::CaseAction::AskSupplement);
  CHECK(refusal_key(desk.act(no, r01, ask, t)) == "case.refused.need_missing");
  ask.request.missing = {"hukoubu", "passport"};
  CHECK(refusal_key(desk.act(no, r01, ask, t)) == "case.refused.unknown_material");
  ask.request.missing = {"hukoubu"};
  CHECK(accepted(desk.act(no, r01, ask, t)).to == S::NeedsSupplement);
  CHECK_FALSE(desk.claim_next(r01, t, 1800)->has_value());  // it waits for the resident
  // Taken by its number (the papers reached the back office), then given back untouched.
  accepted(desk.claim(no, r01, t, 1800));
  accepted(desk.release(no, r01, t));
  auto a = ApplicationsTable(db).find_by_acceptance_no(no);
  REQUIRE((*a)->materials.size() == 1);
  CHECK_FALSE((*a)->materials[0].received);
  CHECK((*a)->events.back().note == "户口簿");

  CHECK(accepted(desk.act(no, actor(desk, "C01"), plain(core::CaseAction::SupplementArrived), t)).to == S::Reviewing);
  auto again = desk.claim_next(r01, t, 1800);
  REQUIRE(again->has_value());
  CHECK((*again)->acceptance_no == no);
}

STORE_TEST("a refused decision writes nothing: no status, no history row, no step") {
  auto db = backend.open();
  const auto cat = catalog();
  add_staff(db);
  add_application(db, 1);
  CaseDesk desk(db, cat);
  const auto r01 = actor(desk, "R01");
  const auto t = at("2026-12-01 09:00:00");
  const std::string no = acceptance_no(1);
  CHECK(refusal_key(desk.act(no, r01, step("home_visit", {{"visit_date", "2026-11-30"}, {"findings", "x"}}), t)) ==
        "case.refused.not_claimed");
  accepted(desk.claim(no, r01, t, 1800));
  CHECK(refusal_key(desk.act(no, r01, plain(core::CaseAction::Reject), t)) == "case.refused.role");
  CHECK(refusal_key(desk.act(no, r01, step("home_visit", {{"findings", "x"}}), t)) == "review.problem.required");
  CHECK(refusal_key(desk.act("320102-01-20991231-9999", r01, plain(core::CaseAction::Publicize), t)) ==
        "case.refused.unknown_case");
  CHECK(status_of(db, no) == "accepted");
  auto a = ApplicationsTable(db).find_by_acceptance_no(no);
  CHECK((*a)->events.size() == 1);
  auto st = db.prepare("SELECT count(*) FROM case_steps");
  REQUIRE(st->step().value());
  CHECK(st->int64(0) == 0);
}

STORE_TEST("four claimers on their own connections take 120 cases: each exactly once") {
  constexpr int kCases = 120;
  constexpr int kClaimers = 4;
  {
    auto db = backend.open();
    add_staff(db);
    auto tx = Transaction::begin(db);
    REQUIRE(tx.ok());
    for (int i = 1; i <= kCases; ++i) add_application(db, i);
    REQUIRE(tx->commit().ok());
  }
  const auto cat = catalog();
  std::vector<std::vector<std::string>> got(kClaimers);
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kClaimers; ++w)
    threads.emplace_back([&, w] {
      auto db = store::open_store(backend.location());
      if (!db) {
        ++errors;
        return;
      }
      CaseDesk desk(*db, cat);
      // Two claimers per staff number: one reviewer at two terminals still gets a case per claim.
      const core::CaseActor me{"R0" + std::to_string(w % 2), core::StaffRole::Reviewer, true};
      while (true) {
        auto c = desk.claim_next(me, at("2026-12-01 09:00:00"), 1800);
        if (!c) {
          ++errors;
          return;
        }
        if (!c->has_value()) return;
        got[static_cast<std::size_t>(w)].push_back((*c)->acceptance_no);
      }
    });
  for (auto& t : threads) t.join();
  CHECK(errors == 0);
  std::set<std::string> all;
  std::size_t total = 0;
  for (const auto& g : got) {
    total += g.size();
    all.insert(g.begin(), g.end());
  }
  CHECK(total == kCases);
  CHECK(all.size() == kCases);
}
