// Back office: the 年审 tab (issue 20, core/backoffice/dynamic_view.h) — the benefits whose review
// falls within 30/60/90/180 days (overdue ones first, in the fault colour), by item and village
// (the address typed as far as it is known), each with 年审 to open it; an opened benefit shows its
// holder, amount, dates and past reviews, the item's review steps as fields, the four outcomes, the
// new amount (调整金额), reason, effective month and the review's day, and 记录年审. Beside the
// queue: the tabs 审批队列 / 年审 / 主动发现 sit in the foot bar of each.
#include <algorithm>
#include <iterator>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens::backoffice {

namespace {

using core::intent::ReviewFormField;
using counter::choice_button;
using counter::disabled_button;

constexpr int kWindows[] = {30, 60, 90, 180};
// The items a 年审 applies to, with their short names (catalog keys), in the filter's turn.
struct ItemChoice {
  const char* code;
  const char* key;
};
constexpr ItemChoice kItems[] = {{"", "backoffice.review.item_all"},         {"dibao", "backoffice.review.item_dibao"},
                                 {"tekun", "backoffice.review.item_tekun"},  {"gaoling", "backoffice.review.item_gaoling"},
                                 {"canji", "backoffice.review.item_canji"},  {"ertong", "backoffice.review.item_ertong"},
                                 {"youfu", "backoffice.review.item_youfu"}};

const char* outcome_key(core::ReviewOutcome o) {
  switch (o) {
    case core::ReviewOutcome::Continue: return "backoffice.review.outcome_continue";
    case core::ReviewOutcome::Adjust: return "backoffice.review.outcome_adjust";
    case core::ReviewOutcome::Suspend: return "backoffice.review.outcome_suspend";
    case core::ReviewOutcome::End: return "backoffice.review.outcome_end";
  }
  return "backoffice.review.outcome_continue";
}

float line_h(UiContext& ui) { return widgets::measure(ui, FontRole::Small, "A").y + ui.theme.px(2); }

// The filters: window, item, village; returns the height used.
float draw_filters(const core::AppState& s, UiContext& ui, float x0, float x1, float y) {
  const Theme& t = ui.theme;
  const core::ReviewFilter& f = s.backoffice.reviews.filter;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  float x = x0;
  auto chip = [&](const std::string& label, bool chosen, const core::ReviewFilter& next) {
    const float w = chip_width(ui, label);
    if (choice_button(ui, label, chosen, {x, y}, {w, h}) && next != f) ui.emit(core::intent::FilterReviews{next});
    x += w + sp;
  };
  core::ReviewFilter next = f;
  const int* at = std::find(std::begin(kWindows), std::end(kWindows), f.within_days);
  next.within_days = at == std::end(kWindows) || at + 1 == std::end(kWindows) ? kWindows[0] : *(at + 1);
  chip(core::format(ui.tr("backoffice.review.within"), {std::to_string(f.within_days)}), true, next);
  std::size_t item = 0;
  for (std::size_t i = 0; i < std::size(kItems); ++i)
    if (f.item_code == kItems[i].code) item = i;
  next = f;
  next.item_code = kItems[(item + 1) % std::size(kItems)].code;
  chip(core::format(ui.tr("backoffice.item_filter"), {std::string(ui.tr(kItems[item].key))}), !f.item_code.empty(), next);
  const std::string_view label = ui.tr("backoffice.review.village");
  const float lw = widgets::measure(ui, FontRole::Small, label).x + t.px(16);
  auto r = counter::labelled_field(ui, label, f.village, x, y + (h - counter::row_h(ui)) / 2, lw,
                                   std::max(t.px(200), x1 - x - lw));
  if (r.changed) {
    next = f;
    next.village = *r.changed;
    ui.emit(core::intent::FilterReviews{next});
  }
  return h;
}

void draw_list(const core::AppState& s, UiContext& ui, Area a, float list_bottom, int per_page) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const core::ReviewDesk& r = s.backoffice.reviews;
  const FontRole role = FontRole::Small;
  const float lh = line_h(ui), row = std::max(t.px(Theme::kTouchTargetPx), 2 * lh) + t.px(6);
  const float x0 = a.x0, x1 = a.x1, w = x1 - x0;
  float y = a.y0;
  if (!r.due) {
    text_centered(ui, FontRole::Heading, ui.tr("queue.loading"), x0, x1, y + t.px(40), t.ink_muted);
    return;
  }
  if (r.due->empty()) {
    text_centered(ui, FontRole::Body, ui.tr("backoffice.review.none_due"), x0, x1, y + t.px(40), t.ink_muted);
    return;
  }
  const float fr[] = {0.0f, 0.36f, 0.62f, 0.84f};
  const std::string heads[] = {std::string(ui.tr("backoffice.review.col_person")),
                               std::string(ui.tr("backoffice.review.col_benefit")),
                               std::string(ui.tr("backoffice.review.col_dates"))};
  for (int i = 0; i < 3; ++i)
    text_at(ui, role, counter::fit(ui, role, heads[i], (fr[i + 1] - fr[i]) * w - t.px(10)), {x0 + fr[i] * w, y}, t.ink_muted);
  const int rows = static_cast<int>(r.due->size());
  const int first = std::clamp(r.first_row, 0, std::max(0, rows - 1));
  const int last = std::min(rows, first + per_page);
  const std::string shown =
      core::format(ui.tr("backoffice.rows_shown"), {std::to_string(first + 1), std::to_string(last), std::to_string(rows)});
  text_at(ui, role, counter::fit(ui, role, shown, (1 - fr[3]) * w), {x0 + fr[3] * w, y}, t.ink_muted);
  y += lh;
  filled_rect({x0, y - t.px(4)}, {x1, y - t.px(2)}, t.card_edge);
  for (int i = first; i < last && y + row <= list_bottom; ++i) {
    const core::ReviewDueEntry& e = (*r.due)[static_cast<std::size_t>(i)];
    std::string due = e.next_review;
    if (e.overdue) due += " " + std::string(ui.tr("queue.overdue"));
    const std::string status = std::string(ui.tr("benefit_status." + std::string(core::benefit_status_code(e.status))));
    const std::string last_review =
        core::format(ui.tr("backoffice.review.last"), {e.last_reviewed.empty() ? std::string("—") : e.last_reviewed});
    const std::string cells[2][3] = {
        {e.name + "  " + e.id_number, std::string(ui.tr("benefit." + std::string(core::benefit_type_code(e.type)))), due},
        {e.address, core::format(ui.tr("backoffice.review.amount"), {core::format_yuan(e.monthly_amount_fen)}) + " · " + status,
         last_review}};
    const float ty = y + (row - 2 * lh) / 2;
    for (int l = 0; l < 2; ++l)
      for (int c = 0; c < 3; ++c) {
        const bool late = l == 0 && c == 2 && e.overdue;
        text_at(ui, role, counter::fit(ui, role, cells[l][c], (fr[c + 1] - fr[c]) * w - t.px(10)),
                {x0 + fr[c] * w, ty + static_cast<float>(l) * lh}, late ? t.fault : (l == 1 ? t.ink_muted : t.ink));
      }
    const float bh = t.px(Theme::kTouchTargetPx);
    // Named by the person and benefit too, so a scenario can open a given row.
    const std::string id = std::string(ui.tr("backoffice.review.open")) + "##" + e.id_number +
                           std::string(core::benefit_type_code(e.type));
    if (widgets::button_at(ui, id, {x0 + fr[3] * w, y + (row - bh) / 2}, {(1 - fr[3]) * w, bh}, role))
      ui.emit(core::intent::OpenReview{e.id_number, e.type});
    y += row;
    filled_rect({x0, y - t.px(2)}, {x1, y - t.px(1)}, t.card_edge);
  }
}

