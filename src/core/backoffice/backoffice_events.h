#pragma once
// The back office's own events and effects (answered in backoffice mode only;
// core/backoffice/backoffice_flow.h).
#include <string>

#include "core/backoffice/case_events.h"
#include "core/backoffice/work_queue.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The work queue as the store has it now.
struct QueueLoaded {
  WorkQueue queue;
};
}  // namespace ev

namespace fx {
// Read the open applications (oldest first, overdue marked against `today`).
struct LoadQueue {
  std::string today;  // YYYY-MM-DD
};
}  // namespace fx

using BackofficeEvents = Concat<TypeList<ev::QueueLoaded>, CaseEvents>;
using BackofficeEffects = Concat<TypeList<fx::LoadQueue>, CaseEffects>;

}  // namespace core
