#include "core/kiosk/guide_notice_slip.h"

#include <string>

namespace core {

AcceptanceSlip make_guide_notice_slip(const ServiceItem& item, const GuideNoticeContext& c, const Catalog& strings,
                                      Language l) {
  auto word = [&](std::string_view key) { return std::string(strings.get(l, key)); };
  auto say = [&](std::string_view key, std::initializer_list<std::string_view> values) {
    return format(strings.get(l, key), values);
  };
  // Rows under a heading are indented two cells, their continuation lines four.
  auto row = [](std::string text) { return slip_line("  " + text, SlipAlign::Left, false, SlipSize::Normal, 4); };
  auto numbered = [&](const std::vector<Material>& list, std::size_t from) {
    std::vector<SlipBlock> out;
    for (std::size_t i = 0; i < list.size(); ++i)
      out.push_back(row(say("kiosk.guide_slip.numbered", {std::to_string(from + i + 1), list[i].full_name()})));
    return out;
  };

  AcceptanceSlip s;
  auto& b = s.blocks;
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line(word("kiosk.guide_slip.title"), SlipAlign::Center, true, SlipSize::Double));
  b.push_back(slip_rule());
  b.push_back(slip_field(word("kiosk.guide_slip.item"), item.name));
  b.push_back(slip_field(word("kiosk.guide_slip.time_limit"),
                         say("kiosk.guide_slip.working_days", {std::to_string(item.promised_working_days)})));
  b.push_back(slip_field(word("kiosk.guide_slip.who"), item.who_may_apply));

  b.push_back(slip_rule());
  b.push_back(slip_line(word("kiosk.guide_slip.required"), SlipAlign::Left, true));
  for (auto& line : numbered(item.required, 0)) b.push_back(std::move(line));
  if (!item.optional.empty()) {
    b.push_back(slip_line(word("kiosk.guide_slip.optional"), SlipAlign::Left, true));
    for (auto& line : numbered(item.optional, 0)) b.push_back(std::move(line));
  }

  b.push_back(slip_rule());
  b.push_back(slip_field(word("kiosk.guide_slip.where"), say("kiosk.guide_slip.place", {c.hall_name})));
  if (!c.hall_address.empty()) b.push_back(slip_field(word("kiosk.guide_slip.address"), c.hall_address));
  if (!c.hall_phone.empty()) b.push_back(slip_field(word("kiosk.guide_slip.phone"), c.hall_phone));
  const CivilTime& d = c.printed_at;
  b.push_back(slip_field(word("kiosk.guide_slip.date"),
                         say("date.long", {std::to_string(d.year), std::to_string(d.month), std::to_string(d.day)})));
  b.push_back(slip_rule());
  b.push_back(slip_line(word("kiosk.guide_slip.footer"), SlipAlign::Center));
  return s;
}

}  // namespace core
