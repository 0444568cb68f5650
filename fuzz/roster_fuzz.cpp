// Roster (花名册) CSV parsing and the masking of whatever names it yields: never crash, never hang,
// and either every row imports or problems are reported with a line inside the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/domain/masking.h"
#include "core/domain/roster.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = core::parse_roster(text);
  int lines = 1;
  for (char c : text) lines += c == '\n' || c == '\r';
  for (const auto& p : parsed.problems)
    if (p.line < 1 || p.line > lines) std::abort();
  if (!parsed.ok() && parsed.roster.row_count() != 0) std::abort();
  for (const auto& row : parsed.roster.benefits) {
    (void)core::mask_name(row.name);
    (void)core::mask_id_number(row.benefit.id_number);
  }
  for (const auto& row : parsed.roster.payments) (void)core::mask_name(row.name);
  (void)core::mask_address(text.substr(0, 64));
  (void)core::mask_phone(text.substr(0, 32));
  return 0;
}
