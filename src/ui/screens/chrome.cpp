// The header band (hall name, terminal role, date and time) and the device strip along the bottom.
#include <algorithm>
#include <string>
#include <vector>

#include "core/text/i18n.h"
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

std::string_view device_key(base::DeviceKind k) {
  switch (k) {
    case base::DeviceKind::IdCardReader: return "device.idcard";
    case base::DeviceKind::Scanner: return "device.scanner";
    case base::DeviceKind::Printer: return "device.printer";
  }
  return "device.idcard";
}

}  // namespace

void draw_header(const core::AppState& s, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.header);
  const float pad = t.px(Theme::kPaddingPx);

  // Right side: terminal role over the date and time.
  const std::string date = core::format(ui.tr("date.long"), {std::to_string(s.now.year),
                                                              std::to_string(s.now.month),
                                                              std::to_string(s.now.day)});
  const std::string when = date + "  " + std::string(ui.tr("weekday." + std::to_string(s.now.weekday))) +
                           "  " + s.now.hh_mm();
  std::string role(ui.tr(mode_title_key(s.mode)));
  if (s.demo) role += "  ·  " + std::string(ui.tr("app.demo"));
  const Vec2 when_sz = measure(ui, FontRole::Body, when);
  const Vec2 role_sz = measure(ui, FontRole::Small, role);
  const float right_w = std::max(when_sz.x, role_sz.x);
  const float y = band.y0 + (band.y1 - band.y0 - role_sz.y - when_sz.y) / 2;
  text_at(ui, FontRole::Small, role, {band.x1 - pad - role_sz.x, y}, t.header_ink);
  text_at(ui, FontRole::Body, when, {band.x1 - pad - when_sz.x, y + role_sz.y}, t.header_ink);

  // Left: the hall's name, one size smaller when a long name would run into the clock.
  const float room = band.x1 - band.x0 - right_w - 3 * pad;
  FontRole title = FontRole::Title;
  for (FontRole r : {FontRole::Title, FontRole::Heading, FontRole::Body}) {
    title = r;
    if (measure(ui, r, s.hall.name).x <= room) break;
  }
  const float title_h = measure(ui, title, s.hall.name).y;
  text_at(ui, title, s.hall.name, {band.x0 + pad, band.y0 + (band.y1 - band.y0 - title_h) / 2}, t.header_ink);
}

