#pragma once
// slip_prints: every attempt to print an application's slip (受理回执), printed or failed with the
// printer's reason. The latest attempt tells the day ledger whether the applicant holds a slip;
// earlier ones stay as the record of paper-outs and reprints.
#include <optional>
#include <string>

#include "base/result.h"
#include "store/database.h"

namespace store {

enum class SlipOutcome { Printed, Failed };

struct SlipPrint {
  std::string application_uuid;
  std::string at;  // local time YYYY-MM-DD HH:MM:SS
  int terminal = 1;
  std::string staff_no;  // empty for a kiosk
  SlipOutcome outcome = SlipOutcome::Printed;
  std::string reason;  // why it failed ("缺纸", "printer offline"); empty when printed
};

class SlipPrintsTable {
 public:
  explicit SlipPrintsTable(Database& db) : db_(db) {}
  // Appends one attempt. The application must exist (foreign key).
  base::Status record(const SlipPrint& p);
  // The latest attempt for the application (by time, then by the order recorded), if any.
  base::Result<std::optional<SlipPrint>> last_for(const std::string& application_uuid);

 private:
  Database& db_;
};

}  // namespace store
