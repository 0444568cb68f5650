// Step 1, the applicant: read from the ID card (then read-only) or typed, the ID number checked
// as it is typed; gender and birth date follow from a valid number.
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_applicant_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  using F = core::intent::FormField;
  const Theme& t = ui.theme;
  const core::PersonFields& p = s.counter.form.applicant;
  float y = a.y0;
  const std::string_view prompt = ui.tr(p.from_card ? "counter.applicant_from_card" : "counter.applicant_prompt");
  widgets::text_at(ui, FontRole::Body, prompt, {a.x0, y}, p.from_card ? t.ok : t.ink);
  if (p.from_card) {
    const float bw = t.px(300);
    if (widgets::button_at(ui, ui.tr("counter.type_instead"), {a.x1 - bw, y}, {bw, row_h(ui)}, FontRole::Small))
      ui.emit(core::intent::ClearApplicant{});
  }
  y += row_h(ui) + gap(ui);

  const float label_w = t.px(190), field_w = std::min(a.w() - label_w, t.px(900));
  widgets::FieldOptions id;
  id.ascii_only = true;
  id.max_bytes = 18;
  id.read_only = p.from_card;
  id.focus = !p.from_card && p.id_number.empty() && p.name.empty();
  widgets::FieldOptions text;
  text.read_only = p.from_card;
  widgets::FieldOptions derived;
  derived.read_only = true;  // from the ID number (or the card)
  const float step = row_h(ui) + gap(ui);
  form_field(ui, ui.tr("counter.id_number"), p.id_number, F::ApplicantId, a.x0, y, label_w, field_w, id);
  y += step;
  form_field(ui, ui.tr("counter.name"), p.name, F::ApplicantName, a.x0, y, label_w, field_w, text);
  y += step;
  form_field(ui, ui.tr("counter.gender"), p.gender, F::ApplicantGender, a.x0, y, label_w, field_w / 2 - t.px(8),
             derived);
  form_field(ui, ui.tr("counter.birth"), p.birth, F::ApplicantBirth, a.x0 + label_w + field_w / 2, y, label_w,
             field_w / 2 - label_w, derived);
  y += step;
  form_field(ui, ui.tr("counter.nation"), p.nation, F::ApplicantNation, a.x0, y, label_w, field_w / 2 - t.px(8), text);
  y += step;
  form_field(ui, ui.tr("counter.address"), p.address, F::ApplicantAddress, a.x0, y, label_w, field_w, text);
  y += step;
  // Not on the card: typed by staff whether or not the card was read. Optional.
  widgets::FieldOptions phone;
  phone.ascii_only = true;
  phone.max_bytes = 24;
  form_field(ui, ui.tr("counter.phone"), s.counter.form.phone, F::ApplicantPhone, a.x0, y, label_w, field_w / 2,
             phone);
  const float hint_h = widgets::measure(ui, FontRole::Small, ui.tr("counter.phone_hint")).y;
  widgets::text_at(ui, FontRole::Small, ui.tr("counter.phone_hint"),
                   {a.x0 + label_w + field_w / 2 + gap(ui) * 2, y + (row_h(ui) - hint_h) / 2}, t.ink_muted);
}

}  // namespace ui::screens::counter
