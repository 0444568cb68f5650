// The queue's batch actions (core/backoffice/batch_view.h) driven by events through update(): who
// may press 批量审批 and 打印公示名单, the count and the one confirmation before anything is
// approved, the report in the state and the queue read again, a batch that finds nothing, and the
// 公示名单's PDF path, paper out and 重新打印.
#include <doctest/doctest.h>

#include "core/backoffice/backoffice_flow.h"
#include "core/update.h"

using namespace core;
using Bulk = BatchView::Bulk;
using Print = BatchView::Print;

namespace {

CivilTime at(int month, int day) { return CivilTime{2026, month, day, 9, 0, 0, 4}; }

struct Desk {
  AppState s;
  explicit Desk(StaffRole role, const std::string& no = "C01") {
    s.mode = Mode::Backoffice;
    s.store = StoreLink::Ready;
    s.now = at(12, 10);
    s.backoffice.staff = StaffMember{no, "王德䶮", role, true};
    s.backoffice.last_activity = s.now;
    s.backoffice.lock_after_idle_s = 24 * 3600;
    s.backoffice.refresh_s = 24 * 3600;
    s.backoffice.last_read = s.now;
  }
  Effects send(const Event& e) { return update(s, e); }
  BatchView& b() { return s.backoffice.batch; }
};

template <class T>
const T* find(const Effects& fx) {
  for (const auto& e : fx)
    if (auto* x = e.get_if<T>()) return x;
  return nullptr;
}

const std::vector<std::string> kBatch = {"320102-01-20261120-0001", "320102-01-20261120-0002", "320102-01-20261121-0003"};

}  // namespace

TEST_CASE("who may press which: bulk approval for approvers and admins, the notice list for every back-office role") {
  CHECK(may_bulk_approve(StaffRole::Approver));
  CHECK(may_bulk_approve(StaffRole::Admin));
  CHECK_FALSE(may_bulk_approve(StaffRole::Reviewer));
  CHECK_FALSE(may_bulk_approve(StaffRole::Counter));
  CHECK(may_print_publicity(StaffRole::Reviewer));
  CHECK(may_print_publicity(StaffRole::Approver));
  CHECK(may_print_publicity(StaffRole::Admin));
  CHECK_FALSE(may_print_publicity(StaffRole::Counter));

  Desk reviewer(StaffRole::Reviewer, "B01");
  CHECK(reviewer.send(intent::StartBulkApprove{}).empty());
  CHECK(reviewer.b().bulk == Bulk::Idle);
  CHECK(find<fx::PrintPublicity>(reviewer.send(intent::PrintPublicity{})));
}

TEST_CASE("bulk approval: counted, asked once, run with the month after today, reported, and the queue read again") {
  Desk d(StaffRole::Approver);
  const auto counted = d.send(intent::StartBulkApprove{});
  const auto* find_batch = find<fx::FindBulkBatch>(counted);
  REQUIRE(find_batch);
  CHECK(find_batch->day == "2026-12-10");
  CHECK(find_batch->staff_no == "C01");
  CHECK(d.b().bulk == Bulk::Counting);
  CHECK(d.send(intent::StartBulkApprove{}).empty());  // pressed twice: one count

  // Nothing is approved before the confirmation: the count only asks.
  CHECK(d.send(ev::BulkBatchFound{"C01", kBatch, false}).empty());
  CHECK(d.b().bulk == Bulk::Confirm);
  CHECK(d.b().batch == kBatch);
  CHECK(d.b().start_month == "2027-01");

  const auto run = d.send(intent::ConfirmBulkApprove{});
  const auto* approve = find<fx::ApproveBulk>(run);
  REQUIRE(approve);
  CHECK(approve->acceptance_nos == kBatch);
  CHECK(approve->start_month == "2027-01");
  CHECK(approve->staff_no == "C01");
  CHECK(d.b().bulk == Bulk::Running);
  CHECK(d.send(intent::ConfirmBulkApprove{}).empty());  // no second run
  CHECK(d.send(intent::CloseBulkApprove{}).empty());    // nor cancelled while it runs
  CHECK(d.b().bulk == Bulk::Running);

  const BulkRefused refused{kBatch[2], Message{"case.refused.maker_checker", {kBatch[2]}}};
  const auto answered = d.send(ev::BulkApproved{"C01", 2, {refused}, false});
  CHECK(find<fx::LoadQueue>(answered));  // the approved cases leave the queue
  CHECK(d.b().bulk == Bulk::Report);
  CHECK(d.b().approved == 2);
  REQUIRE(d.b().refused.size() == 1);
  CHECK(d.b().refused[0] == refused);
  CHECK_FALSE(d.b().stopped);

  d.send(intent::CloseBulkApprove{});
  CHECK(d.b().bulk == Bulk::Idle);
  CHECK(d.b().refused.empty());
}

