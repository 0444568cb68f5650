#include "store/slip_prints_table.h"

namespace store {
namespace {

constexpr const char* kPrinted = "printed";
constexpr const char* kFailed = "failed";

}  // namespace

base::Status SlipPrintsTable::record(const SlipPrint& p) {
  if (p.application_uuid.empty()) return base::Error{"a slip print needs the application it printed"};
  if (p.at.size() != 19) return base::Error{"slip print time '" + p.at + "' is not YYYY-MM-DD HH:MM:SS"};
  auto st = db_.cached(
      "INSERT INTO slip_prints(application_uuid, at, terminal, staff_no, outcome, reason) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!st) return st.error();
  (*st)->bind_all(p.application_uuid, p.at, p.terminal, p.staff_no,
                  p.outcome == SlipOutcome::Printed ? kPrinted : kFailed, p.reason);
  if (auto s = (*st)->run(); !s)
    return base::Error{"recording the slip print of application " + p.application_uuid + ": " + s.error().message};
  return base::ok();
}

base::Result<std::optional<SlipPrint>> SlipPrintsTable::last_for(const std::string& application_uuid) {
  // rowid breaks ties within one second (a failure and the reprint right after it); the index
  // (application_uuid, at) ends in the rowid, so this walks it backwards without sorting.
  auto st = db_.cached(
      "SELECT at, terminal, staff_no, outcome, reason FROM slip_prints WHERE application_uuid = ?1 "
      "ORDER BY at DESC, rowid DESC LIMIT 1");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, application_uuid);
  auto row = s.step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<SlipPrint>{};
  SlipPrint p{application_uuid, s.text(0), s.integer(1), s.text(2),
              s.text(3) == kPrinted ? SlipOutcome::Printed : SlipOutcome::Failed, s.text(4)};
  return std::optional<SlipPrint>(std::move(p));
}

}  // namespace store