// One benefit under review: who and what, past reviews, the form.
void draw_review(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const core::ReviewDesk& r = s.backoffice.reviews;
  const core::ReviewDueEntry& e = *r.open;
  const core::ReviewForm& form = r.form;
  const FontRole role = FontRole::Small;
  const float lh = line_h(ui), h = counter::row_h(ui), g = counter::gap(ui);
  const float x0 = a.x0, x1 = a.x1, w = x1 - x0;
  float y = a.y0;
  const std::string type = std::string(ui.tr("benefit." + std::string(core::benefit_type_code(e.type))));
  text_at(ui, FontRole::Body,
          counter::fit(ui, FontRole::Body, core::format(ui.tr("backoffice.review.title"), {e.name, e.id_number, type}), w),
          {x0, y}, t.ink);
  y += measure(ui, FontRole::Body, "A").y + t.px(4);
  const std::string facts = core::format(
      ui.tr("backoffice.review.facts"),
      {core::format_yuan(e.monthly_amount_fen), std::string(ui.tr("benefit_status." + std::string(core::benefit_status_code(e.status)))),
       e.since, e.next_review, e.address});
  text_at(ui, role, counter::fit(ui, role, facts, w), {x0, y}, e.overdue ? t.fault : t.ink_muted);
  y += lh;
  // The last review.
  for (std::size_t k = 0; k < r.history.size() && k < 1; ++k) {
    const core::AnnualReview& h0 = r.history[r.history.size() - 1 - k];
    const std::string line = core::format(
        ui.tr("backoffice.review.history"),
        {h0.reviewed_on, std::string(ui.tr(outcome_key(h0.outcome))), core::format_yuan(h0.amount_before_fen),
         core::format_yuan(h0.amount_after_fen), h0.reason, h0.who});
    text_at(ui, role, counter::fit(ui, role, line, w), {x0, y}, t.ink_muted);
    y += lh;
  }
  // The form's problems before the form, always in sight (at most four lines).
  if (!r.problems.empty()) {
    std::vector<std::string> lines;
    for (const auto& m : r.problems) lines.push_back(counter::say(ui, m));
    y += counter::problem_list(ui, lines, Area{x0, y, x1, y + 4 * lh}) + t.px(4);
  }
  y += t.px(6);
  // Fields three to a row where the screen is wide enough, else two.
  const int columns = w >= t.px(1100) ? 3 : 2;
  const float cell = (w - g * static_cast<float>(columns - 1)) / static_cast<float>(columns), label_w = cell * 0.46f;
  int col = 0;
  auto field = [&](std::string_view label, std::string_view value, ReviewFormField f, const std::string& step = {},
                   const std::string& key = {}, bool ascii = false) {
    const float x = x0 + static_cast<float>(col) * (cell + g);
    widgets::FieldOptions o;
    o.ascii_only = ascii;
    auto res = counter::labelled_field(ui, label, value, x, y, label_w, cell - label_w, o);
    if (res.changed) ui.emit(core::intent::EditReviewForm{f, step, key, *res.changed});
    if (++col == columns) {
      col = 0;
      y += h + g;
    }
  };
  auto flush = [&] {
    if (col != 0) y += h + g;
    col = 0;
  };
  // The steps' names on one line, then all their fields in one grid (the labels say which is which).
  std::string step_names;
  for (const core::ReviewStepDef& step : r.steps) step_names += (step_names.empty() ? "" : "  ·  ") + step.name;
  if (!step_names.empty()) {
    text_at(ui, role, step_names, {x0, y}, t.current);
    y += lh;
  }
  for (const core::ReviewStepDef& step : r.steps) {
    auto values = form.steps.find(step.code);
    for (const core::ReviewField& f : step.fields) {
      std::string value;
      if (values != form.steps.end())
        if (auto it = values->second.find(f.key); it != values->second.end()) value = it->second;
      std::string label = f.unit.empty() ? f.label : core::format(ui.tr("case.ui.field_unit"), {f.label, f.unit});
      if (f.kind == core::ReviewFieldKind::Choice) {
        std::string options;
        for (const auto& c : f.choices) options += (options.empty() ? "" : "/") + c;
        label = core::format(ui.tr("backoffice.review.field_choices"), {label, options});
      }
      field(label, value, ReviewFormField::StepField, step.code, f.key,
            f.kind == core::ReviewFieldKind::Date || f.kind == core::ReviewFieldKind::Money ||
                f.kind == core::ReviewFieldKind::Count);
    }
  }
  flush();
  // The outcome, its title on the same row.
  const std::string_view outcome_title = ui.tr("backoffice.review.outcome");
  text_at(ui, role, outcome_title, {x0, y + (h - lh) / 2}, t.current);
  const core::ReviewOutcome outcomes[] = {core::ReviewOutcome::Continue, core::ReviewOutcome::Adjust,
                                          core::ReviewOutcome::Suspend, core::ReviewOutcome::End};
  float x = x0 + measure(ui, role, outcome_title).x + g;
  for (auto o : outcomes) {
    const std::string_view label = ui.tr(outcome_key(o));
    const float bw = chip_width(ui, label);
    if (choice_button(ui, label, form.outcome == o, {x, y}, {bw, h})) ui.emit(core::intent::PickReviewOutcome{o});
    x += bw + g;
  }
  y += h + g;
  if (form.outcome == core::ReviewOutcome::Adjust)
    field(ui.tr("backoffice.review.new_amount"), form.amount_yuan, ReviewFormField::Amount, {}, {}, true);
  field(ui.tr("backoffice.review.effective_month"), form.effective_month, ReviewFormField::EffectiveMonth, {}, {}, true);
  field(ui.tr("backoffice.review.reviewed_on"), form.reviewed_on, ReviewFormField::ReviewedOn, {}, {}, true);
  field(ui.tr("backoffice.review.reason"), form.reason, ReviewFormField::Reason);
  flush();
}

