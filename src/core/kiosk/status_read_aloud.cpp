#include "core/kiosk/status_read_aloud.h"

#include "core/domain/money.h"

namespace core {

namespace {

// "528.00" reads as 五百二十八点零零: whole yuan are said without the cents.
std::string spoken_yuan(Fen fen) {
  std::string y = format_yuan(fen);
  if (y.size() > 3 && y.compare(y.size() - 3, 3, ".00") == 0) y.resize(y.size() - 3);
  return y;
}

}  // namespace

std::string status_read_aloud(const KioskStatus& k, const Catalog& strings, Language l, bool amounts) {
  auto word = [&](const std::string& key) { return std::string(strings.get(l, key)); };
  auto say = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    return format(strings.get(l, key), values);
  };
  auto yuan = [&](Fen fen) { return say("voice.status.yuan", {spoken_yuan(fen)}); };
  // "2026-11" → 2026, 11 (the month without its leading zero).
  auto month_of = [&](const std::string& period) {
    if (period.size() < 7) return period;
    const std::string m = period.substr(5, 2);
    return say("voice.status.month", {period.substr(0, 4), m[0] == '0' ? m.substr(1) : m});
  };

  std::string out = word("voice.status.intro");
  if (k.benefits.empty()) out += word("voice.status.no_benefits");
  for (const auto& b : k.benefits) {
    const std::string name = word("benefit." + std::string(benefit_type_code(b.type)));
    const std::string state = word("benefit_status." + std::string(benefit_status_code(b.status)));
    out += amounts ? say("voice.status.benefit_amount", {name, state, yuan(b.monthly_amount_fen)})
                   : say("voice.status.benefit", {name, state});
  }
  if (k.payments.empty()) {
    out += word("voice.status.no_payments");
  } else if (amounts) {
    for (const auto& p : k.payments)
      out += say("voice.status.payment_amount", {month_of(p.period), word("benefit." + std::string(benefit_type_code(p.type))),
                                                 yuan(p.amount_fen), word("payment." + std::string(payment_status_code(p.status)))});
  } else {
    const auto& p = k.payments.front();  // newest first
    out += say("voice.status.latest_payment", {month_of(p.period), word("benefit." + std::string(benefit_type_code(p.type))),
                                               word("payment." + std::string(payment_status_code(p.status)))});
  }
  const std::string separator = word("voice.status.list_separator");
  for (const auto& a : k.applications) {
    out += say("voice.status.application", {a.item_name, word("app_status." + std::string(status_code(a.status)))});
    if (!a.missing_materials.empty()) {
      std::string list;
      for (std::size_t i = 0; i < a.missing_materials.size(); ++i) list += (i ? separator : "") + a.missing_materials[i];
      out += say("voice.status.missing", {list});
    }
  }
  for (const auto& h : k.hints) out += say("voice.status.hint", {h.item_name});
  if (!amounts && (!k.benefits.empty() || !k.payments.empty())) out += word("voice.status.ask_amounts");
  return out;
}

}  // namespace core
