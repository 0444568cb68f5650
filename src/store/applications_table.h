#pragma once
// applications (+ application_members, application_materials): one row per application, its
// acceptance number in `acceptance_no` and its life-cycle code in `status`, so a technician can ask
// sqlite3 "SELECT acceptance_no FROM applications WHERE status = 'needs_supplement'".
#include <optional>
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "core/kiosk/resident_status.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class ApplicationsTable {
 public:
  explicit ApplicationsTable(Database& db) : db_(db) {}
  // Inserts the application with its members, materials and events (call inside a Transaction).
  base::Status insert(const core::Application& a);
  // Applies a legal transition (core::transition) and stores the new status and its event.
  base::Status transition(core::Application& a, core::ApplicationStatus to, const std::string& who,
                          const std::string& at, const std::string& note);
  // Members come back in the order they were entered (the applicant's own row first).
  base::Result<std::optional<core::Application>> find_by_acceptance_no(const std::string& acceptance_no);
  // Open applications of one applicant, by acceptance number.
  base::Result<std::vector<core::OpenApplicationSummary>> open_for(const std::string& applicant_id);
  // The same applications in full for their timelines: materials and events, but no members or
  // declarations (a status look-up shows neither).
  base::Result<std::vector<core::Application>> open_with_history_for(const std::string& applicant_id);
  base::Result<long> count_with_status(core::ApplicationStatus s);

 private:
  base::Status read_materials(core::Application& a);
  Database& db_;
};

}  // namespace store
