// 批量公示 on the queue (core/backoffice/batch_view.h) driven by events through update(): who may
// press it, the cases listed and ticked, amounts checked as the case screen checks them before
// anything is sent, the report with the queue read again, and 打印本批公示名单 printing exactly the
// batch (重新打印 the same cases) while 打印公示名单 prints every case on notice.
#include <doctest/doctest.h>

#include "core/backoffice/backoffice_flow.h"
#include "core/update.h"

using namespace core;
using Step = PublicizeView::Step;
using Print = BatchView::Print;

namespace {

CivilTime at(int month, int day) { return CivilTime{2026, month, day, 9, 0, 0, 4}; }

struct Desk {
  AppState s;
  explicit Desk(StaffRole role, const std::string& no = "B01") {
    s.mode = Mode::Backoffice;
    s.store = StoreLink::Ready;
    s.now = at(12, 2);
    s.backoffice.staff = StaffMember{no, "陈建华", role, true};
    s.backoffice.last_activity = s.now;
    s.backoffice.lock_after_idle_s = 24 * 3600;
    s.backoffice.refresh_s = 24 * 3600;
    s.backoffice.last_read = s.now;
  }
  Effects send(const Event& e) { return update(s, e); }
  PublicizeView& p() { return s.backoffice.batch.publicize; }
};

template <class T>
const T* find(const Effects& fx) {
  for (const auto& e : fx)
    if (auto* x = e.get_if<T>()) return x;
  return nullptr;
}

std::vector<PublicizeCase> ready() {
  std::vector<PublicizeCase> out;
  for (const char* no : {"320102-02-20261106-0004", "320102-02-20261109-0001", "320102-02-20261109-0003"})
    out.push_back(PublicizeCase{no, "最低生活保障（低保）申请", "王秀英", "2026-12-11", true, "", {}});
  return out;
}

}  // namespace

TEST_CASE("bulk notice: reviewers and admins may start it, approvers may not") {
  CHECK(may_bulk_publicize(StaffRole::Reviewer));
  CHECK(may_bulk_publicize(StaffRole::Admin));
  CHECK_FALSE(may_bulk_publicize(StaffRole::Approver));
  CHECK_FALSE(may_bulk_publicize(StaffRole::Counter));
  Desk approver(StaffRole::Approver, "C01");
  CHECK(approver.send(intent::StartBulkPublicize{}).empty());
  CHECK(approver.p().step == Step::Idle);
  Desk reviewer(StaffRole::Reviewer);
  auto fx = reviewer.send(intent::StartBulkPublicize{});
  const auto* find_fx = find<fx::FindPublicizeBatch>(fx);
  REQUIRE(find_fx);
  CHECK(find_fx->staff_no == "B01");
  CHECK(reviewer.p().step == Step::Finding);
  CHECK(reviewer.send(intent::StartBulkPublicize{}).empty());  // one at a time
}

