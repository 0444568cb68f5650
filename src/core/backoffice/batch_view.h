#pragma once
// The queue's two batch actions as AppState holds them (BackofficeSession::batch, issue 19):
//   批量审批 (approvers, admins): count the publicized cases whose notice ended before today, ask
//     once (it cannot be undone), approve each at its notice's proposed amount from the month after
//     today, then a report — how many were approved, and each refusal with the rules' sentence;
//   批量公示 (reviewers, admins): the cases ready for a public notice that the reviewer may take,
//     each ticked or not and with its proposed amount (optional, checked as the case screen checks
//     it), put on notice from today in one store call (each case in its own transaction), then a
//     report — how many, until when, and each refusal with the rules' sentence — that offers the
//     公示名单 of exactly that batch;
//   打印公示名单 (every back-office role): the cases on notice now (or the batch just publicized) on
//     the receipt printer, and the A4 PDF written to the terminal's export folder; paper out offers
//     重新打印.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/device_link.h"
#include "core/domain/benefit.h"
#include "core/domain/staff_member.h"
#include "core/text/message.h"

namespace core {

struct BulkRefused {
  std::string acceptance_no;
  Message why;  // the rules' sentence (case.refused.*)
  bool operator==(const BulkRefused&) const = default;
};

// The benefit type for the batch's cases of one item that pays several.
struct BulkBenefitChoice {
  std::string item_code;
  std::string item_name;
  std::vector<BenefitType> types;
  std::optional<BenefitType> chosen;
  bool operator==(const BulkBenefitChoice&) const = default;
};

// The most cases one 批量公示 offers (the oldest first): a list that fits a notice board.
inline constexpr int kMaxPublicityBatch = 100;

// A case offered for 批量公示.
struct PublicizeCase {
  std::string acceptance_no;
  std::string item_name;
  std::string applicant_name;
  std::string notice_ends;    // YYYY-MM-DD: the last day, the notice starting today
  bool picked = true;         // in the batch
  std::string proposed_yuan;  // as typed (empty: no amount on the notice)
  Message problem;            // the amount typed is wrong (case.form.proposed)
  bool operator==(const PublicizeCase&) const = default;
};

struct PublicizeView {
  enum class Step {
    Idle,
    Finding,  // 批量公示 pressed: the store lists the cases ready
    Choose,   // tick the cases, type the amounts, 确认公示 or 取消
    Running,  // publicizing, case by case
    Report,   // the result and 打印本批公示名单, until closed
  };
  Step step = Step::Idle;
  std::vector<PublicizeCase> cases;
  std::string starts;  // YYYY-MM-DD: the day it was counted, the notices' first day
  int first_row = 0;   // the list's page
  Message notice;      // nothing ready, nothing ticked, an amount to put right, the store failed
  std::vector<std::string> publicized;  // put on notice (the batch 打印本批公示名单 prints)
  std::vector<std::string> ends;        // their notices' last days, in that order
  std::vector<BulkRefused> refused;
  bool stopped = false;  // the store failed part-way: the cases after it were not tried
};

struct BatchView {
  enum class Bulk {
    Idle,
    Counting,  // 批量审批 pressed: the store counts the batch
    Confirm,   // the count is shown: 确认 or 取消
    Running,   // approving, case by case
    Report,    // the result, until closed
  };
  Bulk bulk = Bulk::Idle;
  std::vector<std::string> batch;  // acceptance numbers counted (Confirm) and tried (Running)
  std::string start_month;         // YYYY-MM: the month after the day it was counted
  // An item that pays several benefit types (低保: 城市 or 农村): its cases in the batch take the
  // type chosen here, one per item, before 确认批准.
  std::vector<BulkBenefitChoice> benefit_choices;
  long approved = 0;
  std::vector<BulkRefused> refused;
  bool stopped = false;  // the store failed part-way: the cases after it were not tried
  Message bulk_notice;   // nothing to approve, or the store failed before anything was tried

  PublicizeView publicize;

  enum class Print { Idle, Working, Printed, Failed };
  Print print = Print::Idle;
  std::vector<std::string> print_only;  // the batch the 公示名单 covers (empty: every case on notice)
  std::uint64_t print_job = 0;
  std::string pdf_path;  // where the A4 PDF was written (empty: not written)
  Message print_notice;  // nothing on notice, the PDF not written, or the store failed
  PrinterTrouble trouble = PrinterTrouble::None;  // why the slip failed (Print::Failed)

  // 导出花名册 (approvers, admins): the payment roster of the month picked (◀ ▶) written as XLSX
  // into the export folder; the result line says how many lines, the total and how many lack an
  // account, or why nothing was written.
  enum class Roster { Idle, Working, Written, Failed };
  Roster roster = Roster::Idle;
  std::string roster_month;  // YYYY-MM; empty: the current month (roster_month_of)
  std::string roster_path;   // the file written
  Message roster_notice;
};

// Who sees which button.
bool may_bulk_approve(StaffRole r);     // approver, admin
bool may_print_publicity(StaffRole r);  // reviewer, approver, admin
bool may_export_roster(StaffRole r);    // approver, admin
bool may_bulk_publicize(StaffRole r);   // reviewer, admin

}  // namespace core
