#include "core/kiosk/status_summary_slip.h"

#include "core/domain/money.h"

namespace core {

AcceptanceSlip make_status_summary_slip(const KioskStatus& k, const SummaryContext& c) {
  AcceptanceSlip s;
  auto& b = s.blocks;
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line("救助信息查询单", SlipAlign::Center, true, SlipSize::Double));
  b.push_back(slip_rule());
  b.push_back(slip_field("姓    名", k.name_masked));
  b.push_back(slip_field("身份证号", k.id_masked));
  b.push_back(slip_field("查询时间", c.printed_at.iso_date() + " " + c.printed_at.hh_mm()));

  b.push_back(slip_rule());
  b.push_back(slip_line("享受待遇：", SlipAlign::Left, true));
  if (k.benefits.empty()) b.push_back(slip_line("  无"));
  for (const auto& x : k.benefits) {
    b.push_back(slip_line("  " + std::string(benefit_type_name(x.type)) + "  " + std::string(benefit_status_name(x.status)) +
                         "  每月" + format_yuan(x.monthly_amount_fen) + "元",
                     SlipAlign::Left, false, SlipSize::Normal, 4));
    if (!x.next_review.empty())
      b.push_back(slip_line("    起始 " + x.since + "  年审 " + x.next_review, SlipAlign::Left, false, SlipSize::Normal, 4));
  }

  b.push_back(slip_rule());
  b.push_back(slip_line("最近发放：", SlipAlign::Left, true));
  if (k.payments.empty()) b.push_back(slip_line("  无"));
  for (const auto& p : k.payments) {
    std::string row = "  " + p.period + " " + std::string(benefit_type_name(p.type)) + " " + format_yuan(p.amount_fen) +
                      "元 " + std::string(payment_status_name(p.status));
    b.push_back(slip_line(row, SlipAlign::Left, false, SlipSize::Normal, 4));
  }

  if (!k.applications.empty()) {
    b.push_back(slip_rule());
    b.push_back(slip_line("在办事项：", SlipAlign::Left, true));
    for (const auto& a : k.applications) {
      b.push_back(slip_line("  " + a.item_name, SlipAlign::Left, false, SlipSize::Normal, 4));
      b.push_back(slip_line("    " + a.acceptance_no, SlipAlign::Left, false, SlipSize::Normal, 4));
      b.push_back(slip_line("    " + std::string(status_label(a.status)) + "  承诺办结 " + a.due, SlipAlign::Left, false,
                       SlipSize::Normal, 4));
      if (!a.missing_materials.empty()) {
        std::string need = "    需补交：";
        for (std::size_t i = 0; i < a.missing_materials.size(); ++i) need += (i ? "、" : "") + a.missing_materials[i];
        b.push_back(slip_line(need, SlipAlign::Left, false, SlipSize::Normal, 4));
      }
    }
  }

  b.push_back(slip_rule());
  b.push_back(slip_line("本单仅供参考，以窗口核实为准", SlipAlign::Center));
  if (!c.hall_phone.empty()) b.push_back(slip_line("咨询电话：" + c.hall_phone, SlipAlign::Center));
  return s;
}

}  // namespace core
