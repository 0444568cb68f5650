#pragma once
// The back office's work queue: open applications (core::is_open), oldest first, each with its
// promised due date and whether that date has passed.
#include <string>
#include <vector>

#include "core/domain/application.h"

namespace core {

struct QueueEntry {
  std::string application_uuid;
  std::string acceptance_no;
  std::string accepted_at;  // YYYY-MM-DD HH:MM:SS
  std::string item_code;
  std::string item_name;  // the catalog's name (filled by the app; empty: show the code)
  std::string applicant_name;  // full: back-office staff may see it
  std::string applicant_id;
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::string due;  // YYYY-MM-DD
  bool overdue = false;
  bool due_provisional = false;  // 预计: the year's holiday notice was not loaded when it was counted
};

struct WorkQueue {
  std::vector<QueueEntry> entries;  // oldest first, at most the limit asked for
  long total_open = 0;              // all open applications, also those past the limit
};

// Overdue once the promised day has passed: due on the 20th is still on time all through the 20th.
// Both dates YYYY-MM-DD (compared as text, which orders such dates correctly).
inline bool is_overdue(const std::string& due, const std::string& today) { return due < today; }

}  // namespace core
