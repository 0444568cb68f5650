#include <doctest/doctest.h>

#include "core/backoffice/work_queue.h"

TEST_CASE("an application is overdue only after its due day has passed") {
  CHECK_FALSE(core::is_overdue("2026-11-23", "2026-11-23"));
  CHECK(core::is_overdue("2026-11-22", "2026-11-23"));
  CHECK_FALSE(core::is_overdue("2026-12-01", "2026-11-30"));
  CHECK(core::is_overdue("2025-12-31", "2026-01-01"));
}
