// Back office: the work queue — every open application, oldest first, with its promised date and an
// overdue mark (word and colour), so reviewers see what waits longest. Full names: staff may see them.
#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "core/text/i18n.h"
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

void draw_work_queue(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  float y = a.y0 + pad;
  if (!s.backoffice.queue) {
    text_centered(ui, FontRole::Heading, ui.tr("queue.loading"), a.x0, a.x1, a.y0 + (a.y1 - a.y0) * 0.4f, t.ink_muted);
    return;
  }
  const core::WorkQueue& q = *s.backoffice.queue;
  y += text_centered(ui, FontRole::Heading,
                     core::format(ui.tr("queue.title"), {std::to_string(q.total_open)}), a.x0, a.x1, y, t.ink) +
       pad / 2;
  if (q.entries.empty()) {
    text_centered(ui, FontRole::Body, ui.tr("queue.empty"), a.x0, a.x1, y + pad, t.ink_muted);
    return;
  }
  const FontRole role = FontRole::Small;
  const float row_h = measure(ui, role, "A").y + t.px(12);
  const std::string_view heads[] = {ui.tr("queue.col_no"), ui.tr("queue.col_item"), ui.tr("queue.col_applicant"),
                                    ui.tr("queue.col_status"), ui.tr("queue.col_due")};
  // Column starts as fractions of the width: the number (23 characters) and the item need the most
  // room, then the due date with its overdue mark; the masked name little. Fits 1280 px wide.
  const float fr[] = {0.0f, 0.30f, 0.56f, 0.65f, 0.76f};
  const float x0 = a.x0 + pad, w = a.x1 - a.x0 - 2 * pad;
  for (int i = 0; i < 5; ++i) text_at(ui, role, heads[i], {x0 + fr[i] * w, y}, t.ink_muted);
  y += row_h;
  filled_rect({x0, y - t.px(4)}, {x0 + w, y - t.px(2)}, t.card_edge);
  const int fits = std::max(0, static_cast<int>((a.y1 - y - row_h - pad) / row_h));
  const int shown = std::min<int>(fits, static_cast<int>(q.entries.size()));
  for (int i = 0; i < shown; ++i) {
    const core::QueueEntry& e = q.entries[static_cast<std::size_t>(i)];
    const std::string item = e.item_name.empty() ? e.item_code : e.item_name;
    std::string due = e.due;
    if (e.due_provisional) due += " " + std::string(ui.tr("queue.provisional"));
    if (e.overdue) due += " " + std::string(ui.tr("queue.overdue"));
    const std::string status = std::string(ui.tr("app_status." + std::string(core::status_code(e.status))));
    const std::string cells[] = {e.acceptance_no, item, e.applicant_name, status, due};
    for (int c = 0; c < 5; ++c) {
      // Each cell is cut to its column so a long item name never runs into the next one.
      std::string cell = cells[c];
      const float col_w = (c < 4 ? fr[c + 1] : 1.0f) * w - fr[c] * w - t.px(12);
      while (!cell.empty() && measure(ui, role, cell).x > col_w) {
        cell.erase(base::previous_char_boundary(cell, cell.size()));
      }
      text_at(ui, role, cell, {x0 + fr[c] * w, y}, c == 4 && e.overdue ? t.fault : t.ink);
    }
    y += row_h;
  }
  if (q.total_open > shown)
    text_at(ui, role, core::format(ui.tr("queue.more"), {std::to_string(q.total_open - shown)}), {x0, y + t.px(8)},
            t.ink_muted);
}

}  // namespace ui::screens
