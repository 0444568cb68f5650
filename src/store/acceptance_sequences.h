#pragma once
// acceptance_sequences: the daily sequence behind acceptance numbers. next() must run inside the
// Transaction that also inserts the application, so a number is committed together with what it
// numbers: after a crash either both exist or neither, and a committed number is never handed out
// again (the counter only goes up).
#include <string>

#include "core/domain/acceptance_number.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class AcceptanceSequences {
 public:
  explicit AcceptanceSequences(Database& db) : db_(db) {}
  base::Result<core::AcceptanceNumber> next(const std::string& hall_code, int terminal, int year, int month, int day);

 private:
  Database& db_;
};

}  // namespace store
