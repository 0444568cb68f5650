#include "ui/screens/backoffice/backoffice_blocks.h"

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

void row_actions(const core::AppState& s, UiContext& ui, const core::QueueEntry& e, const std::string& me, bool admin,
                 Area cell) {
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(8);
  const float y = cell.y0 + (cell.h() - h) / 2;
  struct Action {
    std::string_view key;
    core::Event intent;
  };
  std::vector<Action> actions;
  if (e.claimed_by.empty())
    actions.push_back({"backoffice.claim", core::intent::ClaimCase{e.acceptance_no}});
  else if (e.claimed_by == me) {
    actions.push_back({"backoffice.open", core::intent::ClaimCase{e.acceptance_no}});
    actions.push_back({"backoffice.release", core::intent::ReleaseCase{e.acceptance_no}});
  } else if (admin) {
    actions.push_back({"backoffice.take_back", core::intent::ReleaseCase{e.acceptance_no}});
  }
  if (actions.empty()) return;
  const float w = (cell.w() - sp * static_cast<float>(actions.size() - 1)) / static_cast<float>(actions.size());
  float x = cell.x0;
  for (auto& act : actions) {
    // A row's button is named by its case too, so a scenario can tap the one of a given row.
    const std::string id = std::string(ui.tr(act.key)) + "##" + e.acceptance_no;
    if (s.backoffice.claiming)
      counter::disabled_button(ui, id, {x, y}, {w, h});
    else if (widgets::button_at(ui, id, {x, y}, {w, h}, FontRole::Small))
      ui.emit(std::move(act.intent));
    x += w + sp;
  }
}

}  // namespace ui::screens::backoffice
