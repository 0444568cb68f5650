#include "ui/screens/backoffice/backoffice_blocks.h"

#include <imgui.h>

#include <algorithm>

#include "core/text/i18n.h"

namespace ui::screens::backoffice {

float chip_width(UiContext& ui, std::string_view label) {
  return widgets::measure(ui, FontRole::Small, label).x + ui.theme.px(44 + 28);
}

float bar_height(const UiContext& ui) { return ui.theme.px(Theme::kTouchTargetPx) + 2 * ui.theme.px(12); }

Area draw_bar(const core::AppState& s, UiContext& ui, Area a, float text_x) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12);
  const float h = t.px(Theme::kTouchTargetPx);
  const float top = a.y1 - bar_height(ui);
  const float y = top + sp;
  widgets::filled_rect({a.x0, top}, {a.x1, top + t.px(2)}, t.card_edge);
  // Right to left: 退出, 暂离.
  float x = a.x1 - pad;
  const std::string_view labels[] = {ui.tr("counter.sign_out"), ui.tr("counter.lock")};
  for (int i = 0; i < 2; ++i) {
    const float w = widgets::measure(ui, FontRole::Small, labels[i]).x + t.px(48);
    x -= w;
    if (widgets::button_at(ui, labels[i], {x, y}, {w, h}, FontRole::Small)) {
      if (i == 0) ui.emit(core::intent::SignOut{});
      else ui.emit(core::intent::LockDesk{});
    }
    x -= sp;
  }
  // 统计 from the queue (issue 20): any signed-in reviewer, approver or admin.
  if (s.screen == core::ScreenId::BackofficeHome) {
    // Narrower padding than its neighbours: at 1280 px the staff member's line still fits beside it.
    const std::string_view label = ui.tr("backoffice.statistics");
    const float w = std::max(t.px(Theme::kTouchTargetPx), widgets::measure(ui, FontRole::Small, label).x + t.px(12));
    x -= w;
    if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small)) ui.emit(core::intent::OpenStatistics{});
    x -= sp / 3;
  }
  const core::BackofficeSession& b = s.backoffice;
  if (b.staff) {
    const std::string who = core::format(
        ui.tr("backoffice.signed_in_as"),
        {b.staff->name, b.staff->staff_no, std::string(ui.tr("staff_role." + std::string(core::staff_role_code(b.staff->role))))});
    const std::string shown = counter::fit(ui, FontRole::Small, who, x - text_x - sp);
    const float text_h = widgets::measure(ui, FontRole::Small, shown).y;
    widgets::text_at(ui, FontRole::Small, shown, {text_x, y + (h - text_h) / 2}, t.ink);
  }
  return {a.x0, a.y0, a.x1, top};
}

namespace {

ImU32 col(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

// A button exactly `size` (a queue row's height, not the touch target's): the theme's colours.
bool desk_button(UiContext& ui, const std::string& label, widgets::Vec2 pos, widgets::Vec2 size, bool enabled) {
  const Theme& t = ui.theme;
  const auto hash = label.find("##");
  const std::string shown = label.substr(0, hash);
  if (!enabled) {
    widgets::filled_rect(pos, {pos.x + size.x, pos.y + size.y}, t.card_edge, t.px(8));
    const widgets::Vec2 m = widgets::measure(ui, FontRole::Small, shown);
    widgets::text_at(ui, FontRole::Small, shown, {pos.x + (size.x - m.x) / 2, pos.y + (size.y - m.y) / 2}, t.ink_muted);
    return false;
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y));
  ImGui::PushID(label.c_str());
  const bool pressed = ImGui::InvisibleButton("##desk", ImVec2(size.x, size.y));
  const bool lit = ImGui::IsItemHovered() || ImGui::IsItemActive();
  ImGui::PopID();
  widgets::filled_rect(pos, {pos.x + size.x, pos.y + size.y}, lit ? t.button_hover : t.button, t.px(8));
  const widgets::Vec2 m = widgets::measure(ui, FontRole::Small, shown);
  widgets::text_at(ui, FontRole::Small, shown, {pos.x + (size.x - m.x) / 2, pos.y + (size.y - m.y) / 2}, t.button_ink);
  ui.probe.record({DrawnItem::Kind::Button, label, pos.x, pos.y, size.x, size.y});
  return pressed;
}

}  // namespace

