#pragma once
// Events, intents and effects of the queue's batch actions (core/backoffice/batch_view.h):
// 批量审批, 批量公示 and 打印公示名单. Answered in backoffice mode only.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/backoffice/batch_view.h"
#include "core/domain/benefit.h"
#include "core/domain/civil_time.h"
#include "core/domain/money.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The publicized cases whose notice ended before the day asked (fx::FindBulkBatch), oldest notice
// first; `failed`: the store could not say (the cause is in the log).
struct BulkBatchFound {
  std::string staff_no;
  std::vector<std::string> acceptance_nos;
  bool failed = false;
  // One per item in the batch that pays several benefit types (低保: 城市 or 农村); empty when
  // every case's item pays one.
  std::vector<BulkBenefitChoice> benefit_choices;
};
// The batch was approved as far as it went: each approved, each refused with the rules' sentence;
// `stopped`: the store failed part-way (those approved before stay approved).
struct BulkApproved {
  std::string staff_no;
  long approved = 0;
  std::vector<BulkRefused> refused;
  bool stopped = false;
};
// The cases `staff_no` could publicize (fx::FindPublicizeBatch), oldest first, each ticked;
// `failed`: the store could not say (the cause is in the log).
struct PublicizeBatchFound {
  std::string staff_no;
  std::vector<PublicizeCase> cases;
  bool failed = false;
};
// The batch was publicized as far as it went: each case put on notice (with its last day), each
// refused with the rules' sentence; `stopped`: the store failed part-way (those done stay done).
struct BulkPublicized {
  std::string staff_no;
  std::vector<std::string> publicized;
  std::vector<std::string> ends;
  std::vector<BulkRefused> refused;
  bool stopped = false;
};
// The 公示名单 of print job `job`: the PDF written to `pdf_path` (empty: not written, or not asked
// for), `problem` the sentence when something did not work; `printing`: the slip went to the
// printer (ev::PrintDone / ev::PrintFailed follow for the job), otherwise nothing more comes.
struct PublicityReady {
  std::uint64_t job = 0;
  std::string pdf_path;
  Message problem;
  bool printing = false;
};
// The payment roster of `month` (fx::ExportRoster): written to `path` with these figures, or not
// (`problem` says why; the cause is in the log).
struct RosterExported {
  std::string staff_no;
  std::string month;
  std::string path;
  long lines = 0;
  Fen total_fen = 0;
  long without_account = 0;
  Message problem;
};
}  // namespace ev

namespace intent {
struct StartBulkApprove {};    // 批量审批: count the batch, then ask
struct ConfirmBulkApprove {};  // 确认批准
struct CloseBulkApprove {};    // 取消 (before), 关闭 (the report)
struct PickBulkBenefit {       // the benefit type for the batch's cases of one such item
  std::string item_code;
  BenefitType type = BenefitType::UrbanDibao;
};
struct PrintPublicity {};      // 打印公示名单
struct ReprintPublicity {};    // 重新打印 after the paper failed
struct ShiftRosterMonth {      // ◀ ▶ beside 导出花名册
  int months = 0;
};
struct ExportRoster {};        // 导出花名册
struct StartBulkPublicize {};    // 批量公示: list the cases ready
struct PickPublicizeCase {       // tick or untick one case (all: every case, as `picked` says)
  std::string acceptance_no;
  bool all = false;
  bool picked = true;
};
struct EditPublicizeAmount {     // a case's proposed monthly amount, as typed
  std::string acceptance_no;
  std::string yuan;
};
struct PagePublicize {           // the list's page starts at this row
  int first_row = 0;
};
struct ConfirmBulkPublicize {};  // 确认公示
struct CloseBulkPublicize {};    // 取消 (before), 关闭 (the report)
struct PrintPublicizedBatch {};  // 打印本批公示名单 (the report's batch)
}  // namespace intent

namespace fx {
// The publicized cases whose notice's last day is before `day` (YYYY-MM-DD) (ev::BulkBatchFound).
struct FindBulkBatch {
  std::string staff_no;
  std::string day;
};
// Approve these cases, each at its notice's proposed amount, from `start_month` (ev::BulkApproved).
struct ApproveBulk {
  std::string staff_no;
  std::vector<std::string> acceptance_nos;
  std::string start_month;
  CivilTime now;
  std::map<std::string, BenefitType> benefit_by_item;  // for cases whose item pays several types
};
// Print the 公示名单 of the cases on notice now (`only`: of these cases alone) as print job `job`,
// and (`write_pdf`) write its A4 PDF to the export folder (ev::PublicityReady, then ev::PrintDone
// / ev::PrintFailed).
struct PrintPublicity {
  std::string staff_no;
  std::uint64_t job = 0;
  bool write_pdf = true;
  CivilTime now;
  std::vector<std::string> only;
};
// The cases `staff_no` could publicize on `now`'s day, at most kMaxPublicityBatch
// (ev::PublicizeBatchFound).
struct FindPublicizeBatch {
  std::string staff_no;
  CivilTime now;
};
// Put these cases on public notice from today, each with its proposed amount (0: none), in the
// order given (ev::BulkPublicized).
struct PublicizeBulk {
  std::string staff_no;
  std::vector<std::pair<std::string, Fen>> cases;
  CivilTime now;
};
// Write the payment roster of `month` (YYYY-MM) as XLSX into the export folder (ev::RosterExported).
struct ExportRoster {
  std::string staff_no;
  std::string month;
  CivilTime now;  // when: the audit rows' time (everyone on the roster is looked at)
};
}  // namespace fx

using BatchEvents =
    TypeList<ev::BulkBatchFound, ev::BulkApproved, ev::PublicityReady, ev::PublicizeBatchFound, ev::BulkPublicized,
             intent::StartBulkApprove, intent::ConfirmBulkApprove, intent::CloseBulkApprove, intent::PickBulkBenefit,
             intent::PrintPublicity, intent::ReprintPublicity, intent::StartBulkPublicize, intent::PickPublicizeCase,
             intent::EditPublicizeAmount, intent::PagePublicize, intent::ConfirmBulkPublicize, intent::CloseBulkPublicize,
             intent::PrintPublicizedBatch, ev::RosterExported, intent::ShiftRosterMonth, intent::ExportRoster>;
using BatchEffects =
    TypeList<fx::FindBulkBatch, fx::ApproveBulk, fx::PrintPublicity, fx::FindPublicizeBatch, fx::PublicizeBulk, fx::ExportRoster>;

}  // namespace core
