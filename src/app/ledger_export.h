#pragma once
// The day ledger as the bytes of a CSV file, for the command line and the counter's 导出 button:
// UTF-8 with a byte-order mark (Excel opens it as UTF-8), or GB18030 for older office software.
#include <string>
#include <vector>

#include "core/domain/ledger.h"
#include "base/result.h"
#include "core/domain/service_item.h"

namespace app {

base::Result<std::string> ledger_file_bytes(const std::vector<core::LedgerRow>& rows,
                                            const core::ServiceCatalog& catalog, bool full_personal_data,
                                            bool gb18030);

// The file's name, the same in every language (the hall files it by this name):
// "受理台账-2026-11-23-01.csv", "受理台账-2026-11-23-01-gb18030.csv".
std::string ledger_file_name(const std::string& date, int terminal_number, bool gb18030);

}  // namespace app
