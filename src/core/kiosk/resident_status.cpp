#include "core/kiosk/resident_status.h"

#include <cstdio>
#include <utility>

#include "base/id_number.h"
#include "core/domain/civil_time.h"
#include "core/domain/masking.h"
#include "core/domain/money.h"

namespace core {
namespace {

void json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out.push_back(c);  // UTF-8 passes through untouched
        }
    }
  }
  out.push_back('"');
}

void key(std::string& out, std::string_view k) {
  json_string(out, k);
  out.push_back(':');
}

// The birth date the hints count age from: as stored, else from the ID number (GB 11643 carries it).
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

std::string to_json(const ResidentStatus& s) {
  std::string out = "{";
  key(out, "name_masked");
  json_string(out, s.name_masked);
  out.push_back(',');
  key(out, "id_masked");
  json_string(out, s.id_masked);
  out += ",";
  key(out, "benefits");
  out += "[";
  for (std::size_t i = 0; i < s.benefits.size(); ++i) {
    const auto& b = s.benefits[i];
    if (i) out.push_back(',');
    out += "{";
    key(out, "type"), json_string(out, benefit_type_name(b.type)), out += ",";
    key(out, "status"), json_string(out, benefit_status_name(b.status)), out += ",";
    key(out, "monthly_amount_fen"), out += std::to_string(b.monthly_amount_fen), out += ",";
    key(out, "since"), json_string(out, b.since), out += ",";
    key(out, "next_review"), json_string(out, b.next_review), out += "}";
  }
  out += "],";
  key(out, "payments");
  out += "[";
  for (std::size_t i = 0; i < s.payments.size(); ++i) {
    const auto& p = s.payments[i];
    if (i) out.push_back(',');
    out += "{";
    key(out, "period"), json_string(out, p.period), out += ",";
    key(out, "type"), json_string(out, benefit_type_name(p.type)), out += ",";
    key(out, "amount_fen"), out += std::to_string(p.amount_fen), out += ",";
    key(out, "paid_on"), json_string(out, p.paid_on), out += ",";
    key(out, "channel"), json_string(out, p.channel), out += ",";
    key(out, "status"), json_string(out, payment_status_code(p.status)), out += "}";
  }
  out += "],";
  key(out, "applications");
  out += "[";
  for (std::size_t i = 0; i < s.applications.size(); ++i) {
    const auto& a = s.applications[i];
    if (i) out.push_back(',');
    out += "{";
    key(out, "acceptance_no"), json_string(out, a.acceptance_no), out += ",";
    key(out, "item"), json_string(out, a.item), out += ",";
    key(out, "status"), json_string(out, status_code(a.status)), out += ",";
    key(out, "due"), json_string(out, a.due), out += "}";
  }
  out += "],";
  key(out, "hints");
  out += "[";
  for (std::size_t i = 0; i < s.hints.size(); ++i) {
    if (i) out.push_back(',');
    out += "{";
    key(out, "item"), json_string(out, s.hints[i].item), out += ",";
    key(out, "reason"), json_string(out, s.hints[i].reason), out += "}";
  }
  out += "]}\n";
  return out;
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
