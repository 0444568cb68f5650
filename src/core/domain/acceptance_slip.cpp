#include "core/domain/acceptance_slip.h"

#include "core/domain/masking.h"

namespace core {

SlipBlock slip_line(std::string text, SlipAlign align, bool bold, SlipSize size, int hanging) {
  SlipBlock b;
  b.kind = SlipBlock::Kind::Line;
  b.line = SlipLine{std::move(text), align, bold, size, hanging};
  return b;
}

SlipBlock slip_field(std::string_view label, std::string_view value) {
  return slip_line(std::string(label) + "：" + std::string(value), SlipAlign::Left, false, SlipSize::Normal,
                   kSlipValueIndentCells);
}

SlipBlock slip_rule() {
  SlipBlock b;
  b.kind = SlipBlock::Kind::Rule;
  return b;
}

namespace {

SlipBlock space(int lines) {
  SlipBlock b;
  b.kind = SlipBlock::Kind::Space;
  b.space_lines = lines;
  return b;
}

std::string staff_of(const Application& a, const SlipContext& c) {
  if (!c.staff_no.empty()) return c.staff_no;
  return a.events.empty() ? std::string() : a.events.front().who;
}

}  // namespace

AcceptanceSlip make_acceptance_slip(const Application& a, const SlipContext& c) {
  AcceptanceSlip s;
  s.acceptance_no = a.acceptance_no;
  s.accepted = a.status != ApplicationStatus::NotAccepted;
  s.qr_payload = c.qr_payload;
  auto& b = s.blocks;
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line(s.accepted ? "受理回执" : "不予受理告知书", SlipAlign::Center, true, SlipSize::Double));
  // The number on a line of its own: at 58 mm a label in front would break it in two.
  b.push_back(slip_line("编号：" + a.acceptance_no, SlipAlign::Center, true));
  b.push_back(slip_rule());
  b.push_back(slip_field("办理事项", c.item_name.empty() ? a.item_code : c.item_name));
  b.push_back(slip_field("申 请 人", mask_name(a.applicant_name)));
  b.push_back(slip_field("身份证号", mask_id_number(a.applicant_id)));
  b.push_back(slip_field(s.accepted ? "受理时间" : "登记时间", a.accepted_at));
  std::string counter = c.counter;
  if (const auto staff = staff_of(a, c); !staff.empty()) counter += (counter.empty() ? "" : "  ") + ("工号 " + staff);
  b.push_back(slip_field("受理窗口", counter));
  if (s.accepted) {
    if (!a.due.empty()) b.push_back(slip_field("承诺办结", a.due));
  } else {
    const std::string reason = a.events.empty() || a.events.front().note.empty() ? "见窗口说明" : a.events.front().note;
    b.push_back(slip_line("不予受理理由：", SlipAlign::Left, true));
    b.push_back(slip_line(reason, SlipAlign::Left, false, SlipSize::Normal, 0));
  }

  std::vector<const MaterialCheck*> received, missing;
  for (const auto& m : a.materials) {
    if (m.received) received.push_back(&m);
    else if (m.required) missing.push_back(&m);
  }
  if (!a.materials.empty()) {
    b.push_back(slip_rule());
    b.push_back(slip_line("已收材料：", SlipAlign::Left, true));
    if (received.empty()) b.push_back(slip_line("  无"));
    for (const auto* m : received) b.push_back(slip_line("  √ " + m->name, SlipAlign::Left, false, SlipSize::Normal, 6));
    if (s.accepted || !missing.empty()) {
      b.push_back(slip_line("尚缺材料（一次性告知）：", SlipAlign::Left, true));
      if (missing.empty()) b.push_back(slip_line("  无"));
      for (const auto* m : missing) b.push_back(slip_line("  □ " + m->name, SlipAlign::Left, false, SlipSize::Normal, 6));
      // Accepted: bring them to complete this application. Refused: there is nothing to complete;
      // with them the resident may apply again.
      if (!missing.empty())
        b.push_back(slip_line(s.accepted ? "请在补齐上述材料后到本窗口补交。" : "补齐上述材料后可重新申请。", SlipAlign::Left,
                              false, SlipSize::Normal, 0));
    }
  }
  b.push_back(slip_rule());
  if (!s.qr_payload.empty()) {
    SlipBlock q;
    q.kind = SlipBlock::Kind::Qr;
    q.qr = s.qr_payload;
    b.push_back(q);
    b.push_back(space(1));
    b.push_back(slip_line(std::string(kSlipQrCaption), SlipAlign::Center, true));
    b.push_back(slip_line("请凭本回执在自助终端或窗口查询", SlipAlign::Center));
  }
  if (!c.hall_phone.empty()) b.push_back(slip_line("咨询电话：" + c.hall_phone, SlipAlign::Center));
  b.push_back(space(1));
  return s;
}

}  // namespace core
