#include "store/acceptance_sequences.h"

namespace store {

base::Result<core::AcceptanceNumber> AcceptanceSequences::next(const std::string& hall_code, int terminal, int year,
                                                               int month, int day) {
  core::AcceptanceNumber n{hall_code, terminal, year, month, day, 0};
  if (hall_code.size() != 6) return base::Error{"hall code '" + hall_code + "' must be six digits"};
  if (terminal < 1 || terminal > core::kMaxTerminal)
    return base::Error{"terminal number " + std::to_string(terminal) + " must be 1..99"};
  auto st = db_.cached(
      "INSERT INTO acceptance_sequences(hall_code, terminal, day, last_sequence) VALUES(?1, ?2, ?3, 1) "
      "ON CONFLICT(hall_code, terminal, day) DO UPDATE SET last_sequence = acceptance_sequences.last_sequence + 1 "
      "RETURNING last_sequence");
  if (!st) return st.error();
  (*st)->bind_all(hall_code, terminal, n.date_key());
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return base::Error{"acceptance sequence: no number returned"};
  n.sequence = (*st)->integer(0);
  (*st)->reset();
  if (n.sequence > core::kMaxDailySequence)
    return base::Error{"terminal " + std::to_string(terminal) + " has used all " +
                       std::to_string(core::kMaxDailySequence) + " acceptance numbers for " + n.date_key()};
  return n;
}

}  // namespace store
