#include "core/domain/ledger.h"

#include "core/domain/masking.h"

namespace core {
namespace {

constexpr std::string_view kLineEnd = "\r\n";  // RFC 4180 and what Excel writes
constexpr std::string_view kHeader = "受理编号,受理时间,办理事项,申请人,身份证号,状态,回执";

}  // namespace

std::string_view slip_state_label(SlipState s) {
  switch (s) {
    case SlipState::Printed: return "已打印";
    case SlipState::Failed: return "打印失败";
    case SlipState::NeverPrinted: break;
  }
  return "未打印";
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string ledger_csv(const std::vector<LedgerRow>& rows, const ServiceCatalog& catalog,
                       const LedgerCsvOptions& options) {
  std::string out;
  if (options.byte_order_mark) out += kUtf8ByteOrderMark;
  out += kHeader;
  out += kLineEnd;
  for (const auto& r : rows) {
    const ServiceItem* item = catalog.find(r.item_code);
    const std::string fields[] = {
        r.acceptance_no,
        r.accepted_at,
        item ? item->name : r.item_code,
        options.full_personal_data ? r.applicant_name : mask_name(r.applicant_name),
        options.full_personal_data ? r.applicant_id : mask_id_number(r.applicant_id),
        std::string(status_label(r.status)),
        std::string(slip_state_label(r.slip)),
    };
    bool first = true;
    for (const auto& f : fields) {
      if (!first) out += ',';
      first = false;
      out += csv_field(f);
    }
    out += kLineEnd;
  }
  return out;
}

}  // namespace core