TEST_CASE("bulk approval: cancelled at the question approves nothing, and December's batch starts in January") {
  Desk d(StaffRole::Admin, "Z01");
  d.send(intent::StartBulkApprove{});
  d.send(ev::BulkBatchFound{"Z01", kBatch, false});
  REQUIRE(d.b().bulk == Bulk::Confirm);
  CHECK(d.send(intent::CloseBulkApprove{}).empty());
  CHECK(d.b().bulk == Bulk::Idle);
  CHECK(d.send(intent::ConfirmBulkApprove{}).empty());
  CHECK(backoffice::month_after(at(3, 31)) == "2026-04");
  CHECK(backoffice::month_after(CivilTime{2026, 12, 31, 23, 59, 0, 4}) == "2027-01");
}

TEST_CASE("bulk approval: nothing ended, a store failure, or an answer for someone who signed out") {
  Desk d(StaffRole::Approver);
  d.send(intent::StartBulkApprove{});
  d.send(ev::BulkBatchFound{"C01", {}, false});
  CHECK(d.b().bulk == Bulk::Idle);
  CHECK(d.b().bulk_notice == Message{"backoffice.bulk.none", {"2026-12-10"}});

  d.send(intent::StartBulkApprove{});
  CHECK(d.b().bulk_notice.empty());
  d.send(ev::BulkBatchFound{"C01", {}, true});
  CHECK(d.b().bulk_notice.key == "backoffice.bulk.store_failed");

  d.send(intent::StartBulkApprove{});
  d.send(ev::BulkBatchFound{"X99", kBatch, false});  // not for the person signed in now
  CHECK(d.b().bulk == Bulk::Counting);

  d.send(intent::SignOut{});
  CHECK(d.b().bulk == Bulk::Idle);
  CHECK(d.send(intent::StartBulkApprove{}).empty());
}

TEST_CASE("the notice list: the PDF's path shown, paper out says why, 重新打印 prints again without a new PDF") {
  Desk d(StaffRole::Reviewer, "B01");
  const auto fx1 = d.send(intent::PrintPublicity{});
  const auto* print = find<fx::PrintPublicity>(fx1);
  REQUIRE(print);
  CHECK(print->write_pdf);
  CHECK(print->staff_no == "B01");
  CHECK(d.b().print == Print::Working);
  CHECK(d.send(intent::PrintPublicity{}).empty());  // one at a time

  d.send(ev::PublicityReady{print->job, "/data/exports/gongshi.pdf", {}, true});
  CHECK(d.b().pdf_path == "/data/exports/gongshi.pdf");
  CHECK(d.b().print == Print::Working);

  d.send(ev::PrintFailed{print->job, PrinterTrouble::PaperOut, "paper out"});
  CHECK(d.b().print == Print::Failed);
  CHECK(d.b().trouble == PrinterTrouble::PaperOut);
  CHECK(d.b().pdf_path == "/data/exports/gongshi.pdf");  // written all the same

  const auto fx2 = d.send(intent::ReprintPublicity{});
  const auto* again = find<fx::PrintPublicity>(fx2);
  REQUIRE(again);
  CHECK_FALSE(again->write_pdf);
  CHECK(again->job != print->job);
  d.send(ev::PrintDone{print->job});  // the old job's answer changes nothing
  CHECK(d.b().print == Print::Working);
  d.send(ev::PublicityReady{again->job, "", {}, true});
  CHECK(d.b().pdf_path == "/data/exports/gongshi.pdf");
  d.send(ev::PrintDone{again->job});
  CHECK(d.b().print == Print::Printed);
  CHECK(d.send(intent::ReprintPublicity{}).empty());  // only after a failure
}