// 记录年审 and 返回列表 in the foot bar from `x`; returns where they end.
float review_buttons(const core::AppState& s, UiContext& ui, Area bar, float x) {
  const Theme& t = ui.theme;
  const core::ReviewDesk& r = s.backoffice.reviews;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12), y = bar.y1 - h - sp;
  const std::string_view save = ui.tr(r.saving ? "backoffice.review.saving" : "backoffice.review.save");
  const std::string_view back = ui.tr("backoffice.review.back");
  const float sw = widgets::measure(ui, FontRole::Small, save).x + t.px(64);
  const float bw = widgets::measure(ui, FontRole::Small, back).x + t.px(48);
  if (r.saving) {
    disabled_button(ui, save, {x, y}, {sw, h});
    disabled_button(ui, back, {x + sw + sp, y}, {bw, h});
  } else {
    if (widgets::button_at(ui, save, {x, y}, {sw, h}, FontRole::Small)) ui.emit(core::intent::SubmitReview{});
    if (widgets::button_at(ui, back, {x + sw + sp, y}, {bw, h}, FontRole::Small)) ui.emit(core::intent::CloseReview{});
  }
  return x + sw + sp + bw + sp;
}

}  // namespace

float tab_buttons(const core::AppState& s, UiContext& ui, Area bar, float x) {
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  const float y = bar.y1 - h - sp;
  struct Tab {
    const char* key;
    core::intent::DynamicTab tab;
    core::ScreenId screen;
  };
  // The queue's foot bar is full at 1280 px (pager, batch actions, who is signed in): its entry to
  // 年审 sits after its status buttons instead (work_queue_screen.cpp).
  if (s.screen == core::ScreenId::BackofficeHome) return x;
  const Tab tabs[] = {{"backoffice.tab.queue", core::intent::DynamicTab::Queue, core::ScreenId::BackofficeHome},
                      {"backoffice.tab.reviews", core::intent::DynamicTab::Reviews, core::ScreenId::BackofficeReviews},
                      {"backoffice.tab.discovery", core::intent::DynamicTab::Discovery, core::ScreenId::BackofficeDiscovery}};
  for (const Tab& tab : tabs) {
    const std::string_view label = ui.tr(tab.key);
    const float w = chip_width(ui, label);
    if (choice_button(ui, label, s.screen == tab.screen, {x, y}, {w, h}) && s.screen != tab.screen)
      ui.emit(core::intent::ShowTab{tab.tab});
    x += w + sp;
  }
  return x;
}

