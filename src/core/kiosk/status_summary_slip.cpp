#include "core/kiosk/status_summary_slip.h"

#include "core/domain/money.h"

namespace core {

AcceptanceSlip make_status_summary_slip(const KioskStatus& k, const SummaryContext& c, const Catalog& strings,
                                        Language l) {
  auto word = [&](std::string_view key) { return std::string(strings.get(l, key)); };
  auto say = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    return format(strings.get(l, key), values);
  };
  // Rows under a heading are indented two cells, their continuation lines four.
  auto row = [](std::string text) { return slip_line("  " + text, SlipAlign::Left, false, SlipSize::Normal, 4); };
  auto more = [](std::string text) { return slip_line("    " + text, SlipAlign::Left, false, SlipSize::Normal, 4); };

  AcceptanceSlip s;
  auto& b = s.blocks;
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line(word("kiosk.summary_slip.title"), SlipAlign::Center, true, SlipSize::Double));
  b.push_back(slip_rule());
  b.push_back(slip_field(word("kiosk.summary_slip.name"), k.name_masked));
  b.push_back(slip_field(word("kiosk.summary_slip.id_number"), k.id_masked));
  const std::string looked_up_at = c.printed_at.iso_date() + " " + c.printed_at.hh_mm();
  b.push_back(slip_field(word("kiosk.summary_slip.looked_up_at"), looked_up_at));

  b.push_back(slip_rule());
  b.push_back(slip_line(word("kiosk.summary_slip.benefits"), SlipAlign::Left, true));
  if (k.benefits.empty()) b.push_back(slip_line("  " + word("kiosk.summary_slip.none")));
  for (const auto& x : k.benefits) {
    b.push_back(row(say("kiosk.summary_slip.benefit", {benefit_type_name(x.type), benefit_status_name(x.status),
                                                       format_yuan(x.monthly_amount_fen)})));
    if (!x.next_review.empty()) b.push_back(more(say("kiosk.summary_slip.benefit_dates", {x.since, x.next_review})));
  }

  b.push_back(slip_rule());
  b.push_back(slip_line(word("kiosk.summary_slip.payments"), SlipAlign::Left, true));
  if (k.payments.empty()) b.push_back(slip_line("  " + word("kiosk.summary_slip.none")));
  for (const auto& p : k.payments)
    b.push_back(row(say("kiosk.summary_slip.payment", {p.period, benefit_type_name(p.type), format_yuan(p.amount_fen),
                                                       payment_status_name(p.status)})));

  if (!k.applications.empty()) {
    b.push_back(slip_rule());
    b.push_back(slip_line(word("kiosk.summary_slip.applications"), SlipAlign::Left, true));
    const std::string separator = word("kiosk.summary_slip.list_separator");
    for (const auto& a : k.applications) {
      b.push_back(row(a.item_name));
      b.push_back(more(a.acceptance_no));
      b.push_back(more(say("kiosk.summary_slip.application_status", {status_label(a.status), a.due})));
      if (!a.missing_materials.empty()) {
        std::string list;
        for (std::size_t i = 0; i < a.missing_materials.size(); ++i)
          list += (i ? separator : "") + a.missing_materials[i];
        b.push_back(more(say("kiosk.summary_slip.missing", {list})));
      }
    }
  }

  b.push_back(slip_rule());
  b.push_back(slip_line(word("kiosk.summary_slip.disclaimer"), SlipAlign::Center));
  if (!c.hall_phone.empty()) b.push_back(slip_line(say("kiosk.summary_slip.phone", {c.hall_phone}), SlipAlign::Center));
  return s;
}

}  // namespace core