namespace {

struct StripEntry {
  std::string label;
  bool up = false;
  float x = 0, y = 0;  // where the dot's line starts
};

struct StripLayout {
  std::vector<StripEntry> entries;
  std::string simulated;  // shown after the entries when any device is simulated
  float sim_x = 0, sim_y = 0;
  float height = 0;
  float button_w = 0;
  bool wrapped = false;  // took more than one line
};

// Lays the device entries out left to right, wrapping to a new line where they would run into the
// language button: a narrow (portrait) screen gets a taller strip, never overlapping text.
// `compact`: a device that works is named alone, its filled dot saying it is there (a fault still
// says what is wrong in words).
StripLayout layout_strip(const core::AppState& s, UiContext& ui, float x0, float x1, bool compact) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  StripLayout L;
  L.button_w = measure(ui, FontRole::Small, ui.tr("lang.switch")).x + t.px(64);
  bool any_simulated = false;
  for (base::DeviceKind k : base::kAllDeviceKinds) {
    const core::DeviceState& d = s.device(k);
    const bool up = d.link == core::DeviceLink::Connected;
    any_simulated = any_simulated || (up && d.origin == core::DeviceOrigin::Simulated);
    // A connected printer that cannot print says why, in words and in the fault colour.
    const bool troubled = up && k == base::DeviceKind::Printer && s.printer_trouble != core::PrinterTrouble::None;
    const std::string state(ui.tr(troubled ? core::printer_trouble_key(s.printer_trouble)
                                           : up ? "device.connected" : "device.disconnected"));
    const bool ok = up && (!troubled || s.printer_trouble == core::PrinterTrouble::PaperNearEnd);
    const bool plainly_up = up && !troubled;
    L.entries.push_back({std::string(ui.tr(device_key(k))) + (compact && plainly_up ? std::string() : " " + state), ok});
  }
  // A counter in a hall: what waits for the hall store, and whether the hall store answers.
  if (s.hall_sync.enabled)
    L.entries.push_back({core::format(ui.tr("hall.pending"), {std::to_string(s.hall_sync.pending)}) + " · " +
                             std::string(ui.tr(core::hall_link_key(s.hall_sync.link))),
                         s.hall_sync.link == core::HallLink::Connected});
  if (any_simulated) L.simulated = "（" + std::string(ui.tr("device.simulated")) + "）";
  const float line_h = measure(ui, FontRole::Small, "A").y;
  const float dot_w = line_h * 0.44f + t.px(10);
  const float right = x1 - 2 * pad - L.button_w;
  const float gap = t.px(40), line_gap = t.px(12);
  float x = x0 + pad, y = 0;
  auto place = [&](StripEntry& e) {
    const float w = dot_w + measure(ui, FontRole::Small, e.label).x;
    if (x > x0 + pad && x + w > right) {
      x = x0 + pad;
      y += line_h + line_gap;
    }
    e.x = x;
    e.y = y;
    x += w + gap;
  };
  // The devices, then the note that they are simulated, then the hall store's entry (not simulated).
  for (std::size_t i = 0; i < base::kDeviceKinds; ++i) place(L.entries[i]);
  if (!L.simulated.empty()) {
    const float w = measure(ui, FontRole::Small, L.simulated).x;
    if (x - gap + w > right) {
      x = x0 + pad + gap;
      y += line_h + line_gap;
    } else {
      x -= gap - t.px(8);
    }
    L.sim_x = x;
    L.sim_y = y;
    x += w + gap;
  }
  for (std::size_t i = base::kDeviceKinds; i < L.entries.size(); ++i) place(L.entries[i]);
  const float content_h = y + line_h;
  L.height = std::max(t.px(Theme::kStripPx), content_h + 2 * t.px(20));
  L.wrapped = y > 0;
  return L;
}

// The strip is for staff; the room above it is the resident's. In words while they fit on one
// line, else compact (大字模式 in English at 1280×800 took three lines, 290 px, in words).
StripLayout fitting_strip(const core::AppState& s, UiContext& ui, float x0, float x1) {
  StripLayout full = layout_strip(s, ui, x0, x1, false);
  if (!full.wrapped) return full;
  return layout_strip(s, ui, x0, x1, true);
}

}  // namespace

float device_strip_height(const core::AppState& s, UiContext& ui, float width) {
  return fitting_strip(s, ui, 0, width).height;
}

void draw_device_strip(const core::AppState& s, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.card);
  filled_rect({band.x0, band.y0}, {band.x1, band.y0 + t.px(2)}, t.card_edge);
  const float pad = t.px(Theme::kPaddingPx);
  const StripLayout L = fitting_strip(s, ui, band.x0, band.x1);

  // Language switch: a real touch target at the right end of the strip.
  const float bh = t.px(Theme::kTouchTargetPx);
  if (button_at(ui, ui.tr("lang.switch"), {band.x1 - pad - L.button_w, band.y0 + (band.y1 - band.y0 - bh) / 2},
                {L.button_w, bh}, FontRole::Small))
    ui.emit(core::intent::ToggleLanguage{});

  const float line_h = measure(ui, FontRole::Small, "A").y;
  const float lines_h = L.height - 2 * t.px(20);
  const float top = band.y0 + (band.y1 - band.y0 - std::min(lines_h, band.y1 - band.y0)) / 2;
  const float r = line_h * 0.22f;
  for (const auto& e : L.entries) {
    // Colour is never the only cue: a filled or hollow dot and the words say it too.
    dot({e.x + r, top + e.y + line_h / 2}, r, e.up ? t.ok : t.fault, e.up);
    text_at(ui, FontRole::Small, e.label, {e.x + 2 * r + t.px(10), top + e.y}, e.up ? t.ink : t.fault);
  }
  if (!L.simulated.empty()) text_at(ui, FontRole::Small, L.simulated, {L.sim_x, top + L.sim_y}, t.ink_muted);
}

}  // namespace ui::screens
