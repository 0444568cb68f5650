#pragma once
// The day ledger (受理台账): one row per application accepted at the counter on one day, as the
// counter screen lists it and as it is exported to CSV for the hall's paperwork. Rows carry full
// personal data (staff may see it); whoever shows or exports them decides on masking. The file's
// column names and the slip states are fixed words of the hall's paperwork, the same in every
// language of the screen (as the roster's columns are).
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/application.h"
#include "core/domain/service_item.h"

namespace core {

// The slip of an application, from the latest print attempt recorded for it.
enum class SlipState { NeverPrinted, Printed, Failed };
std::string_view slip_state_label(SlipState s);  // 未打印 / 已打印 / 打印失败

struct LedgerRow {
  std::string application_uuid;  // for a reprint
  std::string acceptance_no;
  std::string accepted_at;  // YYYY-MM-DD HH:MM:SS
  std::string item_code;
  std::string applicant_name;  // full
  std::string applicant_id;    // full
  ApplicationStatus status = ApplicationStatus::Accepted;
  SlipState slip = SlipState::NeverPrinted;
};

struct LedgerCsvOptions {
  // Masked name and ID number unless asked otherwise: the file leaves the system (mailed, copied to
  // a USB stick, printed), where the store's access rules no longer protect the applicants.
  bool full_personal_data = false;
  // UTF-8 byte-order mark first, so Excel on a Chinese Windows reads the file as UTF-8 instead of
  // guessing GB18030. Leave it out when the text is converted to GB18030 afterwards.
  bool byte_order_mark = true;
};

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, a quote, CR or LF.
std::string csv_field(std::string_view text);

// The ledger as CSV text (UTF-8): the header 受理编号,受理时间,办理事项,申请人,身份证号,状态,回执, then one
// record per row in the given order, every line ending CRLF. Items are named from the catalog (the
// code itself for an item the catalog no longer lists).
std::string ledger_csv(const std::vector<LedgerRow>& rows, const ServiceCatalog& catalog,
                       const LedgerCsvOptions& options = {});

}  // namespace core
