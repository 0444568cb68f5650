// The header band (hall name, terminal role, date and time) and the device strip along the bottom.
#include <string>

#include "core/i18n.h"
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

namespace {

std::string_view mode_title_key(core::Mode m) {
  switch (m) {
    case core::Mode::Kiosk: return "app.kiosk";
    case core::Mode::Counter: return "app.counter";
    case core::Mode::Backoffice: return "app.backoffice";
  }
  return "app.kiosk";
}

std::string_view device_key(core::DeviceKind k) {
  switch (k) {
    case core::DeviceKind::IdCardReader: return "device.idcard";
    case core::DeviceKind::Scanner: return "device.scanner";
    case core::DeviceKind::Printer: return "device.printer";
  }
  return "device.idcard";
}

}  // namespace

void draw_header(const core::AppState& s, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.header);
  const float pad = t.px(Theme::kPaddingPx);
  const float title_h = measure(ui, FontRole::Title, s.hall.name).y;
  const float sub_h = measure(ui, FontRole::Small, "A").y;
  const float top = band.y0 + (band.y1 - band.y0 - title_h) / 2;
  text_at(ui, FontRole::Title, s.hall.name, {band.x0 + pad, top}, t.header_ink);

  // Right side: terminal role over the date and time.
  const std::string date = core::format(ui.tr("date.long"), {std::to_string(s.now.year),
                                                              std::to_string(s.now.month),
                                                              std::to_string(s.now.day)});
  const std::string when = date + "  " + std::string(ui.tr("weekday." + std::to_string(s.now.weekday))) +
                           "  " + s.now.hh_mm();
  std::string role(ui.tr(mode_title_key(s.mode)));
  if (s.demo) role += "  ·  " + std::string(ui.tr("app.demo"));
  const float w_when = measure(ui, FontRole::Body, when).x;
  const float w_role = measure(ui, FontRole::Small, role).x;
  const float body_h = measure(ui, FontRole::Body, when).y;
  const float block = sub_h + body_h;
  const float y = band.y0 + (band.y1 - band.y0 - block) / 2;
  text_at(ui, FontRole::Small, role, {band.x1 - pad - w_role, y}, t.header_ink);
  text_at(ui, FontRole::Body, when, {band.x1 - pad - w_when, y + sub_h}, t.header_ink);
}

void draw_device_strip(const core::AppState& s, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.card);
  filled_rect({band.x0, band.y0}, {band.x1, band.y0 + t.px(2)}, t.card_edge);
  const float pad = t.px(Theme::kPaddingPx);
  const float h = measure(ui, FontRole::Small, "A").y;
  const float y = band.y0 + (band.y1 - band.y0 - h) / 2;
  float x = band.x0 + pad;
  for (core::DeviceKind k : core::kAllDeviceKinds) {
    const core::DeviceState& d = s.device(k);
    const bool up = d.link == core::DeviceLink::Connected;
    const Rgb c = up ? t.ok : t.fault;
    // Colour is never the only cue: a filled or hollow dot and the words say it too.
    std::string label = std::string(ui.tr(device_key(k))) + " " +
                        std::string(ui.tr(up ? "device.connected" : "device.disconnected"));
    if (up && d.origin == core::DeviceOrigin::Simulated) label += "（" + std::string(ui.tr("device.simulated")) + "）";
    const float r = h * 0.22f;
    dot({x + r, y + h / 2}, r, c, up);
    x += 2 * r + t.px(10);
    text_at(ui, FontRole::Small, label, {x, y}, up ? t.ink : t.fault);
    x += measure(ui, FontRole::Small, label).x + t.px(48);
  }
  // Language switch: a real touch target at the right end of the strip.
  const std::string_view lang = ui.tr("lang.switch");
  const float bw = measure(ui, FontRole::Small, lang).x + t.px(64);
  const float bh = t.px(Theme::kTouchTargetPx);
  if (button_at(ui, lang, {band.x1 - pad - bw, band.y0 + (band.y1 - band.y0 - bh) / 2}, {bw, bh}, FontRole::Small))
    ui.emit(core::intent::ToggleLanguage{});
}

}  // namespace ui::screens