TEST_CASE("the notice list: nothing on notice prints nothing and says so") {
  Desk d(StaffRole::Approver);
  const auto fx1 = d.send(intent::PrintPublicity{});
  const auto* print = find<fx::PrintPublicity>(fx1);
  REQUIRE(print);
  d.send(ev::PublicityReady{print->job, "", Message{"backoffice.publicity.none", {}}, false});
  CHECK(d.b().print == Print::Idle);
  CHECK(d.b().print_notice.key == "backoffice.publicity.none");
  CHECK(find<fx::PrintPublicity>(d.send(intent::PrintPublicity{})));
  CHECK(d.b().print_notice.empty());
}

TEST_CASE("the notice list: a job refused before it started takes its cause from the printer's state") {
  Desk d(StaffRole::Approver);
  const auto fx1 = d.send(intent::PrintPublicity{});
  const auto* print = find<fx::PrintPublicity>(fx1);
  REQUIRE(print);
  d.s.printer_trouble = PrinterTrouble::PaperOut;
  d.send(ev::PrintFailed{print->job, PrinterTrouble::None, "before job"});
  CHECK(d.b().print == Print::Failed);
  CHECK(d.b().trouble == PrinterTrouble::PaperOut);
}

TEST_CASE("bulk approval: an item paying several benefit types needs its type chosen, one per item, before anything is sent") {
  Desk d(StaffRole::Approver);
  d.send(intent::StartBulkApprove{});
  ev::BulkBatchFound found{"C01", kBatch, false};
  found.benefit_choices = {BulkBenefitChoice{"dibao", "最低生活保障（低保）申请",
                                             {BenefitType::UrbanDibao, BenefitType::RuralDibao}, std::nullopt},
                           BulkBenefitChoice{"canji", "残疾人两项补贴",
                                             {BenefitType::DisabilityLiving, BenefitType::DisabilityCare}, std::nullopt}};
  d.send(found);
  REQUIRE(d.b().bulk == Bulk::Confirm);
  CHECK_FALSE(find<fx::ApproveBulk>(d.send(intent::ConfirmBulkApprove{})));
  CHECK(d.b().bulk_notice == Message{"backoffice.bulk.pick_benefit", {"最低生活保障（低保）申请"}});
  d.send(intent::PickBulkBenefit{"dibao", BenefitType::RuralDibao});
  d.send(intent::PickBulkBenefit{"dibao", BenefitType::Tekun});  // not this item's: ignored
  CHECK(d.b().benefit_choices[0].chosen == BenefitType::RuralDibao);
  CHECK_FALSE(find<fx::ApproveBulk>(d.send(intent::ConfirmBulkApprove{})));
  CHECK(d.b().bulk_notice.params == std::vector<std::string>{"残疾人两项补贴"});
  d.send(intent::PickBulkBenefit{"canji", BenefitType::DisabilityCare});
  const auto fx = d.send(intent::ConfirmBulkApprove{});
  const auto* run = find<fx::ApproveBulk>(fx);
  REQUIRE(run);
  CHECK(run->benefit_by_item.at("dibao") == BenefitType::RuralDibao);
  CHECK(run->benefit_by_item.at("canji") == BenefitType::DisabilityCare);
  CHECK(d.b().bulk == Bulk::Running);
}
