#pragma once
// The back office's queue query: the applications in an open status that a filter lets through,
// oldest first, with due date, overdue mark and live claim, and the counts per status and item
// over every open application — two statements, one pass over the open cases each. An
// application is in it from the commit that accepts it.
#include <optional>
#include <string>

#include "base/result.h"
#include "core/backoffice/work_queue.h"
#include "store/database.h"

namespace store {

inline constexpr int kDefaultQueueLimit = 200;  // rows a back-office list reads at once

struct QueueQuery {
  std::string today;     // YYYY-MM-DD: decides `overdue` (due < today)
  std::string now;       // YYYY-MM-DD HH:MM:SS: a claim whose lease runs to now or later is live
  std::string staff_no;  // whose live claims are "mine" (empty: nobody's)
  core::QueueFilter filter;
  int limit = kDefaultQueueLimit;
};

class WorkQueue {
 public:
  explicit WorkQueue(Database& db) : db_(db) {}
  // The filtered list (at most `limit` entries, the oldest) and the counts.
  base::Result<core::WorkQueue> read(const QueueQuery& q);
  // Every open application, unfiltered, claims live at the start of `today`.
  base::Result<core::WorkQueue> open_applications(const std::string& today, int limit = kDefaultQueueLimit);
  // One application as the queue shows it (open or not); nullopt: no such acceptance number.
  base::Result<std::optional<core::QueueEntry>> entry(const std::string& acceptance_no, const std::string& today,
                                                      const std::string& now);

 private:
  Database& db_;
};

}  // namespace store
