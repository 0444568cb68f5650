#include "app/ledger_export.h"

#include <cstdio>

#include "app/text_encoding.h"

namespace app {

base::Result<std::string> ledger_file_bytes(const std::vector<core::LedgerRow>& rows,
                                            const core::ServiceCatalog& catalog, bool full_personal_data,
                                            bool gb18030) {
  core::LedgerCsvOptions options;
  options.full_personal_data = full_personal_data;
  options.byte_order_mark = !gb18030;
  std::string bytes = core::ledger_csv(rows, catalog, options);
  if (!gb18030) return bytes;
  auto converted = to_gb18030(bytes);
  if (!converted) return base::Error{"the ledger cannot be written in GB18030: " + converted.error().message};
  return std::move(converted.value());
}

std::string ledger_file_name(const std::string& date, int terminal_number, bool gb18030) {
  char tail[64];
  std::snprintf(tail, sizeof tail, "-%02d%s.csv", terminal_number, gb18030 ? "-gb18030" : "");
  return "受理台账-" + date + tail;
}

}  // namespace app
