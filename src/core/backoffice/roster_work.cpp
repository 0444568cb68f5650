// 导出花名册 on the queue (core/backoffice/batch_view.h): the month picked with ◀ ▶ (this month
// at first), the roster written by the services into the export folder, the result line.
#include <cstdio>

#include "core/backoffice/backoffice_flow.h"
#include "core/domain/money.h"

namespace core {

bool may_export_roster(StaffRole r) { return r == StaffRole::Approver || r == StaffRole::Admin; }

}  // namespace core

namespace core::backoffice {

namespace {

using Roster = BatchView::Roster;

bool may_export(const AppState& s) {
  return signed_in(s) && s.store == StoreLink::Ready && may_export_roster(s.backoffice.staff->role);
}

std::string month_text(int year, int month) {
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d", year, month);
  return out;
}

}  // namespace

std::string roster_month_of(const AppState& s) {
  const std::string& picked = s.backoffice.batch.roster_month;
  return picked.empty() ? month_text(s.now.year, s.now.month) : picked;
}

Effects on(AppState& s, const intent::ShiftRosterMonth& e) {
  BatchView& b = s.backoffice.batch;
  if (!may_export(s) || b.roster == Roster::Working) return {};
  const std::string now = roster_month_of(s);
  const int year = std::stoi(now.substr(0, 4)), month = std::stoi(now.substr(5, 2));
  const int total = year * 12 + (month - 1) + e.months;
  b.roster_month = month_text(total / 12, total % 12 + 1);
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ExportRoster&) {
  BatchView& b = s.backoffice.batch;
  if (!may_export(s) || b.roster == Roster::Working) return {};
  b.roster = Roster::Working;
  b.roster_month = roster_month_of(s);
  b.roster_path.clear();
  b.roster_notice = Message{"backoffice.roster.working", {b.roster_month}};
  touch(s);
  return {fx::ExportRoster{s.backoffice.staff->staff_no, b.roster_month, s.now}};
}

Effects on(AppState& s, const ev::RosterExported& e) {
  BatchView& b = s.backoffice.batch;
  if (b.roster != Roster::Working || !s.backoffice.staff || s.backoffice.staff->staff_no != e.staff_no ||
      b.roster_month != e.month) {
    return {};
  }
  if (e.problem.empty()) {
    b.roster = Roster::Written;
    b.roster_path = e.path;
    b.roster_notice = Message{"backoffice.roster.written",
                              {e.month, std::to_string(e.lines), format_yuan(e.total_fen), std::to_string(e.without_account), e.path}};
  } else {
    b.roster = Roster::Failed;
    b.roster_notice = e.problem;
  }
  touch(s);
  return {};
}

}  // namespace core::backoffice
