#pragma once
// The back office's work queue: open applications (core::is_open), oldest first, each with its
// promised due date, whether that date has passed and who holds its claim; the filters a reviewer
// sets, and the counts per status and item over every open application.
#include <optional>
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
  std::string claimed_by;        // the live claim's holder (staff number); empty: nobody holds it
  std::string lease_until;       // YYYY-MM-DD HH:MM:SS of that claim
  bool operator==(const QueueEntry&) const = default;
};

// What the list shows: all open applications or only some. Counts ignore the filter.
struct QueueFilter {
  std::string item_code;                   // empty: every item
  std::optional<ApplicationStatus> status;  // nullopt: every open status
  bool overdue_only = false;
  bool mine = false;  // 「我的待办」: only cases whose live claim the signed-in staff member holds
  bool operator==(const QueueFilter&) const = default;
};

struct StatusCount {
  ApplicationStatus status = ApplicationStatus::Accepted;
  long count = 0;
  bool operator==(const StatusCount&) const = default;
};
struct ItemCount {
  std::string item_code;
  std::string item_name;  // the catalog's (filled by the app; empty: show the code)
  long count = 0;
  bool operator==(const ItemCount&) const = default;
};

struct WorkQueue {
  std::vector<QueueEntry> entries;  // oldest first, matching the filter, at most the limit asked for
  long total_open = 0;              // all open applications, also those past the limit
  long matching = 0;                // those the filter lets through, also past the limit
  long mine = 0;                    // open cases the signed-in staff member holds a live claim on
  std::vector<StatusCount> by_status;  // open statuses in their order, with at least one case
  std::vector<ItemCount> by_item;      // items with at least one open case, by code
  QueueFilter filter;                  // the filter this answer was read with
  bool operator==(const WorkQueue&) const = default;
};

// Overdue once the promised day has passed: due on the 20th is still on time all through the 20th.
// Both dates YYYY-MM-DD (compared as text, which orders such dates correctly).
inline bool is_overdue(const std::string& due, const std::string& today) { return due < today; }

}  // namespace core
