// Back office: the case a claim opened (BackofficeSession::open_case). For now its acceptance
// number, item, applicant, status and 返回队列; the review itself comes next (issue 19).
#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens::backoffice {

void draw_case(const core::AppState& s, UiContext& ui, Area whole) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  const Area a = draw_bar(s, ui, whole, whole.x0 + pad);
  const core::BackofficeSession& b = s.backoffice;
  float y = a.y0 + pad;
  const float x0 = a.x0 + pad, label_w = t.px(220);
  if (!b.open_case) return;
  const core::QueueEntry& e = *b.open_case;
  y += widgets::text_centered(ui, FontRole::Body, core::format(ui.tr("backoffice.case_title"), {e.acceptance_no}),
                              a.x0, a.x1, y, t.ink) + t.px(12);
  const std::string status = std::string(ui.tr("app_status." + std::string(core::status_code(e.status))));
  const std::pair<std::string_view, std::string> rows[] = {
      {ui.tr("queue.col_no"), e.acceptance_no},
      {ui.tr("queue.col_item"), e.item_name.empty() ? e.item_code : e.item_name},
      {ui.tr("queue.col_applicant"), e.applicant_name},
      {ui.tr("queue.col_status"), status},
      {ui.tr("queue.col_due"), e.due},
      {ui.tr("backoffice.lease_until"), e.lease_until},
  };
  for (const auto& [label, value] : rows) {
    widgets::text_at(ui, FontRole::Small, label, {x0, y}, t.ink_muted);
    const float h = widgets::measure(ui, FontRole::Small, value).y;
    widgets::text_at(ui, FontRole::Small, value, {x0 + label_w, y}, t.ink);
    y += h + t.px(6);
  }
  y += t.px(12);
  const std::string_view back = ui.tr("backoffice.back_to_queue");
  const float w = widgets::measure(ui, FontRole::Body, back).x + t.px(64);
  if (widgets::button_at(ui, back, {x0, y}, {w, t.px(Theme::kTouchTargetPx)}, FontRole::Body))
    ui.emit(core::intent::CloseCase{});
  if (!b.notice.empty())
    widgets::text_at(ui, FontRole::Small, counter::say(ui, b.notice), {x0 + w + pad, y + t.px(18)}, t.fault);
}

}  // namespace ui::screens::backoffice
