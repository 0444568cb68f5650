#pragma once
// The back office's own events, intents and effects (answered in backoffice mode only;
// core/backoffice/backoffice_flow.h). Its sign-in is the staff desks' (core/desk_events.h).
#include <optional>
#include <string>

#include "core/backoffice/batch_events.h"
#include "core/backoffice/case_events.h"
#include "core/backoffice/dynamic_events.h"
#include "core/backoffice/statistics_events.h"
#include "core/backoffice/work_queue.h"
#include "core/domain/civil_time.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The work queue as the store has it now, read with `staff_no`'s claims as "mine".
struct QueueLoaded {
  WorkQueue queue;
  std::string staff_no;
};
// The queue could not be read (the cause is in the log).
struct QueueFailed {};
// The hall store said its queue changed (PostgreSQL LISTEN/NOTIFY, app/backoffice/hall_watch.h).
struct HallChanged {};
// A claim answered: the case now held (`opened`), or the rule's refusal, or nothing left to claim
// (neither).
struct ClaimAnswered {
  std::optional<QueueEntry> opened;
  Message refusal;
};
// A release or take-back answered: done (`refusal` empty) or refused.
struct ReleaseAnswered {
  std::string acceptance_no;
  Message refusal;
};
}  // namespace ev

namespace intent {
struct FilterQueue {
  QueueFilter filter;
};
// 上一页 / 下一页: the list starts at this row of the rows read (the screen clamps it).
struct PageQueue {
  int first_row = 0;
};
struct ClaimNext {};  // 领取下一件
struct ClaimCase {    // 领取 on a row (or 打开 on one's own: the lease is renewed)
  std::string acceptance_no;
};
struct ReleaseCase {  // 释放 (one's own) or 收回 (an admin, someone else's)
  std::string acceptance_no;
};
struct CloseCase {};  // 返回队列
}  // namespace intent

namespace fx {
// Read the queue: `filter`, overdue against `now`'s day, `staff_no`'s live claims as "mine".
struct LoadQueue {
  QueueFilter filter;
  std::string staff_no;
  CivilTime now;
};
// Claim the oldest case this staff member may claim (ev::ClaimAnswered).
struct ClaimNextCase {
  std::string staff_no;
  CivilTime now;
  int lease_seconds = 0;
};
// Claim (or renew) one case (ev::ClaimAnswered).
struct ClaimOneCase {
  std::string acceptance_no;
  std::string staff_no;
  CivilTime now;
  int lease_seconds = 0;
};
// Give a claim back (ev::ReleaseAnswered).
struct ReleaseClaim {
  std::string acceptance_no;
  std::string staff_no;
  CivilTime now;
};
}  // namespace fx

using BackofficeEvents = Concat<TypeList<ev::QueueLoaded, ev::QueueFailed, ev::HallChanged, ev::ClaimAnswered, ev::ReleaseAnswered,
                                  intent::FilterQueue, intent::PageQueue, intent::ClaimNext, intent::ClaimCase, intent::ReleaseCase,
                                  intent::CloseCase>, CaseEvents, BatchEvents, DynamicEvents, StatisticsEvents>;
using BackofficeEffects = Concat<TypeList<fx::LoadQueue, fx::ClaimNextCase, fx::ClaimOneCase, fx::ReleaseClaim>, CaseEffects,
                                 BatchEffects, DynamicEffects, StatisticsEffects>;

}  // namespace core