TEST_CASE("bulk notice: a wrong amount is caught before anything is sent, an unticked case stays out, the report reads the queue again") {
  Desk d(StaffRole::Reviewer);
  d.send(intent::StartBulkPublicize{});
  d.send(ev::PublicizeBatchFound{"B01", ready(), false});
  REQUIRE(d.p().step == Step::Choose);
  CHECK(d.p().starts == "2026-12-02");
  d.send(intent::EditPublicizeAmount{"320102-02-20261106-0004", "0"});
  d.send(intent::EditPublicizeAmount{"320102-02-20261109-0001", "612.5"});
  CHECK(d.send(intent::ConfirmBulkPublicize{}).empty());
  CHECK(d.p().step == Step::Choose);
  CHECK(d.p().notice.key == "backoffice.publicize.fix_amounts");
  CHECK(d.p().cases[0].problem.key == "case.form.proposed");
  // Put right: the sentence goes at once; one case left out.
  d.send(intent::EditPublicizeAmount{"320102-02-20261106-0004", "528"});
  CHECK(d.p().cases[0].problem.empty());
  CHECK(d.p().notice.empty());
  d.send(intent::PickPublicizeCase{"320102-02-20261109-0003", false, true});
  auto fx = d.send(intent::ConfirmBulkPublicize{});
  const auto* run = find<fx::PublicizeBulk>(fx);
  REQUIRE(run);
  CHECK(run->cases == std::vector<std::pair<std::string, Fen>>{{"320102-02-20261106-0004", 52800},
                                                                {"320102-02-20261109-0001", 61250}});
  CHECK(d.p().step == Step::Running);
  CHECK(d.send(ev::BulkPublicized{"Z99", {"320102-02-20261106-0004"}, {"2026-12-11"}, {}, false}).empty());  // not mine
  fx = d.send(ev::BulkPublicized{"B01",
                                 {"320102-02-20261106-0004"},
                                 {"2026-12-11"},
                                 {BulkRefused{"320102-02-20261109-0001", Message{"case.refused.claimed_by", {"x", "B02"}}}},
                                 false});
  CHECK(d.p().step == Step::Report);
  CHECK(d.p().publicized == std::vector<std::string>{"320102-02-20261106-0004"});
  CHECK(d.p().refused.size() == 1);
  CHECK(find<fx::LoadQueue>(fx));
  d.send(intent::CloseBulkPublicize{});
  CHECK(d.p().step == Step::Idle);
}

TEST_CASE("bulk notice: none ticked sends nothing, nothing ready or a store failure says so") {
  Desk d(StaffRole::Reviewer);
  d.send(intent::StartBulkPublicize{});
  d.send(ev::PublicizeBatchFound{"B01", ready(), false});
  d.send(intent::PickPublicizeCase{{}, true, false});
  CHECK(d.send(intent::ConfirmBulkPublicize{}).empty());
  CHECK(d.p().notice.key == "backoffice.publicize.none_picked");
  d.send(intent::CloseBulkPublicize{});
  d.send(intent::StartBulkPublicize{});
  d.send(ev::PublicizeBatchFound{"B01", {}, false});
  CHECK(d.p().step == Step::Idle);
  CHECK(d.p().notice.key == "backoffice.publicize.none");
  d.send(intent::StartBulkPublicize{});
  d.send(ev::PublicizeBatchFound{"B01", {}, true});
  CHECK(d.p().notice.key == "backoffice.publicize.store_failed");
}

TEST_CASE("bulk notice: 打印本批公示名单 prints the batch alone, 重新打印 the same, 打印公示名单 every case on notice") {
  Desk d(StaffRole::Reviewer);
  d.send(intent::StartBulkPublicize{});
  d.send(ev::PublicizeBatchFound{"B01", ready(), false});
  d.send(intent::ConfirmBulkPublicize{});
  const std::vector<std::string> done = {"320102-02-20261106-0004", "320102-02-20261109-0001"};
  d.send(ev::BulkPublicized{"B01", done, {"2026-12-11", "2026-12-11"}, {}, false});
  auto fx = d.send(intent::PrintPublicizedBatch{});
  const auto* print = find<fx::PrintPublicity>(fx);
  REQUIRE(print);
  CHECK(print->only == done);
  CHECK(print->write_pdf);
  d.send(ev::PublicityReady{print->job, "/x/公示名单.pdf", {}, true});
  d.send(ev::PrintFailed{print->job, PrinterTrouble::PaperOut, ""});
  REQUIRE(d.s.backoffice.batch.print == Print::Failed);
  fx = d.send(intent::ReprintPublicity{});
  const auto* again = find<fx::PrintPublicity>(fx);
  REQUIRE(again);
  CHECK(again->only == done);
  CHECK_FALSE(again->write_pdf);
  d.send(ev::PrintDone{again->job});
  fx = d.send(intent::PrintPublicity{});
  const auto* all = find<fx::PrintPublicity>(fx);
  REQUIRE(all);
  CHECK(all->only.empty());
}