namespace {
// An approved case waits for its first payment, not for anyone at a desk: no claim rule takes it
// (core::claim_refusal), so no 领取 is offered.
bool may_be_claimed(const core::QueueEntry& e) { return e.status != core::ApplicationStatus::Approved; }
}  // namespace

std::optional<core::Event> row_tap(const core::QueueEntry& e, const std::string& me) {
  if (e.claimed_by == me || (e.claimed_by.empty() && may_be_claimed(e)))
    return core::Event{core::intent::ClaimCase{e.acceptance_no}};
  return std::nullopt;
}

bool row_target(UiContext& ui, const std::string& id, Area row, bool enabled) {
  ImGui::SetCursorScreenPos(ImVec2(row.x0, row.y0));
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##row", ImVec2(std::max(1.0f, row.w()), std::max(1.0f, row.h())));
  const bool lit = enabled && (ImGui::IsItemHovered() || ImGui::IsItemActive());
  ImGui::PopID();
  if (lit) ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(row.x0, row.y0), ImVec2(row.x1, row.y1), col(ui.theme.current_fill));
  ui.probe.record({DrawnItem::Kind::Button, id, row.x0, row.y0, row.w(), row.h()});
  return enabled && pressed;
}

void row_actions(const core::AppState& s, UiContext& ui, const core::QueueEntry& e, const std::string& me, bool admin,
                 Area cell) {
  const Theme& t = ui.theme;
  const float sp = t.px(8);
  struct Action {
    std::string_view key;
    core::Event intent;
  };
  std::vector<Action> actions;
  if (e.claimed_by.empty()) {
    if (may_be_claimed(e)) actions.push_back({"backoffice.claim", core::intent::ClaimCase{e.acceptance_no}});
  }
  else if (e.claimed_by == me) {
    actions.push_back({"backoffice.open", core::intent::ClaimCase{e.acceptance_no}});
    actions.push_back({"backoffice.release", core::intent::ReleaseCase{e.acceptance_no}});
  } else {
    // Someone else's: who holds it, and an admin's 收回 beside.
    const float text_h = widgets::measure(ui, FontRole::Small, e.claimed_by).y;
    widgets::text_at(ui, FontRole::Small, e.claimed_by, {cell.x0, cell.y0 + (cell.h() - text_h) / 2}, t.ink);
    if (admin) {
      const std::string id = std::string(ui.tr("backoffice.take_back")) + "##" + e.acceptance_no;
      const float w = std::max(kMinDeskButtonPx, (cell.w() - sp) / 2);
      if (desk_button(ui, id, {cell.x1 - w, cell.y0}, {w, cell.h()}, !s.backoffice.claiming))
        ui.emit(core::intent::ReleaseCase{e.acceptance_no});
    }
    return;
  }
  if (actions.empty()) return;
  const float w = std::max(kMinDeskButtonPx, (cell.w() - sp * static_cast<float>(actions.size() - 1)) /
                                                 static_cast<float>(actions.size()));
  float x = cell.x0;
  for (auto& act : actions) {
    // A row's button is named by its case too, so a scenario can tap the one of a given row.
    const std::string id = std::string(ui.tr(act.key)) + "##" + e.acceptance_no;
    if (desk_button(ui, id, {x, cell.y0}, {w, cell.h()}, !s.backoffice.claiming)) ui.emit(std::move(act.intent));
    x += w + sp;
  }
}

}  // namespace ui::screens::backoffice
