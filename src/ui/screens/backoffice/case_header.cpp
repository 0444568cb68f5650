// The case screen's header: the case named, who holds it until when, 刷新 / 重新领取, and the last
// answer in one sentence (done, refused, store failure, lease lost) with the notice paper's state.
#include <algorithm>

#include "core/backoffice/case_work.h"
#include "ui/screens/backoffice/case_panels.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::backoffice {

using counter::gap;
using counter::row_h;
using counter::say;
using widgets::Vec2;

std::string_view action_label(const UiContext& ui, core::CaseAction a) {
  switch (a) {
    case core::CaseAction::RecordStep: return ui.tr("case.action.record_step");
    case core::CaseAction::AskSupplement: return ui.tr("case.action.supplement");
    case core::CaseAction::SupplementArrived: return ui.tr("case.action.supplied");
    case core::CaseAction::Publicize: return ui.tr("case.action.publicize");
    case core::CaseAction::Objection: return ui.tr("case.action.objection");
    case core::CaseAction::Approve: return ui.tr("case.action.approve");
    case core::CaseAction::Reject: return ui.tr("case.action.reject");
  }
  return ui.tr("case.action.record_step");
}

float draw_case_header(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const core::CaseView& v = s.backoffice.case_view;
  const float h = row_h(ui), g = gap(ui);
  float y = a.y0;
  // Right: 返回队列, 释放 (one's own live claim), 刷新, and 重新领取 when the lease was lost and the
  // case is free. 返回队列 keeps the claim (「我的待办」).
  float bx = a.x1;
  // Each button as wide as its words need (English is longer), at least a comfortable touch target.
  auto width_of = [&](std::string_view label) {
    return std::max(t.px(180), widgets::measure(ui, FontRole::Small, label).x + t.px(48));
  };
  auto next_button = [&](std::string_view label) {
    bx -= width_of(label) + (bx < a.x1 ? g : 0);
    return widgets::Vec2{bx, y};
  };
  if (widgets::button_at(ui, ui.tr("backoffice.back_to_queue"), next_button(ui.tr("backoffice.back_to_queue")),
                         {width_of(ui.tr("backoffice.back_to_queue")), h}, FontRole::Small))
    ui.emit(core::intent::CloseCase{});
  if (v.holding() && !s.backoffice.claiming &&
      widgets::button_at(ui, ui.tr("backoffice.release"), next_button(ui.tr("backoffice.release")),
                         {width_of(ui.tr("backoffice.release")), h}, FontRole::Small))
    ui.emit(core::intent::ReleaseCase{v.acceptance_no});
  const std::string_view reload = ui.tr("case.ui.reload");
  const Vec2 reload_at = next_button(reload);
  if (!v.loading) {
    if (widgets::button_at(ui, reload, reload_at, {width_of(reload), h}, FontRole::Small)) ui.emit(core::intent::ReloadCase{});
  } else {
    counter::disabled_button(ui, reload, reload_at, {width_of(reload), h});
  }
  if (core::backoffice::may_reclaim(s) &&
      widgets::button_at(ui, ui.tr("case.ui.reclaim"), next_button(ui.tr("case.ui.reclaim")),
                         {width_of(ui.tr("case.ui.reclaim")), h}, FontRole::Small))
    ui.emit(core::intent::ReclaimCase{});
  std::string title = v.acceptance_no;
  std::string claim;
  if (v.file) {
    const core::CaseFile& f = *v.file;
    title += "  " + f.item_name;
    // The status first on the second line: it says what can happen next.
    const std::string holder = core::live_holder(f, s.now.iso_datetime());
    claim = std::string(ui.tr("app_status." + std::string(core::status_code(f.application.status)))) + "  ·  " +
            (holder.empty() ? std::string(ui.tr("case.ui.unclaimed"))
                            : core::format(ui.tr("case.ui.claimed"), {holder, f.lease_until.substr(11, 5)}));
  }
  const float text_w = bx - a.x0 - g;
  widgets::text_at(ui, FontRole::Body, counter::fit(ui, FontRole::Body, title, text_w), {a.x0, y}, t.ink);
  y += widgets::measure(ui, FontRole::Body, "A").y + t.px(4);
  if (!claim.empty()) widgets::text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, claim, text_w), {a.x0, y}, t.current);
  y = std::max(y + widgets::measure(ui, FontRole::Small, "A").y, a.y0 + h) + g / 2;
  // The queue's answer about this case (a release refused …), when the case has none of its own.
  if (v.notice.empty() && !s.backoffice.notice.empty()) {
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, say(ui, s.backoffice.notice), a.w())) {
      widgets::text_at(ui, FontRole::Small, l, {a.x0, y}, t.fault);
      y += widgets::measure(ui, FontRole::Small, l).y;
    }
    y += g / 2;
  }
  // The last answer, in one sentence; the paper's state beside a decision that prints one.
  if (!v.notice.empty()) {
    const Rgb colour = v.notice_kind == core::CaseNoticeKind::Done ? t.current : t.fault;
    std::string line = say(ui, v.notice);
    using P = core::CaseView::Paper;
    if (v.paper == P::Printing) line += "  " + std::string(ui.tr("case.ui.paper_printing"));
    if (v.paper == P::Printed) line += "  " + std::string(ui.tr("case.ui.paper_printed"));
    if (v.paper == P::Failed) line += "  " + std::string(ui.tr("case.ui.paper_failed"));
    float lw = a.w();
    if (v.paper == P::Failed) {
      const float rw = std::max(t.px(220), widgets::measure(ui, FontRole::Small, ui.tr("case.ui.reprint")).x + t.px(48));
      lw -= rw + g;
      if (widgets::button_at(ui, ui.tr("case.ui.reprint"), {a.x1 - rw, y}, {rw, h}, FontRole::Small))
        ui.emit(core::intent::ReprintCaseNotice{});
    }
    float ly = y;
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, line, lw)) {
      widgets::text_at(ui, FontRole::Small, l, {a.x0, ly}, colour);
      ly += widgets::measure(ui, FontRole::Small, l).y;
    }
    y = std::max(ly, v.paper == P::Failed ? y + h : ly) + g / 2;
  }
  widgets::filled_rect({a.x0, y}, {a.x1, y + t.px(2)}, t.card_edge);
  return y + t.px(2) + g / 2 - a.y0;
}

void draw_case_body(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const core::CaseView& v = s.backoffice.case_view;
  const float pad = t.px(Theme::kPaddingPx);
  const Area inner{a.x0 + pad, a.y0 + pad / 2, a.x1 - pad, a.y1 - pad / 2};
  if (!v.open()) return;
  const float head = draw_case_header(s, ui, inner);
  const float y0 = inner.y0 + head;
  if (!v.file) {
    widgets::text_centered(ui, FontRole::Heading, ui.tr(v.loading ? "case.ui.loading" : "case.ui.no_file"), inner.x0, inner.x1,
                  y0 + (inner.y1 - y0) * 0.3f, t.ink_muted);
    return;
  }
  // The file on the left (less than half: it is read), the work on the right.
  // Narrow screens (1280 px) give the work more of the width: its fields need it.
  const float split = inner.x0 + inner.w() * (inner.w() < t.px(1600) ? 0.38f : 0.46f);
  draw_case_file_panel(s, ui, Area{inner.x0, y0, split - pad / 2, inner.y1});
  widgets::filled_rect({split, y0}, {split + t.px(2), inner.y1}, t.card_edge);
  draw_case_work_panel(s, ui, Area{split + pad / 2, y0, inner.x1, inner.y1});
}

}  // namespace ui::screens::backoffice
