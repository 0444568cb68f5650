// The queue's batch actions (core/backoffice/batch_view.h): 批量审批 — counted, confirmed once,
// run on the store, reported — 批量公示 — listed, ticked, amounts checked, run on the store,
// reported — and 打印公示名单 (of every case on notice, or of the batch just publicized) with its
// PDF and 重新打印.
#include <algorithm>
#include <cstdio>

#include "core/backoffice/backoffice_flow.h"
#include "core/backoffice/case_form.h"

namespace core {

bool may_bulk_approve(StaffRole r) { return r == StaffRole::Approver || r == StaffRole::Admin; }
bool may_print_publicity(StaffRole r) {
  return r == StaffRole::Reviewer || r == StaffRole::Approver || r == StaffRole::Admin;
}
bool may_bulk_publicize(StaffRole r) { return r == StaffRole::Reviewer || r == StaffRole::Admin; }

}  // namespace core

namespace core::backoffice {

namespace {

using Bulk = BatchView::Bulk;
using Print = BatchView::Print;
using Step = PublicizeView::Step;

// A question or a run of one batch action keeps the other's button still.
bool bulk_busy(const BatchView& b) { return b.bulk == Bulk::Counting || b.bulk == Bulk::Confirm || b.bulk == Bulk::Running; }
bool publicize_busy(const BatchView& b) {
  const Step k = b.publicize.step;
  return k == Step::Finding || k == Step::Choose || k == Step::Running;
}

bool may(const AppState& s, bool (*rule)(StaffRole)) {
  return signed_in(s) && s.store == StoreLink::Ready && rule(s.backoffice.staff->role);
}

// The answer is for the person signed in now (not someone who signed out meanwhile).
bool for_me(const AppState& s, const std::string& staff_no) {
  return s.backoffice.staff && s.backoffice.staff->staff_no == staff_no;
}

Effects print(AppState& s, bool write_pdf) {
  BatchView& b = s.backoffice.batch;
  b.print = Print::Working;
  b.print_job = s.next_print_job++;
  b.print_notice = {};
  b.trouble = PrinterTrouble::None;
  if (write_pdf) b.pdf_path.clear();
  touch(s);
  return {fx::PrintPublicity{s.backoffice.staff->staff_no, b.print_job, write_pdf, s.now, b.print_only}};
}

}  // namespace

std::string month_after(const CivilTime& t) {
  const int year = t.month == 12 ? t.year + 1 : t.year;
  const int month = t.month == 12 ? 1 : t.month + 1;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d", year, month);
  return out;
}

Effects on(AppState& s, const intent::StartBulkApprove&) {
  BatchView& b = s.backoffice.batch;
  if (!may(s, may_bulk_approve) || (b.bulk != Bulk::Idle && b.bulk != Bulk::Report) || publicize_busy(b)) return {};
  b.publicize.step = Step::Idle;  // a report of the other kind gives way
  b.bulk = Bulk::Counting;
  b.batch.clear();
  b.refused.clear();
  b.approved = 0;
  b.stopped = false;
  b.bulk_notice = {};
  touch(s);
  return {fx::FindBulkBatch{s.backoffice.staff->staff_no, s.now.iso_date()}};
}

Effects on(AppState& s, const ev::BulkBatchFound& e) {
  BatchView& b = s.backoffice.batch;
  if (b.bulk != Bulk::Counting || !for_me(s, e.staff_no)) return {};
  if (e.failed || e.acceptance_nos.empty()) {
    b.bulk = Bulk::Idle;
    b.bulk_notice = e.failed ? Message{"backoffice.bulk.store_failed", {}}
                             : Message{"backoffice.bulk.none", {s.now.iso_date()}};
  } else {
    b.bulk = Bulk::Confirm;
    b.batch = e.acceptance_nos;
    b.start_month = month_after(s.now);
    b.benefit_choices = e.benefit_choices;
    b.bulk_notice = {};
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ConfirmBulkApprove&) {
  BatchView& b = s.backoffice.batch;
  if (b.bulk != Bulk::Confirm || !may(s, may_bulk_approve)) return {};
  std::map<std::string, BenefitType> by_item;
  for (const auto& c : b.benefit_choices) {
    if (!c.chosen) {
      b.bulk_notice = Message{"backoffice.bulk.pick_benefit", {c.item_name}};
      touch(s);
      return {};
    }
    by_item[c.item_code] = *c.chosen;
  }
  b.bulk = Bulk::Running;
  b.bulk_notice = {};
  touch(s);
  return {fx::ApproveBulk{s.backoffice.staff->staff_no, b.batch, b.start_month, s.now, std::move(by_item)}};
}

Effects on(AppState& s, const intent::PickBulkBenefit& e) {
  BatchView& b = s.backoffice.batch;
  if (b.bulk != Bulk::Confirm) return {};
  for (auto& c : b.benefit_choices)
    if (c.item_code == e.item_code && std::find(c.types.begin(), c.types.end(), e.type) != c.types.end()) {
      c.chosen = e.type;
      b.bulk_notice = {};
    }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::CloseBulkApprove&) {
  BatchView& b = s.backoffice.batch;
  if (b.bulk != Bulk::Confirm && b.bulk != Bulk::Report) return {};
  b.bulk = Bulk::Idle;
  b.batch.clear();
  b.refused.clear();
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::BulkApproved& e) {
  BatchView& b = s.backoffice.batch;
  if (b.bulk != Bulk::Running || !for_me(s, e.staff_no)) return {};
  b.bulk = Bulk::Report;
  b.approved = e.approved;
  b.refused = e.refused;
  b.stopped = e.stopped;
  touch(s);
  return read_queue(s);  // the approved cases have left the queue
}

Effects on(AppState& s, const intent::PrintPublicity&) {
  if (!may(s, may_print_publicity) || s.backoffice.batch.print == Print::Working) return {};
  s.backoffice.batch.print_only.clear();  // every case on notice
  return print(s, /*write_pdf=*/true);
}

Effects on(AppState& s, const intent::ReprintPublicity&) {
  if (!may(s, may_print_publicity) || s.backoffice.batch.print != Print::Failed) return {};
  return print(s, /*write_pdf=*/false);  // the PDF was written the first time; the same cases
}

Effects on(AppState& s, const intent::StartBulkPublicize&) {
  BatchView& b = s.backoffice.batch;
  PublicizeView& p = b.publicize;
  if (!may(s, may_bulk_publicize) || publicize_busy(b) || bulk_busy(b)) return {};
  if (b.bulk == Bulk::Report) b.bulk = Bulk::Idle;  // a report of the other kind gives way
  p = PublicizeView{};
  p.step = Step::Finding;
  touch(s);
  return {fx::FindPublicizeBatch{s.backoffice.staff->staff_no, s.now}};
}

Effects on(AppState& s, const ev::PublicizeBatchFound& e) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Finding || !for_me(s, e.staff_no)) return {};
  if (e.failed || e.cases.empty()) {
    p.step = Step::Idle;
    p.notice = e.failed ? Message{"backoffice.publicize.store_failed", {}} : Message{"backoffice.publicize.none", {}};
  } else {
    p.step = Step::Choose;
    p.cases = e.cases;
    p.starts = s.now.iso_date();
    p.first_row = 0;
    p.notice = {};
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PickPublicizeCase& e) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Choose) return {};
  for (auto& c : p.cases)
    if (e.all) c.picked = e.picked;
    else if (c.acceptance_no == e.acceptance_no) c.picked = !c.picked;
  p.notice = {};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::EditPublicizeAmount& e) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Choose) return {};
  for (auto& c : p.cases)
    if (c.acceptance_no == e.acceptance_no) {
      c.proposed_yuan = e.yuan;
      c.problem = {};  // being put right: checked again at 确认公示
      p.notice = {};
    }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PagePublicize& e) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Choose || e.first_row < 0 || e.first_row == p.first_row) return {};
  p.first_row = std::min(e.first_row, std::max(0, static_cast<int>(p.cases.size()) - 1));
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ConfirmBulkPublicize&) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Choose || !may(s, may_bulk_publicize)) return {};
  touch(s);
  std::vector<std::pair<std::string, Fen>> batch;
  long wrong = 0;
  int first_wrong = -1;
  for (std::size_t i = 0; i < p.cases.size(); ++i) {
    PublicizeCase& c = p.cases[i];
    if (!c.picked) continue;
    auto fen = check_proposed(c.proposed_yuan);  // as the case screen checks it
    if (auto* problem = std::get_if<Message>(&fen)) {
      c.problem = *problem;
      if (wrong++ == 0) first_wrong = static_cast<int>(i);
      continue;
    }
    batch.emplace_back(c.acceptance_no, std::get<Fen>(fen));
  }
  if (wrong > 0) {
    p.notice = Message{"backoffice.publicize.fix_amounts", {std::to_string(wrong)}};
    p.first_row = first_wrong;  // the page with the first one to put right
    return {};
  }
  if (batch.empty()) {
    p.notice = Message{"backoffice.publicize.none_picked", {}};
    return {};
  }
  p.step = Step::Running;
  p.notice = {};
  return {fx::PublicizeBulk{s.backoffice.staff->staff_no, std::move(batch), s.now}};
}

