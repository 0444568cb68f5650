#pragma once
// The back office's queue query: every application in an open status, oldest first, with due date
// and overdue mark. An application is in it from the commit that accepts it.
#include <string>

#include "base/result.h"
#include "core/backoffice/work_queue.h"
#include "store/database.h"

namespace store {

inline constexpr int kDefaultQueueLimit = 500;  // rows a back-office list shows at once

class WorkQueue {
 public:
  explicit WorkQueue(Database& db) : db_(db) {}
  // `today` YYYY-MM-DD decides `overdue` (due < today); at most `limit` entries, the oldest.
  base::Result<core::WorkQueue> open_applications(const std::string& today, int limit = kDefaultQueueLimit);

 private:
  Database& db_;
};

}  // namespace store
