#pragma once
// The back office's state as AppState holds it.
#include <optional>

#include "core/backoffice/work_queue.h"

namespace core {

struct BackofficeSession {
  std::optional<WorkQueue> queue;  // open applications, read again every minute
};

}  // namespace core
