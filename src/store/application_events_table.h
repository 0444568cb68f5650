#pragma once
// application_events: every life-cycle transition with who, when and a note (the kiosk timeline).
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class ApplicationEventsTable {
 public:
  explicit ApplicationEventsTable(Database& db) : db_(db) {}
  base::Status append(const std::string& application_uuid, const core::ApplicationEvent& e);
  // Oldest first.
  base::Result<std::vector<core::ApplicationEvent>> for_application(const std::string& application_uuid);

 private:
  Database& db_;
};

}  // namespace store
