#pragma once
// The back office's state as AppState holds it.
#include <optional>

#include "core/backoffice/case_view.h"
#include "core/backoffice/work_queue.h"

namespace core {

struct BackofficeSession {
  std::optional<WorkQueue> queue;  // open applications, read again every minute
  CaseView case_view;              // the case open on screen (core/backoffice/case_work.h)
};

}  // namespace core