void draw_reviews(const core::AppState& s, UiContext& ui, Area whole) {
  const Theme& t = ui.theme;
  const core::ReviewDesk& r = s.backoffice.reviews;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12);
  const Area footer{whole.x0, whole.y1 - bar_height(ui), whole.x1, whole.y1};
  const float lh = line_h(ui), row = std::max(t.px(Theme::kTouchTargetPx), 2 * lh) + t.px(6);
  const float list_top = whole.y0 + sp + t.px(Theme::kTouchTargetPx) + sp + (r.notice.empty() ? 0 : lh) + lh;
  const float list_bottom = whole.y1 - bar_height(ui);
  const int per_page = std::max(1, static_cast<int>((list_bottom - list_top) / row));
  float text_x = footer.x0 + pad;
  if (r.open) text_x = review_buttons(s, ui, footer, text_x);
  if (!r.open) {
    // 上一页 / 下一页 of the due list.
    const float h = t.px(Theme::kTouchTargetPx), y = footer.y1 - h - sp;
    const int rows = r.due ? static_cast<int>(r.due->size()) : 0;
    const std::string_view prev = ui.tr("backoffice.page_prev"), next = ui.tr("backoffice.page_next");
    const float pw = widgets::measure(ui, FontRole::Small, prev).x + t.px(40);
    const float nw = widgets::measure(ui, FontRole::Small, next).x + t.px(40);
    if (r.first_row > 0) {
      if (widgets::button_at(ui, prev, {text_x, y}, {pw, h}, FontRole::Small))
        ui.emit(core::intent::PageReviews{std::max(0, r.first_row - per_page)});
    } else {
      disabled_button(ui, prev, {text_x, y}, {pw, h});
    }
    text_x += pw + sp;
    if (r.first_row + per_page < rows) {
      if (widgets::button_at(ui, next, {text_x, y}, {nw, h}, FontRole::Small))
        ui.emit(core::intent::PageReviews{r.first_row + per_page});
    } else {
      disabled_button(ui, next, {text_x, y}, {nw, h});
    }
    text_x += nw + sp;
    text_x = tab_buttons(s, ui, footer, text_x);
  }
  const Area a = draw_bar(s, ui, whole, text_x);
  const float x0 = a.x0 + pad, x1 = a.x1 - pad;
  float y = a.y0 + sp;
  if (r.open) {
    draw_review(s, ui, {x0, y, x1, a.y1 - sp});
    return;
  }
  y += draw_filters(s, ui, x0, x1, y) + sp;
  if (!r.notice.empty()) {
    widgets::text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, counter::say(ui, r.notice), x1 - x0), {x0, y},
                     t.ok);
    y += lh;
  }
  draw_list(s, ui, {x0, y, x1, a.y1}, list_bottom, per_page);
}

}  // namespace ui::screens::backoffice