Effects on(AppState& s, const ev::BulkPublicized& e) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Running || !for_me(s, e.staff_no)) return {};
  p.step = Step::Report;
  p.publicized = e.publicized;
  p.ends = e.ends;
  p.refused = e.refused;
  p.stopped = e.stopped;
  touch(s);
  return read_queue(s);  // the publicized cases changed status
}

Effects on(AppState& s, const intent::CloseBulkPublicize&) {
  PublicizeView& p = s.backoffice.batch.publicize;
  if (p.step != Step::Choose && p.step != Step::Report) return {};
  p = PublicizeView{};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PrintPublicizedBatch&) {
  BatchView& b = s.backoffice.batch;
  if (b.publicize.step != Step::Report || b.publicize.publicized.empty() || !may(s, may_print_publicity) ||
      b.print == Print::Working)
    return {};
  b.print_only = b.publicize.publicized;
  return print(s, /*write_pdf=*/true);
}

Effects on(AppState& s, const ev::PublicityReady& e) {
  BatchView& b = s.backoffice.batch;
  if (b.print != Print::Working || b.print_job != e.job) return {};
  if (!e.pdf_path.empty()) b.pdf_path = e.pdf_path;
  b.print_notice = e.problem;
  if (!e.printing) b.print = Print::Idle;
  touch(s);
  return {};
}

bool publicity_print_done(AppState& s, std::uint64_t job) {
  BatchView& b = s.backoffice.batch;
  if (b.print != Print::Working || b.print_job != job) return false;
  b.print = Print::Printed;
  touch(s);
  return true;
}

bool publicity_print_failed(AppState& s, const ev::PrintFailed& e) {
  BatchView& b = s.backoffice.batch;
  if (b.print != Print::Working || b.print_job != e.job) return false;
  b.print = Print::Failed;  // 重新打印 is offered; the PDF stays where it was written
  // A job refused before it started may not say why; the printer's state does (缺纸 …).
  b.trouble = e.trouble != PrinterTrouble::None ? e.trouble : s.printer_trouble;
  if (b.trouble == PrinterTrouble::PaperNearEnd) b.trouble = PrinterTrouble::None;
  touch(s);
  return true;
}

}  // namespace core::backoffice
