#include "core/kiosk/resident_status.h"

#include "base/json.h"
#include "core/domain/money.h"

namespace core {

base::Result<std::string> to_json(const ResidentStatus& s) {
  base::Json benefits = base::Json::array();
  for (const auto& b : s.benefits)
    benefits.push_back({{"type", benefit_type_name(b.type)},
                        {"status", benefit_status_name(b.status)},
                        {"monthly_amount_fen", b.monthly_amount_fen},
                        {"since", b.since},
                        {"next_review", b.next_review}});
  base::Json payments = base::Json::array();
  for (const auto& p : s.payments)
    payments.push_back({{"period", p.period},
                        {"type", benefit_type_name(p.type)},
                        {"amount_fen", p.amount_fen},
                        {"paid_on", p.paid_on},
                        {"channel", p.channel},
                        {"status", payment_status_code(p.status)}});
  base::Json applications = base::Json::array();
  for (const auto& a : s.applications)
    applications.push_back(
        {{"acceptance_no", a.acceptance_no}, {"item", a.item}, {"status", status_code(a.status)}, {"due", a.due}});
  base::Json hints = base::Json::array();
  for (const auto& h : s.hints) hints.push_back({{"item", h.item}, {"reason", h.reason}});
  const base::Json doc = {{"name_masked", s.name_masked},
                          {"id_masked", s.id_masked},
                          {"benefits", benefits},
                          {"payments", payments},
                          {"applications", applications},
                          {"hints", hints}};
  auto text = base::write_json(doc, base::JsonLayout::Compact);
  if (!text) return text.error();
  return text.value() + "\n";
}

std::string to_text(const ResidentStatus& s) {
  std::string out = "姓名 " + s.name_masked + "  身份证号 " + s.id_masked + "\n";
  out += "救助待遇:\n";
  if (s.benefits.empty()) out += "  (无)\n";
  for (const auto& b : s.benefits)
    out += "  " + std::string(benefit_type_name(b.type)) + "  " + std::string(benefit_status_name(b.status)) + "  每月 " +
           format_yuan(b.monthly_amount_fen) + " 元  起始 " + b.since + "  下次年审 " + b.next_review + "\n";
  out += "最近发放:\n";
  if (s.payments.empty()) out += "  (无)\n";
  for (const auto& p : s.payments)
    out += "  " + p.period + "  " + std::string(benefit_type_name(p.type)) + "  " + format_yuan(p.amount_fen) +
           " 元  " + p.paid_on + "  " + p.channel + "  " + std::string(payment_status_name(p.status)) + "\n";
  out += "办理中的申请:\n";
  if (s.applications.empty()) out += "  (无)\n";
  for (const auto& a : s.applications)
    out += "  " + a.acceptance_no + "  " + a.item + "  " + std::string(status_label(a.status)) + "  承诺办结 " + a.due + "\n";
  out += "可能符合的事项:\n";
  if (s.hints.empty()) out += "  (无)\n";
  for (const auto& h : s.hints) out += "  " + h.item + "  " + h.reason + "\n";
  return out;
}

}  // namespace core
