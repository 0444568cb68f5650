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

AcceptanceSlip make_acceptance_slip(const Application& a, const SlipContext& c, const Catalog& words) {
  auto say = [&](std::string_view key) { return std::string(words.get(kRecordLanguage, key)); };
  auto say_with = [&](std::string_view key, std::string_view value) {
    return format(words.get(kRecordLanguage, key), {value});
  };
  AcceptanceSlip s;
  s.acceptance_no = a.acceptance_no;
  s.accepted = a.status != ApplicationStatus::NotAccepted;
  s.qr_payload = c.qr_payload;
  auto& b = s.blocks;
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line(say(s.accepted ? "slip.title_accepted" : "slip.title_refused"), SlipAlign::Center, true,
                        SlipSize::Double));
  // The number on a line of its own: at 58 mm a label in front would break it in two.
  b.push_back(slip_line(say_with("slip.number", a.acceptance_no), SlipAlign::Center, true));
  b.push_back(slip_rule());
  b.push_back(slip_field(say("slip.item"), c.item_name.empty() ? a.item_code : c.item_name));
  b.push_back(slip_field(say("slip.applicant"), mask_name(a.applicant_name)));
  b.push_back(slip_field(say("slip.id_number"), mask_id_number(a.applicant_id)));
  if (!a.applicant_phone.empty()) b.push_back(slip_field(say("slip.applicant_phone"), mask_phone(a.applicant_phone)));
  b.push_back(slip_field(say(s.accepted ? "slip.accepted_at" : "slip.registered_at"), a.accepted_at));
  std::string counter = c.counter;
  if (const auto staff = staff_of(a, c); !staff.empty())
    counter += (counter.empty() ? "" : "  ") + say_with("slip.staff_no", staff);
  b.push_back(slip_field(say("slip.counter"), counter));
  if (s.accepted) {
    if (!a.due.empty())
      b.push_back(slip_field(say("slip.due"), a.due_provisional ? say_with("slip.due_provisional", a.due) : a.due));
  } else {
    const bool noted = !a.events.empty() && !a.events.front().note.empty();
    b.push_back(slip_line(say("slip.refusal_reason"), SlipAlign::Left, true));
    b.push_back(slip_line(noted ? a.events.front().note : say("slip.refusal_reason_unnoted"), SlipAlign::Left, false,
                          SlipSize::Normal, 0));
  }

  std::vector<const MaterialCheck*> received, missing;
  for (const auto& m : a.materials) {
    if (m.received) received.push_back(&m);
    else if (m.required) missing.push_back(&m);
  }
  if (!a.materials.empty()) {
    // Listed materials are indented under their heading; a ticked box for each one received.
    const std::string none = "  " + say("slip.none");
    b.push_back(slip_rule());
    b.push_back(slip_line(say("slip.received"), SlipAlign::Left, true));
    if (received.empty()) b.push_back(slip_line(none));
    for (const auto* m : received) b.push_back(slip_line("  √ " + m->name, SlipAlign::Left, false, SlipSize::Normal, 6));
    if (s.accepted || !missing.empty()) {
      b.push_back(slip_line(say("slip.missing"), SlipAlign::Left, true));
      if (missing.empty()) b.push_back(slip_line(none));
      for (const auto* m : missing) b.push_back(slip_line("  □ " + m->name, SlipAlign::Left, false, SlipSize::Normal, 6));
      // Accepted: bring them to complete this application. Refused: there is nothing to complete;
      // with them the resident may apply again.
      if (!missing.empty())
        b.push_back(slip_line(say(s.accepted ? "slip.bring_missing" : "slip.apply_again"), SlipAlign::Left, false,
                              SlipSize::Normal, 0));
    }
  }
  b.push_back(slip_rule());
  if (!s.qr_payload.empty()) {
    SlipBlock q;
    q.kind = SlipBlock::Kind::Qr;
    q.qr = s.qr_payload;
    b.push_back(q);
    b.push_back(space(1));
    b.push_back(slip_line(say("slip.qr_caption"), SlipAlign::Center, true));
    b.push_back(slip_line(say("slip.qr_hint"), SlipAlign::Center));
  }
  if (!c.hall_phone.empty()) b.push_back(slip_line(say_with("slip.phone", c.hall_phone), SlipAlign::Center));
  b.push_back(space(1));
  return s;
}

}  // namespace core
