#include "store/case_notice_source.h"

#include "store/applications_table.h"
#include "store/text_column.h"

namespace store {
namespace {

template <class Notice>
using Facts = base::Result<std::variant<Notice, core::Message>>;

template <class Notice, class Build>
Facts<Notice> facts_of(Database& db, const std::string& acceptance_no, Build build) {
  auto a = ApplicationsTable(db).find_by_acceptance_no(acceptance_no);
  if (!a) return a.error();
  if (!a.value()) return std::variant<Notice, core::Message>(core::Message{"case.refused.unknown_case", {acceptance_no}});
  return build(**a);
}

}  // namespace

base::Result<std::variant<core::SupplementNotice, core::Message>> CaseNoticeSource::supplement(
    const std::string& acceptance_no) {
  return facts_of<core::SupplementNotice>(
      db_, acceptance_no, [this](const core::Application& a) { return core::supplement_notice_of(a, catalog_); });
}

base::Result<std::variant<core::RejectionNotice, core::Message>> CaseNoticeSource::rejection(
    const std::string& acceptance_no) {
  return facts_of<core::RejectionNotice>(
      db_, acceptance_no, [this](const core::Application& a) { return core::rejection_notice_of(a, catalog_); });
}

base::Result<std::vector<core::PublicityEntry>> CaseNoticeSource::on_notice(const std::string& from) {
  auto st = db_.cached(
      "SELECT a.acceptance_no, a.applicant_name, a.applicant_id, a.item_code, n.starts, n.ends, n.proposed_fen "
      "FROM case_notices n JOIN applications a ON a.uuid = n.application_uuid "
      "WHERE a.status = 'publicized' AND n.starts >= ?1 ORDER BY n.starts, a.acceptance_no");
  if (!st) return st.error();
  (*st)->bind(1, from);
  std::vector<core::PublicityEntry> out;
  while (true) {
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!row.value()) break;
    core::PublicityEntry e{(*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3),
                           (*st)->text(4), (*st)->text(5), (*st)->int64(6)};
    if (const core::ServiceItem* item = catalog_.find(e.item_name)) e.item_name = item->name;
    out.push_back(std::move(e));
  }
  return out;
}

base::Result<std::vector<std::string>> CaseNoticeSource::notice_ended_before(const std::string& day) {
  return text_column(db_,
                     "SELECT a.acceptance_no FROM case_notices n JOIN applications a ON a.uuid = n.application_uuid "
                     "WHERE a.status = 'publicized' AND n.ends < ?1 ORDER BY n.ends, a.acceptance_no",
                     day);
}

}  // namespace store
