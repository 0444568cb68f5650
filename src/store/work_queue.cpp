#include "store/work_queue.h"

#include <algorithm>

#include "core/domain/working_days.h"

namespace store {

base::Result<core::WorkQueue> WorkQueue::open_applications(const std::string& today, int limit) {
  if (auto d = core::parse_iso_date(today); !d) return base::Error{"queue date: " + d.error().message};
  if (limit < 0) return base::Error{"queue limit must not be negative"};
  // One index search of applications_by_status per open status, merged here: `status IN (…) ORDER
  // BY accepted_at` would sort in a temporary B-tree anyway, and the open applications of a hall
  // are a few thousand at most, while closed ones pile up for years and are never read.
  auto st = db_.cached(
      "SELECT uuid, acceptance_no, accepted_at, item_code, applicant_name, applicant_id, due, due_provisional "
      "FROM applications WHERE status = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  core::WorkQueue q;
  for (core::ApplicationStatus status : core::all_application_statuses()) {
    if (!core::is_open(status)) continue;
    s.reset();
    s.bind(1, core::status_code(status));
    while (true) {
      auto row = s.step();
      if (!row) return row.error();
      if (!row.value()) break;
      core::QueueEntry e{s.text(0), s.text(1), s.text(2), s.text(3), {}, s.text(4), s.text(5), status, s.text(6), false};
      e.overdue = core::awaits_decision(status) && core::is_overdue(e.due, today);
      e.due_provisional = s.integer(7) != 0;
      q.entries.push_back(std::move(e));
    }
  }
  q.total_open = static_cast<long>(q.entries.size());
  std::sort(q.entries.begin(), q.entries.end(), [](const core::QueueEntry& a, const core::QueueEntry& b) {
    return a.accepted_at != b.accepted_at ? a.accepted_at < b.accepted_at : a.acceptance_no < b.acceptance_no;
  });
  if (q.entries.size() > static_cast<std::size_t>(limit)) q.entries.resize(static_cast<std::size_t>(limit));
  return q;
}

}  // namespace store
