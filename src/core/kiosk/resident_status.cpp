#include "core/kiosk/resident_status.h"

#include <utility>

#include "base/id_number.h"
#include "base/json.h"
#include "core/domain/civil_time.h"
#include "core/domain/masking.h"
#include "core/domain/money.h"

namespace core {
namespace {

std::string birth_of(const Resident& r) {
  if (!r.birth.empty()) return r.birth;
  if (auto b = base::birth_date_of(r.id_number))
    return format_iso_date(base::days_from_civil(b->year, b->month, b->day));
  return {};
}

}  // namespace

ResidentStatus resident_status(ResidentRecords records, const std::vector<EligibilityRule>& rules,
                               const std::string& today) {
  ResidentStatus out;
  out.name_masked = mask_name(records.resident.name);
  out.id_masked = mask_id_number(records.resident.id_number);
  out.benefits = std::move(records.benefits);
  out.payments = std::move(records.payments);
  for (const auto& a : records.applications)
    out.applications.push_back(OpenApplicationSummary{a.acceptance_no, a.item_code, a.status, a.due});
  out.hints = eligibility_hints(rules, birth_of(records.resident), today, out.benefits);
  // The view leaves the store worker for the screen: the ID number stays behind.
  for (auto& b : out.benefits) b.id_number.clear();
  for (auto& p : out.payments) p.id_number.clear();
  return out;
}

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

std::string to_text(const ResidentStatus& s, const Catalog& strings, Language l) {
  // Each section: a heading, then one indented line per row, or the catalog's "none".
  auto say = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    return format(strings.get(l, key), values);
  };
  const std::string none = "  " + std::string(strings.get(l, "kiosk.status_text.none")) + "\n";
  std::string out = say("kiosk.status_text.identity", {s.name_masked, s.id_masked}) + "\n";
  out += std::string(strings.get(l, "kiosk.status_text.benefits")) + "\n";
  if (s.benefits.empty()) out += none;
  for (const auto& b : s.benefits)
    out += "  " +
           say("kiosk.status_text.benefit", {benefit_type_name(b.type), benefit_status_name(b.status),
                                              format_yuan(b.monthly_amount_fen), b.since, b.next_review}) +
           "\n";
  out += std::string(strings.get(l, "kiosk.status_text.payments")) + "\n";
  if (s.payments.empty()) out += none;
  for (const auto& p : s.payments)
    out += "  " +
           say("kiosk.status_text.payment", {p.period, benefit_type_name(p.type), format_yuan(p.amount_fen), p.paid_on,
                                              p.channel, payment_status_name(p.status)}) +
           "\n";
  out += std::string(strings.get(l, "kiosk.status_text.applications")) + "\n";
  if (s.applications.empty()) out += none;
  for (const auto& a : s.applications)
    out += "  " + say("kiosk.status_text.application", {a.acceptance_no, a.item, status_label(a.status), a.due}) + "\n";
  out += std::string(strings.get(l, "kiosk.status_text.hints")) + "\n";
  if (s.hints.empty()) out += none;
  for (const auto& h : s.hints) out += "  " + h.item + "  " + h.reason + "\n";
  return out;
}

}  // namespace core
