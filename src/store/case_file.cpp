#include "store/case_file.h"

#include <nlohmann/json.hpp>

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/relaxed_transaction.h"

namespace store {
namespace {

using StepResults = std::vector<std::pair<std::string, core::CaseStepResult>>;

base::Result<StepResults> read_step_results(Database& db, const std::string& uuid, const std::string& no) {
  auto st = db.cached("SELECT step, done_on, who, recorded_at, fields, note FROM case_steps WHERE application_uuid = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, uuid);
  StepResults out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    core::CaseStepResult r{s.text(1), s.text(2), s.text(3), {}, s.text(5)};
    const auto fields = nlohmann::json::parse(s.text(4), nullptr, /*allow_exceptions=*/false);
    if (!fields.is_object())
      return base::Error{"application " + no + ": step " + s.text(0) + " holds fields that are not a JSON object"};
    for (const auto& [key, value] : fields.items())
      r.fields[key] = value.is_string() ? value.get<std::string>() : value.dump();
    out.emplace_back(s.text(0), std::move(r));
  }
  return out;
}

base::Status read_notice_and_claim(Database& db, core::CaseFile& f) {
  auto notice = db.cached("SELECT starts, ends, proposed_fen FROM case_notices WHERE application_uuid = ?1");
  if (!notice) return notice.error();
  (*notice)->bind(1, f.application.uuid);
  auto row = (*notice)->step();
  if (!row) return row.error();
  if (row.value()) {
    f.notice = core::CaseNotice{(*notice)->text(0), (*notice)->text(1), (*notice)->int64(2)};
    (*notice)->reset();
  }
  auto claim = db.cached("SELECT claimed_by, lease_until FROM applications WHERE uuid = ?1");
  if (!claim) return claim.error();
  (*claim)->bind(1, f.application.uuid);
  auto c = (*claim)->step();
  if (!c) return c.error();
  if (!c.value()) return base::Error{"application " + f.application.acceptance_no + " vanished during its case file's read"};
  f.claimed_by = (*claim)->text(0);
  f.lease_until = (*claim)->text(1);
  (*claim)->reset();
  return base::ok();
}

}  // namespace

base::Result<std::optional<core::CaseFile>> CaseFileReader::read(const CaseFileRead& q) {
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Deferred);
  if (!tx) return tx.error();
  auto a = ApplicationsTable(db_).find_by_acceptance_no(q.acceptance_no);
  if (!a) return a.error();
  if (!a.value()) {
    if (auto s = tx->commit(); !s) return s.error();
    return std::optional<core::CaseFile>{};
  }
  // The audit row before anything is handed out: a read that cannot be logged shows nothing.
  if (auto s = AuditLog(db_, key_).record(q.at, q.who, a.value()->applicant_id, kWhyReview); !s) return s.error();
  core::CaseFile f;
  f.application = std::move(*a.value());
  f.read_at = q.at;
  auto results = read_step_results(db_, f.application.uuid, q.acceptance_no);
  if (!results) return results.error();
  if (auto s = read_notice_and_claim(db_, f); !s) return s.error();
  if (auto s = tx->commit(); !s) return s.error();
  core::fill_from_catalog(f, catalog_.find(f.application.item_code), catalog_, *results);
  return std::optional<core::CaseFile>(std::move(f));
}

}  // namespace store
