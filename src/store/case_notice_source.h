#pragma once
// Where the back office's papers get their facts (core/backoffice/case_notices.h), on either store:
// one application by its acceptance number (补正通知, 不予批准告知书: its materials and history), and
// the cases on public notice (公示名单: case_notices' dates and proposed amounts). Reads only.
#include <string>
#include <variant>
#include <vector>

#include "base/result.h"
#include "core/backoffice/case_notices.h"
#include "core/domain/service_item.h"
#include "core/text/message.h"
#include "store/database.h"

namespace store {

class CaseNoticeSource {
 public:
  CaseNoticeSource(Database& db, const core::ServiceCatalog& catalog) : db_(db), catalog_(catalog) {}

  // The facts of the application's notice; a Message when there is no such application
  // (case.refused.unknown_case) or it has no such notice (notice.refused.status).
  base::Result<std::variant<core::SupplementNotice, core::Message>> supplement(const std::string& acceptance_no);
  base::Result<std::variant<core::RejectionNotice, core::Message>> rejection(const std::string& acceptance_no);

  // The cases on public notice now (status publicized) whose notice started on or after `from`
  // (YYYY-MM-DD; empty: all), by start day, then acceptance number.
  base::Result<std::vector<core::PublicityEntry>> on_notice(const std::string& from);

  // Acceptance numbers of the publicized cases whose notice's last day is before `day` (a batch an
  // approver may decide from `day` on), oldest notice first.
  base::Result<std::vector<std::string>> notice_ended_before(const std::string& day);

 private:
  Database& db_;
  const core::ServiceCatalog& catalog_;
};

}  // namespace store
